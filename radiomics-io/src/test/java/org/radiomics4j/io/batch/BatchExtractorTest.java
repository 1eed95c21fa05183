package org.radiomics4j.io.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.FeatureSet;
import org.radiomics4j.io.Radiomics;
import org.radiomics4j.io.TestData;
import org.radiomics4j.io.table.FeatureTables;

/**
 * The batch of issue 10: 50 cases over the bundled PyRadiomics samples (brain1, breast1; absolute and relative
 * paths, with and without a Label cell, extra columns with commas and quotes), one deliberately broken (its mask
 * file does not exist), on 2 jobs.
 *
 * <p>Expected values: each row against single-case extraction of the same files with the same settings, bit for bit
 * (the batch promises the single-case code path); and the rows of brain1 and breast1 against PyRadiomics' own
 * baseline (testdata/pyradiomics/baseline, base 'brain1'/'breast1' columns, whose settings binWidth 25 and
 * voxelArrayShift 2000 are used here), 1e-9 relative as in radiomics-validation's PyRadiomicsBaselineTest (the
 * baseline has 12 to 17 significant digits), shape excluded (its brain1 mesh values differ by up to 1e-3 there).
 */
class BatchExtractorTest {
    static final int CASES = 50;
    static final int BROKEN = 37;
    static final ExtractionSettings SETTINGS = ExtractionSettings.builder().binWidth(25).voxelArrayShift(2000).build();

    @TempDir
    static Path dir;
    static Path casesFile;
    static Path reference;
    static long referenceMillis;
    static final Map<String, FeatureSet> SINGLE = new HashMap<>();
    static final List<Integer> started = Collections.synchronizedList(new ArrayList<>());
    static final List<BatchProgress> finished = new ArrayList<>();
    static final List<CaseResult> failedResults = new ArrayList<>();
    static BatchSummary summary;

    static String imageName(int i) {
        return i % 2 == 1 ? "brain1" : "breast1";
    }

    static Path cases(Path folder, String name, int brokenCase) throws IOException {
        StringBuilder sb = new StringBuilder("ID,Image,Mask,Label,Group\n");
        for (int i = 1; i <= CASES; i++) {
            String n = imageName(i);
            Path img = TestData.pyradiomicsImage(n + "_image.nrrd").toAbsolutePath().normalize();
            Path msk = TestData.pyradiomicsImage(n + "_label.nrrd").toAbsolutePath().normalize();
            // every third case by a path relative to the cases file's folder, as PyRadiomics resolves them
            String image = i % 3 == 0 ? folder.toAbsolutePath().relativize(img).toString() : img.toString();
            String mask = i % 3 == 0 ? folder.toAbsolutePath().relativize(msk).toString() : msk.toString();
            if (i == brokenCase) {
                mask = folder.resolve("no_such_label.nrrd").toString();
            }
            String label = i % 4 == 0 ? "" : "1";
            String group = i % 5 == 0 ? "\"arm \"\"B\"\", site 2\"" : "A";
            sb.append(String.format("P%02d,%s,%s,%s,%s%n", i, image, mask, label, group));
        }
        Path f = folder.resolve(name);
        Files.writeString(f, sb.toString());
        return f;
    }

    @BeforeAll
    static void uninterruptedBatchOnTwoJobs() throws IOException {
        casesFile = cases(dir, "cases.csv", BROKEN);
        for (String n : List.of("brain1", "breast1")) {
            SINGLE.put(n, Radiomics.extract(TestData.pyradiomicsImage(n + "_image.nrrd"),
                    TestData.pyradiomicsImage(n + "_label.nrrd"), SETTINGS));
        }
        reference = dir.resolve("features.csv");
        BatchListener l = new BatchListener() {
            @Override
            public void caseStarted(BatchCase c) {
                started.add(c.index());
            }

            @Override
            public void caseFinished(CaseResult r, BatchProgress p) {
                finished.add(p);
            }

            @Override
            public void caseFailed(CaseResult r, BatchProgress p) {
                finished.add(p);
                failedResults.add(r);
            }
        };
        long t0 = System.nanoTime();
        summary = BatchExtractor.of(SETTINGS, BatchConfig.defaults().withJobs(2))
                .run(BatchCases.read(casesFile), reference, l);
        referenceMillis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("BatchExtractorTest: " + CASES + " cases on 2 jobs in " + referenceMillis + " ms");
    }

    static List<CSVRecord> records(Path f) throws IOException {
        try (Reader r = new StringReader(Files.readString(f));
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords();
        }
    }

    static List<String> header(Path f) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(Files.readString(f)),
                CSVFormat.RFC4180.builder().setHeader().get())) {
            return p.getHeaderNames();
        }
    }

    @Test
    void oneRowPerCaseInInputOrderWithTheBrokenCaseAsAnErrorRow() throws IOException {
        List<CSVRecord> rows = records(reference);
        assertEquals(CASES, rows.size());
        assertEquals(List.of("Case", "ID", "Image", "Mask", "Label", "Group", "Error"), header(reference).subList(0, 7));
        BatchCases in = BatchCases.read(casesFile);
        for (int i = 1; i <= CASES; i++) {
            CSVRecord r = rows.get(i - 1);
            assertEquals(Integer.toString(i), r.get("Case"));
            for (Map.Entry<String, String> e : in.cases().get(i - 1).columns().entrySet()) {
                assertEquals(e.getValue(), r.get(e.getKey()), "case " + i + " column " + e.getKey() + " passed through");
            }
            assertEquals(i == BROKEN, !r.get("Error").isEmpty(), "case " + i + " error cell: " + r.get("Error"));
        }
        CSVRecord broken = rows.get(BROKEN - 1);
        assertTrue(broken.get("Error").contains("no_such_label.nrrd"), broken.get("Error"));
        assertEquals("", broken.get("original_firstorder_Mean"));
        assertEquals(new BatchSummary.Failure(BROKEN, broken.get("Error")), summary.failures().get(0));
        assertEquals(List.of(CASES, CASES - 1, 1, 0),
                List.of(summary.total(), summary.succeeded(), summary.failed(), summary.resumed()));
    }

    @Test
    void everyFeatureEqualsSingleCaseExtractionBitForBit() throws IOException {
        List<String> header = header(reference);
        for (CSVRecord r : records(reference)) {
            int i = Integer.parseInt(r.get("Case"));
            if (i == BROKEN) {
                continue;
            }
            FeatureSet single = SINGLE.get(imageName(i));
            Map<String, Object> flat = FeatureTables.flatten(single);
            int nonEmpty = 0;
            for (String c : header.subList(7, header.size())) {
                if (!r.get(c).isEmpty()) {
                    nonEmpty++;
                }
            }
            assertEquals(flat.size(), nonEmpty, "case " + i + ": cells besides passthrough and Error");
            for (Map.Entry<String, Object> e : flat.entrySet()) {
                String cell = r.get(e.getKey());
                if (e.getValue() instanceof Double d) {
                    assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(Double.parseDouble(cell)),
                            "case " + i + " " + e.getKey() + ": " + cell + " vs single-case " + d);
                } else {
                    assertEquals(String.valueOf(e.getValue()), cell, "case " + i + " " + e.getKey());
                }
            }
        }
    }

    @Test
    void brainAndBreastRowsMatchPyRadiomicsBaseline() throws IOException {
        List<CSVRecord> rows = records(reference);
        int checked = 0;
        for (String family : List.of("firstorder", "glcm", "glrlm", "glszm", "gldm", "ngtdm")) {
            for (CSVRecord b : records(TestData.root().resolve("pyradiomics/baseline/" + family + ".csv"))) {
                int caseIndex = switch (b.get("case")) {
                    case "brain1" -> 1;
                    case "breast1" -> 2;
                    default -> -1;
                };
                if (caseIndex < 0) {
                    continue;
                }
                double expected = Double.parseDouble(b.get("value"));
                double got = Double.parseDouble(rows.get(caseIndex - 1).get(b.get("feature")));
                double tol = Math.abs(expected) < 1e-12 ? 1e-15 : 1e-9 * Math.abs(expected);
                assertEquals(expected, got, tol, b.get("case") + " " + b.get("feature"));
                checked++;
            }
        }
        assertTrue(checked > 150, "baseline values checked: " + checked);
    }

    @Test
    void listenerSeesEveryCaseOnceWithProgressAndEta() {
        assertEquals(CASES, started.size());
        assertEquals(CASES, started.stream().distinct().count());
        assertEquals(CASES, finished.size());
        for (int k = 0; k < CASES; k++) {
            assertEquals(k + 1, finished.get(k).done());
            assertEquals(CASES, finished.get(k).total());
            assertTrue(finished.get(k).eta().isPresent());
        }
        assertEquals(java.time.Duration.ZERO, finished.get(CASES - 1).eta().orElseThrow());
        assertEquals(1, failedResults.size());
        assertEquals(BROKEN, failedResults.get(0).batchCase().index());
    }

    @Test
    void interruptedBatchWithATruncatedLastLineResumesToTheSameFile() throws IOException {
        Path out = dir.resolve("interrupted.csv");
        int stopAfter = 12;
        BatchListener stopper = new BatchListener() {
            @Override
            public void caseFinished(CaseResult r, BatchProgress p) {
                if (p.done() == stopAfter) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void caseFailed(CaseResult r, BatchProgress p) {
                caseFinished(r, p);
            }
        };
        BatchExtractor b = BatchExtractor.of(SETTINGS, BatchConfig.defaults().withJobs(2));
        BatchCases cases = BatchCases.read(casesFile);
        assertThrows(BatchInterruptedException.class, () -> b.run(cases, out, stopper));
        assertTrue(Thread.interrupted(), "the interrupt stays set for the caller");
        List<CSVRecord> partial = records(out);
        assertEquals(stopAfter, partial.size());
        List<Integer> done = partial.stream().map(r -> Integer.parseInt(r.get("Case"))).toList();

        // a kill in the middle of writing a row: append the first half of a missing case's row, no line break
        int cut = 1;
        while (done.contains(cut)) {
            cut++;
        }
        String line = Files.readAllLines(reference).get(cut);
        Files.writeString(out, line.substring(0, line.length() / 2), java.nio.file.StandardOpenOption.APPEND);

        List<Integer> recomputed = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<BatchProgress> first = new AtomicReference<>();
        BatchSummary s = b.withConfig(BatchConfig.defaults().withJobs(2).withResume(true)).run(cases, out,
                new BatchListener() {
                    @Override
                    public void batchStarted(BatchProgress p) {
                        first.set(p);
                    }

                    @Override
                    public void caseStarted(BatchCase c) {
                        recomputed.add(c.index());
                    }
                });
        assertEquals(stopAfter, s.resumed());
        assertEquals(stopAfter, first.get().done());
        assertEquals(CASES - stopAfter, recomputed.size());
        assertFalse(recomputed.stream().anyMatch(done::contains), "finished cases were not recomputed");
        assertTrue(recomputed.contains(cut), "the case of the truncated line was computed again");
        assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(out),
                "resumed output equals the uninterrupted one");

        // resuming a complete output computes nothing and leaves it as it is
        recomputed.clear();
        b.withConfig(BatchConfig.defaults().withResume(true)).run(cases, out, new BatchListener() {
            @Override
            public void caseStarted(BatchCase c) {
                recomputed.add(c.index());
            }
        });
        assertEquals(List.of(), recomputed);
        assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(out));
    }

    @Test
    void anExistingOutputIsNeverReplacedWithoutResumeOrOverwrite() throws IOException {
        Path out = dir.resolve("existing.csv");
        Files.writeString(out, "precious\n");
        BatchCases one = new BatchCases(List.of("Image", "Mask"), List.of(new BatchCase(1,
                Map.of("Image", "x.nrrd", "Mask", "y.nrrd"))), dir);
        BatchException e = assertThrows(BatchException.class,
                () -> BatchExtractor.of(SETTINGS, BatchConfig.defaults()).run(one, out, BatchListener.NONE));
        assertTrue(e.getMessage().contains("exists"), e.getMessage());
        assertEquals("precious\n", Files.readString(out));
        BatchException r = assertThrows(BatchException.class, () -> BatchExtractor.of(SETTINGS,
                BatchConfig.defaults().withResume(true)).run(one, out, BatchListener.NONE));
        assertTrue(r.getMessage().contains("does not look like the output of this batch"), r.getMessage());
        assertEquals("precious\n", Files.readString(out));
        BatchSummary s = BatchExtractor.of(SETTINGS, BatchConfig.defaults().withOverwrite(true))
                .run(one, out, BatchListener.NONE);
        assertEquals(1, s.failed());
        assertTrue(Files.readString(out).startsWith("Case,Image,Mask,Error\n1,x.nrrd,y.nrrd,"), Files.readString(out));
    }

    @Test
    void resumingWithAChangedCasesFileIsRefused() throws IOException {
        Path other = dir.resolve("other");
        Files.createDirectories(other);
        Path out = other.resolve("features.csv");
        Files.copy(reference, out);
        Path changed = cases(other, "cases.csv", 5); // case 5 now has another mask
        BatchException e = assertThrows(BatchException.class, () -> BatchExtractor.of(SETTINGS,
                BatchConfig.defaults().withResume(true)).run(BatchCases.read(changed), out, BatchListener.NONE));
        assertTrue(e.getMessage().contains("Case 3") || e.getMessage().contains("cases file changed"), e.getMessage());
        assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(out));
    }

    @Test
    void stopPolicyEndsTheBatchAtTheFirstFailedCase() {
        BatchCases two = new BatchCases(List.of("Image", "Mask"), List.of(
                new BatchCase(1, Map.of("Image", "missing.nrrd", "Mask", "y.nrrd"))), dir);
        BatchException e = assertThrows(BatchException.class, () -> BatchExtractor.of(SETTINGS,
                BatchConfig.defaults().withOnCaseError(OnCaseError.STOP)).run(two, dir.resolve("stop.csv"),
                BatchListener.NONE));
        assertTrue(e.getMessage().contains("case 1") && e.getMessage().contains("missing.nrrd"), e.getMessage());
    }

    @Test
    void badLabelCellBecomesAnErrorRowNamingIt() {
        BatchCase c = new BatchCase(3, Map.of("Image", "a", "Mask", "b", "Label", "two"));
        CaseResult r = BatchExtractor.of(SETTINGS, BatchConfig.defaults()).extract(c);
        assertFalse(r.ok());
        assertTrue(r.error().contains("Label") && r.error().contains("two"), r.error());
    }

    @Test
    void malformedCasesFilesAreRejectedNamingTheProblem() {
        assertRejected("image,Mask\na,b\n", "no 'Image' column", "did you mean 'image'");
        assertRejected("Image,Mask,Case\na,b,1\n", "'Case' is reserved");
        assertRejected("Image,Mask\na,b\nc\n", "line 3", "1 cells but the header has 2");
        assertRejected("Image,Mask,Mask\na,b,c\n", "");
    }

    private static void assertRejected(String csv, String... fragments) {
        BatchException e = assertThrows(BatchException.class,
                () -> BatchCases.read(new StringReader(csv), "t.csv", dir));
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), e.getMessage() + " should contain " + f);
        }
        assertTrue(e.getMessage().contains("t.csv"), e.getMessage());
    }

    @Test
    void configRejectsBadValues() {
        assertThrows(IllegalArgumentException.class, () -> BatchConfig.defaults().withJobs(0));
        assertThrows(IllegalArgumentException.class,
                () -> BatchConfig.defaults().withResume(true).withOverwrite(true));
    }

}
