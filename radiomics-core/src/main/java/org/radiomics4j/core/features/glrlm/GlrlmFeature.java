package org.radiomics4j.core.features.glrlm;

import org.radiomics4j.core.features.FeatureDescriptor;
import org.radiomics4j.core.features.FeatureInfo;

/**
 * The GLRLM features, in PyRadiomics' order ({@code radiomics/glrlm.py}).
 *
 * <p>Symbols: {@code P(i,j|θ)} the number of runs of grey level {@code i} (bin number of a level present in the
 * ROI) and length {@code j} (a run length that occurs) in direction θ; {@code N_r(θ) = Σ P(i,j|θ)} the number of
 * runs; {@code p(i,j|θ) = P(i,j|θ)/N_r(θ)}; {@code p_g(i) = Σ_j P(i,j|θ)}, {@code p_r(j) = Σ_i P(i,j|θ)};
 * {@code N_p(θ) = Σ j·P(i,j|θ)} the number of voxels; {@code ε = 2.220446049250313e-16}.
 *
 * <p>Each feature is computed per direction (13 in 3-D, 4 with force2D; a direction in which no line holds two ROI
 * voxels is dropped) and averaged (IBSI "3D averaged", ITBB). With a {@code weightingNorm} the direction matrices
 * are multiplied by the plain norm of the spacing-scaled offset (1 for {@code no_weighting}) and summed into one
 * matrix first (IBSI "merged", IAZD). GLRLM has no special degenerate-case values: everything follows from the
 * matrix; the values listed for a flat region (one grey level) are what the formulas give. A direction with no runs
 * (never kept) would be skipped in the mean (NaN, as numpy's {@code nanmean}).
 */
public enum GlrlmFeature implements FeatureDescriptor {
    /** SRE {@code Σ P(i,j)/j² / N_r}. IBSI 22OV. Same as IBSI. */
    SHORT_RUN_EMPHASIS("ShortRunEmphasis", "22OV"),
    /** LRE {@code Σ P(i,j)·j² / N_r}. IBSI W4KF. Same as IBSI. */
    LONG_RUN_EMPHASIS("LongRunEmphasis", "W4KF"),
    /** GLN {@code Σ_i p_g(i)² / N_r}. IBSI R5YN. Same as IBSI. */
    GRAY_LEVEL_NON_UNIFORMITY("GrayLevelNonUniformity", "R5YN"),
    /** GLNN {@code Σ_i p_g(i)² / N_r²}. IBSI OVBL. Flat region: 1. Same as IBSI. */
    GRAY_LEVEL_NON_UNIFORMITY_NORMALIZED("GrayLevelNonUniformityNormalized", "OVBL"),
    /** RLN {@code Σ_j p_r(j)² / N_r}. IBSI W92Y. Same as IBSI. */
    RUN_LENGTH_NON_UNIFORMITY("RunLengthNonUniformity", "W92Y"),
    /** RLNN {@code Σ_j p_r(j)² / N_r²}. IBSI IC23. Same as IBSI. */
    RUN_LENGTH_NON_UNIFORMITY_NORMALIZED("RunLengthNonUniformityNormalized", "IC23"),
    /**
     * RP {@code N_r / N_p}, with {@code N_p = Σ j·P(i,j)} of the same (possibly weighted, merged) matrix. IBSI
     * 9ZK5. For merged matrices PyRadiomics' N_p is the weighted voxel count, which equals IBSI's summed N_v only
     * for {@code no_weighting}.
     */
    RUN_PERCENTAGE("RunPercentage", "9ZK5"),
    /** GLV {@code Σ p(i,j)(i − μ)²}, {@code μ = Σ p(i,j)·i}. IBSI 8CE5. Flat region: 0. Same as IBSI. */
    GRAY_LEVEL_VARIANCE("GrayLevelVariance", "8CE5"),
    /** RV {@code Σ p(i,j)(j − μ)²}, {@code μ = Σ p(i,j)·j}. IBSI SXLW. Same as IBSI. */
    RUN_VARIANCE("RunVariance", "SXLW"),
    /** RE {@code −Σ p(i,j) log2(p(i,j) + ε)}. IBSI HJ9O. IBSI has no ε. */
    RUN_ENTROPY("RunEntropy", "HJ9O"),
    /** LGLRE {@code Σ P(i,j)/i² / N_r}. IBSI V3SW. Same as IBSI. */
    LOW_GRAY_LEVEL_RUN_EMPHASIS("LowGrayLevelRunEmphasis", "V3SW"),
    /** HGLRE {@code Σ P(i,j)·i² / N_r}. IBSI G3QZ. Same as IBSI. */
    HIGH_GRAY_LEVEL_RUN_EMPHASIS("HighGrayLevelRunEmphasis", "G3QZ"),
    /** SRLGLE {@code Σ P(i,j)/(i²j²) / N_r}. IBSI HTZT. Same as IBSI. */
    SHORT_RUN_LOW_GRAY_LEVEL_EMPHASIS("ShortRunLowGrayLevelEmphasis", "HTZT"),
    /** SRHGLE {@code Σ P(i,j)·i²/j² / N_r}. IBSI GD3A. Same as IBSI. */
    SHORT_RUN_HIGH_GRAY_LEVEL_EMPHASIS("ShortRunHighGrayLevelEmphasis", "GD3A"),
    /** LRLGLE {@code Σ P(i,j)·j²/i² / N_r}. IBSI IVPO. Same as IBSI. */
    LONG_RUN_LOW_GRAY_LEVEL_EMPHASIS("LongRunLowGrayLevelEmphasis", "IVPO"),
    /** LRHGLE {@code Σ P(i,j)·i²j² / N_r}. IBSI 3KUM. Same as IBSI. */
    LONG_RUN_HIGH_GRAY_LEVEL_EMPHASIS("LongRunHighGrayLevelEmphasis", "3KUM");

    private final FeatureInfo info;

    /** No GLRLM feature is deprecated in PyRadiomics. */
    GlrlmFeature(String pyradiomicsName, String ibsiCode) {
        this.info = new FeatureInfo(pyradiomicsName, ibsiCode, false);
    }

    @Override
    public FeatureInfo info() {
        return info;
    }
}
