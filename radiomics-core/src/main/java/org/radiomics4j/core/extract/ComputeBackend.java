package org.radiomics4j.core.extract;

/**
 * Which kernel computes texture features from the texture matrices. Both give the same numbers (tests compare
 * them); which is faster depends on the matrix sizes, see {@code radiomics-bench}. Counting loops that build the
 * matrices are plain Java in both.
 */
public enum ComputeBackend {
    /** Plain Java loops (the reference kernels). */
    JAVA,
    /** ND4J vectorised array operations over the matrix buffers. */
    ND4J
}
