package org.radiomics4j.cli.stats;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.radiomics4j.stats.descriptive.DescriptiveSummary;
import org.radiomics4j.stats.table.ColumnType;
import org.radiomics4j.stats.test.GroupComparison;
import org.radiomics4j.stats.test.MannWhitneyUTest;
import org.radiomics4j.stats.test.PValueMethod;
import org.radiomics4j.stats.test.TTest;
import org.radiomics4j.stats.test.VarianceAssumption;

import org.radiomics4j.cli.Choices;
import org.radiomics4j.cli.UsageException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stats compare}: a continuous value between the two groups of a column. */
@Command(name = "compare", sortOptions = false,
        description = {"compare a value between two groups (auto rule, Student, Welch, Mann-Whitney)", "",
            "Compares a numeric column between the two groups of another column (two-sided tests). Group x: the"
                + " level given by --x; otherwise 1 when the levels are 0/1 (responders), else the first level in"
                + " sorted order. Differences are x - y."},
        footer = {"", "example: radiomics stats compare --csv cohort.csv --value original_glcm_Correlation --group response"})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "the cohort CSV")
    Path csv;

    @Option(names = "--value", required = true, paramLabel = "COLUMN", description = "the numeric column to compare")
    String value;

    @Option(names = "--group", required = true, paramLabel = "COLUMN",
            description = "the grouping column (exactly 2 distinct values)")
    String group;

    @Option(names = "--x", paramLabel = "LEVEL", description = "which group is x")
    String xOption;

    @Option(names = "--test", paramLabel = "T", completionCandidates = Tests.class,
            description = {"auto (default): Shapiro-Wilk P > 0.05 in both groups -> Student t (pooled), else"
                + " Mann-Whitney U (exact P if both n <= 20 and no ties, else normal approximation, tie-corrected,"
                + " no continuity correction);",
                "student | welch | mann-whitney (R wilcox.test defaults: exact if both n < 50 and no ties, else"
                + " normal approximation with continuity correction)"})
    String testOption;

    @Mixin
    CsvInput input;

    /** Completion candidates of --test. */
    static final class Tests extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Tests() {
            super(List.of("auto", "student", "welch", "mann-whitney"));
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String test = Choices.check("--test", testOption, "auto", "auto", "student", "welch", "mann-whitney");
        CohortInput in = CohortInput.read(csv, List.of(value, group), input);
        double[] v = in.numeric(value);
        List<String> levels = in.levels(group);
        if (levels.size() != 2) {
            throw new IllegalArgumentException("column '" + group + "' must have exactly 2 distinct values but has "
                    + levels.size() + ": " + levels);
        }
        String xLevel = xLevel(xOption, levels, in.table().columnType(group) == ColumnType.NUMERIC, group);
        String yLevel = levels.get(0).equals(xLevel) ? levels.get(1) : levels.get(0);
        String[] g = in.text(group);
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            (g[i].equals(xLevel) ? xs : ys).add(v[i]);
        }
        double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("groupX", xLevel);
        result.put("groupY", yLevel);
        String testName;
        String reason;
        double stat;
        double p;
        String statName;
        switch (test) {
            case "auto" -> {
                GroupComparison.Result r = GroupComparison.withDefaults().test(x, y);
                testName = switch (r.test()) {
                    case STUDENT_T -> "Student t test (pooled variance)";
                    case MANN_WHITNEY_EXACT -> "Mann-Whitney U test (exact P)";
                    case MANN_WHITNEY_ASYMPTOTIC -> "Mann-Whitney U test (normal approximation)";
                };
                reason = r.reason();
                stat = r.statistic();
                p = r.pValue();
                statName = r.test() == GroupComparison.SelectedTest.STUDENT_T ? "t" : "U (of x)";
                result.put("testUsed", r.test());
                result.put("comparison", r);
                // the selected test's full result (mean difference and CI, or rank sums and z), same settings
                if (r.test() == GroupComparison.SelectedTest.STUDENT_T) {
                    result.put("tTest", TTest.withDefaults().with(VarianceAssumption.EQUAL).test(x, y));
                } else {
                    result.put("mannWhitney", MannWhitneyUTest.withDefaults().with(
                            r.test() == GroupComparison.SelectedTest.MANN_WHITNEY_EXACT ? PValueMethod.EXACT
                                    : PValueMethod.ASYMPTOTIC).withContinuityCorrection(false).test(x, y));
                }
            }
            case "student", "welch" -> {
                TTest.Result r = TTest.withDefaults()
                        .with(test.equals("student") ? VarianceAssumption.EQUAL : VarianceAssumption.UNEQUAL)
                        .test(x, y);
                testName = test.equals("student") ? "Student t test (pooled variance)" : "Welch t test";
                reason = "requested with --test " + test;
                stat = r.statistic();
                p = r.pValue();
                statName = "t";
                result.put("testUsed", test.equals("student") ? "STUDENT_T" : "WELCH_T");
                result.put("tTest", r);
                result.put("summaryX", DescriptiveSummary.of(x));
                result.put("summaryY", DescriptiveSummary.of(y));
            }
            default -> {
                MannWhitneyUTest.Result r = MannWhitneyUTest.withDefaults().test(x, y);
                testName = "Mann-Whitney U test (" + (r.method() == PValueMethod.EXACT ? "exact P"
                        : "normal approximation" + (r.continuityCorrection() ? ", continuity correction" : "")) + ")";
                reason = "requested with --test mann-whitney (R wilcox.test defaults)";
                stat = r.statistic();
                p = r.pValue();
                statName = "U (of x)";
                result.put("testUsed", r.method() == PValueMethod.EXACT ? "MANN_WHITNEY_EXACT"
                        : "MANN_WHITNEY_ASYMPTOTIC");
                result.put("mannWhitney", r);
                result.put("summaryX", DescriptiveSummary.of(x));
                result.put("summaryY", DescriptiveSummary.of(y));
            }
        }
        result.put("test", testName);
        result.put("reason", reason);
        result.put("statistic", stat);
        result.put("pValue", p);
        if (input.json()) {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("test", test);
            settings.put("alternative", "two-sided");
            settings.put("difference", "x - y");
            out.print(new StatsJson().envelope("compare", in.describe(), settings, result));
            return 0;
        }
        out.print(in.summaryLine());
        out.println();
        TextTable t = new TextTable("group", "n", "mean", "SD", "median", "Q1", "Q3");
        for (Object[] row : new Object[][] {{group + " = " + xLevel + " (x)", x}, {group + " = " + yLevel + " (y)", y}}) {
            double[] a = (double[]) row[1];
            if (a.length >= 2) {
                DescriptiveSummary d = DescriptiveSummary.of(a);
                t.row(row[0], d.n(), d.mean(), d.sd(), d.median(), d.q1(), d.q3());
            } else {
                t.row(row[0], a.length, "", "", "", "", "");
            }
        }
        out.print(t);
        out.println();
        out.println("test:       " + testName);
        out.println("why:        " + reason);
        out.println(String.format(java.util.Locale.ROOT, "%-11s %s", statName + ":", TextTable.num(stat)));
        out.println("P:          " + TextTable.p(p) + "  (two-sided)");
        return 0;
    }

    static String xLevel(String requested, List<String> levels, boolean numeric, String column) {
        if (requested != null) {
            for (String l : levels) {
                if (l.equals(requested)) {
                    return l;
                }
            }
            throw new UsageException("--x '" + requested + "' is not a value of column '" + column
                    + "'; values: " + levels);
        }
        if (numeric && Double.parseDouble(levels.get(0)) == 0 && Double.parseDouble(levels.get(1)) == 1) {
            return levels.get(1);
        }
        return levels.get(0);
    }
}
