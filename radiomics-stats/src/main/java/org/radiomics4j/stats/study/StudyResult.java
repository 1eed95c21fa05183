package org.radiomics4j.stats.study;

import java.util.List;

/**
 * Everything {@link StudyPipeline#analyze} computed, as plain records (Jackson-serialisable as they are; render
 * them with {@link StudyReportTables}).
 *
 * <p>What the tables hold:
 * <ul>
 * <li>{@link #table1()}: clinical characteristics by group with the test used and P ({@link ClinicalComparison}).
 * </li>
 * <li>{@link #table2()}: every non-constant feature: descriptives per group, the test and why, P, corrected P,
 * significance, and the P on the synthetic cohort for significant features ({@link FeatureComparison}).</li>
 * <li>{@link #table3()}: ROC on the study cohort for each significant feature ({@link RocSummary}); empty when no
 * feature is significant.</li>
 * <li>{@link #table4()}: ROC re-fitted on the synthetic cohort for the same features, and {@link #table4Frozen()}:
 * the Table 3 criterion applied unchanged to it; empty when none is significant or no synthetic cohort was made.
 * <b>Not an external validation.</b></li>
 * <li>{@link #survival()}: Kaplan–Meier and log-rank per significant feature and endpoint, cut at the Table 3
 * criterion.</li>
 * <li>{@link #table5Univariate()} and {@link #table5Multivariable()}: logistic regression of the outcome.</li>
 * <li>{@link #icc()}: inter-reader ICC per feature.</li>
 * </ul>
 * Missing values: each analysis excludes, and counts in {@link #exclusions()}, the subjects missing a value it
 * needs; nothing is imputed.
 *
 * @param phase               imaging phase (from the design; null = not stated)
 * @param subjects            subjects analysed: rows of the input table (after the phase and reader-1 selection
 *                            in long format)
 * @param positiveCount       subjects in the positive group
 * @param negativeCount       subjects in the negative group
 * @param positiveLabel       name of the positive group
 * @param negativeLabel       name of the negative group
 * @param groupingRule        the grouping rule as text
 * @param features            features of Table 2 (in design order)
 * @param droppedFeatures     features left out because constant (or with fewer than 2 values in a group)
 * @param unreliableFeatures  features left out of the group tests because their inter-reader ICC is below
 *                            {@code iccMinimum} (or undefined); empty without a minimum
 * @param iccMinimum          the minimum ICC of the group tests, or null
 * @param numberOfTests       size of the multiple-testing family (= features.size())
 * @param correction          the correction applied
 * @param alpha               significance level
 * @param significantFeatures features with corrected P &lt; alpha, in Table 2 order
 * @param table1              Table 1
 * @param table2              Table 2
 * @param table3              Table 3
 * @param table4              Table 4, re-fitted ROC on the synthetic cohort
 * @param table4Frozen        Table 4, the Table 3 criterion applied unchanged to the synthetic cohort
 * @param survival            survival analyses
 * @param survivalTimeUnit    unit of the survival times (e.g. "months")
 * @param table5Univariate    univariate logistic terms (features first, then clinical variables); empty when the
 *                            design has no logistic outcome
 * @param table5Multivariable the backward model (performed = false when the design has no logistic outcome)
 * @param icc                 inter-reader ICC table; empty when the design has no reader-2 prefix
 * @param synthetic           how the synthetic cohort was made
 * @param exclusions          subjects excluded per analysis for missing values
 * @param warnings            warnings
 * @param methods             the generated methods paragraph
 */
public record StudyResult(String phase, int subjects, int positiveCount, int negativeCount, String positiveLabel,
        String negativeLabel, String groupingRule, List<String> features, List<String> droppedFeatures,
        List<String> unreliableFeatures, Double iccMinimum, int numberOfTests, MultipleTestingCorrection correction,
        double alpha, List<String> significantFeatures,
        List<ClinicalComparison> table1, List<FeatureComparison> table2, List<RocSummary> table3,
        List<RocSummary> table4, List<FrozenCutoffSummary> table4Frozen, List<SurvivalAnalysis> survival,
        String survivalTimeUnit, List<LogisticTerm> table5Univariate,
        MultivariableLogistic table5Multivariable, List<InterReaderIcc> icc, SyntheticCohortSummary synthetic,
        List<Exclusion> exclusions, List<StudyWarning> warnings, String methods) {

    public StudyResult {
        features = List.copyOf(features);
        droppedFeatures = List.copyOf(droppedFeatures);
        unreliableFeatures = List.copyOf(unreliableFeatures);
        table4Frozen = List.copyOf(table4Frozen);
        significantFeatures = List.copyOf(significantFeatures);
        table1 = List.copyOf(table1);
        table2 = List.copyOf(table2);
        table3 = List.copyOf(table3);
        table4 = List.copyOf(table4);
        survival = List.copyOf(survival);
        table5Univariate = List.copyOf(table5Univariate);
        icc = List.copyOf(icc);
        exclusions = List.copyOf(exclusions);
        warnings = List.copyOf(warnings);
    }

    /**
     * A short summary for JShell, e.g. {@code "StudyResult[25 subjects: 15 Responders / 10 Non-responders; 10
     * features, 1 significant (Bonferroni, alpha 0.05): [original_glszm_...]; 0 warnings]"}; render the tables
     * with {@link StudyReportTables}.
     */
    @Override
    public String toString() {
        return "StudyResult[" + subjects + " subjects: " + positiveCount + " " + positiveLabel + " / "
                + negativeCount + " " + negativeLabel + "; " + numberOfTests + " features, "
                + significantFeatures.size() + " significant (" + correction.displayName() + ", alpha " + alpha
                + "): " + significantFeatures + "; " + warnings.size() + " warnings]";
    }

    /** The Table 2 row of a feature. @throws IllegalArgumentException if the feature is not in Table 2 */
    public FeatureComparison featureComparison(String feature) {
        return table2.stream().filter(r -> r.feature().equals(feature)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("feature '" + feature + "' is not in Table 2; features: "
                        + features));
    }
}
