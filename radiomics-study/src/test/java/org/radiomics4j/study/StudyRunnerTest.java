package org.radiomics4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.study.demo.DemoCohort;
import org.radiomics4j.stats.study.FeatureComparison;
import org.radiomics4j.stats.study.StudyResult;
import org.radiomics4j.stats.table.CohortTable;
import org.radiomics4j.stats.table.CohortTableFormatException;
import org.radiomics4j.stats.table.CsvOptions;

/** StudyRunner on a tiny generated cohort (8 patients, 32×32×16 voxels) with one unreadable image. */
class StudyRunnerTest {
    @TempDir
    static Path dir;

    private static final String CONFIG = """
            cases: cases.csv
            phases: [arterial, portal]
            readers: [reader1, reader2]
            parameters: params.yaml
            grouping: {column: pfs_months, operator: ">", threshold: 11}
            survival:
              - {name: OS, time: os_months, event: death}
            clinical:
              - {name: age, kind: continuous}
              - {name: sex, kind: categorical}
            synthetic: {positive: 0, negative: 0}
            output: %s
            threads: %d
            """;

    private static StudyRun run2;
    private static final List<String> PROGRESS = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void generateAndRun() throws IOException {
        DemoCohort.builder().patients(8).size(32, 32, 16).roiVoxels(1500).seed(3).build().write(dir);
        // P003's arterial image is unreadable
        Files.writeString(dir.resolve("images/P003_arterial.nrrd"), "this is not an NRRD file\n");
        Path cfg = dir.resolve("study2.yaml");
        Files.writeString(cfg, CONFIG.formatted("out2", 2));
        run2 = StudyRunner.of(StudyConfig.read(cfg)).withProgress(PROGRESS::add).run();
    }

    @Test
    void unreadableImageBecomesErrorRowsAndTheStudyGoesOn() throws IOException {
        assertEquals(8 * 2 * 2, run2.rows().size());
        List<ExtractionRow> errors = run2.errors();
        assertEquals(2, errors.size(), errors.toString());
        for (ExtractionRow e : errors) {
            assertEquals("P003", e.patientId());
            assertEquals("arterial", e.phase());
            assertTrue(e.error().contains("P003_arterial.nrrd"), e.error());
        }
        // both phases analysed; the arterial phase lacks P003's features, the portal phase has them all
        StudyResult art = run2.results().get("arterial");
        StudyResult por = run2.results().get("portal");
        assertEquals(8, art.subjects());
        FeatureComparison f = art.table2().get(0);
        assertEquals(1, f.excludedMissing(), f.feature());
        assertEquals(0, por.table2().get(0).excludedMissing());
        assertEquals(8, art.positiveCount() + art.negativeCount());
        // features.csv: one row per patient, phase and reader, the error in its column
        CohortTable features = CohortTable.read(run2.featuresCsv());
        assertEquals(32, features.rowCount());
        String[] err = features.stringColumnWithNulls("error");
        assertEquals(2, java.util.Arrays.stream(err).filter(java.util.Objects::nonNull).count());
        // progress: one line per extraction, the failures say so
        assertEquals(32, PROGRESS.stream().filter(s -> s.startsWith("[")).count(), PROGRESS.toString());
        assertTrue(PROGRESS.stream().anyMatch(s -> s.startsWith("[3/8] P003 arterial reader1 ... FAILED")),
                PROGRESS.toString());
        assertTrue(run2.summary().contains("P003 arterial reader1"), run2.summary());
    }

    /**
     * The study extracts through the batch engine; its rows hold the very features (bit for bit, diagnostics
     * included) of single-case extraction of the same files ({@code RadiomicsExtractor.of(settings).extract}), in
     * cases, phase, reader order.
     */
    @Test
    void rowsEqualSingleCaseExtraction() {
        var settings = org.radiomics4j.io.ParameterFiles.read(dir.resolve("params.yaml"));
        var extractor = org.radiomics4j.core.extract.RadiomicsExtractor.of(settings);
        List<String> order = new ArrayList<>();
        int compared = 0;
        for (ExtractionRow r : run2.rows()) {
            order.add(r.patientId() + " " + r.phase() + " " + r.reader());
            if (r.failed() || compared >= 6) {
                continue;
            }
            var single = extractor.extract(org.radiomics4j.io.ImageReaders.readVolume(dir.resolve(r.image())),
                    org.radiomics4j.io.ImageReaders.readMask(dir.resolve(r.mask())));
            assertEquals(single, r.features(), r.patientId() + " " + r.phase() + " " + r.reader());
            compared++;
        }
        assertEquals(6, compared);
        assertEquals(List.of("P001 arterial reader1", "P001 arterial reader2", "P001 portal reader1",
                "P001 portal reader2", "P002 arterial reader1"), order.subList(0, 5));
    }

    /**
     * A study stopped during extraction (the engine's table cut after 20 of 32 rows, the 21st half written, as a
     * kill leaves it) and re-run with resume computes only the 12 missing extractions and gives the rows, cohorts
     * and statistics of the uninterrupted run (kept rows read back from their Double.toString text).
     */
    @Test
    void resumedStudyComputesOnlyTheMissingExtractions() throws IOException {
        Path cfg = dir.resolve("study4.yaml");
        Files.writeString(cfg, CONFIG.formatted("out4", 2));
        StudyRunner runner = StudyRunner.of(StudyConfig.read(cfg)).withResume(true);
        runner.run();
        Path table = dir.resolve("out4").resolve(StudyRunner.EXTRACTION_CSV);
        List<String> lines = Files.readAllLines(table);
        assertEquals(33, lines.size());
        Files.writeString(table, String.join("\n", lines.subList(0, 21)) + "\n"
                + lines.get(21).substring(0, lines.get(21).length() / 2));
        List<String> progress = new ArrayList<>();
        StudyRun resumed = runner.withProgress(progress::add).run();
        assertEquals(12, progress.stream().filter(s -> s.startsWith("[")).count(), progress.toString());
        assertEquals("resuming: 20 of 32 extractions kept from " + StudyRunner.EXTRACTION_CSV, progress.get(0));
        assertEquals(run2.rows().size(), resumed.rows().size());
        for (int i = 0; i < run2.rows().size(); i++) {
            ExtractionRow a = run2.rows().get(i);
            ExtractionRow b = resumed.rows().get(i);
            String at = a.patientId() + " " + a.phase() + " " + a.reader();
            assertEquals(at, b.patientId() + " " + b.phase() + " " + b.reader());
            assertEquals(a.features(), b.features(), at);
            assertEquals(a.error(), b.error(), at);
        }
        for (String phase : List.of("arterial", "portal")) {
            assertEquals(run2.cohorts().get(phase).toCsv(CsvOptions.defaults()),
                    resumed.cohorts().get(phase).toCsv(CsvOptions.defaults()), phase);
            assertEquals(run2.results().get(phase).table2(), resumed.results().get(phase).table2(), phase);
        }
        assertEquals(Files.readString(run2.featuresCsv()), Files.readString(resumed.featuresCsv()));
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() throws IOException {
        Path cfg = dir.resolve("study1.yaml");
        Files.writeString(cfg, CONFIG.formatted("out1", 1));
        StudyRun run1 = StudyRunner.of(StudyConfig.read(cfg)).run();
        for (String phase : List.of("arterial", "portal")) {
            assertEquals(run2.cohorts().get(phase).toCsv(CsvOptions.defaults()),
                    run1.cohorts().get(phase).toCsv(CsvOptions.defaults()), phase);
            assertEquals(run2.results().get(phase).table2(), run1.results().get(phase).table2(), phase);
        }
    }

    @Test
    void featureTableInputSkipsExtractionAndGivesTheSameStatistics() throws IOException {
        Path cfg = dir.resolve("study-features.yaml");
        Files.writeString(cfg, CONFIG.formatted("out3", 1).replace("cases: cases.csv",
                "cases: cases.csv\nfeatures: out2/features.csv"));
        StudyRun fromTable = StudyRunner.of(StudyConfig.read(cfg)).run();
        assertEquals(0.0, fromTable.seconds());
        assertEquals(2, fromTable.errors().size());
        for (String phase : List.of("arterial", "portal")) {
            assertEquals(run2.results().get(phase).table2(), fromTable.results().get(phase).table2(), phase);
        }
    }

    @Test
    void reportReceivesTheErrors() {
        // the report object handed to StudyReportWriter (writing it is the report package's concern and tests)
        var report = StudyReports.report(run2, LocalDate.of(2026, 1, 1));
        assertEquals(2, report.extractionErrors().size());
        assertEquals("P003", report.extractionErrors().get(0).caseId());
        assertEquals(List.of("arterial", "portal"), report.phases().stream().map(p -> p.phase()).toList());
        assertTrue(report.metadata().configSummary().contains("failed: 2"), report.metadata().configSummary());
    }

    @Test
    void casesFileErrorsNameLineAndColumn() throws IOException {
        Path sub = dir.resolve("bad");
        Files.createDirectories(sub);
        Files.writeString(sub.resolve("cases.csv"), "patient_id,image_portal,mask_reader1_portal,age\n"
                + "A,a.nrrd,am.nrrd,50\nB,,bm.nrrd,60\n");
        Files.writeString(sub.resolve("study.yaml"), "cases: cases.csv\nphases: [portal]\n"
                + "grouping: {column: age, operator: '>', threshold: 55}\n");
        CohortTableFormatException e = assertThrows(CohortTableFormatException.class,
                () -> StudyRunner.of(StudyConfig.read(sub.resolve("study.yaml"))).run());
        assertEquals(3, e.line());
        assertEquals("image_portal", e.column());

        Files.writeString(sub.resolve("study.yaml"), "cases: cases.csv\nphases: [portal]\nreaders: [r1]\n"
                + "grouping: {column: age, operator: '>', threshold: 55}\n");
        e = assertThrows(CohortTableFormatException.class,
                () -> StudyRunner.of(StudyConfig.read(sub.resolve("study.yaml"))).run());
        assertEquals(1, e.line());
        assertEquals("mask_r1_portal", e.column());
        assertFalse(e.getMessage().isEmpty());
    }
}
