package org.radiomics4j.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.FeatureSet;
import org.radiomics4j.core.extract.FilterParameters;
import org.radiomics4j.core.extract.ImageType;
import org.radiomics4j.core.extract.ImageTypeSettings;
import org.radiomics4j.core.extract.ExecutionSettings;
import org.radiomics4j.core.extract.RadiomicsExtractor;
import org.radiomics4j.study.demo.SyntheticCt;

/**
 * Whole-extraction bench: every default-enabled PyRadiomics feature (all 7 classes but shape2D, binWidth 25,
 * {@link RadiomicsExtractor}) on synthetic CT volumes of about 20k, 300k and 2.4M ROI voxels (the last a whole
 * liver in a 512×512×300 CT at 0.75×0.75×1.25 mm), with the ND4J and the plain-Java feature kernels side by side.
 *
 * <p>Per size and backend: {@code warmup} untimed extractions, then {@code runs} timed ones; prints the median wall
 * time and the peak heap of a timed run (sum over heap memory pools of the peak usage since a reset just before the
 * run, after a GC). A wall clock on a shared machine is noisy; the median of several runs damps that.
 *
 * <p>Then the filtered-image row: the whole-liver case ({@code --filter-roi}, default 2.4M voxels; 0 skips it) with
 * the plain-Java kernels, {@code Original} only beside {@code Original} + {@code LoG} (sigma 1 and 3 mm) +
 * {@code Wavelet} (coif1, level 1: eight decompositions), the configuration of the README's parameter-file example;
 * median wall time, median process CPU time (all threads, from the JVM's operating-system bean when it reports it)
 * and peak heap, in the same run.
 *
 * <p>Usage: {@code ExtractionBench [--sizes 20000,300000,2400000|none] [--warmup 2] [--runs 5] [--threads 1]
 * [--filter-roi 2400000]}; {@code ExtractionBench --voxel [options]} runs the voxel-based rows instead
 * ({@link VoxelMapBench}).
 */
public final class ExtractionBench {
    private ExtractionBench() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--voxel")) {
            VoxelMapBench.main(Arrays.copyOfRange(args, 1, args.length)); // voxel-based rows only
            return;
        }
        int[] sizes = {20_000, 300_000, 2_400_000};
        int warmup = 2;
        int runs = 5;
        int threads = 1;
        int filterRoi = 2_400_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = "none".equals(args[++i]) ? new int[0]
                        : Arrays.stream(args[i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--filter-roi" -> filterRoi = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: ExtractionBench [--sizes a,b,c] [--warmup n] [--runs n] [--threads n]"
                        + " [--filter-roi n]");
            }
        }
        System.out.printf(Locale.ROOT, "radiomics4j extraction bench: Java %s, %d processors, max heap %d MB, threads %d,"
                + " warm-up %d, runs %d (median)%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, threads, warmup, runs);
        System.out.printf(Locale.ROOT, "%-10s %-22s %9s %11s %10s %11s %10s %8s%n", "ROI", "grid", "features",
                "ND4J ms", "ND4J MB", "Java ms", "Java MB", "ND4J/Java");
        for (int roi : sizes) {
            SyntheticCt gen = BenchData.generator(roi);
            SyntheticCt.Case c = gen.generate();
            String grid = c.image().geometry().nx() + "x" + c.image().geometry().ny() + "x" + c.image().geometry().nz();
            ExtractionSettings base = ExtractionSettings.defaults();
            ExecutionSettings x = ExecutionSettings.defaults().withThreads(threads);
            Result nd4j = measure(base, x.withBackend(ComputeBackend.ND4J), c, warmup, runs);
            Result java = measure(base, x.withBackend(ComputeBackend.JAVA), c, warmup, runs);
            System.out.printf(Locale.ROOT, "%-10d %-22s %9d %11.1f %10.0f %11.1f %10.0f %8.2f%n", c.mask().count(), grid,
                    java.features, nd4j.medianMs, nd4j.peakMb, java.medianMs, java.peakMb, nd4j.medianMs / java.medianMs);
        }
        if (filterRoi > 0) {
            filterRows(filterRoi, threads, warmup, runs);
        }
    }

    /** The image types of the filtered row: Original, LoG at sigma 1 and 3 mm, Wavelet with PyRadiomics' defaults. */
    static Map<ImageType, ImageTypeSettings> logAndWavelet() {
        Map<ImageType, ImageTypeSettings> m = new LinkedHashMap<>();
        m.put(ImageType.ORIGINAL, ImageTypeSettings.defaults());
        m.put(ImageType.LOG, ImageTypeSettings.defaults().withFilter(FilterParameters.defaults().withSigma(List.of(1.0, 3.0))));
        m.put(ImageType.WAVELET, ImageTypeSettings.defaults());
        return m;
    }

    private static void filterRows(int roi, int threads, int warmup, int runs) {
        SyntheticCt.Case c = BenchData.generator(roi).generate();
        String grid = c.image().geometry().nx() + "x" + c.image().geometry().ny() + "x" + c.image().geometry().nz();
        ExtractionSettings base = ExtractionSettings.defaults();
        ExecutionSettings x = ExecutionSettings.defaults().withThreads(threads).withBackend(ComputeBackend.JAVA);
        System.out.printf(Locale.ROOT, "%nfiltered image types, Java kernels, ROI %d voxels, grid %s%n", c.mask().count(), grid);
        System.out.printf(Locale.ROOT, "%-36s %9s %11s %11s %10s%n", "image types", "features", "wall ms", "CPU ms",
                "peak MB");
        Result orig = measure(base, x, c, warmup, runs);
        printFilterRow("Original", orig);
        Result filtered = measure(base.withImageTypes(logAndWavelet()), x, c, warmup, runs);
        printFilterRow("Original+LoG(1,3)+Wavelet(coif1)", filtered);
    }

    private static void printFilterRow(String name, Result r) {
        System.out.printf(Locale.ROOT, "%-36s %9d %11.1f %11s %10.0f%n", name, r.features, r.medianMs,
                Double.isNaN(r.medianCpuMs) ? "n/a" : String.format(Locale.ROOT, "%.1f", r.medianCpuMs), r.peakMb);
    }

    private record Result(double medianMs, double medianCpuMs, double peakMb, int features) {
    }

    private static Result measure(ExtractionSettings s, ExecutionSettings x, SyntheticCt.Case c, int warmup,
            int runs) {
        RadiomicsExtractor ex = RadiomicsExtractor.of(s, x);
        int n = 0;
        for (int i = 0; i < warmup; i++) {
            n = ex.extract(c.image(), c.mask()).size();
        }
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        double peak = 0;
        for (int i = 0; i < runs; i++) {
            System.gc();
            Measure.resetPeaks();
            long c0 = Measure.processCpuNanos();
            long t0 = System.nanoTime();
            FeatureSet fs = ex.extract(c.image(), c.mask());
            long t1 = System.nanoTime();
            long c1 = Measure.processCpuNanos();
            n = fs.size();
            times.add((t1 - t0) / 1e6);
            cpu.add(c0 < 0 || c1 < 0 ? Double.NaN : (c1 - c0) / 1e6);
            peak = Math.max(peak, Measure.peakHeapMb());
        }
        return new Result(Measure.median(times), Measure.median(cpu), peak, n);
    }
}
