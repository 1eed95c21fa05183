/**
 * Service-provider interface for feature-kernel backends: {@link org.radiomics4j.core.spi.FeatureKernelBackend}
 * evaluates the texture feature formulas over finished matrix buffers, and
 * {@link org.radiomics4j.core.spi.FeatureKernelBackends} finds the implementation of a
 * {@link org.radiomics4j.core.extract.ComputeBackend}: the plain-Java reference kernels are built in; others (ND4J,
 * in the {@code radiomics-nd4j} module) are found at run time with {@link java.util.ServiceLoader} when their jar is
 * on the class path.
 *
 * <p>Users select a backend with {@code ExecutionSettings.withBackend(...)}; only implementers of a backend use
 * this package directly.
 */
package org.radiomics4j.core.spi;
