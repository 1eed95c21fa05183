package org.radiomics4j.cli.stats;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.radiomics4j.stats.multiple.PValueAdjustment;

import org.radiomics4j.cli.Choices;
import org.radiomics4j.cli.UsageException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stats adjust}: multiple-testing adjustment of P values. */
@Command(name = "adjust", sortOptions = false,
        description = {"adjust P values for multiple testing (Bonferroni, Holm, Hochberg, BH, BY)", "",
            "Adjusted P values in input order, as R p.adjust: bonferroni, holm, hochberg, bh (Benjamini-Hochberg"
                + " false discovery rate), by (Benjamini-Yekutieli), or all (default: every method). Give either"
                + " --p or --csv with --column."},
        footer = {"", "example: radiomics stats adjust --p 0.01,0.04,0.03 --method holm"})
final class AdjustCommand implements Callable<Integer> {
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

    @Spec
    CommandSpec spec;

    @Option(names = "--p", paramLabel = "P1,P2,...", description = "the P values")
    String pOption;

    @Option(names = "--csv", paramLabel = "FILE", description = "or read them from this CSV ...")
    Path csv;

    @Option(names = "--column", paramLabel = "COLUMN", description = "... column (missing values are excluded and counted)")
    String column;

    @Option(names = "--method", paramLabel = "M", completionCandidates = Methods.class,
            description = "bonferroni | holm | hochberg | bh | by | all (default all)")
    String methodOption;

    @Mixin
    CsvInput input;

    /** Completion candidates of --method. */
    static final class Methods extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Methods() {
            super(List.of("bonferroni", "holm", "hochberg", "bh", "by", "all"));
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String method = Choices.check("--method", methodOption, "all", "bonferroni", "holm", "hochberg", "bh", "by", "all");
        double[] p;
        Map<String, Object> inputBlock = new LinkedHashMap<>();
        CohortInput in = null;
        if ((pOption != null) == (csv != null)) {
            throw new UsageException("give either --p P1,P2,... or --csv FILE --column COLUMN");
        }
        if (pOption != null) {
            p = Choices.numbers("--p", pOption);
            inputBlock.put("p", p);
            inputBlock.put("nUsed", p.length);
        } else {
            if (column == null) {
                throw new UsageException("option --csv needs --column COLUMN");
            }
            in = CohortInput.read(csv, List.of(column), input);
            p = in.numeric(column);
            inputBlock = in.describe();
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
        if (input.json()) {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("method", method);
            settings.put("m", p.length);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("p", p);
            result.put("adjusted", adjusted);
            out.print(new StatsJson().envelope("adjust", inputBlock, settings, result));
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
