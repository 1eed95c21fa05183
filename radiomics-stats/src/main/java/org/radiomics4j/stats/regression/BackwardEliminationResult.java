package org.radiomics4j.stats.regression;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of {@link BackwardElimination#run}.
 *
 * @param removalThreshold  a predictor is removed when its Wald P exceeds this
 * @param candidates        the starting predictors
 * @param steps             the removal steps, in order
 * @param finalTerms        predictors of the final model
 * @param finalModel        the final model (all Wald P ≤ threshold, or stopped early, see {@code warnings})
 * @param warnings          why the elimination stopped early (separation), empty otherwise
 */
public record BackwardEliminationResult(double removalThreshold, List<String> candidates,
        List<EliminationStep> steps, List<String> finalTerms, LogisticModel finalModel, List<String> warnings) {

    /** Canonical constructor: validates and makes defensive immutable copies. */
    public BackwardEliminationResult {
        candidates = List.copyOf(candidates);
        steps = List.copyOf(steps);
        finalTerms = List.copyOf(finalTerms);
        warnings = List.copyOf(warnings);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        String nl = System.lineSeparator();
        b.append(String.format(Locale.ROOT, "Backward elimination (remove if Wald P > %.3g) from %s%n",
                removalThreshold, candidates));
        for (int i = 0; i < steps.size(); i++) {
            b.append("  step ").append(i + 1).append(": ").append(steps.get(i)).append(nl);
        }
        for (String w : warnings) {
            b.append("  WARNING: ").append(w).append(nl);
        }
        b.append("  final terms ").append(finalTerms).append(nl).append(finalModel);
        return b.toString();
    }
}
