package org.radiomics4j.stats.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.radiomics4j.stats.categorical.ChiSquareCorrection;
import org.radiomics4j.stats.categorical.ChiSquareTest;
import org.radiomics4j.stats.categorical.FisherExactTest;
import org.radiomics4j.stats.descriptive.DescriptiveSummary;
import org.radiomics4j.stats.regression.BackwardElimination;
import org.radiomics4j.stats.regression.BackwardEliminationResult;
import org.radiomics4j.stats.regression.LogisticCoefficient;
import org.radiomics4j.stats.regression.LogisticModel;
import org.radiomics4j.stats.regression.LogisticRegression;
import org.radiomics4j.stats.regression.ModelDiscrimination;
import org.radiomics4j.stats.regression.Separation;
import org.radiomics4j.stats.reliability.IccResult;
import org.radiomics4j.stats.reliability.IntraclassCorrelation;
import org.radiomics4j.stats.resampling.Adasyn;
import org.radiomics4j.stats.resampling.AdasynWeights;
import org.radiomics4j.stats.resampling.ResampledData;
import org.radiomics4j.stats.roc.Direction;
import org.radiomics4j.stats.roc.RocAnalysis;
import org.radiomics4j.stats.roc.RocCurve;
import org.radiomics4j.stats.roc.RocPoint;
import org.radiomics4j.stats.survival.FeatureCutoff;
import org.radiomics4j.stats.survival.KaplanMeier;
import org.radiomics4j.stats.survival.LogRankGroup;
import org.radiomics4j.stats.survival.LogRankResult;
import org.radiomics4j.stats.survival.LogRankTest;
import org.radiomics4j.stats.survival.SurvivalCurve;
import org.radiomics4j.stats.table.CohortTable;
import org.radiomics4j.stats.table.ColumnType;
import org.radiomics4j.stats.test.GroupComparison;

/**
 * Runs a {@link StudyDesign} on a {@link CohortTable}: {@code StudyPipeline.of(design).analyze(table)}.
 *
 * <p>Input layout: one row per subject (wide), the second reader as prefixed columns; or long format, where a
 * phase column and/or a reader column select the rows analysed (the design's {@code phase} and
 * {@code reader1Value}) and the second reader's rows are matched by id for the ICC. Several phases stored as feature
 * prefixes are analysed with one design per prefix.
 *
 * <p>Order of the analyses (each described on its result record):
 * <ol>
 * <li>Grouping: subjects with a missing grouping value are excluded from everything except the ICC.</li>
 * <li>Table 1 ({@link ClinicalComparison}) and Table 2 ({@link FeatureComparison}) with the design's
 * multiple-testing correction. Constant features (one distinct value among the non-missing ones) or features
 * with fewer than 2 values in a group are dropped before the correction, with a warning.</li>
 * <li>Table 3 ({@link RocSummary}) for every significant feature.</li>
 * <li>The ADASYN synthetic cohort ({@link SyntheticCohortSummary}) on the Table 2 features (complete cases); the
 * synthetic P of significant features (Table 2) and Table 4. <b>Not an external validation.</b></li>
 * <li>Survival ({@link SurvivalAnalysis}) for every significant feature and endpoint, cut at its Table 3
 * criterion.</li>
 * <li>Table 5 ({@link LogisticTerm}, {@link MultivariableLogistic}).</li>
 * <li>ICC ({@link InterReaderIcc}) of every Table 2 feature over every subject with both readings.</li>
 * </ol>
 * With no significant feature, Tables 3 and 4 and the survival section are empty and a warning says so. Missing
 * values are excluded per analysis and counted ({@link Exclusion}); nothing is imputed. Deterministic: the same
 * design (seed included) and table give the same result. Immutable and thread-safe.
 */
public final class StudyPipeline {
    private static final String UNSPECIFIED = "unspecified";

    private final StudyDesign design;
    private final String softwareVersion;

    private StudyPipeline(StudyDesign design, String softwareVersion) {
        this.design = design;
        this.softwareVersion = softwareVersion;
    }

    /** A pipeline for the design (software version "unspecified" in the methods paragraph). */
    public static StudyPipeline of(StudyDesign design) {
        return new StudyPipeline(Objects.requireNonNull(design, "design must not be null"), UNSPECIFIED);
    }

    /**
     * A copy stating the radiomics4j version in the methods paragraph (the caller knows it, e.g. from the jar
     * manifest).
     */
    public StudyPipeline withSoftwareVersion(String version) {
        Objects.requireNonNull(version, "softwareVersion must not be null");
        if (version.isBlank()) {
            throw new IllegalArgumentException("softwareVersion must not be blank");
        }
        return new StudyPipeline(design, version);
    }

    /** The design. */
    public StudyDesign design() {
        return design;
    }

    /**
     * Runs every analysis of the design.
     *
     * @throws IllegalArgumentException if a column named by the design is absent (naming the design field), has the
     *         wrong type, a 0/1 column holds another value (naming the row), or a group is smaller than 2
     */
    public StudyResult analyze(CohortTable table) {
        Objects.requireNonNull(table, "table must not be null");
        return new Run(design, table).run(softwareVersion);
    }

    @Override
    public String toString() {
        return "StudyPipeline[" + design.grouping().describe() + ", version=" + softwareVersion + "]";
    }

    /** Per-call state (never shared). */
    private static final class Run {
        private final StudyDesign d;
        private final CohortTable t;
        private final List<StudyWarning> warnings = new ArrayList<>();
        private final List<Exclusion> exclusions = new ArrayList<>();
        private final String[] ids;
        private int[] group; // 1, 0, or -1 = excluded
        private int positives;
        private int negatives;

        /** The rows of the analysed phase, every reader (long format), or the whole table. */
        private final CohortTable full;

        Run(StudyDesign d, CohortTable table) {
            this.d = d;
            CohortTable scope = table;
            if (d.phaseColumn() != null) {
                scope = rowsWith(table, "phaseColumn", d.phaseColumn(), d.phase(), "phase");
            }
            this.full = scope;
            this.t = d.readerColumn() == null ? scope
                    : rowsWith(scope, "readerColumn", d.readerColumn(), d.reader1Value(), "reader1Value");
            requireColumn("idColumn", d.idColumn());
            this.ids = t.stringColumnWithNulls(d.idColumn());
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] == null) {
                    ids[i] = "row " + (i + 1);
                }
            }
            if (d.readerColumn() != null) {
                idIndex(t, "reader1Value");
            }
        }

        /** The rows whose text value of {@code column} equals {@code value}. */
        private static CohortTable rowsWith(CohortTable table, String field, String column, String value,
                String valueField) {
            if (!table.hasColumn(column)) {
                throw new IllegalArgumentException("design." + field + ": no column '" + column + "' in the table; "
                        + "columns: " + table.columnNames());
            }
            CohortTable out = table.filter(r -> !r.isMissing(column) && r.getString(column).equals(value));
            if (out.rowCount() == 0) {
                throw new IllegalArgumentException("design." + valueField + ": no row has " + column + " = '"
                        + value + "'; values: " + new TreeSet<>(table.groupBy(column).keySet()));
            }
            return out;
        }

        /** id → row of a long-format reader table; duplicate or missing ids are errors naming the id. */
        private Map<String, Integer> idIndex(CohortTable table, String field) {
            Map<String, Integer> index = new LinkedHashMap<>();
            String[] v = table.stringColumnWithNulls(d.idColumn());
            for (int i = 0; i < v.length; i++) {
                if (v[i] == null) {
                    throw new IllegalArgumentException("design." + field + ": with readerColumn every row needs an "
                            + d.idColumn() + " but row " + (i + 1) + " of that reader has none");
                }
                if (index.put(v[i], i) != null) {
                    throw new IllegalArgumentException("design." + field + ": " + d.idColumn() + " '" + v[i]
                            + "' appears more than once for the same reader" + (d.phaseColumn() == null ? ""
                                    : " and phase"));
                }
            }
            return index;
        }

        private void requireColumn(String field, String column) {
            if (!t.hasColumn(column)) {
                throw new IllegalArgumentException("design." + field + ": no column '" + column + "' in the table; "
                        + "columns: " + t.columnNames());
            }
        }

        private void requireNumeric(String field, String column) {
            requireColumn(field, column);
            if (t.columnType(column) != ColumnType.NUMERIC) {
                throw new IllegalArgumentException("design." + field + ": column '" + column + "' must be NUMERIC "
                        + "but is TEXT");
            }
        }

        /** A 0/1 column as 1, 0 or -1 (missing). */
        private int[] binary(String field, String column) {
            requireNumeric(field, column);
            double[] v = t.doubleColumnWithNaN(column);
            int[] out = new int[v.length];
            for (int i = 0; i < v.length; i++) {
                if (t.isMissing(i, column)) {
                    out[i] = -1;
                } else if (v[i] == 0 || v[i] == 1) {
                    out[i] = (int) v[i];
                } else {
                    throw new IllegalArgumentException("design." + field + ": column '" + column + "' must hold 0 "
                            + "or 1 but row " + (i + 1) + " (" + ids[i] + ") has " + v[i]);
                }
            }
            return out;
        }

        private void exclude(String analysis, String variable, List<Integer> rows) {
            if (!rows.isEmpty()) {
                exclusions.add(new Exclusion(analysis, variable, rows.size(),
                        rows.stream().map(r -> ids[r]).toList()));
            }
        }

        private void warn(String analysis, String subject, String message) {
            warnings.add(new StudyWarning(analysis, subject, message));
        }

        StudyResult run(String version) {
            grouping();
            List<String> requested = resolveFeatures();
            List<ClinicalVariable> clinical = resolveClinical(requested);

            // Table 2 (features) first: its family decides what is significant
            List<String> features = new ArrayList<>();
            List<String> dropped = new ArrayList<>();
            List<GroupComparison.Result> comparisons = new ArrayList<>();
            List<Integer> missingCounts = new ArrayList<>();
            GroupComparison gc = GroupComparison.withDefaults().withNormalityAlpha(d.normalityAlpha());
            for (String f : requested) {
                double[][] xy = split("Table 2", f);
                String why = untestable(xy);
                if (why != null) {
                    dropped.add(f);
                    warn("Table 2", f, "feature dropped: " + why);
                    continue;
                }
                features.add(f);
                comparisons.add(gc.test(xy[0], xy[1]));
                missingCounts.add(lastExcluded);
            }
            double[] p = comparisons.stream().mapToDouble(GroupComparison.Result::pValue).toArray();
            double[] adjusted = p.length == 0 ? p : d.correction().adjust(p);
            List<String> significant = new ArrayList<>();
            for (int i = 0; i < features.size(); i++) {
                if (adjusted[i] < d.alpha()) {
                    significant.add(features.get(i));
                }
            }
            if (features.isEmpty()) {
                warn("Table 2", "", "no feature could be tested");
            } else if (significant.isEmpty()) {
                warn("Table 2", "", "no feature is significant after " + d.correction() + " correction at alpha = "
                        + d.alpha() + ": Tables 3 and 4 and the survival analyses are empty");
            }

            List<ClinicalComparison> table1 = new ArrayList<>();
            for (ClinicalVariable v : clinical) {
                table1.add(v.kind() == VariableKind.CONTINUOUS ? continuousRow(v, gc) : categoricalRow(v));
            }

            RocAnalysis roc = RocAnalysis.withDefaults().with(d.rocDirection())
                    .withConfidenceLevel(d.confidenceLevel());
            List<RocSummary> table3 = new ArrayList<>();
            for (String f : significant) {
                double[][] sv = scoresAndLabels("ROC", f);
                table3.add(rocSummary(f, "study", roc.analyze(sv[0], toInt(sv[1]))));
            }

            // synthetic cohort
            Synthetic syn = synthetic(features);
            List<RocSummary> table4 = new ArrayList<>();
            Map<String, GroupComparison.Result> synP = new LinkedHashMap<>();
            if (syn.data != null) {
                for (String f : significant) {
                    int j = features.indexOf(f);
                    double[] s = new double[syn.data.size()];
                    for (int i = 0; i < s.length; i++) {
                        s[i] = syn.data.features()[i][j];
                    }
                    int[] lab = syn.data.labels();
                    if (syn.summary.positiveCount() >= 2 && syn.summary.negativeCount() >= 2) {
                        synP.put(f, gc.test(select(s, lab, 1), select(s, lab, 0)));
                        Direction internal = table3.get(significant.indexOf(f)).direction();
                        table4.add(rocSummary(f, "synthetic", roc.with(internal).analyze(s, lab)));
                    } else {
                        warn("Table 4", f, "the synthetic cohort has fewer than 2 subjects in a group: no synthetic "
                                + "P or ROC");
                    }
                }
            }

            List<FeatureComparison> table2 = new ArrayList<>();
            for (int i = 0; i < features.size(); i++) {
                GroupComparison.Result r = comparisons.get(i);
                GroupComparison.Result s = synP.get(features.get(i));
                table2.add(new FeatureComparison(features.get(i), r.summaryX(), r.summaryY(), testUsed(r), r.reason(),
                        r.normalityX().defined() ? r.normalityX().pValue() : null,
                        r.normalityY().defined() ? r.normalityY().pValue() : null, r.statistic(), r.pValue(),
                        adjusted[i], adjusted[i] < d.alpha(), s == null ? null : testUsed(s),
                        s == null ? null : s.pValue(), missingCounts.get(i)));
            }

            List<SurvivalAnalysis> survival = new ArrayList<>();
            for (RocSummary r : table3) {
                for (SurvivalEndpoint e : d.survivalEndpoints()) {
                    survival.add(survival(r, e));
                }
            }

            List<LogisticTerm> table5 = new ArrayList<>();
            MultivariableLogistic multi = logistic(features, clinical, table5);

            List<InterReaderIcc> icc = icc(features);

            return new StudyResult(d.phase(), t.rowCount(), positives, negatives, d.positiveLabel(),
                    d.negativeLabel(), d.grouping().describe(), features, dropped, features.size(), d.correction(),
                    d.alpha(), significant, table1, table2, table3, table4, survival, table5, multi, icc,
                    syn.summary, exclusions, warnings, StudyMethods.paragraph(d, version, t.rowCount(), positives,
                            negatives, features.size(), dropped.size(), clinical));
        }

        // ---------------------------------------------------------------- grouping, columns

        private void grouping() {
            GroupingRule g = d.grouping();
            group = new int[t.rowCount()];
            List<Integer> missing = new ArrayList<>();
            if (g.isBinaryColumn()) {
                int[] b = binary("grouping.column", g.column());
                for (int i = 0; i < b.length; i++) {
                    group[i] = b[i];
                }
            } else {
                requireNumeric("grouping.column", g.column());
                double[] v = t.doubleColumnWithNaN(g.column());
                for (int i = 0; i < v.length; i++) {
                    group[i] = t.isMissing(i, g.column()) ? -1 : g.operator().test(v[i], g.threshold()) ? 1 : 0;
                }
            }
            for (int i = 0; i < group.length; i++) {
                if (group[i] == 1) {
                    positives++;
                } else if (group[i] == 0) {
                    negatives++;
                } else {
                    missing.add(i);
                }
            }
            exclude("Grouping", g.column(), missing);
            if (positives < 2 || negatives < 2) {
                throw new IllegalArgumentException("design.grouping: '" + g.describe() + "' gives " + positives + " "
                        + d.positiveLabel() + " and " + negatives + " " + d.negativeLabel()
                        + "; each group needs at least 2 subjects");
            }
        }

        private List<String> resolveFeatures() {
            List<String> f;
            if (!d.featureColumns().isEmpty()) {
                f = d.featureColumns();
                for (String c : f) {
                    requireNumeric("featureColumns", c);
                }
            } else {
                f = t.columnNames().stream().filter(c -> c.startsWith(d.featurePrefix())).toList();
                if (f.isEmpty()) {
                    throw new IllegalArgumentException("design.featurePrefix: no column starts with '"
                            + d.featurePrefix() + "'; columns: " + t.columnNames());
                }
                for (String c : f) {
                    requireNumeric("featurePrefix", c);
                }
            }
            return f;
        }

        private List<ClinicalVariable> resolveClinical(List<String> features) {
            if (!d.clinicalVariables().isEmpty()) {
                for (ClinicalVariable v : d.clinicalVariables()) {
                    if (v.kind() == VariableKind.CONTINUOUS) {
                        requireNumeric("clinicalVariables", v.name());
                    } else {
                        requireColumn("clinicalVariables", v.name());
                    }
                }
                return d.clinicalVariables();
            }
            Set<String> used = new LinkedHashSet<>();
            used.add(d.idColumn());
            used.add(d.grouping().column());
            if (d.logisticOutcomeColumn() != null) {
                used.add(d.logisticOutcomeColumn());
            }
            for (SurvivalEndpoint e : d.survivalEndpoints()) {
                used.add(e.timeColumn());
                used.add(e.eventColumn());
            }
            used.addAll(features);
            if (d.phaseColumn() != null) {
                used.add(d.phaseColumn());
            }
            if (d.readerColumn() != null) {
                used.add(d.readerColumn());
            }
            List<ClinicalVariable> out = new ArrayList<>();
            for (String c : t.columnNames()) {
                if (used.contains(c) || c.startsWith(d.featurePrefix())
                        || (d.reader2Prefix() != null && c.startsWith(d.reader2Prefix()))) {
                    continue;
                }
                boolean numeric = t.columnType(c) == ColumnType.NUMERIC;
                boolean binary = numeric && Arrays.stream(t.doubleColumnWithNaN(c)).filter(x -> !Double.isNaN(x))
                        .distinct().count() <= 2;
                out.add(numeric && !binary ? ClinicalVariable.continuous(c) : ClinicalVariable.categorical(c));
            }
            return out;
        }

        private int lastExcluded;

        /** Non-missing values of a numeric column split by group {positive, negative}; records the exclusion. */
        private double[][] split(String analysis, String column) {
            double[] v = t.doubleColumnWithNaN(column);
            List<Integer> missing = new ArrayList<>();
            double[] x = new double[positives];
            double[] y = new double[negatives];
            int nx = 0;
            int ny = 0;
            for (int i = 0; i < v.length; i++) {
                if (group[i] < 0) {
                    continue;
                }
                if (t.isMissing(i, column)) {
                    missing.add(i);
                } else if (group[i] == 1) {
                    x[nx++] = v[i];
                } else {
                    y[ny++] = v[i];
                }
            }
            exclude(analysis, column, missing);
            lastExcluded = missing.size();
            return new double[][] {Arrays.copyOf(x, nx), Arrays.copyOf(y, ny)};
        }

        private static String untestable(double[][] xy) {
            if (xy[0].length < 2 || xy[1].length < 2) {
                return "fewer than 2 non-missing values in a group (" + xy[0].length + " and " + xy[1].length + ")";
            }
            double first = xy[0][0];
            for (double[] g : xy) {
                for (double v : g) {
                    if (v != first) {
                        return null;
                    }
                }
            }
            return "constant (every value is " + first + ")";
        }

        /** {scores, labels} over grouped subjects with the column present (exclusions recorded). */
        private double[][] scoresAndLabels(String analysis, String column) {
            double[] v = t.doubleColumnWithNaN(column);
            List<Integer> missing = new ArrayList<>();
            List<double[]> rows = new ArrayList<>();
            for (int i = 0; i < v.length; i++) {
                if (group[i] < 0) {
                    continue;
                }
                if (t.isMissing(i, column)) {
                    missing.add(i);
                } else {
                    rows.add(new double[] {v[i], group[i]});
                }
            }
            exclude(analysis, column, missing);
            double[][] out = new double[2][rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                out[0][i] = rows.get(i)[0];
                out[1][i] = rows.get(i)[1];
            }
            return out;
        }

        private static int[] toInt(double[] v) {
            int[] o = new int[v.length];
            for (int i = 0; i < v.length; i++) {
                o[i] = (int) v[i];
            }
            return o;
        }

        private static double[] select(double[] s, int[] lab, int label) {
            int n = 0;
            for (int l : lab) {
                if (l == label) {
                    n++;
                }
            }
            double[] o = new double[n];
            int k = 0;
            for (int i = 0; i < s.length; i++) {
                if (lab[i] == label) {
                    o[k++] = s[i];
                }
            }
            return o;
        }

        private static TestUsed testUsed(GroupComparison.Result r) {
            return switch (r.test()) {
                case STUDENT_T -> TestUsed.STUDENT_T;
                case MANN_WHITNEY_EXACT -> TestUsed.MANN_WHITNEY_EXACT;
                case MANN_WHITNEY_ASYMPTOTIC -> TestUsed.MANN_WHITNEY_ASYMPTOTIC;
            };
        }

        // ---------------------------------------------------------------- Table 1

        private ClinicalComparison continuousRow(ClinicalVariable v, GroupComparison gc) {
            double[][] xy = split("Table 1", v.name());
            int excluded = lastExcluded;
            String why = untestable(xy);
            if (why != null) {
                warn("Table 1", v.name(), "not tested: " + why);
                return new ClinicalComparison(v.name(), v.kind(), summary(xy[0]), summary(xy[1]), List.of(), null,
                        "not tested: " + why, null, null, null, false, excluded);
            }
            GroupComparison.Result r = gc.test(xy[0], xy[1]);
            return new ClinicalComparison(v.name(), v.kind(), r.summaryX(), r.summaryY(), List.of(), testUsed(r),
                    r.reason(), r.pValue(), null, null, false, excluded);
        }

        private static DescriptiveSummary summary(double[] v) {
            return v.length >= 2 && Arrays.stream(v).allMatch(Double::isFinite) ? DescriptiveSummary.of(v) : null;
        }

        /** The levels of a categorical variable in report order, checked against the data. */
        private List<String> levels(ClinicalVariable v, String[] values) {
            TreeSet<String> seen = new TreeSet<>();
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null && group[i] >= 0) {
                    seen.add(values[i]);
                }
            }
            if (v.levels().isEmpty()) {
                return new ArrayList<>(seen);
            }
            for (String s : seen) {
                if (!v.levels().contains(s)) {
                    throw new IllegalArgumentException("design.clinicalVariables: variable '" + v.name()
                            + "' has the value '" + s + "' which is not among its levels " + v.levels());
                }
            }
            return v.levels();
        }

        private ClinicalComparison categoricalRow(ClinicalVariable v) {
            String[] values = t.stringColumnWithNulls(v.name());
            List<String> levels = levels(v, values);
            int[][] counts = new int[2][levels.size()];
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                if (group[i] < 0) {
                    continue;
                }
                if (values[i] == null) {
                    missing.add(i);
                } else {
                    counts[group[i] == 1 ? 0 : 1][levels.indexOf(values[i])]++;
                }
            }
            exclude("Table 1", v.name(), missing);
            int nPos = Arrays.stream(counts[0]).sum();
            int nNeg = Arrays.stream(counts[1]).sum();
            List<LevelCount> rows = new ArrayList<>();
            List<Integer> observed = new ArrayList<>();
            for (int j = 0; j < levels.size(); j++) {
                rows.add(new LevelCount(levels.get(j), counts[0][j], percent(counts[0][j], nPos), counts[1][j],
                        percent(counts[1][j], nNeg)));
                if (counts[0][j] + counts[1][j] > 0) {
                    observed.add(j);
                }
            }
            if (observed.size() < 2 || nPos == 0 || nNeg == 0) {
                String why = observed.size() < 2 ? "fewer than 2 observed levels" : "a group has no value";
                warn("Table 1", v.name(), "not tested: " + why);
                return new ClinicalComparison(v.name(), v.kind(), null, null, rows, null, "not tested: " + why,
                        null, null, null, false, missing.size());
            }
            int[][] tab = new int[2][observed.size()];
            for (int k = 0; k < observed.size(); k++) {
                tab[0][k] = counts[0][observed.get(k)];
                tab[1][k] = counts[1][observed.get(k)];
            }
            ChiSquareTest.Result chi = ChiSquareTest.withDefaults().test(tab);
            TestUsed chiTest = chi.correction() == ChiSquareCorrection.YATES ? TestUsed.CHI_SQUARE_YATES
                    : TestUsed.CHI_SQUARE;
            Double fisher = fisher(v.name(), tab);
            boolean useFisher = switch (d.categoricalTest()) {
                case FISHER -> true;
                case CHI_SQUARE -> false;
                case FISHER_IF_LOW_EXPECTED -> chi.lowExpectedCount();
            } && fisher != null;
            String reason;
            if (useFisher) {
                reason = d.categoricalTest() == CategoricalTestRule.FISHER ? "Fisher's exact test by design"
                        : "an expected count is below 5";
            } else {
                reason = chi.lowExpectedCount() ? "chi-square although an expected count is below 5"
                        + (fisher == null ? " (Fisher's exact test too large to enumerate)" : " (by design)")
                        : "every expected count is at least 5";
                if (chi.lowExpectedCount()) {
                    warn("Table 1", v.name(), "chi-square reported with an expected count below 5 ("
                            + ChiSquareTest.LOW_EXPECTED_WARNING + ")");
                }
            }
            return new ClinicalComparison(v.name(), v.kind(), null, null, rows, useFisher ? TestUsed.FISHER_EXACT
                    : chiTest, reason, useFisher ? fisher : chi.pValue(), fisher, chi.pValue(),
                    chi.lowExpectedCount(), missing.size());
        }

        private Double fisher(String name, int[][] tab) {
            try {
                return FisherExactTest.withDefaults().test(tab).pValue();
            } catch (IllegalArgumentException e) {
                // only raised for tables beyond the enumeration limit here (tab was validated by the chi-square)
                warn("Table 1", name, "Fisher's exact test not computed: " + e.getMessage());
                return null;
            }
        }

        private static double percent(int k, int n) {
            return n == 0 ? 0 : 100.0 * k / n;
        }

        // ---------------------------------------------------------------- ROC

        private RocSummary rocSummary(String feature, String cohort, RocCurve c) {
            RocPoint y = c.youden();
            return new RocSummary(feature, cohort, c.positives(), c.negatives(), c.direction(), c.auc(),
                    c.standardErrorDeLong(), c.confidenceIntervalDeLong(), c.testVersusHalf().pValue(),
                    y.criterionOperator(), y.criterion(), y.youdenIndex(), y.sensitivity(), y.sensitivityInterval(),
                    y.specificity(), y.specificityInterval(), c.youdenOptima().size());
        }

        // ---------------------------------------------------------------- synthetic cohort

        private record Synthetic(SyntheticCohortSummary summary, ResampledData data) {
        }

        private Synthetic synthetic(List<String> features) {
            int pos = d.syntheticPositiveCount();
            int neg = d.syntheticNegativeCount();
            if (pos == 0 && neg == 0) {
                return notMade(features, 0, "no synthetic cohort requested (sizes 0 and 0)");
            }
            if (features.isEmpty()) {
                return notMade(features, 0, "no feature to generate");
            }
            List<Integer> rows = new ArrayList<>();
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < t.rowCount(); i++) {
                if (group[i] < 0) {
                    continue;
                }
                boolean complete = true;
                for (String f : features) {
                    complete &= !t.isMissing(i, f);
                }
                (complete ? rows : missing).add(i);
            }
            exclude("Synthetic cohort", "features", missing);
            double[][] x = new double[rows.size()][features.size()];
            int[] labels = new int[rows.size()];
            for (int j = 0; j < features.size(); j++) {
                double[] v = t.doubleColumnWithNaN(features.get(j));
                for (int r = 0; r < rows.size(); r++) {
                    x[r][j] = v[rows.get(r)];
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                labels[r] = group[rows.get(r)];
            }
            double[] mean = new double[features.size()];
            double[] sd = new double[features.size()];
            double[][] input = x;
            if (d.adasynStandardize()) {
                input = standardize(x, mean, sd);
            }
            Map<Integer, Integer> sizes = new TreeMap<>();
            if (pos > 0) {
                sizes.put(1, pos);
            }
            if (neg > 0) {
                sizes.put(0, neg);
            }
            Adasyn adasyn = Adasyn.withDefaults().withNeighbours(d.adasynNeighbours());
            ResampledData data;
            List<SyntheticClassWeights> weights = new ArrayList<>();
            try {
                data = adasyn.syntheticCohort(input, labels, sizes, d.syntheticSeed());
                for (Map.Entry<Integer, Integer> e : sizes.entrySet()) {
                    AdasynWeights w = adasyn.weights(input, labels, e.getKey(), e.getValue());
                    int[] generated = new int[w.rows().length];
                    for (int i = 0; i < data.size(); i++) {
                        if (data.synthetic()[i] && data.labels()[i] == e.getKey()) {
                            for (int k = 0; k < w.rows().length; k++) {
                                if (w.rows()[k] == data.seedRow()[i]) {
                                    generated[k]++;
                                }
                            }
                        }
                    }
                    weights.add(new SyntheticClassWeights(e.getKey(), e.getValue(), box(w.rows()), box(w.r()),
                            box(w.rHat()), Arrays.stream(w.neighbours()).map(Run::box).toList(), box(generated)));
                }
            } catch (IllegalArgumentException e) {
                // ADASYN is undefined for this cohort (a group with at most K subjects, or no subject of a group
                // with a neighbour from the other group); the study goes on without a synthetic cohort
                warn("Synthetic cohort", "", "not generated: " + e.getMessage());
                return notMade(features, rows.size(), "ADASYN undefined: " + e.getMessage());
            }
            if (d.adasynStandardize()) {
                double[][] f = data.features();
                for (double[] row : f) {
                    for (int j = 0; j < row.length; j++) {
                        row[j] = row[j] * sd[j] + mean[j];
                    }
                }
                data = new ResampledData(f, data.labels(), data.synthetic(), data.seedRow(), data.neighbourRow(),
                        data.step(), data.seed());
            }
            return new Synthetic(new SyntheticCohortSummary(true, "", data.count(1), data.count(0),
                    d.syntheticSeed(), d.adasynNeighbours(), d.adasynStandardize(), features, rows.size(), weights),
                    data);
        }

        private Synthetic notMade(List<String> features, int n, String note) {
            return new Synthetic(new SyntheticCohortSummary(false, note, 0, 0, d.syntheticSeed(),
                    d.adasynNeighbours(), d.adasynStandardize(), features, n, List.of()), null);
        }

        /** z-scores with the population SD (scikit-learn StandardScaler); constant columns keep SD 1. */
        private static double[][] standardize(double[][] x, double[] mean, double[] sd) {
            int n = x.length;
            int p = mean.length;
            double[][] z = new double[n][p];
            for (int j = 0; j < p; j++) {
                double m = 0;
                for (double[] row : x) {
                    m += row[j];
                }
                m /= n;
                double ss = 0;
                for (double[] row : x) {
                    ss += (row[j] - m) * (row[j] - m);
                }
                double s = Math.sqrt(ss / n);
                mean[j] = m;
                sd[j] = s > 0 ? s : 1;
                for (int i = 0; i < n; i++) {
                    z[i][j] = (x[i][j] - m) / sd[j];
                }
            }
            return z;
        }

        private static List<Integer> box(int[] v) {
            return Arrays.stream(v).boxed().toList();
        }

        private static List<Double> box(double[] v) {
            return Arrays.stream(v).boxed().toList();
        }

        // ---------------------------------------------------------------- survival

        private SurvivalAnalysis survival(RocSummary roc, SurvivalEndpoint e) {
            requireNumeric("survivalEndpoints.timeColumn", e.timeColumn());
            int[] ev = binary("survivalEndpoints.eventColumn", e.eventColumn());
            double[] time = t.doubleColumnWithNaN(e.timeColumn());
            double[] f = t.doubleColumnWithNaN(roc.feature());
            List<Integer> rows = new ArrayList<>();
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < time.length; i++) {
                if (group[i] < 0) {
                    continue;
                }
                boolean ok = !t.isMissing(i, e.timeColumn()) && ev[i] >= 0 && !t.isMissing(i, roc.feature());
                (ok ? rows : missing).add(i);
            }
            String what = roc.feature() + " / " + e.name();
            exclude("Survival", what, missing);
            int n = rows.size();
            double[] tt = new double[n];
            boolean[] event = new boolean[n];
            double[] x = new double[n];
            for (int k = 0; k < n; k++) {
                int i = rows.get(k);
                if (time[i] < 0) {
                    throw new IllegalArgumentException("design.survivalEndpoints: time column '" + e.timeColumn()
                            + "' must be >= 0 but row " + (i + 1) + " (" + ids[i] + ") has " + time[i]);
                }
                tt[k] = time[i];
                event[k] = ev[i] == 1;
                x[k] = f[i];
            }
            int[] g = FeatureCutoff.of(roc.criterion()).groups(x);
            Map<Integer, SurvivalCurve> curves = n == 0 ? Map.of()
                    : KaplanMeier.withDefaults().withConfidenceLevel(d.confidenceLevel()).estimateByGroup(tt, event, g);
            SurvivalCurve low = curves.get(FeatureCutoff.LOW);
            SurvivalCurve high = curves.get(FeatureCutoff.HIGH);
            boolean anyEvent = false;
            for (boolean b : event) {
                anyEvent |= b;
            }
            LogRankResult lr = null;
            if (low == null || high == null) {
                warn("Survival", what, "the cutoff " + roc.criterion() + " leaves the "
                        + (low == null ? "low" : "high") + " arm empty: no log-rank test");
            } else if (!anyEvent) {
                warn("Survival", what, "no event: no log-rank test");
            } else {
                lr = LogRankTest.withDefaults().withConfidenceLevel(d.confidenceLevel()).test(tt, event, g);
            }
            double maxTime = Arrays.stream(tt).max().orElse(0);
            double step = riskStep(maxTime);
            List<NumbersAtRisk> atRisk = new ArrayList<>();
            for (double s = 0; s <= maxTime + 1e-9 && n > 0; s += step) {
                atRisk.add(new NumbersAtRisk(s, count(tt, g, FeatureCutoff.LOW, s), count(tt, g, FeatureCutoff.HIGH,
                        s)));
            }
            return new SurvivalAnalysis(roc.feature(), e.name(), roc.criterion(), roc.criterionOperator(),
                    arm("low", low, lr, FeatureCutoff.LOW), arm("high", high, lr, FeatureCutoff.HIGH),
                    lr == null ? null : lr.statistic(), lr == null ? null : lr.pValue(),
                    lr == null || lr.hazardRatios().isEmpty() ? null : lr.hazardRatios().get(0), atRisk,
                    missing.size());
        }

        private static int count(double[] time, int[] g, int code, double s) {
            int c = 0;
            for (int i = 0; i < time.length; i++) {
                if (g[i] == code && time[i] >= s) {
                    c++;
                }
            }
            return c;
        }

        /** A readable at-risk interval: the smallest of 1, 2, 3, 6, 12, 24, 36, 60, 120, ... giving ≤ 6 steps. */
        static double riskStep(double maxTime) {
            double[] nice = {1, 2, 3, 6, 12, 24, 36, 60, 120, 240, 600, 1200};
            for (double s : nice) {
                if (maxTime / s <= 6) {
                    return s;
                }
            }
            return Math.ceil(maxTime / 6);
        }

        private static SurvivalGroup arm(String label, SurvivalCurve c, LogRankResult lr, int code) {
            if (c == null) {
                return new SurvivalGroup(label, 0, 0, 0, null, List.of());
            }
            double expected = Double.NaN;
            if (lr != null) {
                for (LogRankGroup g : lr.groups()) {
                    if (g.group() == code) {
                        expected = g.expected();
                    }
                }
            } else {
                expected = 0;
            }
            return new SurvivalGroup(label, c.subjects(), c.events(), expected, c.median(), c.steps());
        }

        // ---------------------------------------------------------------- Table 5

        /** One study variable coded as logistic terms. */
        private record Coded(String variable, List<String> terms, List<double[]> columns, boolean[] present) {
        }

        private Coded code(String name, List<ClinicalVariable> clinical) {
            ClinicalVariable cv = clinical.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
            int n = t.rowCount();
            boolean[] present = new boolean[n];
            for (int i = 0; i < n; i++) {
                present[i] = !t.isMissing(i, name);
            }
            if (cv == null || cv.kind() == VariableKind.CONTINUOUS) {
                requireNumeric("regressionVariables", name);
                return new Coded(name, List.of(name), List.of(t.doubleColumnWithNaN(name)), present);
            }
            String[] v = t.stringColumnWithNulls(name);
            List<String> levels = levels(cv, v);
            if (cv.kind() == VariableKind.ORDINAL) {
                double[] score = new double[n];
                for (int i = 0; i < n; i++) {
                    score[i] = v[i] == null ? Double.NaN : levels.indexOf(v[i]) + 1;
                }
                return new Coded(name, List.of(name), List.of(score), present);
            }
            List<String> terms = new ArrayList<>();
            List<double[]> cols = new ArrayList<>();
            for (int j = 1; j < levels.size(); j++) {
                double[] ind = new double[n];
                for (int i = 0; i < n; i++) {
                    ind[i] = v[i] == null ? Double.NaN : v[i].equals(levels.get(j)) ? 1 : 0;
                }
                terms.add(name + "_" + levels.get(j));
                cols.add(ind);
            }
            return new Coded(name, terms, cols, present);
        }

        private MultivariableLogistic logistic(List<String> features, List<ClinicalVariable> clinical,
                List<LogisticTerm> table5) {
            double entry = d.backwardEntryThreshold();
            double removal = d.backwardRemovalThreshold();
            if (d.logisticOutcomeColumn() == null) {
                return notFitted("no logistic outcome in the design", entry, removal);
            }
            int[] y = binary("logisticOutcomeColumn", d.logisticOutcomeColumn());
            List<String> variables = new ArrayList<>();
            if (d.regressionVariables().isEmpty()) {
                variables.addAll(features);
                clinical.forEach(c -> variables.add(c.name()));
            } else {
                variables.addAll(d.regressionVariables());
            }
            LogisticRegression lr = LogisticRegression.withDefaults().withConfidenceLevel(d.confidenceLevel());
            Map<String, double[]> termColumns = new LinkedHashMap<>();
            Map<String, String> termVariable = new LinkedHashMap<>();
            Map<String, Double> termP = new LinkedHashMap<>();
            for (String name : variables) {
                requireColumn("regressionVariables", name);
                Coded c = code(name, clinical);
                List<Integer> rows = new ArrayList<>();
                List<Integer> missing = new ArrayList<>();
                for (int i = 0; i < y.length; i++) {
                    if (group[i] < 0) {
                        continue;
                    }
                    (y[i] >= 0 && c.present()[i] ? rows : missing).add(i);
                }
                exclude("Table 5", name, missing);
                int[] yy = rows.stream().mapToInt(i -> y[i]).toArray();
                double[][] cols = new double[c.terms().size()][];
                boolean constant = false;
                for (int k = 0; k < cols.length; k++) {
                    double[] full = c.columns().get(k);
                    cols[k] = rows.stream().mapToDouble(i -> full[i]).toArray();
                    constant |= Arrays.stream(cols[k]).distinct().count() < 2;
                }
                int events = Arrays.stream(yy).sum();
                if (constant || cols.length == 0 || events == 0 || events == yy.length) {
                    warn("Table 5", name, "not modelled: " + (events == 0 || events == yy.length
                            ? "the outcome has one value" : "the variable (or an indicator) is constant"));
                    continue;
                }
                LogisticModel m;
                try {
                    m = lr.fit(yy, c.terms(), cols);
                } catch (IllegalArgumentException e) {
                    // collinear indicators or no convergence: this variable has no row; the message is kept
                    warn("Table 5", name, "not modelled: " + e.getMessage());
                    continue;
                }
                if (m.separation() != Separation.NONE) {
                    warn("Table 5", name, "separation (" + m.separation() + "): no finite odds ratio; "
                            + String.join("; ", m.warnings()));
                }
                for (int k = 0; k < c.terms().size(); k++) {
                    String term = c.terms().get(k);
                    LogisticTerm row = term(name, term, m);
                    table5.add(row);
                    if (row.pValue() != null) {
                        termColumns.put(term, c.columns().get(k));
                        termVariable.put(term, name);
                        termP.put(term, row.pValue());
                    }
                }
            }
            List<String> candidates = new ArrayList<>();
            termP.forEach((term, pv) -> {
                if (pv < entry) {
                    candidates.add(term);
                }
            });
            if (candidates.size() < d.backwardMinCandidates()) {
                List<String> bySmallest = new ArrayList<>(termP.keySet());
                bySmallest.sort(Comparator.comparingDouble(termP::get));
                Set<String> chosen = new LinkedHashSet<>(bySmallest.subList(0, Math.min(d.backwardMinCandidates(),
                        bySmallest.size())));
                candidates.clear();
                termP.keySet().stream().filter(chosen::contains).forEach(candidates::add);
            }
            if (candidates.isEmpty()) {
                warn("Table 5", "", "no term for the multivariable model");
                return notFitted("no univariate term with a finite estimate", entry, removal);
            }
            List<Integer> rows = new ArrayList<>();
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < y.length; i++) {
                if (group[i] < 0) {
                    continue;
                }
                boolean ok = y[i] >= 0;
                for (String c : candidates) {
                    ok &= !Double.isNaN(termColumns.get(c)[i]) && !t.isMissing(i, termVariable.get(c));
                }
                (ok ? rows : missing).add(i);
            }
            exclude("Table 5 multivariable", String.join(" + ", candidates), missing);
            int[] yy = rows.stream().mapToInt(i -> y[i]).toArray();
            double[][] cols = candidates.stream().map(c -> rows.stream().mapToDouble(i -> termColumns.get(c)[i])
                    .toArray()).toArray(double[][]::new);
            BackwardEliminationResult b;
            try {
                b = BackwardElimination.withDefaults().withRemovalThreshold(removal).with(lr).run(yy, candidates,
                        cols);
            } catch (IllegalArgumentException e) {
                // collinear candidates or no convergence: reported, the rest of the study stands
                warn("Table 5 multivariable", "", "not fitted: " + e.getMessage());
                return notFitted("fit failed: " + e.getMessage(), entry, removal);
            }
            LogisticModel m = b.finalModel();
            List<LogisticTerm> coefs = new ArrayList<>();
            coefs.add(term(LogisticRegression.INTERCEPT, LogisticRegression.INTERCEPT, m));
            for (String term : b.finalTerms()) {
                coefs.add(term(termVariable.get(term), term, m));
            }
            List<String> w = new ArrayList<>(b.warnings());
            w.addAll(m.warnings());
            w.forEach(s -> warn("Table 5 multivariable", "", s));
            ModelDiscrimination disc = m.separation() == Separation.NONE ? m.discrimination() : null;
            return new MultivariableLogistic(true, "", candidates, entry, removal, b.steps(), b.finalTerms(), coefs,
                    m.observations(), m.events(), disc == null ? null : disc.auc(),
                    disc == null ? null : disc.aucInterval(), disc == null ? null : disc.criterionOperator(),
                    disc == null ? null : disc.probabilityCriterion(), disc == null ? null : disc.sensitivity(),
                    disc == null ? null : disc.specificity(), w);
        }

        private static LogisticTerm term(String variable, String term, LogisticModel m) {
            if (m.separation() != Separation.NONE || m.coefficients().isEmpty()) {
                return new LogisticTerm(variable, term, m.observations(), m.events(), null, null, null, null, null,
                        m.separation());
            }
            LogisticCoefficient c = m.coefficient(term);
            return new LogisticTerm(variable, term, m.observations(), m.events(), c.estimate(), c.standardError(),
                    c.oddsRatio(), c.oddsRatioInterval(), c.pValue(), m.separation());
        }

        private static MultivariableLogistic notFitted(String note, double entry, double removal) {
            return new MultivariableLogistic(false, note, List.of(), entry, removal, List.of(), List.of(), List.of(),
                    0, 0, null, null, null, null, null, null, List.of());
        }

        // ---------------------------------------------------------------- ICC

        private List<InterReaderIcc> icc(List<String> features) {
            boolean longFormat = d.readerColumn() != null && d.reader2Value() != null;
            if (d.reader2Prefix() == null && !longFormat) {
                return List.of();
            }
            CohortTable second = longFormat ? rowsWith(full, "readerColumn", d.readerColumn(), d.reader2Value(),
                    "reader2Value") : t;
            Map<String, Integer> secondRow = longFormat ? idIndex(second, "reader2Value") : Map.of();
            IntraclassCorrelation ic = IntraclassCorrelation.withDefaults().withConfidenceLevel(d.confidenceLevel())
                    .withThresholds(d.iccThresholds());
            List<InterReaderIcc> out = new ArrayList<>();
            for (String f : features) {
                String f2 = longFormat ? f : d.reader2Prefix() + f;
                String label2 = longFormat ? d.readerColumn() + " = " + d.reader2Value() : f2;
                if (!longFormat) {
                    requireNumeric("reader2Prefix", f2);
                }
                double[] a = t.doubleColumnWithNaN(f);
                double[] secondValues = second.doubleColumnWithNaN(f2);
                double[] b = new double[a.length];
                boolean[] present = new boolean[a.length];
                for (int i = 0; i < a.length; i++) {
                    Integer j = longFormat ? secondRow.get(ids[i]) : Integer.valueOf(i);
                    present[i] = j != null && !second.isMissing(j, f2);
                    b[i] = present[i] ? secondValues[j] : Double.NaN;
                }
                List<Integer> rows = new ArrayList<>();
                List<Integer> missing = new ArrayList<>();
                for (int i = 0; i < a.length; i++) {
                    (!t.isMissing(i, f) && present[i] ? rows : missing).add(i);
                }
                exclude("ICC", f, missing);
                if (rows.size() < 2) {
                    warn("ICC", f, "fewer than 2 subjects with both readings: no ICC");
                    continue;
                }
                double[] r1 = rows.stream().mapToDouble(i -> a[i]).toArray();
                double[] r2 = rows.stream().mapToDouble(i -> b[i]).toArray();
                IccResult r;
                try {
                    r = ic.compute(IntraclassCorrelation.ratingsFromReaders(r1, r2), d.iccForm());
                } catch (IllegalArgumentException undefined) {
                    // e.g. every subject has the same value in both readings: the ICC is 0/0; one such feature must
                    // not stop the study, and the report says why it has no ICC
                    warn("ICC", f, "no ICC: " + undefined.getMessage());
                    continue;
                }
                out.add(new InterReaderIcc(f, label2, r.form(), StudyMethods.describe(r.form()), r.icc(), r.confidenceInterval(),
                        r.statistic(), r.df1(), r.df2(), r.pValue(), r.reliability(), rows.size(), missing.size()));
            }
            return out;
        }
    }
}
