package org.radiomics4j.core.features.internal;

import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.spi.FeatureKernelBackend;

/**
 * The plain-Java reference kernels behind the {@link FeatureKernelBackend} interface, so that other backends can be
 * compared with them through public API ({@code FeatureKernelBackends.plainJava()}). The families call the same
 * kernels directly.
 */
public final class JavaFeatureKernelBackend implements FeatureKernelBackend {
    /** The one instance (stateless). */
    public static final JavaFeatureKernelBackend INSTANCE = new JavaFeatureKernelBackend();

    private JavaFeatureKernelBackend() {
    }

    @Override
    public ComputeBackend backend() {
        return ComputeBackend.JAVA;
    }

    @Override
    public double[][] glcmPerDirection(double[] counts, int matrices, int[] grayLevels, int ng, boolean mcc,
            double[][] mccOut) {
        return GlcmKernels.perDirection(new GlcmCounts(grayLevels, ng, new int[0][], false, matrices, counts), mcc,
                mccOut);
    }

    @Override
    public double[][] glrlmPerDirection(double[] counts, int matrices, int[] grayLevels, int[] runLengths) {
        return GlrlmKernels.perDirection(new GlrlmCounts(grayLevels, runLengths, new int[0][], false, matrices,
                counts));
    }

    @Override
    public double[] sizeMatrixStatistics(double[] counts, double[] grayLevels, double[] sizes, double divisor,
            double roiVoxels, double zones) {
        return SizeMatrixKernels.java(counts, grayLevels, sizes, divisor, roiVoxels, zones).toArray();
    }

    @Override
    public double[] ngtdmSums(double[] levels, double[] n, double[] s) {
        return NgtdmSums.java(levels, n, s);
    }
}
