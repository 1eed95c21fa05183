package org.radiomics4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study and demo commands' command-line handling (the study itself is tested in radiomics-study). */
class StudyCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void listedInHelp() {
        CliRun r = run("help");
        assertTrue(r.out().contains("study"), r.out());
        assertTrue(r.out().contains("demo"), r.out());
        assertTrue(run("help", "study").out().contains("CONFIG.yaml"));
        assertTrue(run("demo", "--help").out().contains("--patients"));
    }

    @Test
    void configErrorExitsOneNamingLineAndField() throws IOException {
        Path cfg = dir.resolve("study.yaml");
        Files.writeString(cfg, "cases: cases.csv\nphases: [portal]\ngrouping: {column: pfs, operator: '=>', "
                + "threshold: 11}\n");
        CliRun r = run("study", cfg.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("line 3") && r.err().contains("grouping.operator"), r.err());
    }

    @Test
    void missingConfigFileExitsOne() {
        CliRun r = run("study", dir.resolve("nope.yaml").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nope.yaml"), r.err());
    }

    @Test
    void studyRunsEndToEndOnATinyCohort() throws IOException {
        var w = org.radiomics4j.study.demo.DemoCohort.builder().patients(6).size(24, 24, 12).roiVoxels(600)
                .seed(5).build().write(dir);
        CliRun r = run("study", w.studyYaml().toString(), "--threads", "1", "--out", dir.resolve("res").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("report.html"), r.out());
        assertTrue(r.out().contains("arterial phase: 4 Responders / 2 Non-responders"), r.out());
        assertTrue(r.err().contains("[1/6] P001 arterial reader1 ... "), r.err());
        assertTrue(Files.exists(dir.resolve("res/report.html")));
        assertTrue(Files.exists(dir.resolve("res/features.csv")));

        // --resume: every extraction is kept, none recomputed, and the feature table is the same
        String first = Files.readString(dir.resolve("res/features.csv"));
        CliRun again = run("study", w.studyYaml().toString(), "--threads", "1", "--out", dir.resolve("res").toString(),
                "--resume");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("resuming:"), again.err());
        assertFalse(again.err().contains("[1/6] P001 arterial reader1 ... "), "nothing recomputed: " + again.err());
        assertEquals(first, Files.readString(dir.resolve("res/features.csv")));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("study").code());
        assertEquals(2, run("study", "a.yaml", "b.yaml").code());
        assertEquals(2, run("demo", "--patients", "2", "--out", dir.toString()).code());
        assertEquals(2, run("demo", "--seed", "x").code());
        assertEquals(2, run("demo", "extra").code());
    }
}
