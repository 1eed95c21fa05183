package org.radiomics4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class MainTest {
    private static final Path DATA = Path.of(System.getProperty("radiomics.testdata", "../testdata"));
    private static final Path IMAGES = DATA.resolve("pyradiomics/images");

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** breast1 base-case values of PyRadiomics' baseline (feature -> value), the legacy column's settings. */
    private static Map<String, Double> baseline(String caseName) throws IOException {
        Map<String, Double> m = new HashMap<>();
        for (String family : List.of("firstorder", "glcm", "ngtdm")) {
            for (String line : Files.readAllLines(DATA.resolve("pyradiomics/baseline/" + family + ".csv"))) {
                String[] f = line.split(",");
                if (f[0].equals(caseName)) {
                    m.put(f[3], Double.parseDouble(f[4]));
                }
            }
        }
        return m;
    }

    @Test
    void extractJsonCarriesThe107DefaultFeaturesWithBaselineValues(@TempDir Path tmp) throws IOException {
        // The base 'breast1' column used voxelArrayShift 2000 (testdata/pyradiomics/README.md): pass it in a
        // PyRadiomics parameter file so that every first-order value is comparable.
        Path params = tmp.resolve("params.yaml");
        Files.writeString(params, "setting:\n  binWidth: 25\n  voxelArrayShift: 2000\n");
        CliRun r = run("extract", IMAGES.resolve("breast1_image.nrrd").toString(), IMAGES.resolve("breast1_label.nrrd").toString(),
                "-p", params.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        long features = 0;
        for (var it = json.fieldNames(); it.hasNext();) {
            if (it.next().startsWith("original_")) {
                features++;
            }
        }
        assertEquals(107, features);
        assertTrue(json.get("diagnostics_Mask-original_BoundingBox").isTextual());
        Map<String, Double> expected = baseline("breast1");
        assertEquals(18 + 24 + 5, expected.size());
        // tolerance 1e-9 relative: the baseline holds 12-17 significant digits (testdata/pyradiomics/README.md)
        expected.forEach((name, v) -> assertEquals(v, json.get(name).asDouble(), Math.abs(v) * 1e-9 + 1e-15, name));
    }

    @Test
    void csvIsOneHeaderAndOneRow() {
        CliRun r = run("extract", IMAGES.resolve("breast1_image.nrrd").toString(), IMAGES.resolve("breast1_label.nrrd").toString(),
                "--format", "csv");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("Image,Mask,diagnostics_"));
    }

    @Test
    void missingFileFailsWithExitCode1AndNamesTheFile() {
        CliRun r = run("extract", "no-such-image.nrrd", IMAGES.resolve("breast1_label.nrrd").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no-such-image.nrrd"), r.err());
    }

    @Test
    void badUsageExitsWith2AndSaysWhy() {
        CliRun r = run("extract", "only-one-argument");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Missing required parameter: 'MASK'"), r.err());
        CliRun f = run("extract", "a", "b", "--format", "xml");
        assertEquals(2, f.code());
        assertTrue(f.err().contains("--format"), f.err());
    }

    @Test
    void unknownLabelIsReportedWithTheLabelsPresent() {
        CliRun r = run("extract", IMAGES.resolve("breast1_image.nrrd").toString(), IMAGES.resolve("breast1_label.nrrd").toString(),
                "--label", "7");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("7") && r.err().contains("[1]"), r.err());
    }
}
