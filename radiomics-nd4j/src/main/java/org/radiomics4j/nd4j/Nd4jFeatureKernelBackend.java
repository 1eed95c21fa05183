package org.radiomics4j.nd4j;

import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.spi.FeatureKernelBackend;

/**
 * The ND4J feature kernels ({@link ComputeBackend#ND4J}): vectorised array operations over the texture matrix
 * buffers, tested to give the plain-Java reference values to 1e-12 relative. radiomics-core finds this class with
 * {@link java.util.ServiceLoader} when this module is on the class path; select it with
 * {@code ExecutionSettings.withBackend(ComputeBackend.ND4J)} or {@code radiomics extract --backend nd4j}.
 *
 * <p>ND4J needs its native library for the platform: depend on {@code org.nd4j:nd4j-native} and
 * {@code org.bytedeco:openblas} with the classifier of your platform (for example {@code linux-x86_64},
 * {@code macosx-arm64}, {@code windows-x86_64}); this module's pom brings {@code linux-x86_64} by default. On a
 * busy machine set {@code OMP_NUM_THREADS=1}. Stateless and thread-safe.
 */
public final class Nd4jFeatureKernelBackend implements FeatureKernelBackend {
    /** The instance {@link java.util.ServiceLoader} creates; ND4J itself loads on first use. */
    public Nd4jFeatureKernelBackend() {
    }

    @Override
    public ComputeBackend backend() {
        return ComputeBackend.ND4J;
    }

    @Override
    public double[][] glcmPerDirection(double[] counts, int matrices, int[] grayLevels, int ng, boolean mcc,
            double[][] mccOut) {
        return GlcmNd4jKernel.perDirection(counts, matrices, grayLevels, ng, mcc, mccOut);
    }

    @Override
    public double[][] glrlmPerDirection(double[] counts, int matrices, int[] grayLevels, int[] runLengths) {
        return GlrlmNd4jKernel.perDirection(counts, matrices, grayLevels, runLengths);
    }

    @Override
    public double[] sizeMatrixStatistics(double[] counts, double[] grayLevels, double[] sizes, double divisor,
            double roiVoxels, double zones) {
        return SizeMatrixNd4jKernel.statistics(counts, grayLevels, sizes, divisor, roiVoxels, zones);
    }

    @Override
    public double[] ngtdmSums(double[] levels, double[] n, double[] s) {
        return NgtdmNd4jKernel.sums(levels, n, s);
    }
}
