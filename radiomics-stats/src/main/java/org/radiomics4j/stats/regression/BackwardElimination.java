package org.radiomics4j.stats.regression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Backward elimination for logistic regression by Wald P (MedCalc's "backward" method): fit all candidates;
 * if the largest Wald P among the predictors exceeds the removal threshold, remove that predictor (the first in
 * candidate order on exact ties) and refit; stop when every P ≤ threshold or no predictor is left. Default
 * threshold 0.10 (MedCalc's default "remove if P &gt; 0.1"); 0.05 is the common variant. The elimination stops
 * early with a warning if a fitted model shows separation (no Wald P exists). Matches the rule of the
 * testdata oracle around R {@code glm}; R's {@code step()} is AIC-based and differs in general.
 *
 * <pre>{@code
 * BackwardEliminationResult r = BackwardElimination.withDefaults().withRemovalThreshold(0.05)
 *         .run(y, List.of("x1", "x2", "x3"), new double[][] {x1, x2, x3});
 * }</pre>
 */
public final class BackwardElimination {
    private final double removalThreshold;
    private final LogisticRegression regression;

    private BackwardElimination(double removalThreshold, LogisticRegression regression) {
        this.removalThreshold = removalThreshold;
        this.regression = regression;
    }

    /** Removal threshold 0.10, {@link LogisticRegression#withDefaults()}. */
    public static BackwardElimination withDefaults() {
        return new BackwardElimination(0.10, LogisticRegression.withDefaults());
    }

    /**
     * A copy with another removal threshold.
     *
     * @throws IllegalArgumentException if not in (0, 1)
     */
    public BackwardElimination withRemovalThreshold(double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("removalThreshold must be in (0, 1) but was " + threshold);
        }
        return new BackwardElimination(threshold, regression);
    }

    /** A copy fitting with the given regression settings. */
    public BackwardElimination with(LogisticRegression newRegression) {
        return new BackwardElimination(removalThreshold, Objects.requireNonNull(newRegression, "regression"));
    }

    /** The removal threshold. */
    public double removalThreshold() {
        return removalThreshold;
    }

    /**
     * Runs the elimination; {@code columns[j]} holds candidate {@code names.get(j)}.
     *
     * @param outcome 0/1 outcome per subject (1 = event)
     * @param names   candidate predictor names
     * @param columns candidate values, one array per name
     * @return the removal steps and the final model
     * @throws IllegalArgumentException as {@link LogisticRegression#fit(int[], List, double[][])}
     */
    public BackwardEliminationResult run(int[] outcome, List<String> names, double[][] columns) {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(columns, "columns");
        if (names.size() != columns.length) {
            throw new IllegalArgumentException("names and columns must have the same length but had "
                    + names.size() + " and " + columns.length);
        }
        List<String> terms = new ArrayList<>(names);
        List<double[]> cols = new ArrayList<>(List.of(columns));
        List<EliminationStep> steps = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        while (true) {
            LogisticModel model = regression.fit(outcome, terms, cols.toArray(new double[0][]));
            if (terms.isEmpty()) {
                return new BackwardEliminationResult(removalThreshold, names, steps, terms, model, warnings);
            }
            if (model.separation() != Separation.NONE) {
                warnings.add("elimination stopped: the model " + terms + " shows " + model.separation()
                        + " separation, so Wald P values do not exist");
                return new BackwardEliminationResult(removalThreshold, names, steps, terms, model, warnings);
            }
            Map<String, Double> ps = new LinkedHashMap<>();
            int worst = -1;
            double worstP = -1;
            for (int j = 0; j < terms.size(); j++) {
                double pj = model.coefficients().get(j + 1).pValue();
                ps.put(terms.get(j), pj);
                if (pj > worstP) {
                    worstP = pj;
                    worst = j;
                }
            }
            if (worstP <= removalThreshold) {
                return new BackwardEliminationResult(removalThreshold, names, steps, terms, model, warnings);
            }
            steps.add(new EliminationStep(terms, ps, terms.get(worst), worstP, model.warnings()));
            terms.remove(worst);
            cols.remove(worst);
        }
    }

    @Override
    public String toString() {
        return "BackwardElimination[removalThreshold=" + removalThreshold + ", " + regression + "]";
    }
}
