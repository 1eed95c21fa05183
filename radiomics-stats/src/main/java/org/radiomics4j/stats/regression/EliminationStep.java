package org.radiomics4j.stats.regression;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One removal step of a backward elimination.
 *
 * @param modelTerms     the predictors of the model fitted at this step
 * @param pValues        Wald P of every predictor of that model, in {@code modelTerms} order
 * @param removed        the predictor removed (largest Wald P above the threshold)
 * @param removedPValue  its Wald P
 * @param warnings       warnings of the fitted model (empty when none)
 */
public record EliminationStep(List<String> modelTerms, Map<String, Double> pValues, String removed,
        double removedPValue, List<String> warnings) {

    /** Canonical constructor: validates and makes defensive immutable copies. */
    public EliminationStep {
        modelTerms = List.copyOf(modelTerms);
        pValues = Collections.unmodifiableMap(new LinkedHashMap<>(pValues));
        warnings = List.copyOf(warnings);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "model %s: remove %s (P = %.4g)", modelTerms, removed, removedPValue);
    }
}
