package org.radiomics4j.cli.stats;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.radiomics4j.stats.reliability.IccAnova;
import org.radiomics4j.stats.reliability.IccForm;
import org.radiomics4j.stats.reliability.IccResult;
import org.radiomics4j.stats.reliability.IccThresholds;
import org.radiomics4j.stats.reliability.IntraclassCorrelation;

import org.radiomics4j.cli.Choices;
import org.radiomics4j.cli.UsageException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stats icc}: intraclass correlation of two or more readers' columns. */
@Command(name = "icc", sortOptions = false,
        description = {"intraclass correlation between readers (Shrout-Fleiss forms), stability class", "",
            "Intraclass correlation (Shrout & Fleiss 1979; R psych::ICC): ICC, F statistic with df1, df2 and its"
                + " upper-tail P (H0: ICC = 0), 95%% CI, and the class unstable (< 0.75), stable (0.75 to < 0.90) or"
                + " excellent (>= 0.90). Each row is a subject, each column a reader."},
        footer = {"", "example: radiomics stats icc --csv readers.csv --columns original_glcm_Correlation,r2_original_glcm_Correlation"})
final class IccCommand implements Callable<Integer> {
    /** psych's names of the forms, in psych's order. */
    private static final Map<String, IccForm> FORMS = forms();

    private static Map<String, IccForm> forms() {
        Map<String, IccForm> m = new LinkedHashMap<>();
        m.put("ICC1", IccForm.ICC1_1);
        m.put("ICC2", IccForm.ICC2_1);
        m.put("ICC3", IccForm.ICC3_1);
        m.put("ICC1k", IccForm.ICC1_K);
        m.put("ICC2k", IccForm.ICC2_K);
        m.put("ICC3k", IccForm.ICC3_K);
        return java.util.Collections.unmodifiableMap(m);
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "the CSV")
    Path csv;

    @Option(names = "--columns", required = true, paramLabel = "A,B[,C...]", description = "one column per reader (at least 2)")
    String columnsOption;

    @Option(names = "--form", paramLabel = "F", completionCandidates = Forms.class,
            description = "ICC2 (default: two-way random, absolute agreement, single rater = ICC(2,1) = ICC(A,1)),"
                    + " ICC1, ICC3, ICC1k, ICC2k, ICC3k, or all")
    String formOption;

    @Mixin
    CsvInput input;

    /** Completion candidates of --form. */
    static final class Forms extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Forms() {
            super(List.of("ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k", "all"));
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<String> readers = Choices.names("--columns", columnsOption);
        if (readers.size() < 2) {
            throw new UsageException("--columns needs at least 2 reader columns but has " + readers);
        }
        String formName = formOption == null ? "ICC2" : formOption;
        List<IccForm> forms = new ArrayList<>();
        if (formName.equalsIgnoreCase("all")) {
            forms.addAll(FORMS.values());
        } else {
            IccForm f = FORMS.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(formName)).map(
                    Map.Entry::getValue).findFirst().orElseThrow(() -> new UsageException("option --form must"
                            + " be one of " + String.join(", ", FORMS.keySet()) + ", all but was '" + formName + "'"));
            forms.add(f);
        }
        CohortInput in = CohortInput.read(csv, readers, input);
        double[][] cols = new double[readers.size()][];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = in.numeric(readers.get(j));
        }
        IntraclassCorrelation icc = IntraclassCorrelation.withDefaults();
        double[][] ratings = IntraclassCorrelation.ratingsFromReaders(cols);
        IccAnova anova = icc.anova(ratings);
        List<IccResult> results = new ArrayList<>();
        for (IccForm f : forms) {
            results.add(icc.compute(anova, f));
        }
        if (input.json()) {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("form", formName);
            settings.put("confidenceLevel", 0.95);
            settings.put("thresholds", IccThresholds.DEFAULT);
            settings.put("pValue", "upper-tail P of the F test of ICC = 0");
            Map<String, Object> result = new LinkedHashMap<>();
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("subjects", anova.subjects());
            a.put("raters", anova.raters());
            a.put("msSubjects", anova.msSubjects());
            a.put("dfSubjects", anova.dfSubjects());
            a.put("msRaters", anova.msRaters());
            a.put("dfRaters", anova.dfRaters());
            a.put("msError", anova.msError());
            a.put("dfError", anova.dfError());
            a.put("msWithin", anova.msWithin());
            a.put("dfWithin", anova.dfWithin());
            result.put("anova", a);
            List<Map<String, Object>> list = new ArrayList<>();
            for (IccResult r : results) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("shroutFleissName", r.form().shroutFleissName());
                m.put("mcGrawWongName", r.form().mcGrawWongName());
                m.put("result", r);
                list.add(m);
            }
            result.put("icc", list);
            out.print(new StatsJson().envelope("icc", in.describe(), settings, result));
            return 0;
        }
        out.print(in.summaryLine());
        out.println(anova.subjects() + " subjects x " + anova.raters() + " readers");
        out.println();
        TextTable t = new TextTable("form", "ICC", "95% CI", "F", "df1", "df2", "P", "class");
        for (IccResult r : results) {
            t.row(r.form().shroutFleissName() + " " + r.form().mcGrawWongName(), r.icc(),
                    TextTable.ci(r.confidenceInterval().lower(), r.confidenceInterval().upper()), r.statistic(),
                    r.df1(), r.df2(), TextTable.p(r.pValue()), r.reliability().name().toLowerCase(java.util.Locale.ROOT));
        }
        out.print(t);
        out.println("classes: unstable < 0.75 <= stable < 0.90 <= excellent");
        return 0;
    }
}
