package org.radiomics4j.stats.study;

import java.util.List;
import java.util.Objects;
import org.radiomics4j.stats.regression.PredictorScale;

/**
 * Settings of Table 5, the logistic regressions ({@link LogisticStep}).
 *
 * @param outcomeColumn      0/1 outcome (e.g. {@code death}); null = no Table 5
 * @param variables          variables (clinical names or feature columns) of the univariate regressions; empty =
 *                           every clinical variable and every feature
 * @param scale              unit of the continuous predictors' odds ratios (default {@link PredictorScale#SD}); the
 *                           scale's value per variable is reported with each row
 * @param entryThreshold     univariate Wald P below which a term enters the backward elimination (default 0.05)
 * @param minCandidates      if fewer terms pass, the this-many smallest-P terms start the elimination (default 0:
 *                           no forcing; the reference analysis of testdata/stats/cohort uses 2)
 * @param removalThreshold   a term is removed while its Wald P exceeds this (default 0.10)
 * @param confidenceLevel    level of the Wald intervals (default 0.95)
 * @param optimismResamples  bootstrap resamples of the final model's optimism-corrected AUC (default 200; 0 =
 *                           not computed)
 * @param optimismSeed       their RNG seed (default 1)
 */
public record LogisticSettings(String outcomeColumn, List<String> variables, PredictorScale scale,
        double entryThreshold, int minCandidates, double removalThreshold, double confidenceLevel,
        int optimismResamples, long optimismSeed) {

    public LogisticSettings {
        if (outcomeColumn != null) {
            StudyDesign.requireText("logisticOutcomeColumn", outcomeColumn);
        }
        variables = List.copyOf(Objects.requireNonNull(variables, "regressionVariables must not be null"));
        Objects.requireNonNull(scale, "logistic scale must not be null");
        StudyDesign.requireLevel("backwardEntryThreshold", entryThreshold);
        if (minCandidates < 0) {
            throw new IllegalArgumentException("backwardMinCandidates must be >= 0 but was " + minCandidates);
        }
        StudyDesign.requireLevel("backwardRemovalThreshold", removalThreshold);
        StudyDesign.requireConfidence(confidenceLevel);
        if (optimismResamples < 0) {
            throw new IllegalArgumentException("optimismResamples must be >= 0 but was " + optimismResamples);
        }
    }

    /** The defaults listed on the components (no outcome: no Table 5). */
    public static LogisticSettings withDefaults() {
        return new LogisticSettings(null, List.of(), PredictorScale.SD, 0.05, 0, 0.10, 0.95, 200, 1);
    }
}
