/**
 * ND4J feature kernels for radiomics-core ({@code ComputeBackend.ND4J}), found at run time through
 * {@link org.radiomics4j.core.spi.FeatureKernelBackend}; see {@link org.radiomics4j.nd4j.Nd4jFeatureKernelBackend}
 * for the native platform.
 */
package org.radiomics4j.nd4j;
