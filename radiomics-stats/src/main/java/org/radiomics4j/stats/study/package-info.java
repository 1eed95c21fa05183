/**
 * A whole two-group radiomics study in one call: {@link org.radiomics4j.stats.study.StudyDesign} (every choice),
 * {@link org.radiomics4j.stats.study.StudyPipeline} (the computation) and
 * {@link org.radiomics4j.stats.study.StudyResult} (typed tables), rendered as CSV or Markdown by
 * {@link org.radiomics4j.stats.study.StudyReportTables}.
 *
 * <p>The pipeline follows a published design (metastatic neuroendocrine tumours before Everolimus): responders
 * vs non-responders by a PFS threshold; Table 1 clinical variables (Student t / Mann–Whitney by Shapiro–Wilk;
 * Fisher or chi-square with Yates); Table 2 every feature with a multiple-testing correction (Bonferroni by
 * default); Table 3 ROC of the significant features (AUC, DeLong CI, P vs 0.5, Youden criterion in MedCalc form,
 * sensitivity and specificity with exact CIs); Table 4 the same on an ADASYN synthetic cohort; Kaplan–Meier
 * curves with the log-rank test, cut at the ROC criterion; Table 5 univariate (odds ratios per SD by default) and
 * backward multivariable logistic regression; inter-reader ICC (optionally a minimum ICC for the group tests).
 *
 * <p>Structure: one class per analysis, each with its own settings record (a part of the design) and a nested
 * {@code Result} record: {@link org.radiomics4j.stats.study.Table1Step} ({@link
 * org.radiomics4j.stats.study.Table1Settings}), {@link org.radiomics4j.stats.study.GroupComparisonStep},
 * {@link org.radiomics4j.stats.study.RocStep}, {@link org.radiomics4j.stats.study.SyntheticCohortStep},
 * {@link org.radiomics4j.stats.study.KaplanMeierStep}, {@link org.radiomics4j.stats.study.LogisticStep} and
 * {@link org.radiomics4j.stats.study.IccStep}, over the immutable {@link org.radiomics4j.stats.study.StudyCohort};
 * the pipeline only composes them. Each step can be run alone from JShell.
 *
 * <p>The design's weak points are named in the output: a log-rank test on the endpoint that defined the groups is
 * labelled circular; the methods paragraph says that cutoffs and AUCs chosen on the same subjects are optimistic;
 * the final logistic model carries a bootstrap optimism-corrected AUC; Table 4 adds the study cutoff applied
 * unchanged to the synthetic cohort.
 *
 * <p><b>The ADASYN synthetic cohort is generated from the study cohort itself: it is not an external validation
 * cohort</b>, and results on it must not be reported as one.
 *
 * <p>Example (the study's design; {@code table} from {@code CohortTable.read(path)}):
 * <pre>{@code
 * StudyDesign design = StudyDesign.builder(
 *         GroupingRule.threshold("pfs_months", ThresholdOperator.LESS_OR_EQUAL, 11))
 *     .groupLabels("PFS <= 11 months", "PFS > 11 months")
 *     .featurePrefix("original_")
 *     .reader2Prefix("r2_")
 *     .survivalEndpoint("OS", "os_months", "death")
 *     .logisticOutcomeColumn("death")
 *     .syntheticCohort(87, 90, 42)
 *     .build();
 * StudyResult result = StudyPipeline.of(design).withSoftwareVersion("0.1.0").analyze(table);
 * String report = StudyReportTables.markdownReport(result);
 * String table2Csv = StudyReportTables.forCsv().table2(result).toCsv();
 * }</pre>
 *
 * <p>Everything here depends only on this module's methods; nothing on the image model.
 */
package org.radiomics4j.stats.study;
