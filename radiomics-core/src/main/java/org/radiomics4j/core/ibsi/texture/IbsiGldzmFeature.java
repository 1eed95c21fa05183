package org.radiomics4j.core.ibsi.texture;

import org.radiomics4j.core.ibsi.IbsiFeature;

/**
 * The 16 IBSI grey level distance zone matrix features (IBSI manual, section 3.9, family VMDZ; not in PyRadiomics), d_ij the number of zones of grey level i whose distance to the ROI edge (on the morphological mask, 4-connected in 2-D, 6-connected in 3-D, edge voxels at distance 1) is j; formulas of {@code RunStatistics} (values 0-15).
 */
public enum IbsiGldzmFeature implements IbsiFeature {
    /** 0GBI: Σ d_.j/j² / N_s. */
    SMALL_DISTANCE_EMPHASIS("0GBI", "SmallDistanceEmphasis"),
    /** MB4I: Σ d_.j·j² / N_s. */
    LARGE_DISTANCE_EMPHASIS("MB4I", "LargeDistanceEmphasis"),
    /** S1RA: Σ d_i./i² / N_s. */
    LOW_GREY_LEVEL_ZONE_EMPHASIS("S1RA", "LowGreyLevelZoneEmphasis"),
    /** K26C: Σ d_i.·i² / N_s. */
    HIGH_GREY_LEVEL_ZONE_EMPHASIS("K26C", "HighGreyLevelZoneEmphasis"),
    /** RUVG: Σ d_ij/(i²j²) / N_s. */
    SMALL_DISTANCE_LOW_GREY_LEVEL_EMPHASIS("RUVG", "SmallDistanceLowGreyLevelEmphasis"),
    /** DKNJ: Σ d_ij·i²/j² / N_s. */
    SMALL_DISTANCE_HIGH_GREY_LEVEL_EMPHASIS("DKNJ", "SmallDistanceHighGreyLevelEmphasis"),
    /** A7WM: Σ d_ij·j²/i² / N_s. */
    LARGE_DISTANCE_LOW_GREY_LEVEL_EMPHASIS("A7WM", "LargeDistanceLowGreyLevelEmphasis"),
    /** KLTH: Σ d_ij·i²j² / N_s. */
    LARGE_DISTANCE_HIGH_GREY_LEVEL_EMPHASIS("KLTH", "LargeDistanceHighGreyLevelEmphasis"),
    /** VFT7: Σ d_i.² / N_s. */
    GREY_LEVEL_NON_UNIFORMITY("VFT7", "GreyLevelNonUniformity"),
    /** 7HP3: Σ d_i.² / N_s². */
    NORMALISED_GREY_LEVEL_NON_UNIFORMITY("7HP3", "NormalisedGreyLevelNonUniformity"),
    /** V294: Σ d_.j² / N_s. */
    ZONE_DISTANCE_NON_UNIFORMITY("V294", "ZoneDistanceNonUniformity"),
    /** IATH: Σ d_.j² / N_s². */
    NORMALISED_ZONE_DISTANCE_NON_UNIFORMITY("IATH", "NormalisedZoneDistanceNonUniformity"),
    /** VIWW: N_s / N_v. */
    ZONE_PERCENTAGE("VIWW", "ZonePercentage"),
    /** QK93: Σ (i − μ_i)²·p_ij. */
    GREY_LEVEL_VARIANCE("QK93", "GreyLevelVariance"),
    /** 7WT1: Σ (j − μ_j)²·p_ij. */
    ZONE_DISTANCE_VARIANCE("7WT1", "ZoneDistanceVariance"),
    /** GBDU: −Σ p_ij·log2 p_ij. */
    ZONE_DISTANCE_ENTROPY("GBDU", "ZoneDistanceEntropy");

    private final String code;
    private final String outputName;

    IbsiGldzmFeature(String code, String outputName) {
        this.code = code;
        this.outputName = outputName;
    }

    @Override
    public String family() {
        return "gldzm";
    }

    @Override
    public String ibsiCode() {
        return code;
    }

    @Override
    public String outputName() {
        return outputName;
    }
}
