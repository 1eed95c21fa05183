package org.radiomics4j.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.extract.ExecutionSettings;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.RadiomicsExtractor;
import org.radiomics4j.core.extract.VoxelBasedExtractor;
import org.radiomics4j.core.extract.VoxelSettings;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.study.demo.SyntheticCt;

/**
 * The voxel-based rows of the bench ({@code ExtractionBench --voxel ...}): GLCM + first-order maps (PyRadiomics'
 * default features of both, bin width 25, masked kernel) of the deterministic synthetic CT with a ~100k-voxel ROI
 * ({@link BenchData#generator}, 256×256×128 at 0.75×0.75×1.25 mm), kernel radius 1 and 2, with the plain-Java and
 * the ND4J GLCM formulas, in a warm JVM ({@code RadiomicsExtractor.extractMaps}; reading and writing files are not
 * timed). Per row: median wall time, median process CPU time and the peak heap of a timed run (after a GC).
 *
 * <p>Usage: {@code ExtractionBench --voxel [--roi 100000] [--radii 1,2] [--threads 2] [--warmup 1] [--runs 3]
 * [--backends JAVA,ND4J] [--voxel-batch -1] [--classes firstorder,glcm]}
 */
final class VoxelMapBench {
    private VoxelMapBench() {
    }

    static void main(String[] args) {
        int roi = 100_000;
        int[] radii = {1, 2};
        int threads = 2;
        int warmup = 1;
        int runs = 3;
        int batch = -1;
        List<ComputeBackend> backends = List.of(ComputeBackend.JAVA, ComputeBackend.ND4J);
        FeatureClass[] classes = {FeatureClass.FIRSTORDER, FeatureClass.GLCM};
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--roi" -> roi = Integer.parseInt(args[++i]);
                case "--radii" -> radii = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--voxel-batch" -> batch = Integer.parseInt(args[++i]);
                case "--classes" -> classes = Arrays.stream(args[++i].split(","))
                        .map(x -> FeatureClass.valueOf(x.toUpperCase(Locale.ROOT))).toArray(FeatureClass[]::new);
                case "--backends" -> backends = Arrays.stream(args[++i].split(",")).map(ComputeBackend::valueOf)
                        .toList();
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; usage: ExtractionBench"
                        + " --voxel [--roi n] [--radii 1,2] [--threads n] [--warmup n] [--runs n]"
                        + " [--backends JAVA,ND4J] [--voxel-batch n] [--classes firstorder,glcm]");
            }
        }
        SyntheticCt.Case c = BenchData.generator(roi).generate();
        String grid = c.image().geometry().nx() + "x" + c.image().geometry().ny() + "x" + c.image().geometry().nz();
        System.out.printf(Locale.ROOT, "radiomics4j voxel-based bench: Java %s, %d processors, max heap %d MB, threads %d,"
                + " warm-up %d, runs %d (median); ROI %d voxels, grid %s, classes %s, binWidth 25, voxelBatch %d%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, threads, warmup, runs, c.mask().count(), grid, Arrays.toString(classes), batch);
        System.out.printf(Locale.ROOT, "%-7s %-8s %6s %-12s %11s %11s %10s %12s%n", "radius", "backend", "maps", "map box",
                "wall ms", "CPU ms", "peak MB", "voxels/s");
        for (int r : radii) {
            for (ComputeBackend b : backends) {
                ExtractionSettings s = ExtractionSettings.defaults().withEnabledClasses(classes);
                VoxelSettings v = VoxelSettings.defaults().withKernelRadius(r).withVoxelBatch(batch);
                RadiomicsExtractor ex = RadiomicsExtractor.of(s,
                        ExecutionSettings.defaults().withThreads(threads).withBackend(b));
                VoxelBasedExtractor.Maps maps = null;
                for (int i = 0; i < warmup; i++) {
                    maps = ex.extractMaps(c.image(), c.mask(), v, null);
                }
                List<Double> wall = new ArrayList<>();
                List<Double> cpu = new ArrayList<>();
                double peak = 0;
                for (int i = 0; i < runs; i++) {
                    maps = null;
                    System.gc();
                    Measure.resetPeaks();
                    long c0 = Measure.processCpuNanos();
                    long t0 = System.nanoTime();
                    maps = ex.extractMaps(c.image(), c.mask(), v, null);
                    long t1 = System.nanoTime();
                    long c1 = Measure.processCpuNanos();
                    wall.add((t1 - t0) / 1e6);
                    cpu.add(c0 < 0 || c1 < 0 ? Double.NaN : (c1 - c0) / 1e6);
                    peak = Math.max(peak, Measure.peakHeapMb());
                }
                double ms = Measure.median(wall);
                String box = maps.grid().nx() + "x" + maps.grid().ny() + "x" + maps.grid().nz();
                System.out.printf(Locale.ROOT, "%-7d %-8s %6d %-12s %11.0f %11.0f %10.0f %12.0f%n", r, b, maps.maps().size(),
                        box, ms, Measure.median(cpu), peak, maps.roiVoxels() / (ms / 1000));
            }
        }
    }
}
