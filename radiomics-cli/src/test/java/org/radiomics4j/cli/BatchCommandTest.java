package org.radiomics4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.cli.ExitCodesTest.Run;
import org.radiomics4j.core.extract.FeatureSet;
import org.radiomics4j.io.Radiomics;

/**
 * {@code radiomics batch}: 8 cases over the bundled samples (brain1, breast1), one broken, on 2 jobs; exit codes,
 * progress output, the refusal to replace an output, and a batch killed (SIGKILL, in a child JVM) halfway and
 * resumed to the same bytes as an uninterrupted run. Feature values: against single-case extraction of the same
 * files (the command promises that code path); PyRadiomics' baseline for these files is checked in radiomics-io's
 * BatchExtractorTest.
 */
class BatchCommandTest {
    private static final Path IMAGES = Path.of(System.getProperty("radiomics.testdata", "../testdata"))
            .resolve("pyradiomics/images").toAbsolutePath().normalize();
    private static final int CASES = 8;
    private static final int BROKEN = 6;

    @TempDir
    static Path dir;
    static Path casesFile;
    static Path params;
    static Path reference;
    static Run referenceRun;

    static String name(int i) {
        return i % 2 == 1 ? "brain1" : "breast1";
    }

    @BeforeAll
    static void uninterrupted() throws IOException {
        StringBuilder sb = new StringBuilder("Patient,Image,Mask\n");
        for (int i = 1; i <= CASES; i++) {
            String mask = i == BROKEN ? "missing_label.nrrd" : IMAGES.resolve(name(i) + "_label.nrrd").toString();
            sb.append("p").append(i).append(',').append(IMAGES.resolve(name(i) + "_image.nrrd")).append(',')
                    .append(mask).append('\n');
        }
        casesFile = dir.resolve("cases.csv");
        Files.writeString(casesFile, sb.toString());
        params = dir.resolve("params.yaml");
        Files.writeString(params, "setting:\n  binWidth: 25\n  voxelArrayShift: 2000\n");
        reference = dir.resolve("features.csv");
        referenceRun = ExitCodesTest.run("batch", casesFile.toString(), "-p", params.toString(), "-o",
                reference.toString(), "--jobs", "2");
    }

    @Test
    void failedCaseGivesExitThreeAnErrorRowAndASummary() throws IOException {
        assertEquals(3, referenceRun.code(), referenceRun.err());
        List<String> lines = Files.readAllLines(reference);
        assertEquals(CASES + 1, lines.size());
        assertTrue(lines.get(0).startsWith("Case,Patient,Image,Mask,Error,diagnostics_"), lines.get(0));
        String broken = lines.get(BROKEN);
        assertTrue(broken.startsWith(BROKEN + ",p" + BROKEN + ",") && broken.contains("missing_label.nrrd"), broken);
        String err = referenceRun.err();
        assertTrue(err.contains("batch: " + CASES + " cases, " + (CASES - 1) + " succeeded, 1 failed"), err);
        assertTrue(err.contains("case " + BROKEN + " failed: ") && err.contains("missing_label.nrrd"), err);
        // not a terminal in the test: plain lines, one per case, with ETA
        for (int k = 1; k <= CASES; k++) {
            assertTrue(err.contains("batch: " + k + "/" + CASES + " case "), err);
        }
        assertTrue(err.contains("ETA 0:00"), err);
        assertTrue(!err.contains("\r"), "no carriage returns outside a terminal");
    }

    @Test
    void rowsEqualSingleCaseExtraction() throws IOException {
        FeatureSet brain = Radiomics.extract(IMAGES.resolve("brain1_image.nrrd"), IMAGES.resolve("brain1_label.nrrd"),
                params);
        org.apache.commons.csv.CSVRecord row;
        try (var parser = org.apache.commons.csv.CSVParser.parse(reference, java.nio.charset.StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            row = parser.getRecords().get(0);
        }
        assertEquals("1", row.get("Case"));
        int checked = 0;
        for (var e : brain.toMap().entrySet()) {
            String cell = row.get(e.getKey());
            assertEquals(Double.doubleToRawLongBits(e.getValue()), Double.doubleToRawLongBits(Double.parseDouble(cell)),
                    e.getKey());
            checked++;
        }
        assertEquals(107, checked);
    }

    @Test
    void anExistingOutputNeedsResumeOrOverwrite() throws IOException {
        Path out = dir.resolve("keep.csv");
        Files.writeString(out, "precious\n");
        Run r = ExitCodesTest.run("batch", casesFile.toString(), "-o", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("exists: add --resume") && r.err().contains("--overwrite"), r.err());
        assertEquals("precious\n", Files.readString(out));
        assertEquals(2, ExitCodesTest.run("batch", casesFile.toString(), "-o", out.toString(), "--resume",
                "--overwrite").code());
        assertEquals(2, ExitCodesTest.run("batch", casesFile.toString(), "-o", out.toString(), "--jobs", "0").code());
        assertEquals(2, ExitCodesTest.run("batch", casesFile.toString()).code(), "-o is required");
        assertEquals(2, ExitCodesTest.run("batch", dir.resolve("none.csv").toString(), "-o", "x.csv").code());
        Run wrong = ExitCodesTest.run("batch", casesFile.toString(), "-o", out.toString(), "--resume");
        assertEquals(1, wrong.code(), wrong.err());
        assertTrue(wrong.err().contains("does not look like the output of this batch"), wrong.err());
        assertEquals("precious\n", Files.readString(out));
    }

    @Test
    void progressBarRedrawsInPlace() throws IOException {
        Path one = dir.resolve("one.csv");
        Files.writeString(one, "Image,Mask\n" + IMAGES.resolve("breast1_image.nrrd") + ",nope.nrrd\n");
        Run r = ExitCodesTest.run("batch", one.toString(), "-o", dir.resolve("one_out.csv").toString(),
                "--progress", "bar");
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("\r\033[K[") && r.err().contains("1/1 (1 failed)") && r.err().contains("ETA"),
                r.err());
    }

    @Test
    void killedHalfwayAndResumedGivesTheSameFile() throws Exception {
        Path out = dir.resolve("killed.csv");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "batch", casesFile.toString(),
                "-p", params.toString(), "-o", out.toString(), "--jobs", "1"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (rows(out) < 3 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(p.isAlive(), "the batch was still running when killed: " + Files.readString(dir.resolve("killed.log")));
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no final rewrite
        p.waitFor(30, TimeUnit.SECONDS);
        int kept = rows(out);
        assertTrue(kept >= 3 && kept < CASES, "rows at the kill: " + kept);

        Run resumed = ExitCodesTest.run("batch", casesFile.toString(), "-p", params.toString(), "-o", out.toString(),
                "--resume", "--jobs", "2");
        assertEquals(3, resumed.code(), resumed.err());
        assertTrue(resumed.err().contains(kept + " kept from the existing output"), resumed.err());
        assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(out));
    }

    /** Complete data rows in a batch output being written (lines ending in a line break, less the header). */
    private static int rows(Path f) throws IOException {
        if (!Files.exists(f)) {
            return 0;
        }
        String s = Files.readString(f);
        return (int) Math.max(0, s.chars().filter(c -> c == '\n').count() - 1);
    }
}
