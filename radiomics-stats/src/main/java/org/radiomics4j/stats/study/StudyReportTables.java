package org.radiomics4j.stats.study;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.descriptive.DescriptiveSummary;

/**
 * Renders the tables of a {@link StudyResult} as text, separately from the computation. Two flavours:
 * <ul>
 * <li>{@link #forMarkdown()}: report formatting: P as {@code "<0.001"} or 3 decimals ({@code "0.023"}; 4 decimals
 * between 0.0495 and 0.0505 so rounding never crosses 0.05), mean ± SD with the SD to 2 significant digits and the
 * mean to the same decimals ({@code "68.4 ± 6.9"}), median (IQR) likewise where the Mann–Whitney test was used, AUC, sensitivity and specificity to 3 decimals, odds ratios to 3
 * significant digits, ROC criteria exactly as observed.</li>
 * <li>{@link #forCsv()}: machine-readable: the same rows, every number at full precision (shortest round-trip
 * decimal), composite cells split in two columns (mean and SD, lower and upper limit) except in Table 1, whose
 * mixed rows keep "mean ± SD" and "n (%)" as text at full precision.</li>
 * </ul>
 * Each method returns a {@link RenderedTable}; print it with {@link RenderedTable#toMarkdown()} or
 * {@link RenderedTable#toCsv()}. {@link #markdownReport(StudyResult)} assembles every table, the warnings,
 * exclusions and the methods paragraph into one Markdown document. Stateless and thread-safe.
 */
public final class StudyReportTables {
    private static final String DASH = "–";

    private final boolean csv;

    private StudyReportTables(boolean csv) {
        this.csv = csv;
    }

    /** Formatted for reports (see the class description). */
    public static StudyReportTables forMarkdown() {
        return new StudyReportTables(false);
    }

    /** Full precision, composite cells split (see the class description). */
    public static StudyReportTables forCsv() {
        return new StudyReportTables(true);
    }

    // ------------------------------------------------------------------ number formats

    /**
     * A P value for a report: {@code "<0.001"} below 0.001, 4 decimals in [0.0495, 0.0505) (so that rounding never
     * moves a P across 0.05), otherwise 3 decimals ({@code "0.023"}, {@code "1.000"}).
     *
     * @throws IllegalArgumentException if p is not in [0, 1]
     */
    public static String formatP(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1] but was " + p);
        }
        if (p < 0.001) {
            return "<0.001";
        }
        if (p >= 0.0495 && p < 0.0505) {
            return String.format(Locale.ROOT, "%.4f", p);
        }
        return String.format(Locale.ROOT, "%.3f", p);
    }

    /**
     * Mean ± SD: the SD rounded to 2 significant digits, the mean to the same number of decimals (at most 6; none
     * for SD ≥ 10), e.g. {@code "68.4 ± 6.9"}, {@code "0.215 ± 0.044"}, {@code "86085 ± 56923"}. SD = 0 prints the
     * mean to at most 4 significant digits.
     */
    public static String formatMeanSd(double mean, double sd) {
        if (!(sd > 0) || !Double.isFinite(sd)) {
            return formatSignificant(mean, 4) + " ± " + (Double.isFinite(sd) ? "0" : "NaN");
        }
        int decimals = Math.max(0, Math.min(6, 1 - (int) Math.floor(Math.log10(sd))));
        return String.format(Locale.ROOT, "%." + decimals + "f ± %." + decimals + "f", mean, sd);
    }

    /**
     * Median (IQR) for a report: the quartiles' spread rounded to 2 significant digits sets the decimals (at most
     * 6; none when the IQR is at least 10), e.g. {@code "12.3 (10.1–15.2)"}; an IQR of 0 prints the values to at
     * most 4 significant digits.
     */
    public static String formatMedianIqr(double median, double q1, double q3) {
        double iqr = q3 - q1;
        if (!(iqr > 0) || !Double.isFinite(iqr)) {
            return formatSignificant(median, 4) + " (" + formatSignificant(q1, 4) + "–" + formatSignificant(q3, 4)
                    + ")";
        }
        int decimals = Math.max(0, Math.min(6, 1 - (int) Math.floor(Math.log10(iqr))));
        return String.format(Locale.ROOT, "%." + decimals + "f (%." + decimals + "f–%." + decimals + "f)", median,
                q1, q3);
    }

    /**
     * A group's summary as clinical journals expect it: median (IQR) when the comparison used the Mann–Whitney
     * test, mean ± SD otherwise (Student t, or no test).
     */
    public static String formatSummary(DescriptiveSummary s, TestUsed test) {
        if (s == null) {
            return DASH;
        }
        return test != null && test.isRankBased() ? formatMedianIqr(s.median(), s.q1(), s.q3())
                : formatMeanSd(s.mean(), s.sd());
    }

    /** "mean ± SD" or "median (IQR)": the statistic {@link #formatSummary} prints for this test. */
    public static String summaryName(TestUsed test) {
        return test != null && test.isRankBased() ? "median (IQR)" : "mean ± SD";
    }

    /**
     * The arm condition of a dichotomised feature, in the notation of Table 3's criterion: {@code "<= c"} for the
     * low arm, {@code "> c"} for the high arm (the Kaplan–Meier arms are x ≤ c and x &gt; c). The test-positive arm
     * is the one whose text equals the Table 3 criterion ({@link SurvivalAnalysis#testPositiveArm()}).
     */
    public static String armCondition(SurvivalAnalysis a, SurvivalGroup arm, boolean exact) {
        String c = exact ? formatExact(a.cutoff()) : formatCriterion(a.cutoff());
        return (arm == a.low() ? "<= " : "> ") + c;
    }

    /** The Table 3 criterion as text, e.g. {@code "<= 2.01586"}. */
    public static String criterionText(RocSummary s, boolean exact) {
        return s.criterionOperator().symbol() + " " + (exact ? formatExact(s.criterion())
                : formatCriterion(s.criterion()));
    }

    /**
     * The log-rank hazard ratio of the test-positive arm against the other (Mantel–Haenszel form exp((O−E)/V)
     * with its CI): the high-vs-low ratio, or its reciprocal (interval inverted) when the low arm is test-positive;
     * {value, lower, upper}, or null when there is no log-rank test.
     */
    public static double[] hazardRatioTestPositive(SurvivalAnalysis a) {
        if (a.hazardRatio() == null) {
            return null;
        }
        double hr = a.hazardRatio().mantelHaenszel();
        ConfidenceInterval ci = a.hazardRatio().mantelHaenszelInterval();
        if (a.testPositiveArm() == a.high()) {
            return new double[] {hr, ci.lower(), ci.upper()};
        }
        return new double[] {1 / hr, 1 / ci.upper(), 1 / ci.lower()};
    }

    /** "per SD" etc. when every continuous term of the rows shares the scale, else "per unit shown". */
    static String scaleLabel(List<LogisticTerm> terms) {
        java.util.Set<org.radiomics4j.stats.regression.PredictorScale> scales = new java.util.TreeSet<>();
        for (LogisticTerm t : terms) {
            if (t.scale() != org.radiomics4j.stats.regression.PredictorScale.UNIT) {
                scales.add(t.scale());
            }
        }
        return scales.size() == 1 ? scales.iterator().next().label() : "per unit";
    }

    /**
     * The unit of one term: "1 SD = 6.9" / "1 IQR = 12" for a scaled continuous variable, "1 unit", "vs reference"
     * for a categorical indicator, "" for the intercept.
     */
    public static String unitText(LogisticTerm t, boolean exact) {
        if (org.radiomics4j.stats.regression.LogisticRegression.INTERCEPT.equals(t.term())) {
            return "";
        }
        if (!t.term().equals(t.variable())) {
            return "vs reference";
        }
        if (t.scale() == org.radiomics4j.stats.regression.PredictorScale.UNIT) {
            return "1 unit";
        }
        return "1 " + t.scale().name() + " = " + (exact ? formatExact(t.unit()) : formatSignificant(t.unit(), 3));
    }

    /**
     * {@code x} to {@code digits} significant digits in plain notation when 1e-4 ≤ |x| &lt; 1e7 (e.g. 0.000975,
     * 2.18, 33.4, 1455), scientific otherwise ({@code "1.69e-06"}); "Inf"/"-Inf"/"NaN" for non-finite values.
     */
    public static String formatSignificant(double x, int digits) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? "NaN" : x > 0 ? "Inf" : "-Inf";
        }
        if (x == 0) {
            return "0";
        }
        double a = Math.abs(x);
        if (a < 1e-4 || a >= 1e7) {
            return String.format(Locale.ROOT, "%." + (digits - 1) + "e", x);
        }
        return new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN)).toPlainString();
    }

    /**
     * An odds ratio: 3 significant digits, more when it is close to 1 so that it does not print as "1.00" (a
     * per-unit OR of a feature on a large scale, e.g. 0.9999747 = exp(−2.53e−5)): the digits needed to show
     * |OR − 1| to 2 significant digits, at most 9.
     */
    public static String formatOddsRatio(double or) {
        return formatSignificant(or, oddsRatioDigits(or, or));
    }

    private static int oddsRatioDigits(double a, double b) {
        double close = Math.min(Math.abs(a - 1), Math.abs(b - 1));
        if (!(close > 0) || close >= 0.01 || !Double.isFinite(close)) {
            return 3;
        }
        return Math.min(9, 2 + (int) Math.ceil(-Math.log10(close)));
    }

    /**
     * A criterion for a report: the exact observed value when it is short (at most 10 characters), otherwise 6
     * significant digits (a criterion on a synthetic cohort is an interpolated value).
     */
    public static String formatCriterion(double x) {
        String exact = formatExact(x);
        return exact.length() <= 10 ? exact : formatSignificant(x, 6);
    }

    /** The shortest decimal that round-trips to {@code x} (an observed value such as a ROC criterion). */
    public static String formatExact(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? "NaN" : x > 0 ? "Inf" : "-Inf";
        }
        String s = BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    // ------------------------------------------------------------------ table model

    private enum Kind {
        TEXT, INT, DEC3, SIG3, EXACT, P, MEAN_SD, CI_DEC3, CI_SIG3, OR, CI_OR
    }

    private record Col(String name, Kind kind) {
    }

    private static Col col(String name, Kind kind) {
        return new Col(name, kind);
    }

    private RenderedTable build(String title, List<Col> cols, List<List<Object>> rows, List<String> notes) {
        List<String> header = new ArrayList<>();
        for (Col c : cols) {
            if (csv && c.kind() == Kind.MEAN_SD) {
                header.add(c.name() + " mean");
                header.add(c.name() + " SD");
            } else if (csv && (c.kind() == Kind.CI_DEC3 || c.kind() == Kind.CI_SIG3 || c.kind() == Kind.CI_OR)) {
                header.add(c.name() + " lower");
                header.add(c.name() + " upper");
            } else {
                header.add(c.name());
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (List<Object> r : rows) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < cols.size(); i++) {
                cells.addAll(render(cols.get(i).kind(), r.get(i)));
            }
            out.add(cells);
        }
        return new RenderedTable(title, header, out, notes);
    }

    private List<String> render(Kind k, Object v) {
        String none = csv ? "" : DASH;
        switch (k) {
            case MEAN_SD -> {
                DescriptiveSummary s = (DescriptiveSummary) v;
                if (csv) {
                    return s == null ? List.of("", "") : List.of(formatExact(s.mean()), formatExact(s.sd()));
                }
                return List.of(s == null ? DASH : formatMeanSd(s.mean(), s.sd()));
            }
            case CI_DEC3, CI_SIG3, CI_OR -> {
                ConfidenceInterval ci = (ConfidenceInterval) v;
                if (csv) {
                    return ci == null ? List.of("", "") : List.of(formatExact(ci.lower()), formatExact(ci.upper()));
                }
                if (ci == null) {
                    return List.of(DASH);
                }
                if (k == Kind.CI_DEC3) {
                    return List.of(String.format(Locale.ROOT, "%.3f–%.3f", ci.lower(), ci.upper()));
                }
                int digits = k == Kind.CI_OR ? oddsRatioDigits(ci.lower(), ci.upper()) : 3;
                return List.of(formatSignificant(ci.lower(), digits) + "–" + formatSignificant(ci.upper(), digits));
            }
            default -> {
                if (v == null) {
                    return List.of(none);
                }
                if (v instanceof String s) {
                    return List.of(s);
                }
                if (v instanceof Integer n) {
                    return List.of(Integer.toString(n));
                }
                if (v instanceof Boolean b) {
                    return List.of(csv ? b.toString() : b ? "yes" : "no");
                }
                double x = ((Number) v).doubleValue();
                if (csv) {
                    return List.of(formatExact(x));
                }
                return List.of(switch (k) {
                    case DEC3 -> String.format(Locale.ROOT, "%.3f", x);
                    case SIG3 -> formatSignificant(x, 3);
                    case OR -> formatOddsRatio(x);
                    case P -> formatP(x);
                    default -> formatExact(x);
                });
            }
        }
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    // ------------------------------------------------------------------ tables

    /** Table 1: clinical characteristics by group (one line per continuous variable, one per level otherwise). */
    public RenderedTable table1(StudyResult r) {
        String pos = r.positiveLabel() + " (n = " + r.positiveCount() + ")";
        String neg = r.negativeLabel() + " (n = " + r.negativeCount() + ")";
        List<Col> cols = List.of(col("Variable", Kind.TEXT), col(pos, Kind.TEXT), col(neg, Kind.TEXT),
                col("Test", Kind.TEXT), col("P", Kind.P));
        List<List<Object>> rows = new ArrayList<>();
        for (ClinicalComparison c : r.table1()) {
            String test = c.test() == null ? "not tested" : c.test().displayName();
            if (c.kind() == VariableKind.CONTINUOUS) {
                rows.add(row(c.variable() + ", " + (csv ? "mean ± SD" : summaryName(c.test())),
                        csv ? meanSd(c.positiveSummary()) : formatSummary(c.positiveSummary(), c.test()),
                        csv ? meanSd(c.negativeSummary()) : formatSummary(c.negativeSummary(), c.test()), test,
                        c.pValue()));
            } else {
                rows.add(row(c.variable() + ", n (%)", "", "", test, c.pValue()));
                for (LevelCount l : c.levels()) {
                    rows.add(row("  " + l.level(), count(l.positiveCount(), l.positivePercent()),
                            count(l.negativeCount(), l.negativePercent()), "", ""));
                }
            }
        }
        return build("Table 1. Clinical characteristics by group", cols, rows, List.of(
                "Continuous: Student t (mean ± SD) when Shapiro–Wilk P > the normality level in both groups, else "
                        + "Mann–Whitney (median (IQR)); categorical: Fisher's exact test or chi-square (Yates for 2×2),"
                        + " as stated per row."));
    }

    private String meanSd(DescriptiveSummary s) {
        if (s == null) {
            return csv ? "" : DASH;
        }
        return csv ? formatExact(s.mean()) + " ± " + formatExact(s.sd()) : formatMeanSd(s.mean(), s.sd());
    }

    private String count(int n, double pct) {
        return csv ? n + " (" + formatExact(pct) + "%)" : String.format(Locale.ROOT, "%d (%.1f%%)", n, pct);
    }

    /**
     * Table 2: every feature with its summary per group (median (IQR) where the Mann–Whitney test was used, mean ±
     * SD where Student's t was; CSV: mean, SD, median, Q1, Q3), the test and P before and after correction.
     */
    public RenderedTable table2(StudyResult r) {
        List<Col> cols = new ArrayList<>();
        cols.add(col("Feature", Kind.TEXT));
        if (csv) {
            for (String g : List.of(r.positiveLabel(), r.negativeLabel())) {
                for (String stat : List.of("mean", "SD", "median", "Q1", "Q3")) {
                    cols.add(col(g + " " + stat, Kind.EXACT));
                }
            }
        } else {
            cols.add(col(r.positiveLabel(), Kind.TEXT));
            cols.add(col(r.negativeLabel(), Kind.TEXT));
            cols.add(col("Summary", Kind.TEXT));
        }
        cols.addAll(List.of(col("Test", Kind.TEXT), col("P", Kind.P), col("P corrected", Kind.P),
                col("Significant", Kind.TEXT), col("P synthetic", Kind.P)));
        List<List<Object>> rows = new ArrayList<>();
        for (FeatureComparison f : r.table2()) {
            List<Object> row = new ArrayList<>();
            row.add(f.feature());
            if (csv) {
                for (DescriptiveSummary d : new DescriptiveSummary[] {f.positiveSummary(), f.negativeSummary()}) {
                    row.addAll(d == null ? Arrays.asList(null, null, null, null, null)
                            : List.of(d.mean(), d.sd(), d.median(), d.q1(), d.q3()));
                }
            } else {
                row.add(formatSummary(f.positiveSummary(), f.test()));
                row.add(formatSummary(f.negativeSummary(), f.test()));
                row.add(summaryName(f.test()));
            }
            row.addAll(Arrays.asList(f.test().displayName(), f.pValue(), f.correctedPValue(), f.significant(),
                    f.syntheticPValue()));
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        notes.add("Summary: mean ± SD where Student's t test was used, median (IQR) where the Mann–Whitney test was "
                + "used (the test is named per row).");
        notes.add("P corrected: " + r.correction().displayName() + " over "
                + r.numberOfTests() + " features; significant: corrected P < " + r.alpha() + ".");
        notes.add("P synthetic: same test on the ADASYN synthetic cohort, derived from this cohort (not an external "
                + "validation).");
        if (!r.droppedFeatures().isEmpty()) {
            notes.add("Not tested (constant or too sparse): " + String.join(", ", r.droppedFeatures()) + ".");
        }
        if (!r.unreliableFeatures().isEmpty()) {
            notes.add("Not tested (inter-reader ICC below " + r.iccMinimum() + "): " + String.join(", ",
                    r.unreliableFeatures()) + ".");
        }
        return build("Table 2. Radiomic features by group", cols, rows, notes);
    }

    /** Table 3: ROC of the significant features on the study cohort. */
    public RenderedTable table3(StudyResult r) {
        return roc("Table 3. ROC analysis of the significant features", r.table3(), r.significantFeatures().isEmpty()
                ? "No feature was significant: no ROC analysis." : "AUC with DeLong CI; P of AUC = 0.5 ('" + DASH
                        + "' when undefined: every score tied); criterion = Youden optimum (test-positive iff the "
                        + "feature satisfies it); sensitivity and specificity with Clopper–Pearson CIs. Chosen and "
                        + "estimated on the same subjects: optimistic.");
    }

    /**
     * Table 4b: the Table 3 criterion applied unchanged to the synthetic cohort (sensitivity and specificity at the
     * frozen cutoff, Clopper–Pearson CIs).
     */
    public RenderedTable table4Frozen(StudyResult r) {
        List<Col> cols = List.of(col("Feature", Kind.TEXT), col("Criterion (Table 3)", Kind.TEXT),
                col("n pos.", Kind.INT), col("n neg.", Kind.INT), col("Sensitivity", Kind.DEC3),
                col("Sensitivity CI", Kind.CI_DEC3), col("Specificity", Kind.DEC3),
                col("Specificity CI", Kind.CI_DEC3));
        List<List<Object>> rows = new ArrayList<>();
        for (FrozenCutoffSummary f : r.table4Frozen()) {
            rows.add(row(f.feature(), f.criterionOperator().symbol() + " " + (csv ? formatExact(f.criterion())
                    : formatCriterion(f.criterion())), f.positives(), f.negatives(), f.sensitivity(),
                    f.sensitivityInterval(), f.specificity(), f.specificityInterval()));
        }
        return build("Table 4b. Study-cohort criterion applied unchanged to the synthetic cohort", cols, rows,
                List.of("The cutoff and its direction are frozen from Table 3 (chosen on the study cohort); only "
                        + "sensitivity and specificity are measured on the synthetic cohort, which is derived from "
                        + "the study cohort (not an external validation)."));
    }

    /** Table 4: ROC re-fitted on the synthetic cohort (not an external validation). */
    public RenderedTable table4(StudyResult r) {
        String note = r.significantFeatures().isEmpty() ? "No feature was significant: no synthetic ROC analysis."
                : !r.synthetic().generated() ? "No synthetic cohort: " + r.synthetic().note()
                        : "ADASYN synthetic cohort (" + r.synthetic().positiveCount() + " + "
                                + r.synthetic().negativeCount() + ", seed " + r.synthetic().seed()
                                + "), derived from the study cohort: not an external validation.";
        return roc("Table 4a. ROC re-fitted on the synthetic cohort (new optimum chosen on the synthetic data)",
                r.table4(), note);
    }

    private RenderedTable roc(String title, List<RocSummary> list, String note) {
        List<Col> cols = List.of(col("Feature", Kind.TEXT), col("AUC", Kind.DEC3), col("95% CI", Kind.CI_DEC3),
                col("P", Kind.P), col("Criterion", Kind.TEXT), col("Sensitivity", Kind.DEC3),
                col("Sensitivity CI", Kind.CI_DEC3), col("Specificity", Kind.DEC3),
                col("Specificity CI", Kind.CI_DEC3));
        List<List<Object>> rows = new ArrayList<>();
        for (RocSummary s : list) {
            rows.add(row(s.feature(), s.auc(), s.aucInterval(), s.pValue(), criterionText(s, csv), s.sensitivity(),
                    s.sensitivityInterval(), s.specificity(), s.specificityInterval()));
        }
        return build(title, cols, rows, List.of(note));
    }

    /**
     * Survival: one line per feature and endpoint: the arm meeting the Table 3 criterion (test-positive, written as
     * in Table 3) and the other arm, log-rank, hazard ratio of the test-positive arm; circular tests are labelled.
     */
    public RenderedTable survival(StudyResult r) {
        List<Col> cols = List.of(col("Feature", Kind.TEXT), col("Endpoint", Kind.TEXT),
                col("Test-positive arm (Table 3 criterion)", Kind.TEXT), col("n", Kind.INT), col("Events", Kind.INT),
                col("Median", Kind.TEXT), col("Other arm", Kind.TEXT), col("n other", Kind.INT),
                col("Events other", Kind.INT), col("Median other", Kind.TEXT), col("Log-rank chi-square", Kind.SIG3),
                col("P", Kind.P), col("HR test-positive vs other", Kind.SIG3), col("HR CI", Kind.CI_SIG3),
                col("Note", Kind.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (SurvivalAnalysis s : r.survival()) {
            SurvivalGroup pos = s.testPositiveArm();
            SurvivalGroup neg = s.testNegativeArm();
            double[] hr = hazardRatioTestPositive(s);
            rows.add(row(s.feature(), s.endpoint(), armCondition(s, pos, csv), pos.subjects(), pos.events(),
                    median(pos), armCondition(s, neg, csv), neg.subjects(), neg.events(), median(neg),
                    s.logRankChiSquare(), s.logRankPValue(), hr == null ? null : hr[0],
                    hr == null ? null : new ConfidenceInterval(hr[1], hr[2],
                            s.hazardRatio().mantelHaenszelInterval().level()),
                    s.circular() ? "circular: not a finding" : ""));
        }
        List<String> notes = new ArrayList<>();
        if (r.significantFeatures().isEmpty()) {
            notes.add("No feature was significant: no survival analysis.");
        } else {
            notes.add("Arms: feature <= cutoff and feature > cutoff, the cutoff being the Table 3 criterion; the "
                    + "test-positive arm is the one that meets it. Median in " + r.survivalTimeUnit() + ", 'NR' = not "
                    + "reached. HR: log-rank exp((O−E)/V) of the test-positive arm.");
            if (r.survival().stream().anyMatch(SurvivalAnalysis::circular)) {
                notes.add("Circular = " + SurvivalAnalysis.CIRCULARITY_NOTE.substring("circular: ".length()) + ".");
            }
        }
        return build("Survival by dichotomised feature (Kaplan–Meier, log-rank)", cols, rows, notes);
    }

    private String median(SurvivalGroup g) {
        if (g.median() == null || g.median().median() == null) {
            return g.subjects() == 0 ? (csv ? "" : DASH) : "NR";
        }
        return csv ? formatExact(g.median().median()) : formatSignificant(g.median().median(), 3);
    }

    /** Table 5 (univariate): one line per term, odds ratios per the design's scale (unit stated per row). */
    public RenderedTable table5Univariate(StudyResult r) {
        String per = scaleLabel(r.table5Univariate());
        List<Col> cols = List.of(col("Variable", Kind.TEXT), col("Term", Kind.TEXT), col("Unit", Kind.TEXT),
                col("n", Kind.INT), col("Events", Kind.INT), col("OR " + per, Kind.OR), col("95% CI", Kind.CI_OR),
                col("P", Kind.P), col("Note", Kind.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (LogisticTerm t : r.table5Univariate()) {
            rows.add(row(t.variable(), t.term(), unitText(t, csv), t.observations(), t.events(), t.oddsRatio(),
                    t.oddsRatioInterval(), t.pValue(), t.flag() == null ? "" : t.flag()));
        }
        return build("Table 5a. Univariate logistic regression (odds ratios " + per + ")", cols, rows, List.of(
                "Continuous variables: OR " + per + " of the variable (the unit is given per row); categorical: "
                        + "level vs the reference; ordinal: per level. Wald CI and P. '" + DASH + "' with a note: no "
                        + "finite estimate (separation or a degenerate fit), never a 0-to-Inf interval."));
    }

    /** Table 5 (multivariable): the final backward model, its apparent and optimism-corrected AUC. */
    public RenderedTable table5Multivariable(StudyResult r) {
        MultivariableLogistic m = r.table5Multivariable();
        List<Col> cols = List.of(col("Term", Kind.TEXT), col("Unit", Kind.TEXT), col("b", Kind.SIG3),
                col("SE", Kind.SIG3), col("OR", Kind.OR), col("95% CI", Kind.CI_OR), col("P", Kind.P),
                col("Note", Kind.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (LogisticTerm t : m.coefficients()) {
            rows.add(row(t.term(), unitText(t, csv), t.estimate(), t.standardError(), t.oddsRatio(),
                    t.oddsRatioInterval(), t.pValue(), t.flag() == null ? "" : t.flag()));
        }
        List<String> notes = new ArrayList<>();
        if (!m.performed()) {
            notes.add("Not fitted: " + m.note());
        } else {
            notes.add("Candidates (univariate P < " + m.entryThreshold() + "): " + String.join(", ", m.candidates())
                    + " (" + m.selectionNote() + "); backward removal while P > " + m.removalThreshold()
                    + "; removed: " + (m.steps().isEmpty() ? "none" : String.join(", ", m.steps().stream()
                            .map(s -> s.removed()).toList())) + ".");
            if (m.auc() != null) {
                notes.add(String.format(Locale.ROOT, "Model: n = %d, events = %d, apparent AUC %.3f (%.3f–%.3f); at "
                        + "the Youden probability %s %s: sensitivity %.3f, specificity %.3f (apparent: chosen and "
                        + "measured on the same subjects).", m.observations(), m.events(), m.auc(),
                        m.aucInterval().lower(), m.aucInterval().upper(), m.criterionOperator().symbol(),
                        formatSignificant(m.probabilityCriterion(), 3), m.sensitivity(), m.specificity()));
            }
            if (m.optimism() != null) {
                notes.add(optimismText(m));
            }
            m.warnings().forEach(notes::add);
        }
        return build("Table 5b. Multivariable logistic regression (backward elimination)", cols, rows, notes);
    }

    /** "Optimism-corrected AUC 0.712 (Harrell's bootstrap: apparent 0.801 − optimism 0.089; 200 resamples ...)". */
    public static String optimismText(MultivariableLogistic m) {
        var o = m.optimism();
        return String.format(Locale.ROOT, "Optimism-corrected AUC %.3f (Harrell's bootstrap: apparent %.3f − optimism "
                + "%.3f; %d resamples, seed %d, backward elimination repeated in each%s).", o.correctedAuc(),
                o.apparentAuc(), o.optimism(), o.resamples(), o.seed(), o.failed() == 0 ? ""
                        : "; " + o.failed() + " resamples failed and were skipped");
    }

    /** The inter-reader ICC table. */
    public RenderedTable icc(StudyResult r) {
        List<Col> cols = List.of(col("Feature", Kind.TEXT), col("ICC", Kind.DEC3), col("95% CI", Kind.CI_DEC3),
                col("P", Kind.P), col("Class", Kind.TEXT), col("n", Kind.INT));
        List<List<Object>> rows = new ArrayList<>();
        for (InterReaderIcc i : r.icc()) {
            rows.add(row(i.feature(), i.icc(), i.confidenceInterval(), i.pValue(),
                    i.reliability().name().toLowerCase(Locale.ROOT), i.subjects()));
        }
        String note = r.icc().isEmpty() ? "No second reader in the design." : r.icc().get(0).formDescription()
                + "; F test of ICC = 0.";
        return build("Inter-reader reproducibility (ICC)", cols, rows, List.of(note));
    }

    /** Warnings and missing-value exclusions. */
    public RenderedTable warnings(StudyResult r) {
        List<Col> cols = List.of(col("Analysis", Kind.TEXT), col("Variable", Kind.TEXT), col("Message", Kind.TEXT));
        List<List<Object>> rows = new ArrayList<>();
        for (StudyWarning w : r.warnings()) {
            rows.add(row(w.analysis(), w.subject(), w.message()));
        }
        for (Exclusion e : r.exclusions()) {
            rows.add(row(e.analysis(), e.variable(), e.excluded() + " subject(s) excluded for missing values: "
                    + String.join(", ", e.subjects())));
        }
        return build("Warnings and exclusions", cols, rows, List.of());
    }

    /** Every table in report order. */
    public List<RenderedTable> all(StudyResult r) {
        return List.of(table1(r), table2(r), table3(r), table4(r), table4Frozen(r), survival(r), table5Univariate(r),
                table5Multivariable(r), icc(r), warnings(r));
    }

    /** One Markdown document: the methods paragraph, then every table (Markdown flavour). */
    public static String markdownReport(StudyResult r) {
        StudyReportTables t = forMarkdown();
        StringBuilder b = new StringBuilder("## Methods\n\n").append(r.methods()).append("\n\n## Results\n\n");
        for (RenderedTable table : t.all(r)) {
            b.append(table.toMarkdown()).append('\n');
        }
        return b.toString();
    }
}
