package org.radiomics4j.core.extract;

/**
 * Which kernel computes texture features from the texture matrices. Both give the same numbers (tests compare
 * them); which is faster depends on the matrix sizes, see {@code radiomics-bench}. Counting loops that build the
 * matrices are plain Java in both.
 */
public enum ComputeBackend {
    /** Plain Java loops (the reference kernels). */
    JAVA,
    /**
     * ND4J vectorised array operations over the matrix buffers. Needs the module {@code org.radiomics4j:radiomics-nd4j}
     * on the class path (found with {@link java.util.ServiceLoader}, see {@link
     * org.radiomics4j.core.spi.FeatureKernelBackends}) and ND4J's native library for the platform; without it,
     * {@code RadiomicsExtractor.of} throws an {@code InvalidSettingException} naming the module.
     */
    ND4J
}
