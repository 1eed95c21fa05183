package org.radiomics4j.stats.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * Linear-programming check for (quasi-)complete separation in binary regression (Albert &amp; Anderson 1984;
 * LP form as Konis 2007, R package safeBinaryRegression / detectseparation). With {@code s_i = 2 y_i - 1} and the
 * design rows {@code z_i} (intercept column included):
 * <ul>
 * <li>quasi-complete (or complete) separation iff some β with |β_j| ≤ 1 has {@code s_i z_iᵀβ >= 0} for every i
 * and {@code Σ_i s_i z_iᵀβ > 0};</li>
 * <li>complete separation iff some such β has {@code s_i z_iᵀβ >= t > 0} for every i.</li>
 * </ul>
 * Solved with Commons Math's simplex; the caller passes standardised columns so the tolerance is scale-free.
 */
public final class SeparationCheck {
    /** Values below this are treated as zero (standardised design, |β| ≤ 1). */
    private static final double TOL = 1e-8;

    private SeparationCheck() {
    }

    /** Outcome of the check: kind 0 = none, 1 = quasi-complete, 2 = complete; the separating direction. */
    public record Outcome(int kind, double[] direction) {
    }

    /**
     * Runs the check.
     *
     * @param z design matrix rows (n × p), first column the intercept
     * @param y 0/1 outcomes
     */
    public static Outcome check(double[][] z, int[] y) {
        int n = z.length;
        int p = z[0].length;
        // quasi: maximise Σ s_i z_i·β
        double[] obj = new double[p];
        Collection<LinearConstraint> cons = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double s = y[i] == 1 ? 1 : -1;
            double[] row = new double[p];
            for (int j = 0; j < p; j++) {
                row[j] = s * z[i][j];
                obj[j] += row[j];
            }
            cons.add(new LinearConstraint(row, Relationship.GEQ, 0));
        }
        addBox(cons, p, 0);
        PointValuePair quasi = new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(obj, 0),
                new LinearConstraintSet(cons), GoalType.MAXIMIZE, new NonNegativeConstraint(false));
        if (quasi.getValue() <= TOL * n) {
            return new Outcome(0, new double[p]);
        }
        // complete: maximise t with s_i z_i·β - t >= 0, t <= 1
        List<LinearConstraint> cons2 = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double s = y[i] == 1 ? 1 : -1;
            double[] row = new double[p + 1];
            for (int j = 0; j < p; j++) {
                row[j] = s * z[i][j];
            }
            row[p] = -1;
            cons2.add(new LinearConstraint(row, Relationship.GEQ, 0));
        }
        addBox(cons2, p, 1);
        double[] tRow = new double[p + 1];
        tRow[p] = 1;
        cons2.add(new LinearConstraint(tRow, Relationship.LEQ, 1));
        double[] obj2 = new double[p + 1];
        obj2[p] = 1;
        PointValuePair complete = new SimplexSolver().optimize(new MaxIter(100_000),
                new LinearObjectiveFunction(obj2, 0), new LinearConstraintSet(cons2), GoalType.MAXIMIZE,
                new NonNegativeConstraint(false));
        if (complete.getValue() > TOL) {
            double[] d = new double[p];
            System.arraycopy(complete.getPoint(), 0, d, 0, p);
            return new Outcome(2, d);
        }
        return new Outcome(1, quasi.getPoint().clone());
    }

    private static void addBox(Collection<LinearConstraint> cons, int p, int extra) {
        for (int j = 0; j < p; j++) {
            double[] e = new double[p + extra];
            e[j] = 1;
            cons.add(new LinearConstraint(e, Relationship.LEQ, 1));
            cons.add(new LinearConstraint(e.clone(), Relationship.GEQ, -1));
        }
    }
}
