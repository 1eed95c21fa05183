package org.radiomics4j.stats.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.radiomics4j.stats.categorical.ChiSquareCorrection;
import org.radiomics4j.stats.categorical.ChiSquareTest;
import org.radiomics4j.stats.categorical.FisherExactTest;
import org.radiomics4j.stats.descriptive.DescriptiveSummary;
import org.radiomics4j.stats.test.GroupComparison;

/**
 * Table 1: clinical characteristics by group ({@link ClinicalComparison} describes the tests). Immutable and
 * thread-safe: {@code Table1Step.of(settings).run(cohort, variables)}.
 */
public final class Table1Step {
    private static final String NAME = "Table 1";
    private final Table1Settings settings;

    private Table1Step(Table1Settings settings) {
        this.settings = settings;
    }

    /** A step with these settings. */
    public static Table1Step of(Table1Settings settings) {
        return new Table1Step(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * Table 1 with its warnings and missing-value exclusions.
     *
     * @param rows        one per variable
     * @param warnings    variables not tested, low expected counts
     * @param exclusions  subjects excluded per variable for a missing value
     */
    public record Result(List<ClinicalComparison> rows, List<StudyWarning> warnings, List<Exclusion> exclusions) {
        public Result {
            rows = List.copyOf(rows);
            warnings = List.copyOf(warnings);
            exclusions = List.copyOf(exclusions);
        }
    }

    /**
     * Compares the variables between the groups.
     *
     * @param variables the resolved clinical variables (the settings' list, or the inferred one)
     * @throws IllegalArgumentException if a variable's column is absent, a continuous one is not numeric, or a
     *                                  value is not among declared levels
     */
    public Result run(StudyCohort cohort, List<ClinicalVariable> variables) {
        Notes notes = new Notes(cohort);
        GroupComparison gc = GroupComparison.withDefaults().withNormalityAlpha(settings.normalityAlpha());
        List<ClinicalComparison> rows = new ArrayList<>();
        for (ClinicalVariable v : variables) {
            if (v.kind() == VariableKind.CONTINUOUS) {
                cohort.requireNumeric("clinicalVariables", v.name());
                rows.add(continuousRow(cohort, v, gc, notes));
            } else {
                cohort.requireColumn("clinicalVariables", v.name());
                rows.add(categoricalRow(cohort, v, notes));
            }
        }
        return new Result(rows, notes.warnings(), notes.exclusions());
    }

    private static ClinicalComparison continuousRow(StudyCohort c, ClinicalVariable v, GroupComparison gc,
            Notes notes) {
        StudyCohort.Split s = c.split(v.name());
        notes.exclude(NAME, v.name(), s.missing());
        String why = StudyCohort.untestable(s.positive(), s.negative());
        if (why != null) {
            notes.warn(NAME, v.name(), "not tested: " + why);
            return new ClinicalComparison(v.name(), v.kind(), summary(s.positive()), summary(s.negative()),
                    List.of(), null, "not tested: " + why, null, null, null, false, s.missing().size());
        }
        GroupComparison.Result r = gc.test(s.positive(), s.negative());
        return new ClinicalComparison(v.name(), v.kind(), r.summaryX(), r.summaryY(), List.of(),
                TestUsed.of(r.test()), r.reason(), r.pValue(), null, null, false, s.missing().size());
    }

    private static DescriptiveSummary summary(double[] v) {
        return v.length >= 2 && Arrays.stream(v).allMatch(Double::isFinite) ? DescriptiveSummary.of(v) : null;
    }

    /** The levels of a categorical variable in report order, checked against the data of grouped subjects. */
    static List<String> levels(StudyCohort c, ClinicalVariable v, String[] values) {
        TreeSet<String> seen = new TreeSet<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && c.group(i) >= 0) {
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

    private ClinicalComparison categoricalRow(StudyCohort c, ClinicalVariable v, Notes notes) {
        String[] values = c.table().stringColumnWithNulls(v.name());
        List<String> levels = levels(c, v, values);
        int[][] counts = new int[2][levels.size()];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (c.group(i) < 0) {
                continue;
            }
            if (values[i] == null) {
                missing.add(i);
            } else {
                counts[c.group(i) == 1 ? 0 : 1][levels.indexOf(values[i])]++;
            }
        }
        notes.exclude(NAME, v.name(), missing);
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
            notes.warn(NAME, v.name(), "not tested: " + why);
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
        Double fisher = fisher(v.name(), tab, notes);
        CategoricalTestRule rule = settings.categoricalTest();
        boolean useFisher = switch (rule) {
            case FISHER -> true;
            case CHI_SQUARE -> false;
            case FISHER_IF_LOW_EXPECTED -> chi.lowExpectedCount();
        } && fisher != null;
        String reason;
        if (useFisher) {
            reason = rule == CategoricalTestRule.FISHER ? "Fisher's exact test by design"
                    : "an expected count is below 5";
        } else {
            reason = chi.lowExpectedCount() ? "chi-square although an expected count is below 5"
                    + (fisher == null ? " (Fisher's exact test too large to enumerate)" : " (by design)")
                    : "every expected count is at least 5";
            if (chi.lowExpectedCount()) {
                notes.warn(NAME, v.name(), "chi-square reported with an expected count below 5 ("
                        + ChiSquareTest.LOW_EXPECTED_WARNING + ")");
            }
        }
        return new ClinicalComparison(v.name(), v.kind(), null, null, rows, useFisher ? TestUsed.FISHER_EXACT
                : chiTest, reason, useFisher ? fisher : chi.pValue(), fisher, chi.pValue(), chi.lowExpectedCount(),
                missing.size());
    }

    private static Double fisher(String name, int[][] tab, Notes notes) {
        try {
            return FisherExactTest.withDefaults().test(tab).pValue();
        } catch (IllegalArgumentException e) {
            // only raised for tables beyond the enumeration limit here (tab was validated by the chi-square)
            notes.warn(NAME, name, "Fisher's exact test not computed: " + e.getMessage());
            return null;
        }
    }

    private static double percent(int k, int n) {
        return n == 0 ? 0 : 100.0 * k / n;
    }

    @Override
    public String toString() {
        return "Table1Step[" + settings + "]";
    }
}
