package org.radiomics4j.core.ibsi.texture;

import org.radiomics4j.core.ibsi.IbsiFeature;

/**
 * The 16 IBSI grey level size zone matrix features (IBSI manual, section 3.8, family 9SAK), s_ij the number of zones (8-connected in 2-D, 26-connected in 3-D) of grey level i and size j; formulas of {@code RunStatistics} (values 0-15).
 */
public enum IbsiGlszmFeature implements IbsiFeature {
    /** 5QRC: Σ s_.j/j² / N_s. */
    SMALL_ZONE_EMPHASIS("5QRC", "SmallZoneEmphasis"),
    /** 48P8: Σ s_.j·j² / N_s. */
    LARGE_ZONE_EMPHASIS("48P8", "LargeZoneEmphasis"),
    /** XMSY: Σ s_i./i² / N_s. */
    LOW_GREY_LEVEL_ZONE_EMPHASIS("XMSY", "LowGreyLevelZoneEmphasis"),
    /** 5GN9: Σ s_i.·i² / N_s. */
    HIGH_GREY_LEVEL_ZONE_EMPHASIS("5GN9", "HighGreyLevelZoneEmphasis"),
    /** 5RAI: Σ s_ij/(i²j²) / N_s. */
    SMALL_ZONE_LOW_GREY_LEVEL_EMPHASIS("5RAI", "SmallZoneLowGreyLevelEmphasis"),
    /** HW1V: Σ s_ij·i²/j² / N_s. */
    SMALL_ZONE_HIGH_GREY_LEVEL_EMPHASIS("HW1V", "SmallZoneHighGreyLevelEmphasis"),
    /** YH51: Σ s_ij·j²/i² / N_s. */
    LARGE_ZONE_LOW_GREY_LEVEL_EMPHASIS("YH51", "LargeZoneLowGreyLevelEmphasis"),
    /** J17V: Σ s_ij·i²j² / N_s. */
    LARGE_ZONE_HIGH_GREY_LEVEL_EMPHASIS("J17V", "LargeZoneHighGreyLevelEmphasis"),
    /** JNSA: Σ s_i.² / N_s. */
    GREY_LEVEL_NON_UNIFORMITY("JNSA", "GreyLevelNonUniformity"),
    /** Y1RO: Σ s_i.² / N_s². */
    NORMALISED_GREY_LEVEL_NON_UNIFORMITY("Y1RO", "NormalisedGreyLevelNonUniformity"),
    /** 4JP3: Σ s_.j² / N_s. */
    ZONE_SIZE_NON_UNIFORMITY("4JP3", "ZoneSizeNonUniformity"),
    /** VB3A: Σ s_.j² / N_s². */
    NORMALISED_ZONE_SIZE_NON_UNIFORMITY("VB3A", "NormalisedZoneSizeNonUniformity"),
    /** P30P: N_s / N_v. */
    ZONE_PERCENTAGE("P30P", "ZonePercentage"),
    /** BYLV: Σ (i − μ_i)²·p_ij. */
    GREY_LEVEL_VARIANCE("BYLV", "GreyLevelVariance"),
    /** 3NSA: Σ (j − μ_j)²·p_ij. */
    ZONE_SIZE_VARIANCE("3NSA", "ZoneSizeVariance"),
    /** GU8N: −Σ p_ij·log2 p_ij. */
    ZONE_SIZE_ENTROPY("GU8N", "ZoneSizeEntropy");

    private final String code;
    private final String outputName;

    IbsiGlszmFeature(String code, String outputName) {
        this.code = code;
        this.outputName = outputName;
    }

    @Override
    public String family() {
        return "glszm";
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
