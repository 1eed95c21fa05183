package org.radiomics4j.stats.study;

import java.util.List;
import java.util.Locale;
import org.radiomics4j.stats.reliability.IccForm;
import org.radiomics4j.stats.roc.Direction;

/** Builds the methods paragraph of a {@link StudyResult}: software, versions and every setting of the design. */
final class StudyMethods {
    private StudyMethods() {
    }

    static String describe(IccForm form) {
        String model = switch (form.model()) {
            case ONE_WAY_RANDOM -> "one-way random effects";
            case TWO_WAY_RANDOM -> "two-way random effects";
            case TWO_WAY_MIXED -> "two-way mixed effects";
        };
        String type = form.type() == IccForm.Type.ABSOLUTE_AGREEMENT ? "absolute agreement" : "consistency";
        return form.shroutFleissName() + ": " + model + ", " + type + ", "
                + (form.averageMeasures() ? "average measures" : "single measures") + " (McGraw–Wong "
                + form.mcGrawWongName() + ")";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }

    private static String pct(double level) {
        return String.format(Locale.ROOT, "%.0f%%", level * 100);
    }

    static String paragraph(StudyDesign d, String version, int subjects, int positives, int negatives,
            int features, int dropped, List<ClinicalVariable> clinical) {
        StringBuilder b = new StringBuilder();
        b.append("Statistical analysis was performed with radiomics4j ").append(version)
                .append(" (module radiomics-stats) on Java ").append(System.getProperty("java.version"))
                .append(" (").append(System.getProperty("java.vendor")).append(", ")
                .append(System.getProperty("os.arch")).append("). ");
        b.append(subjects).append(" subjects were analysed");
        if (d.phase() != null) {
            b.append(" (").append(d.phase()).append(" phase)");
        }
        if (d.phaseColumn() != null) {
            b.append(" (rows with ").append(d.phaseColumn()).append(" = '").append(d.phase()).append("')");
        }
        if (d.readerColumn() != null) {
            b.append(" (measurements of reader ").append(d.readerColumn()).append(" = '").append(d.reader1Value())
                    .append("')");
        }
        b.append("; they were split by the rule ").append(d.grouping().describe()).append(" into ")
                .append(d.positiveLabel()).append(" (n = ").append(positives).append(") and ")
                .append(d.negativeLabel()).append(" (n = ").append(negatives).append("). ");
        b.append("Continuous variables are given as mean ± standard deviation; normality was assessed in each group "
                + "with the Shapiro–Wilk test (Royston's algorithm, as R shapiro.test) and groups were compared with "
                + "Student's t test (pooled variance) when P > ").append(num(d.normalityAlpha()))
                .append(" in both groups, otherwise with the Mann–Whitney U test (exact P when both groups have at "
                        + "most 20 subjects and no ties, otherwise the normal approximation with tie correction and "
                        + "no continuity correction). ");
        b.append("Categorical variables (").append(clinical.stream().filter(c -> c.kind() != VariableKind.CONTINUOUS)
                .count()).append(") are given as counts and percentages and were compared with ")
                .append(switch (d.categoricalTest()) {
                    case FISHER -> "Fisher's exact test (Freeman–Halton extension for larger tables)";
                    case CHI_SQUARE -> "the chi-square test (with Yates' correction for 2×2 tables)";
                    case FISHER_IF_LOW_EXPECTED -> "Fisher's exact test when an expected count was below 5, otherwise"
                            + " the chi-square test with Yates' correction for 2×2 tables";
                }).append(". ");
        b.append(features).append(" radiomic features were compared between groups");
        if (dropped > 0) {
            b.append(" (").append(dropped).append(" further feature(s) were excluded as constant or too sparse)");
        }
        b.append(d.correction() == MultipleTestingCorrection.NONE ? "; P values were not corrected for multiple "
                + "testing" : "; P values were corrected for multiple testing with the "
                        + d.correction().displayName() + " method")
                .append(" over the ").append(features).append(" features, and a feature was considered significant"
                        + " when its corrected P < ").append(num(d.alpha())).append(". ");
        b.append("Significant features were assessed with ROC analysis for the ").append(d.positiveLabel())
                .append(" group: AUC (Mann–Whitney estimate) with its ").append(pct(d.confidenceLevel()))
                .append(" DeLong confidence interval, P of the z test of AUC = 0.5 (DeLong standard error), the "
                        + "Youden-optimal criterion in MedCalc notation with sensitivity and specificity and their "
                        + "Clopper–Pearson exact confidence intervals; ROC direction: ")
                .append(d.rocDirection() == Direction.AUTO ? "the side with AUC ≥ 0.5"
                        : d.rocDirection() == Direction.AUTO_BY_MEDIANS ? "pROC's median rule"
                                : d.rocDirection().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .append(". ");
        if (d.syntheticPositiveCount() + d.syntheticNegativeCount() > 0) {
            b.append("A synthetic cohort of ").append(d.syntheticPositiveCount()).append(' ')
                    .append(d.positiveLabel()).append(" and ").append(d.syntheticNegativeCount()).append(' ')
                    .append(d.negativeLabel()).append(" was generated with ADASYN (K = ")
                    .append(d.adasynNeighbours()).append(", Euclidean distance on ")
                    .append(d.adasynStandardize() ? "z-scored" : "raw").append(" features, seed ")
                    .append(d.syntheticSeed()).append(", largest-remainder apportionment of the per-subject counts)"
                            + " and the significant features were re-tested on it with the same tests; this "
                            + "synthetic cohort is derived from the study cohort and is not an external "
                            + "validation. ");
        }
        if (!d.survivalEndpoints().isEmpty()) {
            b.append("For survival analysis (").append(String.join(", ", d.survivalEndpoints().stream()
                    .map(e -> e.name() + ": " + e.timeColumn() + ", event " + e.eventColumn()).toList()))
                    .append("), each significant feature was dichotomised at its ROC criterion (high: value > "
                            + "criterion); Kaplan–Meier curves (Greenwood standard errors, log-transformed ")
                    .append(pct(d.confidenceLevel())).append(" confidence intervals, events before censorings at "
                            + "tied times) were compared with the Mantel–Haenszel log-rank test. ");
        }
        if (d.logisticOutcomeColumn() != null) {
            b.append("Univariate logistic regression of ").append(d.logisticOutcomeColumn()).append(" was fitted by "
                    + "maximum likelihood for ")
                    .append(d.regressionVariables().isEmpty() ? "every clinical and radiomic variable"
                            : "the variables " + String.join(", ", d.regressionVariables()))
                    .append(" (categorical variables as indicators of each non-reference level, ordinal variables as"
                            + " a linear score); odds ratios are given with Wald ").append(pct(d.confidenceLevel()))
                    .append(" confidence intervals and Wald P values. Terms with univariate P < ")
                    .append(num(d.backwardEntryThreshold())).append(" (at least the ")
                    .append(d.backwardMinCandidates()).append(" smallest P) entered a multivariable model reduced by"
                            + " backward elimination (removing the largest Wald P above ")
                    .append(num(d.backwardRemovalThreshold())).append(", one at a time); the final model's "
                            + "discrimination is given as AUC with sensitivity and specificity at the Youden-optimal"
                            + " probability. ");
        }
        if (d.reader2Prefix() != null || d.reader2Value() != null) {
            b.append("Inter-reader reproducibility (second reader: ").append(d.reader2Prefix() != null
                    ? "columns prefixed '" + d.reader2Prefix() + "'" : "rows with " + d.readerColumn() + " = '"
                            + d.reader2Value() + "', matched by " + d.idColumn())
                    .append(") was measured with the intraclass correlation coefficient ")
                    .append(describe(d.iccForm())).append(", Shrout–Fleiss ANOVA estimate with its ")
                    .append(pct(d.confidenceLevel())).append(" confidence interval; features were classed unstable "
                            + "(ICC < ").append(num(d.iccThresholds().stable())).append("), stable (")
                    .append(num(d.iccThresholds().stable())).append(" ≤ ICC < ")
                    .append(num(d.iccThresholds().excellent())).append(") or excellent (ICC ≥ ")
                    .append(num(d.iccThresholds().excellent())).append("). ");
        }
        b.append("Missing values were not imputed: each analysis excluded the subjects lacking a value it needed "
                + "(counts reported per analysis). All tests were two-sided.");
        return b.toString();
    }
}
