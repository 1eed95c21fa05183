package org.radiomics4j.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.radiomics4j.core.extract.ExecutionSettings;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.RadiomicsExtractor;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageReaders;
import org.radiomics4j.io.batch.BatchCase;
import org.radiomics4j.io.batch.BatchConfig;
import org.radiomics4j.io.batch.BatchExtractor;
import org.radiomics4j.io.batch.BatchListener;
import org.radiomics4j.io.batch.CaseResult;

/**
 * Batch-style per-case time in a warm JVM: the gzip NRRD files written by {@link CaseFiles} read with
 * {@link ImageReaders} (image, then mask, as the batch engine's default case reader does) and extracted with the
 * default settings (107 features, bin width 25) on {@code threads} threads (default: the number of processors, as
 * {@code radiomics extract}). Per case: {@code warmup} untimed rounds, then {@code runs} timed ones; prints the
 * median read + extract time, the median extract time alone and the peak heap of a timed round (sum over heap pools
 * of the peak usage since a reset after a GC just before the round).
 *
 * <p>Usage: {@code WarmCaseBench <dir> [--sizes 20000,300000,2400000] [--warmup 3] [--runs 5] [--threads n]}
 */
public final class WarmCaseBench {
    private WarmCaseBench() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: WarmCaseBench <dir> [--sizes a,b,c] [--warmup n] [--runs n]"
                    + " [--threads n]");
        }
        Path dir = Path.of(args[0]);
        int[] sizes = {20_000, 300_000, 2_400_000};
        int warmup = 3;
        int runs = 5;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        RadiomicsExtractor ex = RadiomicsExtractor.of(ExtractionSettings.defaults(),
                ExecutionSettings.defaults().withThreads(threads));
        System.out.printf(Locale.ROOT, "warm JVM, batch-style per case (read gzip NRRD + extract, default settings),"
                + " threads %d, warm-up %d, runs %d (median), max heap %d MB%n", threads, warmup, runs,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "%-10s %-14s %9s %16s %11s %12s%n", "ROI", "grid", "features",
                "read+extract ms", "extract ms", "peak heap MB");
        for (int roi : sizes) {
            Path folder = CaseFiles.folder(dir, roi);
            Path imageFile = folder.resolve("image.nrrd");
            Path maskFile = folder.resolve("mask.nrrd");
            List<Double> total = new ArrayList<>();
            List<Double> extract = new ArrayList<>();
            double peak = 0;
            int features = 0;
            String grid = "";
            for (int r = 0; r < warmup + runs; r++) {
                boolean timed = r >= warmup;
                if (timed) {
                    System.gc();
                    Measure.resetPeaks();
                }
                long t0 = System.nanoTime();
                Volume image = ImageReaders.readVolume(imageFile);
                Mask mask = ImageReaders.readMask(maskFile);
                long t1 = System.nanoTime();
                features = ex.extract(image, mask).size();
                long t2 = System.nanoTime();
                grid = image.geometry().nx() + "x" + image.geometry().ny() + "x" + image.geometry().nz();
                if (timed) {
                    total.add((t2 - t0) / 1e6);
                    extract.add((t2 - t1) / 1e6);
                    peak = Math.max(peak, Measure.peakHeapMb());
                }
            }
            System.out.printf(Locale.ROOT, "%-10d %-14s %9d %16.0f %11.0f %12.0f%n", roi, grid, features,
                    Measure.median(total), Measure.median(extract), peak);
        }
        batch(dir, sizes, runs);
    }

    /**
     * The batch engine's throughput, as {@code radiomics batch --jobs 2} runs it: {@code 2 * cases} copies of each
     * case (the same files) through {@link BatchExtractor#extractAll} with 2 jobs of 1 thread each, so one case's
     * reading (one gzip stream, one core) overlaps another's extraction; per case = wall time / cases, after one
     * untimed round. Every case must succeed.
     */
    private static void batch(Path dir, int[] sizes, int cases) {
        int jobs = 2;
        BatchExtractor batch = BatchExtractor.of(ExtractionSettings.defaults(),
                ExecutionSettings.defaults().withThreads(1), BatchConfig.defaults().withJobs(jobs));
        System.out.printf(Locale.ROOT, "%nbatch engine (BatchExtractor.extractAll, as `radiomics batch --jobs %d`):"
                + " %d jobs x 1 thread, %d cases per size after 1 untimed round%n", jobs, jobs, 2 * cases);
        System.out.printf(Locale.ROOT, "%-10s %16s %14s%n", "ROI", "ms per case", "total s");
        for (int roi : sizes) {
            Path folder = CaseFiles.folder(dir, roi);
            List<BatchCase> list = new ArrayList<>();
            for (int i = 1; i <= 2 * cases; i++) {
                list.add(new BatchCase(i, Map.of(BatchCase.IMAGE, folder.resolve("image.nrrd").toString(),
                        BatchCase.MASK, folder.resolve("mask.nrrd").toString())));
            }
            check(batch.extractAll(list.subList(0, jobs), BatchListener.NONE));
            long t0 = System.nanoTime();
            check(batch.extractAll(list, BatchListener.NONE));
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "%-10d %16.0f %14.2f%n", roi, s * 1000 / list.size(), s);
        }
    }

    private static void check(List<CaseResult> results) {
        for (CaseResult r : results) {
            if (!r.ok()) {
                throw new IllegalStateException("case " + r.batchCase().index() + " failed: " + r.error());
            }
        }
    }
}
