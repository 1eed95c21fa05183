package org.radiomics4j.io.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * The final file does not depend on the jobs, the completion order or interruptions, also when some cases bring
 * columns the others lack: a flat ROI gives {@code diagnostics_Notes_ngtdm} (PyRadiomics' Coarseness 1e6 rule), so
 * the header grows while the batch runs. Cases are small synthetic volumes read by a {@link CaseReader} that sleeps a
 * seeded random time per case to shuffle the completion order on 3 jobs; the seed is printed. The reference is the
 * same batch on 1 job, whose rows come in input order.
 */
class BatchOrderTest {
    static final int N = 12;
    static final ExtractionSettings SETTINGS = ExtractionSettings.defaults();

    @TempDir
    static Path dir;
    static BatchCases cases;
    static byte[] reference;

    /** "flat" cases: a constant 4x4x4 ROI; "textured": grey levels from the case number (deterministic). */
    static CaseReader reader(Random sleeps) {
        return c -> {
            if (sleeps != null) {
                long ms;
                synchronized (sleeps) {
                    ms = sleeps.nextInt(25);
                }
                try {
                    Thread.sleep(ms);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int n = 8;
            double[] v = new double[n * n * n];
            int[] m = new int[n * n * n];
            Random r = new Random(c.index());
            for (int i = 0; i < v.length; i++) {
                int x = i % n;
                int y = i / n % n;
                int z = i / (n * n);
                boolean in = x >= 2 && x < 6 && y >= 2 && y < 6 && z >= 2 && z < 6;
                m[i] = in ? 1 : 0;
                v[i] = c.image().equals("flat") ? 100 : 100 + r.nextInt(200);
            }
            return new CaseReader.Input(Volume.of(v, n, n, n), Mask.of(m, n, n, n));
        };
    }

    @BeforeAll
    static void reference() throws IOException {
        List<BatchCase> list = new ArrayList<>();
        for (int i = 1; i <= N; i++) {
            Map<String, String> m = new LinkedHashMap<>();
            // the first case is textured, so the Notes column appears only later and the header must grow
            m.put("Image", i % 4 == 0 ? "flat" : "textured");
            m.put("Mask", i == 7 ? "broken" : "m");
            list.add(new BatchCase(i, m));
        }
        cases = new BatchCases(List.of("Image", "Mask"), list, dir);
        Path out = dir.resolve("reference.csv");
        CaseReader base = reader(null);
        CaseReader breaking = c -> {
            if (c.mask().equals("broken")) {
                throw new IllegalArgumentException("mask 'broken' of case " + c.index() + " cannot be read");
            }
            return base.read(c);
        };
        BatchSummary s = BatchExtractor.of(SETTINGS, BatchConfig.defaults()).withReader(breaking)
                .run(cases, out, BatchListener.NONE);
        assertEquals(1, s.failed());
        reference = Files.readAllBytes(out);
        String header = Files.readAllLines(out).get(0);
        assertTrue(header.contains("diagnostics_Notes_ngtdm"), header);
        assertTrue(header.startsWith("Case,Image,Mask,Error,diagnostics_"), header);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 20261202, 77})
    void anyCompletionOrderAndAnInterruptionGiveTheReferenceBytes(long seed) throws IOException {
        System.out.println("BatchOrderTest seed " + seed);
        Random sleeps = new Random(seed);
        CaseReader base = reader(sleeps);
        CaseReader breaking = c -> {
            if (c.mask().equals("broken")) {
                throw new IllegalArgumentException("mask 'broken' of case " + c.index() + " cannot be read");
            }
            return base.read(c);
        };
        Path out = dir.resolve("run" + seed + ".csv");
        int stopAfter = 1 + (int) Math.floorMod(seed, N - 2);
        BatchExtractor b = BatchExtractor.of(SETTINGS, BatchConfig.defaults().withJobs(3)).withReader(breaking);
        assertThrows(BatchInterruptedException.class, () -> b.run(cases, out, new BatchListener() {
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
        }));
        Thread.interrupted();
        assertEquals(stopAfter + 1, Files.readAllLines(out).size(), "header and the rows finished before the stop");
        b.withConfig(BatchConfig.defaults().withJobs(3).withResume(true)).run(cases, out, BatchListener.NONE);
        assertArrayEquals(reference, Files.readAllBytes(out));

        Path whole = dir.resolve("whole" + seed + ".csv");
        b.run(cases, whole, BatchListener.NONE);
        assertArrayEquals(reference, Files.readAllBytes(whole));
    }
}
