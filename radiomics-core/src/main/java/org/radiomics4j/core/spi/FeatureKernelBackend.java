package org.radiomics4j.core.spi;

import org.radiomics4j.core.extract.ComputeBackend;

/**
 * A feature-kernel backend: evaluates the texture feature formulas of GLCM, GLRLM, GLSZM/GLDM and NGTDM over
 * matrix buffers that radiomics-core has already built (counting voxels is always plain Java). Every backend must
 * give the plain-Java reference values ({@link FeatureKernelBackends#plainJava()}) to 1e-12 relative; the formulas
 * are those of PyRadiomics v3 documented on {@code GlcmFeature}, {@code GlrlmFeature}, {@code GlszmFeature},
 * {@code GldmFeature} and {@code NgtdmFeature}.
 *
 * <p>Implementations are found by {@link java.util.ServiceLoader}: a jar provides one by listing its class in
 * {@code META-INF/services/org.radiomics4j.core.spi.FeatureKernelBackend}. They need a public no-argument
 * constructor, must be thread-safe and must not modify their inputs. Entropies use
 * {@code log2(p + }{@link #EPS}{@code )}, as PyRadiomics does.
 */
public interface FeatureKernelBackend {
    /** numpy's {@code spacing(1)} ({@code 2.220446049250313e-16}), the ε of every PyRadiomics entropy and ratio. */
    double EPS = Math.ulp(1.0);

    /** The backend this implementation provides (not {@link ComputeBackend#JAVA}, which is built in). */
    ComputeBackend backend();

    /**
     * GLCM features per direction matrix, indexed {@code [GlcmFeature.ordinal()][matrix]}; the MCC row is
     * unused. Empty matrices (all counts 0) give NaN, as in the reference kernel.
     *
     * @param counts co-occurrence counts, layout {@code [a][i][j]} ({@code matrices × n × n}, {@code n =
     *     grayLevels.length}), not normalised
     * @param matrices number of matrices along the first axis
     * @param grayLevels the grey level of each row and column, increasing
     * @param ng the highest grey level {@code N_g} (used by Idmn, Idn and the k ranges of {@code p_{x±y}})
     * @param mcc whether to compute the second largest eigenvalue of each matrix's {@code Q} for MCC
     * @param mccOut when {@code mcc}: receives that eigenvalue's real part in {@code mccOut[0][a]} and imaginary part
     *     in {@code mccOut[1][a]} (NaN and 0 for an empty matrix); see
     *     {@link FeatureKernelBackends#secondLargestEigenvalue}
     * @return the per-direction values
     */
    double[][] glcmPerDirection(double[] counts, int matrices, int[] grayLevels, int ng, boolean mcc,
            double[][] mccOut);

    /**
     * GLRLM features per direction matrix, indexed {@code [GlrlmFeature.ordinal()][matrix]}.
     *
     * @param counts run counts, layout {@code [a][i][j]} ({@code matrices × grayLevels.length ×
     *     runLengths.length})
     * @param matrices number of matrices along the first axis
     * @param grayLevels the grey level of each row, increasing
     * @param runLengths the run length of each column, increasing
     * @return the per-direction values
     */
    double[][] glrlmPerDirection(double[] counts, int matrices, int[] grayLevels, int[] runLengths);

    /**
     * The sixteen statistics that GLSZM and GLDM share, over a grey level × size matrix {@code P(i,j)} given row
     * major, in this order: small emphasis, large emphasis, grey-level non-uniformity (and normalised), size
     * non-uniformity (and normalised), percentage, grey-level variance, size variance, entropy, low and high
     * grey-level emphasis, small-low, small-high, large-low and large-high grey-level emphasis (formulas on
     * {@code GlszmFeature}).
     *
     * @param counts {@code P}, row major ({@code counts[r·cols + c]})
     * @param grayLevels the grey level of each row
     * @param sizes the size of each column
     * @param divisor {@code N}: number of zones (GLSZM) or of ROI voxels (GLDM); {@code > 0}
     * @param roiVoxels {@code N_p}
     * @param zones the numerator of the percentage
     * @return the 16 statistics
     * @throws IllegalArgumentException if {@code counts.length != rows·cols} or {@code divisor} is not {@code > 0}
     */
    double[] sizeMatrixStatistics(double[] counts, double[] grayLevels, double[] sizes, double divisor,
            double roiVoxels, double zones);

    /**
     * The NGTDM sums from which radiomics-core derives the five features, with {@code p_i = n_i / N_vp} and the
     * double sums over all pairs of present levels: {@code {N_vp = Σ n_i, Σ s_i, Σ p_i s_i, Σ p_i p_j (i−j)²,
     * Σ |i p_i − j p_j|, Σ |i−j| (p_i s_i + p_j s_j)/(p_i + p_j), Σ (p_i + p_j)(i−j)²}}.
     *
     * @param levels the present grey levels {@code i}
     * @param n {@code n_i}, the number of voxels with level {@code i} that have a neighbourhood
     * @param s {@code s_i}, the sums of absolute differences from the neighbourhood means
     * @return the seven sums
     */
    double[] ngtdmSums(double[] levels, double[] n, double[] s);
}
