package org.radiomics4j.core.features.internal;

/**
 * The sixteen statistics that GLSZM and GLDM share (PyRadiomics defines both families with the same formulas over
 * a grey level × size matrix {@code P(i,j)}; GLSZM calls the size a zone size, GLDM a dependence size).
 *
 * <p>With {@code N} the divisor (GLSZM: number of zones {@code N_z}, replaced by 1 when 0; GLDM: {@code N_p}),
 * {@code p_g(i) = Σ_j P(i,j)}, {@code p_s(j) = Σ_i P(i,j)}, {@code i} the grey level and {@code j} the size of the
 * row and column (the true values, after empty rows and columns were removed):
 *
 * @param smallEmphasis {@code Σ p_s(j)/j² / N}
 * @param largeEmphasis {@code Σ p_s(j)·j² / N}
 * @param grayLevelNonUniformity {@code Σ p_g(i)² / N}
 * @param grayLevelNonUniformityNormalized {@code Σ p_g(i)² / N²}
 * @param sizeNonUniformity {@code Σ p_s(j)² / N}
 * @param sizeNonUniformityNormalized {@code Σ p_s(j)² / N²}
 * @param percentage {@code N_z / N_p}
 * @param grayLevelVariance {@code Σ (p_g(i)/N)·(i − μ_i)²}, {@code μ_i = Σ (p_g(i)/N)·i}
 * @param sizeVariance {@code Σ (p_s(j)/N)·(j − μ_j)²}, {@code μ_j = Σ (p_s(j)/N)·j}
 * @param entropy {@code −Σ p(i,j)·log₂(p(i,j) + ε)}, {@code p = P/N}, {@code ε = 2.2e-16}
 * @param lowGrayLevelEmphasis {@code Σ p_g(i)/i² / N}
 * @param highGrayLevelEmphasis {@code Σ p_g(i)·i² / N}
 * @param smallLowGrayLevelEmphasis {@code Σ P(i,j)/(i²j²) / N}
 * @param smallHighGrayLevelEmphasis {@code Σ P(i,j)·i²/j² / N}
 * @param largeLowGrayLevelEmphasis {@code Σ P(i,j)·j²/i² / N}
 * @param largeHighGrayLevelEmphasis {@code Σ P(i,j)·i²j² / N}
 */
public record SizeMatrixStatistics(
        double smallEmphasis,
        double largeEmphasis,
        double grayLevelNonUniformity,
        double grayLevelNonUniformityNormalized,
        double sizeNonUniformity,
        double sizeNonUniformityNormalized,
        double percentage,
        double grayLevelVariance,
        double sizeVariance,
        double entropy,
        double lowGrayLevelEmphasis,
        double highGrayLevelEmphasis,
        double smallLowGrayLevelEmphasis,
        double smallHighGrayLevelEmphasis,
        double largeLowGrayLevelEmphasis,
        double largeHighGrayLevelEmphasis) {

    /** The statistics from an array in declaration order (the inverse of {@link #toArray()}). */
    public static SizeMatrixStatistics of(double[] v) {
        if (v.length != 16) {
            throw new IllegalArgumentException("size-matrix statistics need 16 values but got " + v.length);
        }
        return new SizeMatrixStatistics(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11],
                v[12], v[13], v[14], v[15]);
    }

    /** The statistics in declaration order, for element-wise comparisons. */
    public double[] toArray() {
        return new double[] {smallEmphasis, largeEmphasis, grayLevelNonUniformity, grayLevelNonUniformityNormalized,
            sizeNonUniformity, sizeNonUniformityNormalized, percentage, grayLevelVariance, sizeVariance, entropy,
            lowGrayLevelEmphasis, highGrayLevelEmphasis, smallLowGrayLevelEmphasis, smallHighGrayLevelEmphasis,
            largeLowGrayLevelEmphasis, largeHighGrayLevelEmphasis};
    }
}
