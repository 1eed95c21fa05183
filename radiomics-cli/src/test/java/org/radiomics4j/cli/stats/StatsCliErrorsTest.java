package org.radiomics4j.cli.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radiomics4j.cli.stats.StatsCliTest.close;
import static org.radiomics4j.cli.stats.StatsCliTest.csv;
import static org.radiomics4j.cli.stats.StatsCliTest.expected;
import static org.radiomics4j.cli.stats.StatsCliTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.cli.stats.StatsCliTest.Run;

import com.fasterxml.jackson.databind.JsonNode;

/** Error paths, missing values, help texts and the JSON conventions of {@code radiomics stats}. */
class StatsCliErrorsTest {

    @Test
    void unknownColumnIsAUsageErrorNamingItAndListingTheColumns() {
        Run r = run("stats", "roc", "--csv", csv("roc", "roc01_normal.csv"), "--score", "scroe", "--label", "label");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("column 'scroe' not found"), r.err());
        assertTrue(r.err().contains("columns: [label, score]"), r.err());
    }

    @Test
    void nonNumericValueNamesColumnLineAndValue(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "label,score\n1,0.5\n0,0.2\n1,high\n0,0.1\n");
        Run r = run("stats", "roc", "--csv", f.toString(), "--score", "score", "--label", "label");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("column 'score'") && r.err().contains("line 4") && r.err().contains("'high'"),
                r.err());
        // declared categorical, the column is read, and its use as a number says so (a usage error)
        Run c = run("stats", "roc", "--csv", csv("roc", "roc01_normal.csv"), "--score", "score", "--label", "label",
                "--categorical", "score");
        assertEquals(2, c.code(), c.err());
        assertTrue(c.err().contains("declared categorical"), c.err());
    }

    @Test
    void rowsWithMissingValuesAreExcludedAndCounted(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(csv("roc", "roc01_normal.csv"))));
        lines.add(3, "1,NA");
        lines.add(7, ",0.4");
        lines.add("0,");
        Path f = dir.resolve("missing.csv");
        Files.write(f, lines);
        Run r = run("stats", "roc", "--csv", f.toString(), "--score", "score", "--label", "label", "--format",
                "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals(28, j.path("input").path("rowsRead").asInt());
        assertEquals(25, j.path("input").path("nUsed").asInt());
        assertEquals(3, j.path("input").path("rowsExcludedMissing").asInt());
        assertEquals(2, j.path("input").path("missingPerColumn").path("score").asInt());
        assertEquals(1, j.path("input").path("missingPerColumn").path("label").asInt());
        // the remaining rows are roc01: the AUC is pROC's
        close(expected("roc", "roc01_normal").path("R").path("higher_is_positive").path("auc").path("auc"),
                j.path("result").path("roc").path("auc"), StatsCliTest.CLOSED, "auc");
        Run table = run("stats", "roc", "--csv", f.toString(), "--score", "score", "--label", "label");
        assertTrue(table.out().contains("3 excluded for missing values (score: 2, label: 1)"), table.out());
    }

    @Test
    void badMethodOrTestNameListsTheChoices() {
        Run r = run("stats", "adjust", "--p", "0.01,0.04", "--method", "fdr");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("option --method must be one of bonferroni, holm, hochberg, bh, by, all but was 'fdr'"),
                r.err());
        Run t = run("stats", "compare", "--csv", csv("cohort", "cohort_01.csv"), "--value", "age", "--group",
                "response", "--test", "ttest");
        assertEquals(2, t.code());
        assertTrue(t.err().contains("auto, student, welch, mann-whitney"), t.err());
        Run form = run("stats", "icc", "--csv", csv("icc", "icc01_good_agreement.csv"), "--columns",
                "reader1,reader2", "--form", "ICC4");
        assertEquals(2, form.code());
        assertTrue(form.err().contains("ICC4"), form.err());
    }

    @Test
    void unknownSubcommandOptionAndMissingOption() {
        Run r = run("stats", "anova");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown sub-command 'anova'") && r.err().contains("roc"), r.err());
        Run o = run("stats", "roc", "--csv", csv("roc", "roc01_normal.csv"), "--score", "score", "--label", "label",
                "--level", "0.9");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("unknown option '--level'"), o.err());
        Run m = run("stats", "roc", "--csv", csv("roc", "roc01_normal.csv"), "--score", "score");
        assertEquals(2, m.code());
        assertTrue(m.err().contains("--label"), m.err());
        Run p = run("stats", "adjust", "--p", "0.2,1.5");
        assertEquals(1, p.code());
        assertTrue(p.err().contains("1.5"), p.err());
    }

    @Test
    void helpTexts() {
        Run alone = run("stats");
        assertEquals(2, alone.code());
        assertTrue(alone.err().contains("sub-commands:") && alone.err().contains("adasyn"), alone.err());
        Run help = run("help", "stats");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("describe") && help.out().contains("logistic"), help.out());
        Run roc = run("stats", "roc", "--help");
        assertEquals(0, roc.code());
        assertTrue(roc.out().contains("--direction") && roc.out().contains("--thresholds"), roc.out());
        Run helpRoc = run("help", "stats", "survival");
        assertTrue(helpRoc.out().contains("--cutoff"), helpRoc.out());
        Run list = run("help");
        assertTrue(list.out().contains("stats"), list.out());
    }

    @Test
    void everySubcommandPrintsATableByDefault() {
        String cohort = csv("cohort", "cohort_01.csv");
        List<String[]> commands = List.of(
                new String[] {"describe", "--csv", cohort, "--columns", "age,sex"},
                new String[] {"compare", "--csv", cohort, "--value", "ki67", "--group", "response"},
                new String[] {"categorical", "--csv", cohort, "--row", "grade", "--column", "response"},
                new String[] {"roc", "--csv", cohort, "--score", "ki67", "--label", "response", "--thresholds"},
                new String[] {"survival", "--csv", cohort, "--time", "os_months", "--event", "death", "--group",
                    "sex", "--steps"},
                new String[] {"logistic", "--csv", cohort, "--outcome", "response", "--predictors", "age,ki67"},
                new String[] {"icc", "--csv", cohort, "--columns", "original_glcm_Correlation,"
                    + "r2_original_glcm_Correlation"},
                new String[] {"adjust", "--p", "0.01,0.04,0.03", "--method", "bh"});
        for (String[] c : commands) {
            List<String> args = new ArrayList<>(List.of("stats"));
            args.addAll(List.of(c));
            Run r = run(args.toArray(String[]::new));
            assertEquals(0, r.code(), () -> c[0] + ": " + r.err());
            assertTrue(r.out().lines().count() >= 3, () -> c[0] + ": " + r.out());
            assertTrue(r.out().contains("---"), () -> c[0] + " prints an aligned table: " + r.out());
        }
    }

    record Probe(double nan, double inf, Double boxedNegInf, double[] array, Optional<String> empty,
            Optional<Double> present, OptionalDouble od, OptionalDouble none) {
    }

    @Test
    void jsonWritesNonFiniteAsStringsAndUnwrapsOptionals() throws IOException {
        String text = new StatsJson().envelope("probe", Map.of(), Map.of(), new Probe(Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, new double[] {1.5, Double.NaN}, Optional.empty(),
                Optional.of(Double.POSITIVE_INFINITY), OptionalDouble.of(2.5), OptionalDouble.empty()));
        JsonNode r = StatsCliTest.MAPPER.readTree(text).path("result");
        assertEquals("NaN", r.path("nan").asText());
        assertEquals("Infinity", r.path("inf").asText());
        assertEquals("-Infinity", r.path("boxedNegInf").asText());
        assertEquals(1.5, r.path("array").get(0).asDouble());
        assertEquals("NaN", r.path("array").get(1).asText());
        assertTrue(r.path("empty").isNull());
        assertEquals("Infinity", r.path("present").asText());
        assertEquals(2.5, r.path("od").asDouble());
        assertTrue(r.path("none").isNull());
    }
}
