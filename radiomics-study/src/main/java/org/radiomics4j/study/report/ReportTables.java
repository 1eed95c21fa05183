package org.radiomics4j.study.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.descriptive.DescriptiveSummary;
import org.radiomics4j.stats.study.ClinicalComparison;
import org.radiomics4j.stats.study.Exclusion;
import org.radiomics4j.stats.study.FeatureComparison;
import org.radiomics4j.stats.study.FrozenCutoffSummary;
import org.radiomics4j.stats.study.InterReaderIcc;
import org.radiomics4j.stats.study.LevelCount;
import org.radiomics4j.stats.study.LogisticTerm;
import org.radiomics4j.stats.study.MultipleTestingCorrection;
import org.radiomics4j.stats.study.MultivariableLogistic;
import org.radiomics4j.stats.study.RocSummary;
import org.radiomics4j.stats.study.StudyReportTables;
import org.radiomics4j.stats.study.StudyResult;
import org.radiomics4j.stats.regression.PredictorScale;
import org.radiomics4j.stats.study.StudyWarning;
import org.radiomics4j.stats.study.SurvivalAnalysis;
import org.radiomics4j.stats.study.SurvivalGroup;
import org.radiomics4j.stats.study.VariableKind;

/**
 * The report's display tables built from a {@link StudyResult} (package-private): the number formats of
 * {@link StudyReportTables} (P as "&lt;0.001" or 3 decimals, mean ± SD with the SD to 2 significant digits, AUC and
 * proportions to 3 decimals) in a page-friendly layout (value and CI in one cell, Table 2 restricted to the
 * significant features in the body). The CSV files come from {@link StudyReportTables#forCsv()} unchanged. Only
 * formats numbers of the result; computes no statistic.
 */
final class ReportTables {
    private static final String DASH = "–";
    ReportTables() {
    }

    // ------------------------------------------------------------------ formats (display)

    static String p(double p) {
        return StudyReportTables.formatP(p);
    }

    static String meanSd(double mean, double sd) {
        return StudyReportTables.formatMeanSd(mean, sd);
    }

    static String sig(double x, int digits) {
        return StudyReportTables.formatSignificant(x, digits);
    }

    /**
     * "estimate (lower–upper)" with 3 significant digits, or more (up to 8) while distinct values would print the
     * same, e.g. an odds ratio per unit of a large-scale feature: "0.999975 (0.999952–0.999998)".
     */
    static String estimateWithInterval(double x, double lo, double hi) {
        String a = "";
        String b = "";
        String c = "";
        for (int d = 3; d <= 8; d++) {
            a = sigPadded(x, d);
            b = sigPadded(lo, d);
            c = sigPadded(hi, d);
            boolean clash = (lo != hi && b.equals(c)) || (x != lo && a.equals(b)) || (x != hi && a.equals(c));
            if (!clash) {
                break;
            }
        }
        return a + " (" + b + "–" + c + ")";
    }

    /** {@link #sig} keeping trailing zeros ("1.00", not "1") in plain notation. */
    static String sigPadded(double x, int digits) {
        double a = Math.abs(x);
        if (x == 0 || !Double.isFinite(x) || a < 1e-4 || a >= 1e7) {
            return sig(x, digits);
        }
        BigDecimal v = new BigDecimal(x).round(new MathContext(digits));
        if (v.precision() < digits) {
            v = v.setScale(v.scale() + digits - v.precision());
        }
        return v.toPlainString();
    }

    /** An observed value as observed when short, else to 6 significant digits (synthetic criteria). */
    static String criterion(double x) {
        String e = Figures.exact(x);
        return e.replace("-", "").replace(".", "").length() <= 8 ? e : sig(x, 6);
    }

    static String dec3(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }

    // ------------------------------------------------------------------ cell helpers

    private final class Row {
        final List<String> cells = new ArrayList<>();

        Row text(String s) {
            cells.add(s == null ? DASH : s);
            return this;
        }

        Row integer(int n) {
            cells.add(Integer.toString(n));
            return this;
        }

        Row num(Double x, Format f) {
            if (x == null) {
                cells.add(DASH);
            } else {
                cells.add(switch (f) {
                    case P -> p(x);
                    case DEC3 -> dec3(x);
                    case SIG3 -> sig(x, 3);
                    case EXACT -> Figures.exact(x);
                });
            }
            return this;
        }

        Row meanSdCell(DescriptiveSummary s) {
            cells.add(s == null ? DASH : meanSd(s.mean(), s.sd()));
            return this;
        }

        /** Value with CI in one cell: "0.812 (0.640–0.984)". */
        Row withCi(Double x, ConfidenceInterval ci, Format f) {
            if (x == null) {
                cells.add(DASH);
            } else {
                if (f == Format.DEC3) {
                    cells.add(ci == null ? dec3(x)
                            : dec3(x) + " (" + dec3(ci.lower()) + "–" + dec3(ci.upper()) + ")");
                } else {
                    cells.add(ci == null ? sig(x, 3) : estimateWithInterval(x, ci.lower(), ci.upper()));
                }
            }
            return this;
        }
    }

    private enum Format {
        P, DEC3, SIG3, EXACT
    }

    private static List<String> header(String... cols) {
        return List.of(cols);
    }

    // ------------------------------------------------------------------ tables

    ReportTable table1(StudyResult r) {
        List<String> h = List.of("Variable", r.positiveLabel() + " (n = " + r.positiveCount() + ")",
                r.negativeLabel() + " (n = " + r.negativeCount() + ")", "Test", "P");
        List<List<String>> rows = new ArrayList<>();
        for (ClinicalComparison c : r.table1()) {
            String test = c.test() == null ? "not tested" : c.test().displayName();
            if (c.kind() == VariableKind.CONTINUOUS) {
                rows.add(new Row().text(c.variable() + ", " + StudyReportTables.summaryName(c.test()))
                        .text(StudyReportTables.formatSummary(c.positiveSummary(), c.test()))
                        .text(StudyReportTables.formatSummary(c.negativeSummary(), c.test())).text(test)
                        .num(c.pValue(), Format.P).cells);
            } else {
                rows.add(new Row().text(c.variable() + ", n (%)").text("").text("").text(test)
                        .num(c.pValue(), Format.P).cells);
                for (LevelCount l : c.levels()) {
                    rows.add(new Row().text("  " + l.level()).text(count(l.positiveCount(), l.positivePercent()))
                            .text(count(l.negativeCount(), l.negativePercent())).text("").num(null, Format.P).cells);
                }
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add("Continuous: Student t (mean ± SD) when Shapiro–Wilk P > the normality level in both groups, "
                + "else Mann–Whitney (median (IQR)); categorical: Fisher's exact or chi-square test (Yates for 2×2), as stated per "
                + "row.");
        for (ClinicalComparison c : r.table1()) {
            if (c.test() == null) {
                notes.add(c.variable() + ": " + c.testReason());
            }
        }
        return new ReportTable("Table 1. Clinical characteristics by group", h, rows, notes);
    }

    private String ms(DescriptiveSummary s) {
        if (s == null) {
            return DASH;
        }
        return meanSd(s.mean(), s.sd());
    }

    private String count(int n, double pct) {
        return String.format(Locale.ROOT, "%d (%.1f%%)", n, pct);
    }

    /** Table 2 with the given rows (the significant ones in the report body; all of them in the CSV / appendix). */
    ReportTable table2(StudyResult r, boolean significantOnly) {
        boolean flag = !significantOnly;
        String pos = r.positiveLabel();
        String neg = r.negativeLabel();
        List<String> h = flag ? header("Feature", pos, neg, "Summary", "Test", "P", "P corrected", "Significant",
                "P synthetic cohort") : header("Feature", pos, neg, "Summary", "Test", "P", "P corrected",
                        "P synthetic cohort");
        List<List<String>> rows = new ArrayList<>();
        List<String> features = new ArrayList<>();
        for (FeatureComparison f : r.table2()) {
            if (significantOnly && !f.significant()) {
                continue;
            }
            features.add(f.feature());
            Row row = new Row().text(f.feature()).text(StudyReportTables.formatSummary(f.positiveSummary(), f.test()))
                    .text(StudyReportTables.formatSummary(f.negativeSummary(), f.test()))
                    .text(StudyReportTables.summaryName(f.test())).text(f.test().displayName()).num(f.pValue(), Format.P).num(f.correctedPValue(), Format.P);
            if (flag) {
                row.text(f.significant() ? "yes" : "no");
            }
            rows.add(row.num(f.syntheticPValue(), Format.P).cells);
        }
        rows = groupByImageType(features, rows, h.size());
        List<String> notes = new ArrayList<>();
        notes.add("Summary: mean ± SD where Student's t test was used, median (IQR) where the Mann–Whitney test "
                + "was used; the test is named per row.");
        if (!r.unreliableFeatures().isEmpty()) {
            notes.add("Left out of the group tests (inter-reader ICC below " + Figures.exact(r.iccMinimum())
                    + "): " + String.join(", ", r.unreliableFeatures()) + ".");
        }
        notes.add("P corrected: " + correction(r) + " over " + r.numberOfTests() + " features; significant: "
                + "corrected P < " + Figures.exact(r.alpha()) + ".");
        notes.add("P synthetic cohort: the same test on the ADASYN synthetic cohort, which is generated from this "
                + "cohort: it is not an external validation.");
        if (!r.droppedFeatures().isEmpty()) {
            notes.add("Not tested (constant or too few values): " + String.join(", ", r.droppedFeatures()) + ".");
        }
        String title = significantOnly ? "Table 2. Significant radiomic features" : "Table 2 (all features). "
                + "Radiomic features by group";
        return new ReportTable(title, h, rows, notes);
    }

    /** "Bonferroni correction", or "no multiple-testing correction". */
    static String correction(StudyResult r) {
        return r.correction() == MultipleTestingCorrection.NONE ? "no multiple-testing correction"
                : r.correction().displayName() + " correction";
    }

    ReportTable roc(String title, List<RocSummary> list, List<String> notes) {
        List<String> h = header("Feature", "n pos.", "n neg.", "AUC (95% CI)", "P",
                "Criterion", "Sensitivity (95% CI)",
                "Specificity (95% CI)", "J");
        List<List<String>> rows = new ArrayList<>();
        List<String> features = new ArrayList<>();
        for (RocSummary s : list) {
            features.add(s.feature());
            rows.add(new Row().text(s.feature()).integer(s.positives()).integer(s.negatives())
                    .withCi(s.auc(), s.aucInterval(), Format.DEC3).num(s.pValue(), Format.P)
                    .text(StudyReportTables.criterionText(s, false))
                    .withCi(s.sensitivity(), s.sensitivityInterval(), Format.DEC3)
                    .withCi(s.specificity(), s.specificityInterval(), Format.DEC3)
                    .num(s.youdenIndex(), Format.DEC3).cells);
        }
        return new ReportTable(title, h, groupByImageType(features, rows, h.size()), notes);
    }

    // ------------------------------------------------------------------ image types

    /** PyRadiomics' image type families in the order of its {@code imageoperations} / parameter-file documentation. */
    private static final List<String> IMAGE_TYPE_FAMILIES = List.of("original", "log", "wavelet", "square",
            "squareroot", "logarithm", "exponential", "gradient", "lbp-2D", "lbp-3D");

    /**
     * The image type of a feature named {@code <imageType>_<class>_<feature>} as PyRadiomics names it (the part before
     * the first underscore: {@code original}, {@code log-sigma-1-0-mm-3D}, {@code wavelet-LLH}, {@code lbp-3D-k}); the
     * empty string for a name without an underscore.
     */
    static String imageType(String feature) {
        int i = feature.indexOf('_');
        return i < 0 ? "" : feature.substring(0, i);
    }

    /** The family of an image type: {@code log-sigma-3-0-mm-3D} → log, {@code wavelet2-HHL} → wavelet. */
    private static String family(String imageType) {
        if (imageType.startsWith("log-sigma-")) {
            return "log";
        }
        if (imageType.startsWith("wavelet")) {
            return "wavelet";
        }
        if (imageType.startsWith("lbp-3D")) {
            return "lbp-3D";
        }
        return imageType;
    }

    /** The sigma in mm of a LoG image type ({@code log-sigma-1-5-mm-3D} → 1.5), NaN when it is not of that form. */
    private static double logSigma(String imageType) {
        String rest = imageType.substring("log-sigma-".length());
        int mm = rest.indexOf("-mm");
        if (mm < 0) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(rest.substring(0, mm).replace('-', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Image types in report order: original first, then PyRadiomics' families in {@link #IMAGE_TYPE_FAMILIES} order
     * (unknown ones after them), LoG scales by ascending sigma, the rest by name (wavelet-HHH ... wavelet-LLL).
     */
    static final Comparator<String> IMAGE_TYPE_ORDER = Comparator
            .comparingInt((String t) -> {
                int i = IMAGE_TYPE_FAMILIES.indexOf(family(t));
                return i < 0 ? IMAGE_TYPE_FAMILIES.size() : i;
            })
            .thenComparingDouble(t -> family(t).equals("log") && !Double.isNaN(logSigma(t)) ? logSigma(t) : 0)
            .thenComparing(Comparator.naturalOrder());

    /**
     * The rows of a feature table grouped by image type: when the features span more than one image type, the rows
     * are sorted by {@link #IMAGE_TYPE_ORDER} (stable: the table's own order within a type) and each group is headed
     * by a row "Image type: &lt;type&gt;" with empty cells; with a single image type (an {@code Original}-only study)
     * the rows are returned unchanged.
     *
     * @param features the feature name of each row
     * @param rows     the rows, one per feature
     * @param width    the number of cells of a row
     */
    static List<List<String>> groupByImageType(List<String> features, List<List<String>> rows, int width) {
        if (features.size() != rows.size()) {
            throw new IllegalArgumentException(features.size() + " feature names for " + rows.size() + " rows");
        }
        Map<String, List<List<String>>> byType = new TreeMap<>(IMAGE_TYPE_ORDER);
        for (int i = 0; i < rows.size(); i++) {
            byType.computeIfAbsent(imageType(features.get(i)), k -> new ArrayList<>()).add(rows.get(i));
        }
        if (byType.size() <= 1) {
            return rows;
        }
        List<List<String>> out = new ArrayList<>();
        for (Map.Entry<String, List<List<String>>> e : byType.entrySet()) {
            List<String> head = new ArrayList<>();
            head.add("Image type: " + (e.getKey().isEmpty() ? "(none)" : e.getKey()));
            while (head.size() < width) {
                head.add("");
            }
            out.add(List.copyOf(head));
            out.addAll(e.getValue());
        }
        return out;
    }

    ReportTable table3(StudyResult r) {
        return roc("Table 3. ROC analysis of the significant features (study cohort)", r.table3(), List.of(
                "n pos./neg.: subjects of the positive/negative group. AUC with DeLong CI; P of the test AUC = 0.5 ("
                        + DASH + " when undefined: every score tied); "
                        + "criterion: Youden optimum, J = sensitivity + specificity − 1 (positive group iff the "
                        + "feature satisfies it); sensitivity and specificity with Clopper–Pearson exact CIs. "
                        + "Features, criteria and AUCs were chosen and estimated on the same subjects: optimistic."));
    }

    ReportTable table4(StudyResult r) {
        String how = r.synthetic().generated() ? "ADASYN synthetic cohort of " + r.synthetic().positiveCount()
                + " + " + r.synthetic().negativeCount() + " subjects (seed " + r.synthetic().seed() + ", K = "
                + r.synthetic().neighbours() + "). " : "";
        return roc("Table 4a. ROC re-fitted on the synthetic cohort", r.table4(), List.of(how + "Re-fitted: a new "
                + "optimum is chosen on the synthetic data (the paper's analysis). The synthetic cohort "
                + "is generated from the study cohort itself: it is not an external validation, and its P values "
                + "and intervals are narrower for that reason alone."));
    }

    ReportTable table4Frozen(StudyResult r) {
        List<String> h = header("Feature", "Criterion (Table 3, frozen)", "n pos.", "n neg.",
                "Sensitivity (95% CI)", "Specificity (95% CI)");
        List<List<String>> rows = new ArrayList<>();
        for (FrozenCutoffSummary f : r.table4Frozen()) {
            rows.add(new Row().text(f.feature()).text(f.criterionOperator().symbol() + " " + criterion(f.criterion()))
                    .integer(f.positives()).integer(f.negatives())
                    .withCi(f.sensitivity(), f.sensitivityInterval(), Format.DEC3)
                    .withCi(f.specificity(), f.specificityInterval(), Format.DEC3).cells);
        }
        return new ReportTable("Table 4b. Study-cohort criterion applied unchanged to the synthetic cohort", h, rows,
                List.of("The cutoff and its direction are frozen from Table 3 (chosen on the study cohort) and only "
                        + "applied to the synthetic cohort: the more honest of the two checks, though the synthetic "
                        + "cohort is still derived from the study cohort."));
    }

    ReportTable survival(StudyResult r) {
        List<String> h = header("Feature", "Endpoint", "Test-positive arm (Table 3 criterion)", "n", "Events",
                "Median", "Other arm", "n", "Events", "Median", "Log-rank χ²", "P", "HR test-positive vs other (95% CI)",
                "Note");
        List<List<String>> rows = new ArrayList<>();
        for (SurvivalAnalysis s : r.survival()) {
            SurvivalGroup pos = s.testPositiveArm();
            SurvivalGroup neg = s.testNegativeArm();
            double[] hr = StudyReportTables.hazardRatioTestPositive(s);
            rows.add(new Row().text(s.feature()).text(s.endpoint()).text(StudyReportTables.armCondition(s, pos, false))
                    .integer(pos.subjects()).integer(pos.events()).text(median(pos))
                    .text(StudyReportTables.armCondition(s, neg, false)).integer(neg.subjects())
                    .integer(neg.events()).text(median(neg))
                    .num(s.logRankChiSquare(), Format.SIG3).num(s.logRankPValue(), Format.P)
                    .withCi(hr == null ? null : hr[0], hr == null ? null : new ConfidenceInterval(hr[1], hr[2],
                            s.hazardRatio().mantelHaenszelInterval().level()), Format.SIG3)
                    .text(s.circular() ? "circular: not a finding" : "").cells);
        }
        List<String> notes = new ArrayList<>();
        notes.add("Arms: feature <= cutoff and feature > cutoff, the cutoff being the Table 3 criterion; the "
                + "test-positive arm meets it. Median survival in " + r.survivalTimeUnit() + "; NR = not reached. HR: "
                + "log-rank hazard ratio exp((O−E)/V) of the test-positive arm.");
        if (r.survival().stream().anyMatch(SurvivalAnalysis::circular)) {
            notes.add("Circular = " + SurvivalAnalysis.CIRCULARITY_NOTE.substring("circular: ".length()) + ".");
        }
        return new ReportTable("Survival by dichotomised feature (Kaplan–Meier, log-rank test)", h, rows, notes);
    }

    private String median(SurvivalGroup g) {
        if (g.median() == null || g.median().median() == null) {
            return g.subjects() == 0 ? DASH : "NR";
        }
        return sig(g.median().median(), 3);
    }

    ReportTable table5Univariate(StudyResult r) {
        String per = perLabel(r.table5Univariate());
        List<String> h = header("Variable", "Term", "Unit", "n", "Events", "OR " + per + " (95% CI)", "P", "Note");
        List<List<String>> rows = new ArrayList<>();
        for (LogisticTerm t : r.table5Univariate()) {
            rows.add(new Row().text(t.variable()).text(t.term()).text(StudyReportTables.unitText(t, false))
                    .integer(t.observations()).integer(t.events())
                    .withCi(t.oddsRatio(), t.oddsRatioInterval(), Format.SIG3).num(t.pValue(), Format.P)
                    .text(t.flag() == null ? "" : t.flag()).cells);
        }
        return new ReportTable("Table 5a. Univariate logistic regression (odds ratios " + per + ")", h, rows,
                List.of("Continuous variables: OR " + per + " of the variable (unit per row); categorical: level vs "
                        + "the reference; ordinal: per level. Wald CI and P. " + DASH + " with a note: no finite "
                        + "estimate (separation or a degenerate fit)."));
    }

    /** "per SD" when every scaled term shares the scale. */
    private static String perLabel(List<LogisticTerm> terms) {
        return terms.stream().map(LogisticTerm::scale).filter(x -> x != PredictorScale.UNIT).distinct().count() == 1
                ? terms.stream().map(LogisticTerm::scale).filter(x -> x != PredictorScale.UNIT).findFirst()
                        .orElseThrow().label() : "per unit";
    }

    ReportTable table5Multivariable(StudyResult r) {
        MultivariableLogistic m = r.table5Multivariable();
        List<String> h = header("Term", "Unit", "b", "SE", "OR (95% CI)", "P", "Note");
        List<List<String>> rows = new ArrayList<>();
        for (LogisticTerm t : m.coefficients()) {
            rows.add(new Row().text(t.term()).text(StudyReportTables.unitText(t, false))
                    .num(t.estimate(), Format.SIG3).num(t.standardError(), Format.SIG3)
                    .withCi(t.oddsRatio(), t.oddsRatioInterval(), Format.SIG3).num(t.pValue(), Format.P)
                    .text(t.flag() == null ? "" : t.flag()).cells);
        }
        List<String> notes = new ArrayList<>();
        if (!m.performed()) {
            notes.add("Not fitted: " + m.note());
        } else {
            notes.add("Candidates (univariate P < " + Figures.exact(m.entryThreshold()) + "): "
                    + String.join(", ", m.candidates()) + " (" + m.selectionNote() + "); backward removal while P > "
                    + Figures.exact(m.removalThreshold()) + "; removed: " + (m.steps().isEmpty() ? "none"
                            : String.join(", ", m.steps().stream().map(s -> s.removed()).toList())) + ".");
            if (m.auc() != null) {
                notes.add(String.format(Locale.ROOT, "Model: n = %d, events = %d, apparent AUC %.3f (%.3f–%.3f); at "
                        + "the Youden probability %s %s: sensitivity %.3f, specificity %.3f (apparent: chosen and "
                        + "measured on the same subjects).", m.observations(),
                        m.events(), m.auc(), m.aucInterval().lower(), m.aucInterval().upper(),
                        m.criterionOperator().symbol(), sig(m.probabilityCriterion(), 3), m.sensitivity(),
                        m.specificity()));
            }
            if (m.optimism() != null) {
                notes.add(StudyReportTables.optimismText(m));
            }
            notes.addAll(m.warnings());
        }
        return new ReportTable("Table 5b. Multivariable logistic regression (backward elimination)", h, rows,
                notes);
    }

    ReportTable icc(StudyResult r) {
        List<String> h = header("Feature", "Reader 2 column", "ICC (95% CI)", "F", "df1", "df2", "P",
                "Class", "n");
        List<List<String>> rows = new ArrayList<>();
        for (InterReaderIcc i : r.icc()) {
            rows.add(new Row().text(i.feature()).text(i.reader2Column())
                    .withCi(i.icc(), i.confidenceInterval(), Format.DEC3).num(i.fStatistic(), Format.SIG3)
                    .num(i.df1(), Format.EXACT).num(i.df2(), Format.EXACT).num(i.pValue(), Format.P)
                    .text(i.reliability().name().toLowerCase(Locale.ROOT)).integer(i.subjects()).cells);
        }
        String note = r.icc().isEmpty() ? "No second reader in the design: no ICC table."
                : r.icc().get(0).formDescription() + "; F test of ICC = 0.";
        return new ReportTable("Inter-reader reproducibility (ICC)", h, rows, List.of(note));
    }

    ReportTable warnings(StudyResult r) {
        List<String> h = List.of("Analysis", "Variable", "Message");
        List<List<String>> rows = new ArrayList<>();
        for (StudyWarning w : r.warnings()) {
            rows.add(List.of(w.analysis(), w.subject(), w.message()));
        }
        return new ReportTable("Warnings", h, rows, List.of());
    }

    ReportTable exclusions(StudyResult r) {
        List<String> h = List.of("Analysis", "Variable", "Excluded", "Subjects");
        List<List<String>> rows = new ArrayList<>();
        for (Exclusion e : r.exclusions()) {
            rows.add(List.of(e.analysis(), e.variable(), Integer.toString(e.excluded()),
                    String.join(", ", e.subjects())));
        }
        return new ReportTable("Subjects excluded for missing values", h, rows, List.of(
                "Complete-case analysis per analysis; nothing is imputed."));
    }

    ReportTable extractionErrors(List<ExtractionError> errors) {
        List<String> h = List.of("Case", "Phase", "Reader", "Message");
        List<List<String>> rows = new ArrayList<>();
        for (ExtractionError e : errors) {
            rows.add(List.of(e.caseId(), e.phase(), e.reader(), e.message()));
        }
        return new ReportTable("Extraction errors", h, rows, List.of(
                "These cases have no features and are missing from the analyses that need them."));
    }
}
