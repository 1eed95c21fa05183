package org.radiomics4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radiomics4j.cli.ExitCodesTest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.cli.ExitCodesTest.Run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Regression tests of issue 8's command-line items: each case is the issue's reproduction (files derived from
 * testdata/stats/cohort/inputs/cohort_01.csv as the issue's awk lines do) and fails on the code before the fix.
 */
class Issue8CliTest {
    private static final Path DATA = Path.of(System.getProperty("radiomics.testdata", "../testdata"));
    private static final Path COHORT = DATA.resolve("stats/cohort/inputs/cohort_01.csv");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** cohort_01.csv with field {@code field} (1-based) of line {@code line} (1-based, header = 1) replaced. */
    private static Path edited(Path dir, String name, int line, int field, String value) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(COHORT, StandardCharsets.UTF_8));
        String[] f = lines.get(line - 1).split(",", -1);
        f[field - 1] = value;
        lines.set(line - 1, String.join(",", f));
        Path p = dir.resolve(name);
        Files.write(p, lines, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void item1NegativeTimeOrBadEventCodeIsAnErrorNamingLineAndValue(@TempDir Path dir) throws IOException {
        // awk -F, -v OFS=, 'NR==2{$10=-3}1' cohort_01.csv > neg.csv   (column 10 = os_months)
        Path neg = edited(dir, "neg.csv", 2, 10, "-3");
        Run r = run("stats", "survival", "--csv", neg.toString(), "--time", "os_months", "--event", "death",
                "--group", "response");
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("line 2") && r.err().contains("'-3'") && r.err().contains("os_months"), r.err());
        Path event = edited(dir, "event.csv", 4, 11, "2");
        Run e = run("stats", "survival", "--csv", event.toString(), "--time", "os_months", "--event", "death");
        assertEquals(1, e.code(), e.out());
        assertTrue(e.err().contains("line 4") && e.err().contains("'2'") && e.err().contains("death"), e.err());
        Path inf = edited(dir, "inf.csv", 3, 10, "Infinity");
        Run i = run("stats", "survival", "--csv", inf.toString(), "--time", "os_months", "--event", "death");
        assertEquals(1, i.code(), i.out());
        assertTrue(i.err().contains("line 3") && i.err().contains("'Infinity'"), i.err());
    }

    @Test
    void item2OneTextCellInANumericColumnIsAnErrorUnlessDeclaredCategorical(@TempDir Path dir) throws IOException {
        // awk -F, -v OFS=, 'NR==6{$3="sixty"}1' cohort_01.csv > nn.csv   (column 3 = age)
        Path nn = edited(dir, "nn.csv", 6, 3, "sixty");
        Run r = run("stats", "describe", "--csv", nn.toString(), "--columns", "age", "--by", "response");
        assertEquals(1, r.code(), r.out());
        assertTrue(r.err().contains("line 6") && r.err().contains("'age'") && r.err().contains("'sixty'")
                && r.err().contains("--categorical age"), r.err());
        Run declared = run("stats", "describe", "--csv", nn.toString(), "--columns", "age", "--by", "response",
                "--categorical", "age");
        assertEquals(0, declared.code(), declared.err());
        assertTrue(declared.out().contains("sixty"), declared.out());
    }

    @Test
    void item3HeaderOnlyCsvSaysNoRowsAndAMissingColumnNamesTheNearest(@TempDir Path dir) throws IOException {
        Path header = dir.resolve("header.csv");
        Files.writeString(header, Files.readAllLines(COHORT).get(0) + "\n");
        Run r = run("stats", "describe", "--csv", header.toString(), "--columns", "ki67");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no data rows"), r.err());
        assertFalse(r.err().contains("not numeric"), r.err());
        Run m = run("stats", "roc", "--csv", COHORT.toString(), "--score", "ki-67", "--label", "respnse");
        assertEquals(2, m.code());
        assertTrue(m.err().contains("column 'ki-67' not found") && m.err().contains("did you mean ki67"), m.err());
        assertTrue(m.err().length() < 400, "one short line, not every column: " + m.err());
    }

    @Test
    void item5ATinyBinWidthFailsBeforeAllocatingNamingSettingBinsAndAlternative(@TempDir Path dir) throws IOException {
        Path params = dir.resolve("bw.yaml");
        Files.writeString(params, "setting:\n  binWidth: 0.001\n");
        Run r = run("extract", DATA.resolve("pyradiomics/images/brain1_image.nrrd").toString(),
                DATA.resolve("pyradiomics/images/brain1_label.nrrd").toString(), "-p", params.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("binWidth 0.001 implies") && r.err().contains("grey levels")
                && r.err().contains("binCount"), r.err());
        assertFalse(r.err().contains("OutOfMemoryError"), r.err());
    }

    @Test
    void item6UnwritableOutputSaysWhy(@TempDir Path dir) {
        String image = DATA.resolve("pyradiomics/images/breast1_image.nrrd").toString();
        String mask = DATA.resolve("pyradiomics/images/breast1_label.nrrd").toString();
        Run r = run("extract", image, mask, "-o", "/nonexistent/x.json");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("/nonexistent/x.json") && r.err().contains("no such directory: /nonexistent"),
                r.err());
        Run d = run("extract", image, mask, "-o", dir.toString());
        assertEquals(1, d.code());
        assertTrue(d.err().contains("it is a directory"), d.err());
        Run a = run("stats", "adasyn", "--csv", COHORT.toString(), "--label", "response", "--features", "age,ki67",
                "--size", "0:5", "--seed", "1", "-o", "/nonexistent/dir/s.csv");
        assertEquals(1, a.code());
        assertTrue(a.err().contains("no such directory: /nonexistent"), a.err());
    }

    @Test
    void item9AllScoresTiedLeavesTheAucTestUndefined(@TempDir Path dir) throws IOException {
        // every score tied: pROC gives AUC 0.5 and DeLong variance 0, so z = (0.5 - 0.5) / 0 is undefined (0/0)
        Path tied = dir.resolve("tied.csv");
        Files.writeString(tied, "label,score\n1,3\n1,3\n1,3\n0,3\n0,3\n0,3\n0,3\n");
        Run t = run("stats", "roc", "--csv", tied.toString(), "--score", "score", "--label", "label");
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().lines().anyMatch(l -> l.matches("z \\(AUC = 0\\.5\\)\\s+-")), t.out());
        assertTrue(t.out().lines().anyMatch(l -> l.matches("P \\(AUC = 0\\.5\\)\\s+-")), t.out());
        assertTrue(t.out().contains("warning: the test of AUC = 0.5 is undefined") && t.out().contains("tied"),
                t.out());
        Run j = run("stats", "roc", "--csv", tied.toString(), "--score", "score", "--label", "label", "--format",
                "json");
        assertEquals(0, j.code(), j.err());
        JsonNode result = MAPPER.readTree(j.out()).path("result");
        assertEquals(0.5, result.path("roc").path("auc").asDouble(), 0);
        assertTrue(result.path("roc").path("testVersusHalf").path("statistic").isNull(), j.out());
        assertTrue(result.path("roc").path("testVersusHalf").path("pValue").isNull(), j.out());
        assertTrue(result.path("warnings").get(0).asText().contains("undefined"), j.out());
    }

    @Test
    void semicolonFileWithDecimalCommaGivesTheSameAucAsPRoc(@TempDir Path dir) throws IOException {
        // roc01_normal.csv rewritten as a spreadsheet in a decimal-comma locale writes it: ';' and '1,5'
        Path in = DATA.resolve("stats/roc/inputs/roc01_normal.csv");
        List<String> eu = new ArrayList<>();
        for (String line : Files.readAllLines(in)) {
            eu.add(line.replace(',', ';').replace('.', ','));
        }
        Path f = dir.resolve("eu.csv");
        Files.writeString(f, "\uFEFF" + String.join("\r\n", eu) + "\r\n", StandardCharsets.UTF_8);
        Run r = run("stats", "roc", "--csv", f.toString(), "--score", "score", "--label", "label", "--delimiter", ";",
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode expected = null;
        for (JsonNode c : MAPPER.readTree(DATA.resolve("stats/roc/expected.json").toFile()).path("cases")) {
            if (c.path("id").asText().equals("roc01_normal")) {
                expected = c.path("expected").path("R").path("higher_is_positive").path("auc").path("auc");
            }
        }
        // R pROC 1.18.0 value (testdata/stats/roc/expected.json), closed form: 1e-9 relative
        double auc = MAPPER.readTree(r.out()).path("result").path("roc").path("auc").asDouble();
        assertEquals(expected.asDouble(), auc, 1e-9 * expected.asDouble());
        // the same file without --delimiter: the error suggests it
        Run plain = run("stats", "roc", "--csv", f.toString(), "--score", "score", "--label", "label");
        assertEquals(1, plain.code());
        assertTrue(plain.err().contains("delimiter ';'"), plain.err());
    }
}
