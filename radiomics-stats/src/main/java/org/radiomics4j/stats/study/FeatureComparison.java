package org.radiomics4j.stats.study;

import org.radiomics4j.stats.descriptive.DescriptiveSummary;

/**
 * One row of Table 2: a radiomic feature compared between the groups.
 *
 * <p>Test choice as for continuous clinical variables ({@link ClinicalComparison}). The family of the
 * multiple-testing correction is every feature of Table 2 (constant features are dropped before, see
 * {@link StudyResult#droppedFeatures()}). A feature is significant iff its corrected P &lt; alpha. The synthetic
 * P repeats the same rule on the ADASYN synthetic cohort, only for significant features; <b>the synthetic cohort
 * is generated from this cohort and is not an external validation</b>.
 *
 * @param feature              column name
 * @param positiveSummary      descriptive statistics of the positive group (mean, SD with n−1, median, ...)
 * @param negativeSummary      descriptive statistics of the negative group
 * @param test                 the test used
 * @param testReason           why (the Shapiro–Wilk W and P of each group, ties, group sizes)
 * @param shapiroPositiveP     Shapiro–Wilk P of the positive group (null when undefined: n &lt; 3 or constant)
 * @param shapiroNegativeP     Shapiro–Wilk P of the negative group (null when undefined)
 * @param statistic            t (Student) or U of the positive group (Mann–Whitney)
 * @param pValue               two-sided P on the study cohort
 * @param correctedPValue      P after the design's correction
 * @param significant          correctedPValue &lt; alpha
 * @param syntheticTest        test used on the synthetic cohort (null when not computed)
 * @param syntheticPValue      P on the synthetic cohort (null unless significant and a synthetic cohort exists)
 * @param excludedMissing      subjects excluded because this feature is missing
 */
public record FeatureComparison(String feature, DescriptiveSummary positiveSummary,
        DescriptiveSummary negativeSummary, TestUsed test, String testReason, Double shapiroPositiveP,
        Double shapiroNegativeP, double statistic, double pValue, double correctedPValue, boolean significant,
        TestUsed syntheticTest, Double syntheticPValue, int excludedMissing) {

    /** A copy with the synthetic re-test. */
    public FeatureComparison withSynthetic(TestUsed test, Double p) {
        return new FeatureComparison(feature, positiveSummary, negativeSummary, this.test, testReason,
                shapiroPositiveP, shapiroNegativeP, statistic, pValue, correctedPValue, significant, test, p,
                excludedMissing);
    }
}
