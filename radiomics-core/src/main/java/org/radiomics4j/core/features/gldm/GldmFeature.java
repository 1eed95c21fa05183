package org.radiomics4j.core.features.gldm;

import org.radiomics4j.core.features.FeatureDescriptor;
import org.radiomics4j.core.features.FeatureInfo;

/**
 * The GLDM features, in PyRadiomics' order ({@code radiomics/gldm.py}), including its two deprecated features.
 *
 * <p>Symbols: {@code P(i,j)} the number of ROI voxels of grey level {@code i} with dependence size {@code j}
 * (rows and columns of {@link org.radiomics4j.core.features.GrayLevelSizeMatrix}; {@code i}, {@code j} are the true values); {@code N_z = Σ P(i,j)}, which
 * equals the number of ROI voxels {@code N_p} because every voxel has a dependence size (PyRadiomics divides by
 * {@code N_p}); {@code p(i,j) = P(i,j)/N_z}; {@code p_g(i) = Σ_j P(i,j)}; {@code p_d(j) = Σ_i P(i,j)}. The divisor is
 * at least 1 for a non-empty ROI, so no feature has a special degenerate value.
 *
 * <p>IBSI calls this matrix the neighbouring grey level dependence matrix (NGLDM) and defines the dependence count
 * the same way (1 + neighbours within Chebyshev distance δ with {@code |Δg| ≤ α}). IBSI's "dependence count
 * energy" (CAS9) has no PyRadiomics counterpart. With {@code force2D} PyRadiomics pools all slices into one matrix
 * (IBSI "2.5D merged"). IBSI codes are from {@code testdata/ibsi/reference_values.csv}.
 */
public enum GldmFeature implements FeatureDescriptor {
    /** SDE {@code = Σ p_d(j)/j² / N_z}. IBSI SODN (low dependence emphasis), same definition. */
    SMALL_DEPENDENCE_EMPHASIS("SmallDependenceEmphasis", "SODN", false),
    /** LDE {@code = Σ p_d(j)·j² / N_z}. IBSI IMOQ (high dependence emphasis), same definition. */
    LARGE_DEPENDENCE_EMPHASIS("LargeDependenceEmphasis", "IMOQ", false),
    /** GLN {@code = Σ p_g(i)² / N_z}. IBSI FP8K (grey level non-uniformity), same definition. */
    GRAY_LEVEL_NON_UNIFORMITY("GrayLevelNonUniformity", "FP8K", false),
    /**
     * Deprecated in PyRadiomics, which computes no value for it because it equals firstorder Uniformity:
     * GLNN {@code = Σ p_g(i)² / N_z²}. Computed here from that formula when asked for by name. IBSI 5SPA
     * (normalised grey level non-uniformity).
     */
    GRAY_LEVEL_NON_UNIFORMITY_NORMALIZED("GrayLevelNonUniformityNormalized", "5SPA", true),
    /** DN {@code = Σ p_d(j)² / N_z}. IBSI Z87G (dependence count non-uniformity), same definition. */
    DEPENDENCE_NON_UNIFORMITY("DependenceNonUniformity", "Z87G", false),
    /** DNN {@code = Σ p_d(j)² / N_z²}. IBSI OKJI (normalised dependence count non-uniformity), same definition. */
    DEPENDENCE_NON_UNIFORMITY_NORMALIZED("DependenceNonUniformityNormalized", "OKJI", false),
    /**
     * GLV {@code = Σ p(i,j)·(i − μ)²}, {@code μ = Σ p(i,j)·i}; 0 for a single grey level. IBSI 1PFV (grey level
     * variance), same definition.
     */
    GRAY_LEVEL_VARIANCE("GrayLevelVariance", "1PFV", false),
    /**
     * DV {@code = Σ p(i,j)·(j − μ)²}, {@code μ = Σ p(i,j)·j}; 0 when every voxel has the same dependence size.
     * IBSI DNX2 (dependence count variance), same definition.
     */
    DEPENDENCE_VARIANCE("DependenceVariance", "DNX2", false),
    /**
     * DE {@code = −Σ p(i,j)·log₂(p(i,j) + ε)}, {@code ε = 2.2e-16}; a single occupied cell gives {@code −3.2e-16},
     * not 0. IBSI FCBV (dependence count entropy), which has no ε.
     */
    DEPENDENCE_ENTROPY("DependenceEntropy", "FCBV", false),
    /**
     * Deprecated in PyRadiomics, which computes no value for it: {@code N_z / N_p}, always 1. Computed here from that
     * formula when asked for by name. IBSI 6XV8 (dependence count percentage).
     */
    DEPENDENCE_PERCENTAGE("DependencePercentage", "6XV8", true),
    /** LGLE {@code = Σ p_g(i)/i² / N_z}. IBSI TL9H (low grey level count emphasis), same definition. */
    LOW_GRAY_LEVEL_EMPHASIS("LowGrayLevelEmphasis", "TL9H", false),
    /** HGLE {@code = Σ p_g(i)·i² / N_z}. IBSI OAE7 (high grey level count emphasis), same definition. */
    HIGH_GRAY_LEVEL_EMPHASIS("HighGrayLevelEmphasis", "OAE7", false),
    /**
     * SDLGLE {@code = Σ P(i,j)/(i²j²) / N_z}. IBSI EQ3F (low dependence low grey level emphasis), same definition.
     */
    SMALL_DEPENDENCE_LOW_GRAY_LEVEL_EMPHASIS("SmallDependenceLowGrayLevelEmphasis", "EQ3F", false),
    /**
     * SDHGLE {@code = Σ P(i,j)·i²/j² / N_z}. IBSI JA6D (low dependence high grey level emphasis), same definition.
     */
    SMALL_DEPENDENCE_HIGH_GRAY_LEVEL_EMPHASIS("SmallDependenceHighGrayLevelEmphasis", "JA6D", false),
    /**
     * LDLGLE {@code = Σ P(i,j)·j²/i² / N_z}. IBSI NBZI (high dependence low grey level emphasis), same definition.
     */
    LARGE_DEPENDENCE_LOW_GRAY_LEVEL_EMPHASIS("LargeDependenceLowGrayLevelEmphasis", "NBZI", false),
    /**
     * LDHGLE {@code = Σ P(i,j)·i²j² / N_z}. IBSI 9QMG (high dependence high grey level emphasis), same definition.
     */
    LARGE_DEPENDENCE_HIGH_GRAY_LEVEL_EMPHASIS("LargeDependenceHighGrayLevelEmphasis", "9QMG", false);

    private final FeatureInfo info;

    GldmFeature(String pyradiomicsName, String ibsiCode, boolean deprecated) {
        this.info = new FeatureInfo(pyradiomicsName, ibsiCode, deprecated);
    }

    @Override
    public FeatureInfo info() {
        return info;
    }
}
