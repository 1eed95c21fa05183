package org.radiomics4j.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.radiomics4j.core.discretize.Binning;
import org.radiomics4j.core.discretize.Discretizer;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.glcm.Glcm;
import org.radiomics4j.core.features.glcm.GlcmMatrix;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.preprocess.Cropping;
import org.radiomics4j.core.spi.FeatureKernelBackend;
import org.radiomics4j.core.spi.FeatureKernelBackends;
import org.radiomics4j.study.demo.SyntheticCt;

/**
 * The GLCM feature formulas of voxel-based maps over a batch of many small matrices: the matrices of consecutive
 * ROI voxels' kernels (radius 1 or 2, masked, 13 directions) of the ~20k-voxel synthetic CT with bin width 25 (the
 * CT default), until {@code matrices} matrices are collected. Three ways, all starting from the finished counts:
 * <ul>
 * <li>{@code JAVA_PER_KERNEL}: the plain-Java kernel on each kernel's own compact matrices (the levels present in
 * that kernel), as the default voxel-based path does;</li>
 * <li>{@code JAVA_BATCH}: the plain-Java kernel once over the whole batch padded to the union of the batch's
 * levels;</li>
 * <li>{@code ND4J_BATCH}: the ND4J kernel once over that same padded batch (the ND4J voxel-based path).</li>
 * </ul>
 * MCC (a per-matrix eigenvalue problem, plain Java in every path) is left out. Counting is timed separately by
 * the voxel rows of {@code ExtractionBench --voxel}.
 *
 * <p>Run: {@code radiomics-bench/run --jmh VoxelBatchBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class VoxelBatchBenchmark {

    @Param({"1", "2"})
    public int radius;

    @Param({"1000", "10000", "100000"})
    public int matrices;

    @Param({"JAVA_PER_KERNEL", "JAVA_BATCH", "ND4J_BATCH"})
    public String impl;

    private List<Kernel> kernels;

    /** One kernel's GLCM counts, as the public {@link Glcm#matrix} builds them; grey levels as ints. */
    private record Kernel(GlcmMatrix m, int[] grayLevels) {
        int matrices() {
            return m.matrixCount();
        }

        int size() {
            return m.size();
        }

        double[] counts() {
            return m.counts();
        }
    }
    private double[] padded;
    private int paddedMatrices;
    private int[] union;
    private int ng;
    private FeatureKernelBackend backend;
    private final FeatureKernelBackend plain = FeatureKernelBackends.plainJava();

    @Setup(Level.Trial)
    public void setUp() {
        SyntheticCt.Case c = BenchData.generator(20_000).generate();
        BoundingBox box = c.mask().boundingBox().orElseThrow();
        Cropping.Cropped cr = Cropping.crop(c.image(), c.mask(), box, 0);
        GrayLevelVolume g = Discretizer.of(new Binning.FixedBinWidth(25)).discretize(cr.image(), cr.roi())
                .levels();
        ng = g.ng();
        ExtractionSettings s = ExtractionSettings.defaults();
        Glcm glcm = Glcm.of(s);
        int nx = g.nx();
        int ny = g.ny();
        int nz = g.nz();
        int[] lv = g.levels();
        kernels = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < lv.length && total < matrices; i++) {
            if (lv[i] == 0) {
                continue;
            }
            int x = i % nx;
            int y = (i / nx) % ny;
            int z = i / (nx * ny);
            int x0 = Math.max(0, x - radius);
            int x1 = Math.min(nx - 1, x + radius);
            int y0 = Math.max(0, y - radius);
            int y1 = Math.min(ny - 1, y + radius);
            int z0 = Math.max(0, z - radius);
            int z1 = Math.min(nz - 1, z + radius);
            int kx = x1 - x0 + 1;
            int ky = y1 - y0 + 1;
            int kz = z1 - z0 + 1;
            int[] k = new int[kx * ky * kz];
            int p = 0;
            for (int zz = z0; zz <= z1; zz++) {
                for (int yy = y0; yy <= y1; yy++) {
                    for (int xx = x0; xx <= x1; xx++) {
                        k[p++] = lv[xx + nx * (yy + ny * zz)];
                    }
                }
            }
            GlcmMatrix gm = glcm.matrix(new GrayLevelVolume(kx, ky, kz, k, ng, g.spacing()));
            Kernel m = new Kernel(gm, gm.grayLevels().stream().mapToInt(Integer::intValue).toArray());
            if (m.matrices() == 0) {
                continue;
            }
            kernels.add(m);
            total += m.matrices();
        }
        boolean[] seen = new boolean[ng + 1];
        for (Kernel m : kernels) {
            for (int l : m.grayLevels()) {
                seen[l] = true;
            }
        }
        int[] pos = new int[ng + 1];
        int nu = 0;
        for (int l = 1; l <= ng; l++) {
            if (seen[l]) {
                pos[l] = nu++;
            }
        }
        union = new int[nu];
        for (int l = 1; l <= ng; l++) {
            if (seen[l]) {
                union[pos[l]] = l;
            }
        }
        paddedMatrices = total;
        padded = new double[total * nu * nu];
        int a = 0;
        for (Kernel m : kernels) {
            int n = m.size();
            for (int d = 0; d < m.matrices(); d++, a++) {
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < n; j++) {
                        padded[(a * nu + pos[m.grayLevels()[i]]) * nu + pos[m.grayLevels()[j]]] =
                                m.counts()[(d * n + i) * n + j];
                    }
                }
            }
        }
        backend = FeatureKernelBackends.forBackend(impl.startsWith("ND4J") ? ComputeBackend.ND4J
                : ComputeBackend.JAVA);
        double mean = 0;
        for (Kernel m : kernels) {
            mean += m.size();
        }
        System.out.printf("%n# radius %d: %d kernels, %d matrices, Ng %d, mean levels per kernel %.1f, union %d%n",
                radius, kernels.size(), total, ng, mean / kernels.size(), nu);
    }

    @Benchmark
    public void glcmFeatures(Blackhole bh) {
        if (impl.equals("JAVA_PER_KERNEL")) {
            for (Kernel m : kernels) {
                bh.consume(plain.glcmPerDirection(m.counts(), m.matrices(), m.grayLevels(), ng, false, null));
            }
        } else {
            bh.consume(backend.glcmPerDirection(padded, paddedMatrices, union, ng, false, null));
        }
    }
}
