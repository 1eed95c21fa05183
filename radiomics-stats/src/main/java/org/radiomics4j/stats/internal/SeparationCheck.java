package org.radiomics4j.stats.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * Linear-programming check for complete and quasi-complete separation in binary regression (Albert &amp; Anderson
 * 1984), through the theorems of the alternative. With {@code s_i = 2 y_i - 1} and design rows {@code z_i}
 * (intercept included), let A have rows {@code s_i z_iᵀ}:
 * <ul>
 * <li>(quasi-)separation, i.e. some β has Aβ &ge; 0 and Aβ &ne; 0, iff (Stiemke's lemma) there is no y &gt; 0
 * with Aᵀy = 0, i.e. iff {@code {u >= 0 : Aᵀu = -Aᵀ1}} is infeasible;</li>
 * <li>complete separation, i.e. some β has Aβ &gt; 0, iff (Gordan's theorem) {@code {y >= 0 : Aᵀy = 0,
 * Σ y = 1}} is infeasible.</li>
 * </ul>
 * Both are feasibility problems with p + 1 (or p + 2) equality constraints and n non-negative variables, solved
 * by Commons Math's simplex (phase 1); the primal formulation (Konis 2007) would need an n-row tableau.
 */
public final class SeparationCheck {
    private SeparationCheck() {
    }

    /** The kind of separation: 0 none, 1 quasi-complete, 2 complete. */
    public static int check(double[][] z, int[] y) {
        int n = z.length;
        int p = z[0].length;
        double[][] at = new double[p][n]; // Aᵀ
        for (int i = 0; i < n; i++) {
            double s = y[i] == 1 ? 1 : -1;
            for (int j = 0; j < p; j++) {
                at[j][i] = s * z[i][j];
            }
        }
        List<LinearConstraint> stiemke = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            double rowSum = 0;
            for (double v : at[j]) {
                rowSum += v;
            }
            stiemke.add(new LinearConstraint(at[j], Relationship.EQ, -rowSum));
        }
        if (feasible(stiemke, n)) {
            return 0;
        }
        List<LinearConstraint> gordan = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            gordan.add(new LinearConstraint(at[j], Relationship.EQ, 0));
        }
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        gordan.add(new LinearConstraint(ones, Relationship.EQ, 1));
        return feasible(gordan, n) ? 1 : 2;
    }

    private static boolean feasible(List<LinearConstraint> constraints, int n) {
        double[] cost = new double[n];
        java.util.Arrays.fill(cost, 1);
        try {
            new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(cost, 0),
                    new LinearConstraintSet(constraints), GoalType.MINIMIZE, new NonNegativeConstraint(true));
            return true;
        } catch (NoFeasibleSolutionException e) {
            return false;
        }
    }
}
