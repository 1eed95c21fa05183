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
 * @param circular             whether the endpoint is the one that defined the groups (its time or event column is
 *                             the grouping column): the feature and its cutoff were chosen to separate those
 *                             groups, so this log-rank test is circular and not a finding
 */
public record SurvivalAnalysis(String feature, String endpoint, double cutoff, CriterionOperator rocOperator,
        SurvivalGroup low, SurvivalGroup high, Double logRankChiSquare, Double logRankPValue,
        LogRankHazardRatio hazardRatio, List<NumbersAtRisk> numbersAtRisk, int excludedMissing,
        boolean circular) {

    public SurvivalAnalysis {
        numbersAtRisk = List.copyOf(numbersAtRisk);
    }

    /** The arm whose values meet the Table 3 criterion (test-positive): "low" for {@code <=}, "high" for {@code >}. */
    public SurvivalGroup testPositiveArm() {
        return rocOperator == CriterionOperator.LESS_OR_EQUAL || rocOperator == CriterionOperator.LESS ? low : high;
    }

    /** The other arm. */
    public SurvivalGroup testNegativeArm() {
        return testPositiveArm() == low ? high : low;
    }

    /** The note printed with a circular analysis. */
    public static final String CIRCULARITY_NOTE = "circular: the feature and its cutoff were chosen to separate the "
            + "groups defined by this endpoint, so this log-rank test restates that choice and is not a finding";
}
