package org.radiomics4j.core.features.glszm;

import org.radiomics4j.core.features.FeatureDescriptor;
import org.radiomics4j.core.features.FeatureInfo;

/**
 * The GLSZM features, in PyRadiomics' order ({@code radiomics/glszm.py}).
 *
 * <p>Symbols: {@code P(i,j)} the number of zones of grey level {@code i} and size {@code j} (rows and columns of
 * {@link org.radiomics4j.core.features.GrayLevelSizeMatrix}; {@code i} and {@code j} are the true grey level and size); {@code N_z = Σ P(i,j)} the
 * number of zones; {@code N_p} the number of ROI voxels; {@code p(i,j) = P(i,j)/N_z}; {@code p_g(i) = Σ_j P(i,j)};
 * {@code p_s(j) = Σ_i P(i,j)}. PyRadiomics replaces {@code N_z = 0} by 1, which cannot happen for a non-empty ROI,
 * so no feature has a special degenerate value: a flat region (one zone or several zones of one level) gives the
 * values that follow from the formulas.
 *
 * <p>Differences from IBSI common to all: zones are 26-connected in 3-D and 8-connected in 2-D (IBSI: the same);
 * with {@code force2D} PyRadiomics pools the zones of every slice into one matrix (IBSI's "2.5D merged"), while
 * IBSI's 2-D aggregation averages per-slice features. IBSI codes are from {@code testdata/ibsi/reference_values.csv}.
 */
public enum GlszmFeature implements FeatureDescriptor {
    /** SAE {@code = Σ p_s(j)/j² / N_z}. IBSI 5QRC (small zone emphasis), same definition. */
    SMALL_AREA_EMPHASIS("SmallAreaEmphasis", "5QRC"),
    /** LAE {@code = Σ p_s(j)·j² / N_z}. IBSI 48P8 (large zone emphasis), same definition. */
    LARGE_AREA_EMPHASIS("LargeAreaEmphasis", "48P8"),
    /** GLN {@code = Σ p_g(i)² / N_z}. IBSI JNSA (grey level non-uniformity), same definition. */
    GRAY_LEVEL_NON_UNIFORMITY("GrayLevelNonUniformity", "JNSA"),
    /** GLNN {@code = Σ p_g(i)² / N_z²}. IBSI Y1RO (normalised grey level non-uniformity), same definition. */
    GRAY_LEVEL_NON_UNIFORMITY_NORMALIZED("GrayLevelNonUniformityNormalized", "Y1RO"),
    /** SZN {@code = Σ p_s(j)² / N_z}. IBSI 4JP3 (zone size non-uniformity), same definition. */
    SIZE_ZONE_NON_UNIFORMITY("SizeZoneNonUniformity", "4JP3"),
    /** SZNN {@code = Σ p_s(j)² / N_z²}. IBSI VB3A (normalised zone size non-uniformity), same definition. */
    SIZE_ZONE_NON_UNIFORMITY_NORMALIZED("SizeZoneNonUniformityNormalized", "VB3A"),
    /** ZP {@code = N_z / N_p}, in {@code [1/N_p, 1]}. IBSI P30P (zone percentage), same definition. */
    ZONE_PERCENTAGE("ZonePercentage", "P30P"),
    /**
     * GLV {@code = Σ p(i,j)·(i − μ)²}, {@code μ = Σ p(i,j)·i}; 0 when every zone has one level. IBSI BYLV (grey
     * level variance), same definition.
     */
    GRAY_LEVEL_VARIANCE("GrayLevelVariance", "BYLV"),
    /**
     * ZV {@code = Σ p(i,j)·(j − μ)²}, {@code μ = Σ p(i,j)·j}; 0 when every zone has the same size. IBSI 3NSA (zone
     * size variance), same definition.
     */
    ZONE_VARIANCE("ZoneVariance", "3NSA"),
    /**
     * ZE {@code = −Σ p(i,j)·log₂(p(i,j) + ε)}, {@code ε = 2.2e-16}; a single zone gives {@code −3.2e-16}, not 0.
     * IBSI GU8N (zone size entropy), which has no ε.
     */
    ZONE_ENTROPY("ZoneEntropy", "GU8N"),
    /** LGLZE {@code = Σ p_g(i)/i² / N_z}. IBSI XMSY (low grey level zone emphasis), same definition. */
    LOW_GRAY_LEVEL_ZONE_EMPHASIS("LowGrayLevelZoneEmphasis", "XMSY"),
    /** HGLZE {@code = Σ p_g(i)·i² / N_z}. IBSI 5GN9 (high grey level zone emphasis), same definition. */
    HIGH_GRAY_LEVEL_ZONE_EMPHASIS("HighGrayLevelZoneEmphasis", "5GN9"),
    /** SALGLE {@code = Σ P(i,j)/(i²j²) / N_z}. IBSI 5RAI (small zone low grey level emphasis), same definition. */
    SMALL_AREA_LOW_GRAY_LEVEL_EMPHASIS("SmallAreaLowGrayLevelEmphasis", "5RAI"),
    /** SAHGLE {@code = Σ P(i,j)·i²/j² / N_z}. IBSI HW1V (small zone high grey level emphasis), same definition. */
    SMALL_AREA_HIGH_GRAY_LEVEL_EMPHASIS("SmallAreaHighGrayLevelEmphasis", "HW1V"),
    /** LALGLE {@code = Σ P(i,j)·j²/i² / N_z}. IBSI YH51 (large zone low grey level emphasis), same definition. */
    LARGE_AREA_LOW_GRAY_LEVEL_EMPHASIS("LargeAreaLowGrayLevelEmphasis", "YH51"),
    /** LAHGLE {@code = Σ P(i,j)·i²j² / N_z}. IBSI J17V (large zone high grey level emphasis), same definition. */
    LARGE_AREA_HIGH_GRAY_LEVEL_EMPHASIS("LargeAreaHighGrayLevelEmphasis", "J17V");

    private final FeatureInfo info;

    /** No GLSZM feature is deprecated in PyRadiomics. */
    GlszmFeature(String pyradiomicsName, String ibsiCode) {
        this.info = new FeatureInfo(pyradiomicsName, ibsiCode, false);
    }

    @Override
    public FeatureInfo info() {
        return info;
    }
}
