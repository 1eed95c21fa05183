package org.radiomics4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.examples.demo.DemoCohort;

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
