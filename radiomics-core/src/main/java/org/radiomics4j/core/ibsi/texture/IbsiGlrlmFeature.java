package org.radiomics4j.core.ibsi.texture;

import org.radiomics4j.core.ibsi.IbsiFeature;

/**
 * The 16 IBSI grey level run length matrix features (IBSI manual, section 3.7, family TP0I), r_ij the number of runs of grey level i and length j along a direction; the formulas are those of {@code RunStatistics} (values 0-15) with N_v the voxels of the matrix' region (summed when merged). PyRadiomics' default (per 3-D direction, averaged) corresponds to ITBB.
 */
public enum IbsiGlrlmFeature implements IbsiFeature {
    /** 22OV: Σ r_.j/j² / N_s. */
    SHORT_RUNS_EMPHASIS("22OV", "ShortRunsEmphasis"),
    /** W4KF: Σ r_.j·j² / N_s. */
    LONG_RUNS_EMPHASIS("W4KF", "LongRunsEmphasis"),
    /** V3SW: Σ r_i./i² / N_s. */
    LOW_GREY_LEVEL_RUN_EMPHASIS("V3SW", "LowGreyLevelRunEmphasis"),
    /** G3QZ: Σ r_i.·i² / N_s. */
    HIGH_GREY_LEVEL_RUN_EMPHASIS("G3QZ", "HighGreyLevelRunEmphasis"),
    /** HTZT: Σ r_ij/(i²j²) / N_s. */
    SHORT_RUN_LOW_GREY_LEVEL_EMPHASIS("HTZT", "ShortRunLowGreyLevelEmphasis"),
    /** GD3A: Σ r_ij·i²/j² / N_s. */
    SHORT_RUN_HIGH_GREY_LEVEL_EMPHASIS("GD3A", "ShortRunHighGreyLevelEmphasis"),
    /** IVPO: Σ r_ij·j²/i² / N_s. */
    LONG_RUN_LOW_GREY_LEVEL_EMPHASIS("IVPO", "LongRunLowGreyLevelEmphasis"),
    /** 3KUM: Σ r_ij·i²j² / N_s. */
    LONG_RUN_HIGH_GREY_LEVEL_EMPHASIS("3KUM", "LongRunHighGreyLevelEmphasis"),
    /** R5YN: Σ r_i.² / N_s. */
    GREY_LEVEL_NON_UNIFORMITY("R5YN", "GreyLevelNonUniformity"),
    /** OVBL: Σ r_i.² / N_s². */
    NORMALISED_GREY_LEVEL_NON_UNIFORMITY("OVBL", "NormalisedGreyLevelNonUniformity"),
    /** W92Y: Σ r_.j² / N_s. */
    RUN_LENGTH_NON_UNIFORMITY("W92Y", "RunLengthNonUniformity"),
    /** IC23: Σ r_.j² / N_s². */
    NORMALISED_RUN_LENGTH_NON_UNIFORMITY("IC23", "NormalisedRunLengthNonUniformity"),
    /** 9ZK5: N_s / N_v. */
    RUN_PERCENTAGE("9ZK5", "RunPercentage"),
    /** 8CE5: Σ (i − μ_i)²·p_ij. */
    GREY_LEVEL_VARIANCE("8CE5", "GreyLevelVariance"),
    /** SXLW: Σ (j − μ_j)²·p_ij. */
    RUN_LENGTH_VARIANCE("SXLW", "RunLengthVariance"),
    /** HJ9O: −Σ p_ij·log2 p_ij. */
    RUN_ENTROPY("HJ9O", "RunEntropy");

    private final String code;
    private final String outputName;

    IbsiGlrlmFeature(String code, String outputName) {
        this.code = code;
        this.outputName = outputName;
    }

    @Override
    public String family() {
        return "glrlm";
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
