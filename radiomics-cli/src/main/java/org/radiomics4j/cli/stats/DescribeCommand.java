package org.radiomics4j.cli.stats;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.radiomics4j.stats.descriptive.CategoryCount;
import org.radiomics4j.stats.descriptive.DescriptiveSummary;
import org.radiomics4j.stats.descriptive.QuantileType;
import org.radiomics4j.stats.table.ColumnType;

import org.radiomics4j.cli.Choices;
import org.radiomics4j.cli.UsageException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stats describe}: n, mean, SD, median, quartiles, range of numeric columns; counts of text columns. */
@Command(name = "describe", sortOptions = false,
        description = {"descriptive statistics of columns, optionally per group", "",
            "Numeric columns: n, mean, SD (n-1), median, Q1, Q3 (R quantile type 7 by default, 6 with --quartiles 6),"
                + " min, max. Text columns: count and percent per value. A row is excluded (and counted) if any of"
                + " the columns or the group is missing."},
        footer = {"", "example: radiomics stats describe --csv cohort.csv --columns age,ki67 --by response"})
final class DescribeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "the cohort CSV")
    Path csv;

    @Option(names = "--columns", required = true, paramLabel = "A,B,...", description = "columns to describe")
    String columnsOption;

    @Option(names = "--by", paramLabel = "GROUP", description = "describe per value of this column")
    String by;

    @Option(names = "--quartiles", paramLabel = "6|7", description = "R quantile type of Q1 and Q3 (default 7)")
    String quartiles;

    @Mixin
    CsvInput input;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> columns = Choices.names("--columns", columnsOption);
        QuantileType qt = Choices.check("--quartiles", quartiles, "7", "6", "7").equals("6") ? QuantileType.TYPE_6
                : QuantileType.TYPE_7;
        List<String> used = new ArrayList<>(columns);
        if (by != null) {
            used.add(by);
        }
        CohortInput in = CohortInput.read(csv, used, input);
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        String[] g = by == null ? null : in.text(by);
        if (by == null) {
            groups.put("all", range(in.n()));
        } else {
            for (String level : in.levels(by)) {
                List<Integer> rows = new ArrayList<>();
                for (int i = 0; i < g.length; i++) {
                    if (g[i].equals(level)) {
                        rows.add(i);
                    }
                }
                groups.put(level, rows);
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        TextTable numeric = new TextTable("column", "group", "n", "mean", "SD", "median", "Q1", "Q3", "min", "max");
        TextTable text = new TextTable("column", "group", "value", "count", "percent");
        boolean anyNumeric = false;
        boolean anyText = false;
        for (String c : columns) {
            boolean isNumeric = in.table().columnType(c) == ColumnType.NUMERIC;
            double[] v = isNumeric ? in.numeric(c) : null;
            String[] s = isNumeric ? null : in.text(c);
            Map<String, Object> perGroup = new LinkedHashMap<>();
            for (Map.Entry<String, List<Integer>> e : groups.entrySet()) {
                List<Integer> rows = e.getValue();
                if (isNumeric) {
                    anyNumeric = true;
                    double[] x = rows.stream().mapToDouble(i -> v[i]).toArray();
                    if (x.length < 2) {
                        perGroup.put(e.getKey(), Map.of("n", x.length, "note", "fewer than 2 values: no summary"));
                        numeric.row(c, e.getKey(), x.length, "", "", "", "", "", "", "");
                        continue;
                    }
                    DescriptiveSummary d = DescriptiveSummary.of(x, qt);
                    perGroup.put(e.getKey(), d);
                    numeric.row(c, e.getKey(), d.n(), d.mean(), d.sd(), d.median(), d.q1(), d.q3(), d.min(), d.max());
                } else {
                    anyText = true;
                    String[] x = rows.stream().map(i -> s[i]).toArray(String[]::new);
                    List<CategoryCount> counts = CategoryCount.tabulate(x);
                    perGroup.put(e.getKey(), counts);
                    for (CategoryCount cc : counts) {
                        text.row(c, e.getKey(), cc.category(), cc.count(), String.format(java.util.Locale.ROOT, "%.1f%%", cc.percent()));
                    }
                }
            }
            Map<String, Object> col = new LinkedHashMap<>();
            col.put("type", isNumeric ? "numeric" : "categorical");
            col.put("groups", perGroup);
            result.put(c, col);
        }
        if (input.json()) {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("by", by);
            settings.put("quartileType", qt);
            settings.put("sdDenominator", "n - 1");
            out.print(new StatsJson().envelope("describe", in.describe(), settings, result));
        } else {
            out.print(in.summaryLine());
            if (anyNumeric) {
                out.println();
                out.print(numeric);
                out.println("Q1, Q3: R quantile " + qt.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "; SD with n - 1");
            }
            if (anyText) {
                out.println();
                out.print(text);
            }
        }
        return 0;
    }

    private static List<Integer> range(int n) {
        List<Integer> r = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            r.add(i);
        }
        return r;
    }
}
