package org.radiomics4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.study.demo.DemoCohort;

/**
 * A study whose PyRadiomics parameter file enables filtered image types ({@code imageType: {Original: {}, Square:
 * {}}}) runs end to end on a tiny demo cohort and writes the filtered features into {@code features.csv} under
 * PyRadiomics' names ({@code square_<class>_<feature>}).
 */
class StudyImageTypesTest {
    @TempDir
    Path dir;

    @Test
    void squareImageTypeExtractedInAStudy() throws IOException {
        DemoCohort.Written w = DemoCohort.builder().patients(6).size(24, 24, 12).roiVoxels(600).seed(5).build().write(dir);
        String params = DemoCohort.PARAMS_YAML.replace("  Original: {}\n", "  Original: {}\n  Square: {}\n");
        assertTrue(params.contains("Square: {}"), params);
        Files.writeString(w.paramsYaml(), params);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main().run(List.of("study", w.studyYaml().toString(), "--threads", "1", "--out",
                dir.resolve("res").toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.exists(dir.resolve("res/report.html")));

        List<String> lines = Files.readAllLines(dir.resolve("res/features.csv"));
        List<String> header = Arrays.asList(lines.get(0).split(","));
        long original = header.stream().filter(c -> c.startsWith("original_")).count();
        long square = header.stream().filter(c -> c.startsWith("square_")).count();
        long originalShape = header.stream().filter(c -> c.startsWith("original_shape_")).count();
        // shape is computed once, from the original image (PyRadiomics): every other enabled class per image type
        assertTrue(originalShape > 0, lines.get(0));
        assertEquals(original - originalShape, square, lines.get(0));
        assertTrue(header.contains("square_firstorder_Mean"), lines.get(0));
        // every case extracted: no error cells
        int errorColumn = header.indexOf("error");
        for (String line : lines.subList(1, lines.size())) {
            assertEquals("", line.split(",", -1)[errorColumn], line);
        }
    }

    /**
     * The statistics analyse every extracted image type: the cohort table of each phase holds the square features
     * (and the second reader's copies), Table 2 compares them, and the Bonferroni correction counts them. The
     * expected relation is the definition of the correction (Bonferroni 1936; P corrected = min(1, m P), m = number
     * of features tested), checked to 1e-9 relative (the CSV writes P to 17 significant digits, so only round-off
     * of the product remains); with six subjects every m P exceeds 1, so the family size m itself is
     * checked against the report's statement of it.
     */
    @Test
    void squareFeaturesReachTheCohortTableAndTheGroupComparison() throws IOException {
        DemoCohort.Written w = DemoCohort.builder().patients(6).size(24, 24, 12).roiVoxels(600).seed(5).build().write(dir);
        Files.writeString(w.paramsYaml(), DemoCohort.PARAMS_YAML.replace("  Original: {}\n",
                "  Original: {}\n  Square: {}\n"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main().run(List.of("study", w.studyYaml().toString(), "--threads", "1", "--out",
                dir.resolve("res").toString()), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));

        List<String> features = Arrays.asList(Files.readAllLines(dir.resolve("res/features.csv")).get(0).split(","));
        List<String> squareExtracted = features.stream().filter(c -> c.startsWith("square_")).toList();
        assertTrue(squareExtracted.contains("square_firstorder_Mean"), features.toString());
        List<Long> familySizes = new ArrayList<>();
        for (String phase : List.of("arterial", "portal")) {
            List<String> cohort = Arrays.asList(Files.readAllLines(dir.resolve("res/cohort_" + phase + ".csv")).get(0)
                    .split(","));
            for (String f : squareExtracted) {
                assertTrue(cohort.contains(f), phase + ": cohort table lacks " + f + ": " + cohort);
                assertTrue(cohort.contains("r2_" + f), phase + ": cohort table lacks r2_" + f + ": " + cohort);
            }
            assertTrue(cohort.stream().noneMatch(c -> c.startsWith("diagnostics_")), cohort.toString());

            List<String> table2 = Files.readAllLines(dir.resolve("res/" + phase + "_table2.csv"));
            List<String> head = Arrays.asList(table2.get(0).split(","));
            int p = head.indexOf("P");
            int pc = head.indexOf("P corrected");
            assertTrue(p > 0 && pc > 0, table2.get(0));
            List<String[]> rows = table2.subList(1, table2.size()).stream().map(l -> l.split(",", -1)).toList();
            List<String> compared = rows.stream().map(r -> r[0]).toList();
            assertTrue(compared.contains("square_firstorder_Mean"), phase + ": " + compared);
            assertTrue(compared.stream().anyMatch(c -> c.startsWith("original_")), phase + ": " + compared);
            assertTrue(compared.stream().noneMatch(c -> c.startsWith("r2_")), phase + ": " + compared);
            long tested = rows.stream().filter(r -> !r[p].isEmpty()).count();
            long squareTested = rows.stream().filter(r -> r[0].startsWith("square_") && !r[p].isEmpty()).count();
            assertTrue(squareTested > 0, phase + ": no square feature tested");
            long originalTested = rows.stream().filter(r -> r[0].startsWith("original_") && !r[p].isEmpty()).count();
            assertEquals(tested, originalTested + squareTested, phase + ": " + compared);
            familySizes.add(tested);
            for (String[] r : rows) {
                if (r[p].isEmpty()) {
                    continue;
                }
                double pv = Double.parseDouble(r[p]);
                double expected = Math.min(1, tested * pv);
                assertEquals(expected, Double.parseDouble(r[pc]), 1e-9 * Math.max(expected, 1e-300),
                        phase + " " + r[0] + ": Bonferroni over " + tested + " features");
            }
        }
        // the report states the family size of each phase's correction: all tested features, square ones included
        String report = Files.readString(dir.resolve("res/report.md"));
        Matcher m = Pattern.compile("P corrected: Bonferroni correction over (\\d+) features").matcher(report);
        List<Long> stated = new ArrayList<>();
        while (m.find()) {
            stated.add(Long.parseLong(m.group(1)));
        }
        assertEquals(familySizes, stated, report);
    }

    @Test
    void unknownImageTypeStopsTheStudyBeforeExtractionNamingIt() throws IOException {
        DemoCohort.Written w = DemoCohort.builder().patients(6).size(24, 24, 12).roiVoxels(600).seed(5).build().write(dir);
        Files.writeString(w.paramsYaml(), DemoCohort.PARAMS_YAML.replace("  Original: {}\n",
                "  Original: {}\n  Sqaure: {}\n"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main().run(List.of("study", w.studyYaml().toString(), "--threads", "1", "--out",
                dir.resolve("res").toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, e);
        assertTrue(e.contains("parameters") && e.contains("Sqaure"), e);
        assertTrue(!Files.exists(dir.resolve("res/features.csv")), "no extraction before the error");
    }
}
