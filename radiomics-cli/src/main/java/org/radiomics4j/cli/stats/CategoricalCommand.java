package org.radiomics4j.cli.stats;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.radiomics4j.stats.categorical.ChiSquareCorrection;
import org.radiomics4j.stats.categorical.ChiSquareTest;
import org.radiomics4j.stats.categorical.FisherExactTest;
import org.radiomics4j.stats.categorical.TrendTest;

import org.radiomics4j.cli.Choices;
import org.radiomics4j.cli.UsageException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stats categorical}: the contingency table of two columns and its test of independence. */
@Command(name = "categorical", sortOptions = false,
        description = {"contingency table of two columns: Fisher, chi-square, trend", "",
            "Cross-tabulates two columns (levels sorted, numerically when all are numbers) and tests independence."
                + " All P values two-sided / upper-tail chi-square."},
        footer = {"", "example: radiomics stats categorical --csv cohort.csv --row sex --column response"})
final class CategoricalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "the cohort CSV")
    Path csv;

    @Option(names = "--row", required = true, paramLabel = "COLUMN", description = "the table's rows")
    String rowCol;

    @Option(names = "--column", required = true, paramLabel = "COLUMN", description = "the table's columns")
    String colCol;

    @Option(names = "--test", paramLabel = "T", completionCandidates = Tests.class,
            description = {"auto (default): Fisher's exact test (Freeman-Halton for r x c) if an expected count is"
                + " below 5, else chi-square (Yates-corrected for 2 x 2);",
                "fisher | chisq (no correction) | chisq-yates | trend (chi-square for trend of a 2 x k table, R"
                + " prop.trend.test, scores 1..k in level order)"})
    String testOption;

    @Mixin
    CsvInput input;

    /** Completion candidates of --test. */
    static final class Tests extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Tests() {
            super(List.of("auto", "fisher", "chisq", "chisq-yates", "trend"));
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String test = Choices.check("--test", testOption, "auto", "auto", "fisher", "chisq", "chisq-yates", "trend");
        CohortInput in = CohortInput.read(csv, List.of(rowCol, colCol), input);
        List<String> rows = in.levels(rowCol);
        List<String> cols = in.levels(colCol);
        String[] r = in.text(rowCol);
        String[] c = in.text(colCol);
        int[][] table = new int[rows.size()][cols.size()];
        for (int i = 0; i < r.length; i++) {
            table[rows.indexOf(r[i])][cols.indexOf(c[i])]++;
        }
        if (rows.size() < 2 || cols.size() < 2) {
            throw new IllegalArgumentException("a contingency table needs at least 2 values in each column but '"
                    + rowCol + "' has " + rows + " and '" + colCol + "' has " + cols);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> tab = new LinkedHashMap<>();
        tab.put("rowColumn", rowCol);
        tab.put("rowLevels", rows);
        tab.put("columnColumn", colCol);
        tab.put("columnLevels", cols);
        tab.put("counts", table);
        result.put("table", tab);
        ChiSquareTest.Result pearson = ChiSquareTest.withDefaults().with(ChiSquareCorrection.NONE).test(table);
        tab.put("expected", pearson.expected());
        String used;
        String reason;
        double stat = Double.NaN;
        double p;
        String statName;
        switch (test) {
            case "trend" -> {
                TrendTest.Result t;
                if (rows.size() == 2) {
                    t = TrendTest.withDefaults().test(table);
                    reason = "proportion of '" + rowCol + " = " + rows.get(0) + "' across '" + colCol + "' levels "
                            + cols + " (scores 1.." + cols.size() + ")";
                } else if (cols.size() == 2) {
                    t = TrendTest.withDefaults().test(transpose(table));
                    reason = "proportion of '" + colCol + " = " + cols.get(0) + "' across '" + rowCol + "' levels "
                            + rows + " (scores 1.." + rows.size() + ")";
                } else {
                    throw new IllegalArgumentException("the trend test needs a 2 x k table but '" + rowCol + "' has "
                            + rows.size() + " and '" + colCol + "' has " + cols.size() + " values");
                }
                used = "chi-square test for trend";
                stat = t.statistic();
                p = t.pValue();
                statName = "chi-square (1 df)";
                result.put("trend", t);
            }
            case "chisq", "chisq-yates" -> {
                ChiSquareTest.Result t = test.equals("chisq") ? pearson
                        : ChiSquareTest.withDefaults().with(ChiSquareCorrection.YATES).test(table);
                used = t.correction() == ChiSquareCorrection.YATES ? "chi-square test (Yates correction)"
                        : "chi-square test (no correction)";
                reason = "requested with --test " + test + (test.equals("chisq-yates") && t.correction()
                        != ChiSquareCorrection.YATES ? " (Yates applies to 2 x 2 tables only)" : "");
                stat = t.statistic();
                p = t.pValue();
                statName = "chi-square (" + t.degreesOfFreedom() + " df)";
                result.put("chiSquare", t);
            }
            default -> {
                boolean fisher = test.equals("fisher") || pearson.lowExpectedCount();
                if (fisher) {
                    used = "Fisher's exact test" + (rows.size() == 2 && cols.size() == 2 ? "" : " (Freeman-Halton)");
                    reason = test.equals("fisher") ? "requested with --test fisher" : "an expected count is below 5";
                    statName = null;
                    if (rows.size() == 2 && cols.size() == 2) {
                        FisherExactTest.TwoByTwoResult f = FisherExactTest.withDefaults().test2x2(table);
                        p = f.pValue();
                        result.put("fisher", f);
                    } else {
                        FisherExactTest.Result f = FisherExactTest.withDefaults().test(table);
                        p = f.pValue();
                        result.put("fisher", f);
                    }
                } else {
                    ChiSquareTest.Result t = ChiSquareTest.withDefaults().with(ChiSquareCorrection.YATES).test(table);
                    used = t.correction() == ChiSquareCorrection.YATES ? "chi-square test (Yates correction)"
                            : "chi-square test (no correction)";
                    reason = "every expected count is at least 5";
                    stat = t.statistic();
                    p = t.pValue();
                    statName = "chi-square (" + t.degreesOfFreedom() + " df)";
                    result.put("chiSquare", t);
                }
            }
        }
        result.put("test", used);
        result.put("reason", reason);
        result.put("statistic", stat);
        result.put("pValue", p);
        result.put("lowExpectedCount", pearson.lowExpectedCount());
        if (input.json()) {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("test", test);
            out.print(new StatsJson().envelope("categorical", in.describe(), settings, result));
            return 0;
        }
        out.print(in.summaryLine());
        out.println();
        List<String> header = new ArrayList<>();
        header.add(rowCol + " \\ " + colCol);
        cols.forEach(header::add);
        header.add("total");
        TextTable t = new TextTable(header.toArray(String[]::new));
        int[] colTotals = new int[cols.size()];
        int total = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<Object> cells = new ArrayList<>();
            cells.add(rows.get(i));
            int rt = 0;
            for (int j = 0; j < cols.size(); j++) {
                cells.add(table[i][j]);
                rt += table[i][j];
                colTotals[j] += table[i][j];
            }
            cells.add(rt);
            total += rt;
            t.row(cells.toArray());
        }
        List<Object> last = new ArrayList<>();
        last.add("total");
        for (int ct : colTotals) {
            last.add(ct);
        }
        last.add(total);
        t.row(last.toArray());
        out.print(t);
        out.println();
        out.println("test:  " + used);
        out.println("why:   " + reason);
        if (statName != null) {
            out.println(statName + ": " + TextTable.num(stat));
        }
        if (result.get("fisher") instanceof FisherExactTest.TwoByTwoResult f) {
            out.println("odds ratio (conditional MLE): " + TextTable.num(f.statistic()) + ", 95% CI "
                    + TextTable.ci(f.oddsRatioInterval().lower(), f.oddsRatioInterval().upper()));
        }
        out.println("P:     " + TextTable.p(p));
        if (pearson.lowExpectedCount()) {
            out.println("note:  an expected count is below 5");
        }
        return 0;
    }

    private static int[][] transpose(int[][] a) {
        int[][] t = new int[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }
}
