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
            int features, int dropped, List<String> unreliable, List<ClinicalVariable> clinical,
            MultivariableLogistic model) {
        CohortLayout c = d.cohort();
        GroupComparisonSettings g = d.comparison();
        StringBuilder b = new StringBuilder();
        b.append("Statistical analysis was performed with radiomics4j ").append(version)
                .append(" (module radiomics-stats) on Java ").append(System.getProperty("java.version"))
                .append(" (").append(System.getProperty("java.vendor")).append(", ")
                .append(System.getProperty("os.arch")).append("). ");
        b.append(subjects).append(" subjects were analysed");
        if (c.phase() != null) {
            b.append(" (").append(c.phase()).append(" phase)");
        }
        if (c.phaseColumn() != null) {
            b.append(" (rows with ").append(c.phaseColumn()).append(" = '").append(c.phase()).append("')");
        }
        if (c.readerColumn() != null) {
            b.append(" (measurements of reader ").append(c.readerColumn()).append(" = '").append(c.reader1Value())
                    .append("')");
        }
        b.append("; they were split by the rule ").append(c.grouping().describe()).append(" into ")
                .append(c.positiveLabel()).append(" (n = ").append(positives).append(") and ")
                .append(c.negativeLabel()).append(" (n = ").append(negatives).append("). ");
        b.append("Normality was assessed in each group with the Shapiro–Wilk test (Royston's algorithm, as R "
                + "shapiro.test) and groups were compared with Student's t test (pooled variance) when P > ")
                .append(num(g.normalityAlpha()))
                .append(" in both groups, otherwise with the Mann–Whitney U test (exact P when both groups have at "
                        + "most 20 subjects and no ties, otherwise the normal approximation with tie correction and "
                        + "no continuity correction); continuous variables are given as mean ± standard deviation "
                        + "where the t test was used and as median (interquartile range, R quantile type 7) where "
                        + "the Mann–Whitney test was used. ");
        b.append("Categorical variables (").append(clinical.stream().filter(v -> v.kind() != VariableKind.CONTINUOUS)
                .count()).append(") are given as counts and percentages and were compared with ")
                .append(switch (d.table1().categoricalTest()) {
                    case FISHER -> "Fisher's exact test (Freeman–Halton extension for larger tables)";
                    case CHI_SQUARE -> "the chi-square test (with Yates' correction for 2×2 tables)";
                    case FISHER_IF_LOW_EXPECTED -> "Fisher's exact test when an expected count was below 5, otherwise"
                            + " the chi-square test with Yates' correction for 2×2 tables";
                }).append(". ");
        if (d.icc().minimum() != null && c.hasSecondReader()) {
            b.append("Only features with an inter-reader ICC of at least ").append(num(d.icc().minimum()))
                    .append(" entered the group comparison");
            b.append(unreliable.isEmpty() ? " (none was left out). " : " (" + unreliable.size() + " left out: "
                    + String.join(", ", unreliable) + "). ");
        }
        b.append(features).append(" radiomic features were compared between groups");
        if (dropped > 0) {
            b.append(" (").append(dropped).append(" further feature(s) were excluded as constant or too sparse)");
        }
        b.append(g.correction() == MultipleTestingCorrection.NONE ? "; P values were not corrected for multiple "
                + "testing" : "; P values were corrected for multiple testing with the "
                        + g.correction().displayName() + " method")
                .append(" over the ").append(features).append(" features, and a feature was considered significant"
                        + " when its corrected P < ").append(num(g.alpha())).append(". ");
        b.append("Significant features were assessed with ROC analysis for the ").append(c.positiveLabel())
                .append(" group: AUC (Mann–Whitney estimate) with its ").append(pct(d.roc().confidenceLevel()))
                .append(" DeLong confidence interval, P of the z test of AUC = 0.5 (DeLong standard error; "
                        + "undefined, and reported as such, when every score is tied), the "
                        + "Youden-optimal criterion in MedCalc notation with sensitivity and specificity and their "
                        + "Clopper–Pearson exact confidence intervals; ROC direction: ")
                .append(d.roc().direction() == Direction.AUTO ? "the side with AUC ≥ 0.5"
                        : d.roc().direction() == Direction.AUTO_BY_MEDIANS ? "pROC's median rule"
                                : d.roc().direction().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .append(". Features, cutoffs, AUCs and model performance were all selected and estimated on the same "
                        + subjects + " subjects, without an independent validation cohort, so they are optimistic "
                        + "estimates of performance in new patients. ");
        SyntheticCohortSettings s = d.synthetic();
        if (s.requested()) {
            b.append("A synthetic cohort of ").append(s.positiveCount()).append(' ')
                    .append(c.positiveLabel()).append(" and ").append(s.negativeCount()).append(' ')
                    .append(c.negativeLabel()).append(" was generated with ADASYN (K = ")
                    .append(s.neighbours()).append(", Euclidean distance on ")
                    .append(s.standardize() ? "features standardised with the study cohort's mean and standard "
                            + "deviation, synthetic rows transformed back to the original units"
                            : "raw (unstandardised) features")
                    .append(", seed ").append(s.seed()).append(", largest-remainder apportionment of the per-subject "
                            + "counts); the significant features were re-tested on it with the same tests, their ROC "
                            + "was re-fitted on it, and their study-cohort criterion was applied to it unchanged "
                            + "(sensitivity and specificity at the frozen cutoff). This synthetic cohort is derived "
                            + "from the study cohort and is not an external validation. ");
        }
        if (!d.survival().endpoints().isEmpty()) {
            b.append("For survival analysis (").append(String.join(", ", d.survival().endpoints().stream()
                    .map(e -> e.name() + ": " + e.timeColumn() + " in " + d.survival().timeUnit() + ", event "
                            + e.eventColumn()).toList()))
                    .append("), each significant feature was dichotomised at its ROC criterion (the arm meeting the "
                            + "criterion against the other); Kaplan–Meier curves (Greenwood standard errors, "
                            + "log-transformed ")
                    .append(pct(d.survival().confidenceLevel())).append(" confidence intervals, events before "
                            + "censorings at tied times) were compared with the Mantel–Haenszel log-rank test. ");
            List<String> circular = d.survival().endpoints().stream().filter(e -> e.timeColumn().equals(
                    c.grouping().column()) || e.eventColumn().equals(c.grouping().column())).map(
                            SurvivalEndpoint::name).toList();
            if (!circular.isEmpty()) {
                b.append("The log-rank test of ").append(String.join(", ", circular)).append(" is circular (the "
                        + "groups, the features and their cutoffs were all defined by that endpoint) and is shown "
                        + "for description only, not as a finding. ");
            }
        }
        LogisticSettings l = d.logistic();
        if (l.outcomeColumn() != null) {
            b.append("Univariate logistic regression of ").append(l.outcomeColumn()).append(" was fitted by "
                    + "maximum likelihood for ")
                    .append(l.variables().isEmpty() ? "every clinical and radiomic variable"
                            : "the variables " + String.join(", ", l.variables()))
                    .append(" (continuous variables ").append(l.scale().label()).append(" of the variable")
                    .append(l.scale() == org.radiomics4j.stats.regression.PredictorScale.UNIT ? ""
                            : " among the subjects of its univariate model")
                    .append(", categorical variables as indicators of each non-reference level, ordinal variables "
                            + "as a linear score); odds ratios are given with Wald ").append(pct(l.confidenceLevel()))
                    .append(" confidence intervals and Wald P values; separation or a non-finite interval is "
                            + "flagged instead of an estimate. Terms with univariate P < ")
                    .append(num(l.entryThreshold()));
            if (l.minCandidates() > 0) {
                b.append(" (at least the ").append(l.minCandidates()).append(" smallest P)");
            }
            b.append(" entered a multivariable model reduced by backward elimination (removing the largest Wald P "
                    + "above ").append(num(l.removalThreshold())).append(", one at a time)");
            if (model != null && model.performed() && !model.selectionNote().isEmpty()) {
                b.append("; ").append(model.selectionNote());
            }
            b.append("; the final model's discrimination is given as its apparent AUC with sensitivity and "
                    + "specificity at the Youden-optimal probability");
            if (l.optimismResamples() > 0) {
                b.append(", and as an AUC corrected for optimism by Harrell's bootstrap (").append(
                        l.optimismResamples()).append(" resamples, seed ").append(l.optimismSeed()).append(", the "
                                + "backward elimination repeated in each resample; the univariate screening was not "
                                + "repeated, so some optimism remains)");
            }
            b.append(". ");
        }
        if (c.hasSecondReader()) {
            IccSettings i = d.icc();
            b.append("Inter-reader reproducibility (second reader: ").append(c.reader2Prefix() != null
                    ? "columns prefixed '" + c.reader2Prefix() + "'" : "rows with " + c.readerColumn() + " = '"
                            + c.reader2Value() + "', matched by " + c.idColumn())
                    .append(") was measured with the intraclass correlation coefficient ")
                    .append(describe(i.form())).append(", Shrout–Fleiss ANOVA estimate with its ")
                    .append(pct(i.confidenceLevel())).append(" confidence interval; features were classed unstable "
                            + "(ICC < ").append(num(i.thresholds().stable())).append("), stable (")
                    .append(num(i.thresholds().stable())).append(" ≤ ICC < ")
                    .append(num(i.thresholds().excellent())).append(") or excellent (ICC ≥ ")
                    .append(num(i.thresholds().excellent())).append("). ");
        }
        b.append("Missing values were not imputed: each analysis excluded the subjects lacking a value it needed "
                + "(counts reported per analysis). All tests were two-sided.");
        return b.toString();
    }
}
