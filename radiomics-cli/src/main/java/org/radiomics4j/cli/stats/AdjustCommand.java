package org.radiomics4j.cli.stats;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.radiomics4j.stats.multiple.PValueAdjustment;

/** {@code stats adjust}: multiple-testing adjustment of P values. */
final class AdjustCommand implements Subcommand {
    private static final Map<String, PValueAdjustment> METHODS = methods();

    private static Map<String, PValueAdjustment> methods() {
        Map<String, PValueAdjustment> m = new LinkedHashMap<>();
        m.put("bonferroni", PValueAdjustment.BONFERRONI);
        m.put("holm", PValueAdjustment.HOLM);
        m.put("hochberg", PValueAdjustment.HOCHBERG);
        m.put("bh", PValueAdjustment.BENJAMINI_HOCHBERG);
        m.put("by", PValueAdjustment.BENJAMINI_YEKUTIELI);
        return java.util.Collections.unmodifiableMap(m);
    }

    @Override
    public String name() {
        return "adjust";
    }

    @Override
    public String summary() {
        return "adjust P values for multiple testing (Bonferroni, Holm, Hochberg, BH, BY)";
    }

    @Override
    public String usage() {
        return """
                usage: radiomics stats adjust (--p P1,P2,... | --csv FILE --column COLUMN) [--method M]

                Adjusted P values in input order, as R p.adjust: bonferroni, holm, hochberg, bh (Benjamini-Hochberg
                false discovery rate), by (Benjamini-Yekutieli), or all (default: every method).

                options:
                  --p P1,P2,...     the P values
                  --csv FILE        or read them from this CSV ...
                  --column COLUMN   ... column (missing values are excluded and counted)
                  --method M        bonferroni | holm | hochberg | bh | by | all (default all)
                  --format F        table (default) or json

                example: radiomics stats adjust --p 0.01,0.04,0.03 --method holm
                """;
    }

    @Override
    public Set<String> valued() {
        return Set.of("--p", "--csv", "--column", "--method");
    }

    @Override
    public int run(Options o, PrintStream out, PrintStream err) throws Exception {
        String method = o.choice("--method", "all", "bonferroni", "holm", "hochberg", "bh", "by", "all");
        double[] p;
        Map<String, Object> input = new LinkedHashMap<>();
        CohortInput in = null;
        if (o.has("--p") == o.has("--csv")) {
            throw new StatsUsageException("give either --p P1,P2,... or --csv FILE --column COLUMN");
        }
        if (o.has("--p")) {
            List<String> items = o.list("--p");
            p = new double[items.size()];
            for (int i = 0; i < p.length; i++) {
                try {
                    p[i] = Double.parseDouble(items.get(i));
                } catch (NumberFormatException e) {
                    throw new StatsUsageException("--p must list numbers but has '" + items.get(i) + "'");
                }
            }
            input.put("p", p);
            input.put("nUsed", p.length);
        } else {
            String column = o.require("--column");
            in = CohortInput.read(Path.of(o.require("--csv")), List.of(column));
            p = in.numeric(column);
            input = in.describe();
        }
        Map<String, PValueAdjustment> chosen = new LinkedHashMap<>();
        if (method.equals("all")) {
            chosen.putAll(METHODS);
        } else {
            chosen.put(method, METHODS.get(method));
        }
        Map<String, Object> adjusted = new LinkedHashMap<>();
        for (Map.Entry<String, PValueAdjustment> e : chosen.entrySet()) {
            adjusted.put(e.getKey(), e.getValue().adjust(p));
        }
        if (o.json()) {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("method", method);
            settings.put("m", p.length);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("p", p);
            result.put("adjusted", adjusted);
            out.print(new StatsJson().envelope(name(), input, settings, result));
            return 0;
        }
        if (in != null) {
            out.print(in.summaryLine());
            out.println();
        }
        List<String> header = new ArrayList<>(List.of("#", "P"));
        header.addAll(chosen.keySet());
        TextTable t = new TextTable(header.toArray(String[]::new));
        for (int i = 0; i < p.length; i++) {
            List<Object> cells = new ArrayList<>(List.of(i + 1, TextTable.num(p[i])));
            for (Object a : adjusted.values()) {
                cells.add(TextTable.num(((double[]) a)[i]));
            }
            t.row(cells.toArray());
        }
        out.print(t);
        return 0;
    }
}
