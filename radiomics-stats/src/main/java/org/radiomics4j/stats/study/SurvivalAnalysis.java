package org.radiomics4j.stats.study;

import java.util.List;
import org.radiomics4j.stats.roc.CriterionOperator;
import org.radiomics4j.stats.survival.LogRankHazardRatio;

/**
 * Kaplan–Meier analysis of one endpoint for one significant feature, dichotomised at its Table 3 criterion: "high"
 * iff feature &gt; cutoff (MedCalc's "criterion &gt; c" convention, whatever the ROC direction), compared by the
 * Mantel–Haenszel log-rank test (R {@code survdiff(rho = 0)}).
 *
 * @param feature              the feature
 * @param endpoint             endpoint name (e.g. "OS")
 * @param cutoff               the cutoff c (the ROC criterion)
 * @param rocOperator          the operator of the ROC criterion (which side was test-positive)
 * @param low                  arm feature ≤ c
 * @param high                 arm feature &gt; c
 * @param logRankChiSquare     log-rank chi-square (1 df); null when an arm is empty
 * @param logRankPValue        its P; null when an arm is empty
 * @param hazardRatio          log-rank hazard ratios of high vs low (O/E ratio and exp((O−E)/V) with CI); null
 *                             when an arm is empty
 * @param numbersAtRisk        at-risk table at regular times for the plot
 * @param excludedMissing      subjects excluded because the feature, time or event is missing
 */
public record SurvivalAnalysis(String feature, String endpoint, double cutoff, CriterionOperator rocOperator,
        SurvivalGroup low, SurvivalGroup high, Double logRankChiSquare, Double logRankPValue,
        LogRankHazardRatio hazardRatio, List<NumbersAtRisk> numbersAtRisk, int excludedMissing) {

    public SurvivalAnalysis {
        numbersAtRisk = List.copyOf(numbersAtRisk);
    }
}
