package org.radiomics4j.cli.stats;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.radiomics4j.stats.survival.FeatureCutoff;
import org.radiomics4j.stats.survival.KaplanMeier;
import org.radiomics4j.stats.survival.LogRankGroup;
import org.radiomics4j.stats.survival.LogRankResult;
import org.radiomics4j.stats.survival.LogRankTest;
import org.radiomics4j.stats.survival.MedianSurvival;
import org.radiomics4j.stats.survival.SurvivalCurve;

import org.radiomics4j.cli.Choices;
import org.radiomics4j.cli.UsageException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stats survival}: Kaplan-Meier curves per group, medians, numbers at risk and the log-rank test. */
@Command(name = "survival", sortOptions = false,
        description = {"Kaplan-Meier per group, medians, numbers at risk, log-rank test", "",
            "Kaplan-Meier estimate (Greenwood SE, log-scale 95%% CI as R survfit) per group, median survival with 95%%"
                + " CI (null = not reached), numbers at risk, and the log-rank test (chi-square, df, P) with the"
                + " log-rank hazard ratios for two groups. Without --feature or --group: one curve, no test.",
            "Times must be finite and >= 0 and events 0 or 1: any other value is an error naming its line."},
        footer = {"", "example: radiomics stats survival --csv cohort.csv --time os_months --event death \\",
            "             --feature original_glcm_Correlation --cutoff 0.21"})
final class SurvivalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "the cohort CSV")
    Path csv;

    @Option(names = "--time", required = true, paramLabel = "COLUMN", description = "follow-up time (>= 0)")
    String time;

    @Option(names = "--event", required = true, paramLabel = "COLUMN", description = "1 = event, 0 = censored")
    String event;

    @Option(names = "--feature", paramLabel = "COLUMN",
            description = "dichotomise this numeric column at --cutoff: high iff value > C (MedCalc criterion '> C'),"
                    + " else low")
    String feature;

    @Option(names = "--cutoff", paramLabel = "C", description = "the cutoff for --feature")
    String cutoff;

    @Option(names = "--group", paramLabel = "COLUMN", description = "groups by the values of this column instead")
    String group;

    @Option(names = "--at", paramLabel = "T1,T2,...",
            description = "times for the numbers at risk (default: 0 and quarters of the longest time)")
    String atOption;

    @Option(names = "--steps", description = "also print every Kaplan-Meier step (always in the JSON)")
    boolean steps;

    @Mixin
    CsvInput input;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (feature != null && group != null) {
            throw new UsageException("give either --feature with --cutoff or --group, not both");
        }
        if ((feature != null) != (cutoff != null)) {
            throw new UsageException("--feature and --cutoff go together");
        }
        List<String> used = new ArrayList<>(List.of(time, event));
        if (feature != null) {
            used.add(feature);
        }
        if (group != null) {
            used.add(group);
        }
        CohortInput in = CohortInput.read(csv, used, input);
        double[] t = in.numeric(time);
        String[] tText = in.text(time);
        for (int i = 0; i < t.length; i++) {
            if (!(t[i] >= 0)) {
                throw new IllegalArgumentException("survival time column '" + time + "' must be finite and >= 0 but"
                        + " line " + in.line(i) + " of " + in.file() + " has '" + tText[i] + "'");
            }
        }
        double[] e01 = in.numeric(event);
        String[] eText = in.text(event);
        boolean[] ev = new boolean[e01.length];
        for (int i = 0; i < ev.length; i++) {
            if (e01[i] != 0 && e01[i] != 1) {
                throw new IllegalArgumentException("event column '" + event + "' must be 1 (event) or 0 (censored)"
                        + " but line " + in.line(i) + " of " + in.file() + " has '" + eText[i] + "'");
            }
            ev[i] = e01[i] == 1;
        }
        int[] codes;
        List<String> names = new ArrayList<>();
        if (feature != null) {
            double c = cutoffValue();
            codes = FeatureCutoff.of(c).groups(in.numeric(feature));
            names.add(feature + " <= " + cutoff + " (low)");
            names.add(feature + " > " + cutoff + " (high)");
        } else if (group != null) {
            List<String> levels = in.levels(group);
            String[] g = in.text(group);
            codes = new int[g.length];
            for (int i = 0; i < g.length; i++) {
                codes[i] = levels.indexOf(g[i]);
            }
            for (String l : levels) {
                names.add(group + " = " + l);
            }
        } else {
            codes = new int[t.length];
            names.add("all");
        }
        double[] at = atTimes(t);
        KaplanMeier km = KaplanMeier.withDefaults();
        Map<Integer, SurvivalCurve> curves = km.estimateByGroup(t, ev, codes);
        LogRankResult lr = names.size() >= 2 && curves.size() >= 2
                ? LogRankTest.withDefaults().test(t, ev, codes) : null;

        List<Map<String, Object>> groups = new ArrayList<>();
        for (Map.Entry<Integer, SurvivalCurve> en : curves.entrySet()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("code", en.getKey());
            g.put("name", names.get(en.getKey()));
            g.put("numbersAtRisk", atRisk(en.getValue(), at));
            g.put("curve", en.getValue());
            groups.add(g);
        }
        if (input.json()) {
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("grouping", feature != null ? "feature > cutoff = high (code 1), else low (code 0)"
                    : group != null ? "levels of " + group + " in sorted order (codes 0, 1, ...)" : "none");
            if (feature != null) {
                settings.put("feature", feature);
                settings.put("cutoff", cutoffValue());
            }
            settings.put("confidenceType", "LOG (R survfit default)");
            settings.put("confidenceLevel", 0.95);
            settings.put("tiedTimes", "events before censorings");
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("groups", groups);
            result.put("logRank", lr);
            out.print(new StatsJson().envelope("survival", in.describe(), settings, result));
            return 0;
        }
        out.print(in.summaryLine());
        out.println();
        TextTable tt = new TextTable("group", "n", "events", "median", "95% CI");
        for (Map.Entry<Integer, SurvivalCurve> en : curves.entrySet()) {
            SurvivalCurve c = en.getValue();
            MedianSurvival m = c.median();
            tt.row(names.get(en.getKey()), c.subjects(), c.events(), m.reached() ? TextTable.num(m.median())
                    : "not reached", text(m.lower()) + " to " + text(m.upper()));
        }
        out.print(tt);
        out.println();
        List<String> header = new ArrayList<>();
        header.add("at risk at time");
        for (double a : at) {
            header.add(TextTable.num(a));
        }
        TextTable risk = new TextTable(header.toArray(String[]::new));
        for (Map.Entry<Integer, SurvivalCurve> en : curves.entrySet()) {
            List<Object> cells = new ArrayList<>();
            cells.add(names.get(en.getKey()));
            for (int r : en.getValue().numberAtRisk(at)) {
                cells.add(r);
            }
            risk.row(cells.toArray());
        }
        out.print(risk);
        if (lr != null) {
            out.println();
            TextTable lt = new TextTable("group", "observed", "expected");
            for (LogRankGroup g : lr.groups()) {
                lt.row(names.get(g.group()), g.observed(), g.expected());
            }
            out.print(lt);
            out.println("log-rank: chi-square " + TextTable.num(lr.statistic()) + ", df " + lr.degreesOfFreedom()
                    + ", P " + TextTable.p(lr.pValue()));
            lr.hazardRatios().forEach(h -> out.println("hazard ratio " + names.get(h.group()) + " vs "
                    + names.get(h.referenceGroup()) + ": " + TextTable.num(h.mantelHaenszel()) + " (95% CI "
                    + TextTable.ci(h.mantelHaenszelInterval().lower(), h.mantelHaenszelInterval().upper())
                    + ", Mantel-Haenszel); O/E ratio " + TextTable.num(h.observedExpectedRatio())));
        }
        if (steps) {
            for (Map.Entry<Integer, SurvivalCurve> en : curves.entrySet()) {
                out.println();
                out.println(names.get(en.getKey()) + ":");
                TextTable st = new TextTable("time", "at risk", "events", "censored", "survival", "SE", "95% CI");
                en.getValue().steps().forEach(s -> st.row(s.time(), s.atRisk(), s.events(), s.censored(),
                        s.survival(), s.standardError() == null ? "NA" : TextTable.num(s.standardError()),
                        s.interval() == null ? "NA" : TextTable.ci(s.interval().lower(), s.interval().upper())));
                out.print(st);
            }
        }
        return 0;
    }

    private static String text(Double v) {
        return v == null ? "NA" : TextTable.num(v);
    }

    private double cutoffValue() {
        try {
            return Double.parseDouble(cutoff);
        } catch (NumberFormatException e) {
            throw new UsageException("option --cutoff must be a number but was '" + cutoff + "'");
        }
    }

    private double[] atTimes(double[] t) {
        if (atOption != null) {
            return Choices.numbers("--at", atOption);
        }
        double max = 0;
        for (double v : t) {
            max = Math.max(max, v);
        }
        double step = niceStep(max / 4);
        List<Double> at = new ArrayList<>();
        for (double a = 0; a <= max + 1e-9 * step; a += step) {
            at.add(a);
        }
        return at.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of 10 that is at least {@code raw} (raw &gt; 0). */
    private static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double pow = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * pow >= raw) {
                return m * pow;
            }
        }
        return 10 * pow;
    }

    /** One {@code {time, atRisk}} pair per requested time (at risk = subjects whose time is at least t). */
    private static List<Map<String, Object>> atRisk(SurvivalCurve c, double[] at) {
        List<Map<String, Object>> out = new ArrayList<>();
        int[] r = c.numberAtRisk(at);
        for (int i = 0; i < at.length; i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("time", at[i]);
            m.put("atRisk", r[i]);
            out.add(m);
        }
        return out;
    }
}
