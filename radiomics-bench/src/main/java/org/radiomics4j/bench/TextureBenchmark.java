package org.radiomics4j.bench;

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
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.GrayLevelSizeMatrix;
import org.radiomics4j.core.features.glcm.Glcm;
import org.radiomics4j.core.features.glcm.GlcmMatrix;
import org.radiomics4j.core.features.gldm.Gldm;
import org.radiomics4j.core.features.glrlm.Glrlm;
import org.radiomics4j.core.features.glrlm.GlrlmMatrix;
import org.radiomics4j.core.features.glszm.Glszm;
import org.radiomics4j.core.features.ngtdm.Ngtdm;
import org.radiomics4j.core.spi.FeatureKernelBackend;
import org.radiomics4j.core.spi.FeatureKernelBackends;

/**
 * Per texture family: building the matrix (plain-Java counting) and computing the features from a ready matrix,
 * with the plain-Java kernel and with the ND4J kernel, over ROI size and number of grey levels (fixed bin count).
 *
 * <p>Only public API: {@code matrix} times the families' public matrix builders ({@code Glcm.matrix},
 * {@code Glrlm.matrix}, {@code Glszm.matrix}, {@code Gldm.matrix}, {@code Ngtdm.matrix}); {@code features*} feed the
 * buffers of those matrices (built once per trial) to the feature kernels through the public
 * {@link FeatureKernelBackend} interface: {@link FeatureKernelBackends#plainJava()} (the reference kernels the
 * families call) and the ND4J backend of radiomics-nd4j. NGTDM's feature formulas are derived in core from the
 * kernel's sums in a package-private class, so for NGTDM {@code features*} time {@code Ngtdm.compute} (matrix +
 * features) and the feature share is {@code compute − matrix}.
 *
 * <p>Run: {@code radiomics-bench/run --jmh TextureBenchmark} (JMH options after the pattern).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class TextureBenchmark {

    @Param({"GLCM", "GLRLM", "GLSZM", "GLDM", "NGTDM"})
    public String family;

    @Param({"20000", "300000"})
    public int roiVoxels;

    @Param({"32", "128"})
    public int binCount;

    private GrayLevelVolume levels;
    private ExtractionSettings java;
    private double[] counts; // GLCM/GLRLM counts, layout [a][i][j]
    private int matrices;
    private int[] grayLevels;
    private int ng;
    private int[] runLengths;
    private double[][] sizeMatrix; // counts, grey levels, sizes, {divisor, roiVoxels, zones}

    @Setup(Level.Trial)
    public void setUp() {
        levels = BenchData.levels(roiVoxels, binCount);
        java = ExtractionSettings.defaults();
        switch (family) {
            case "GLCM" -> {
                GlcmMatrix m = Glcm.of(java).matrix(levels);
                counts = m.counts();
                matrices = m.matrixCount();
                grayLevels = toInts(m.grayLevels());
                ng = m.ng();
            }
            case "GLRLM" -> {
                GlrlmMatrix m = Glrlm.of(java).matrix(levels);
                counts = m.counts();
                matrices = m.matrixCount();
                grayLevels = toInts(m.grayLevels());
                runLengths = toInts(m.runLengths());
            }
            case "GLSZM" -> {
                GrayLevelSizeMatrix m = Glszm.of(java).matrix(levels);
                double zones = m.total();
                sizeMatrix = new double[][] {m.countsAsDoubles(), toDoubles(m.grayLevels()), toDoubles(m.sizes()),
                    {zones, m.roiVoxelCount(), zones}};
            }
            case "GLDM" -> {
                GrayLevelSizeMatrix m = Gldm.of(java).matrix(levels);
                double np = m.roiVoxelCount();
                sizeMatrix = new double[][] {m.countsAsDoubles(), toDoubles(m.grayLevels()), toDoubles(m.sizes()),
                    {np, np, m.total()}};
            }
            case "NGTDM" -> {
                // nothing to prebuild: see the class documentation
            }
            default -> throw new IllegalArgumentException("unknown family " + family);
        }
    }

    /** Matrix construction only (plain Java; there is no ND4J counting path, see CountingBenchmark). */
    @Benchmark
    public Object matrix() {
        return switch (family) {
            case "GLCM" -> Glcm.of(java).matrix(levels);
            case "GLRLM" -> Glrlm.of(java).matrix(levels);
            case "GLSZM" -> Glszm.of(java).matrix(levels);
            case "GLDM" -> Gldm.of(java).matrix(levels);
            default -> Ngtdm.of(java).matrix(levels);
        };
    }

    /** Feature formulas on a ready matrix, plain-Java reference kernel. */
    @Benchmark
    public Object featuresJava() {
        return features(false);
    }

    /** Feature formulas on a ready matrix, ND4J kernel. */
    @Benchmark
    public Object featuresNd4j() {
        return features(true);
    }

    /** The ND4J kernels of radiomics-nd4j, found the way the families find them. */
    private static FeatureKernelBackend nd4jKernels() {
        return FeatureKernelBackends.forBackend(ComputeBackend.ND4J);
    }

    private Object features(boolean useNd4j) {
        FeatureKernelBackend k = useNd4j ? nd4jKernels() : FeatureKernelBackends.plainJava();
        switch (family) {
            case "GLCM" -> {
                double[][] mcc = new double[2][matrices];
                return k.glcmPerDirection(counts, matrices, grayLevels, ng, true, mcc);
            }
            case "GLRLM" -> {
                return k.glrlmPerDirection(counts, matrices, grayLevels, runLengths);
            }
            case "GLSZM", "GLDM" -> {
                double[][] m = sizeMatrix;
                return k.sizeMatrixStatistics(m[0], m[1], m[2], m[3][0], m[3][1], m[3][2]);
            }
            default -> {
                return Ngtdm.of(java, useNd4j ? ComputeBackend.ND4J : ComputeBackend.JAVA).compute(levels);
            }
        }
    }

    private static int[] toInts(java.util.List<Integer> a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i);
        }
        return out;
    }

    private static double[] toDoubles(int[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = a[i];
        }
        return out;
    }
}
