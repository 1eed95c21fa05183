package org.radiomics4j.core.ibsi.texture;

import org.radiomics4j.core.ibsi.IbsiFeature;

/**
 * The 17 IBSI neighbouring grey level dependence matrix features (IBSI manual, section 3.11, family REK0; PyRadiomics' GLDM is the same matrix under other names), s_ij the number of voxels of grey level i with dependence count j (1 + the neighbours at Chebyshev distance 1 within coarseness α); formulas of {@code RunStatistics} (values 0-16).
 */
public enum IbsiNgldmFeature implements IbsiFeature {
    /** SODN: Σ s_.j/j² / N_s. */
    LOW_DEPENDENCE_EMPHASIS("SODN", "LowDependenceEmphasis"),
    /** IMOQ: Σ s_.j·j² / N_s. */
    HIGH_DEPENDENCE_EMPHASIS("IMOQ", "HighDependenceEmphasis"),
    /** TL9H: Σ s_i./i² / N_s. */
    LOW_GREY_LEVEL_COUNT_EMPHASIS("TL9H", "LowGreyLevelCountEmphasis"),
    /** OAE7: Σ s_i.·i² / N_s. */
    HIGH_GREY_LEVEL_COUNT_EMPHASIS("OAE7", "HighGreyLevelCountEmphasis"),
    /** EQ3F: Σ s_ij/(i²j²) / N_s. */
    LOW_DEPENDENCE_LOW_GREY_LEVEL_EMPHASIS("EQ3F", "LowDependenceLowGreyLevelEmphasis"),
    /** JA6D: Σ s_ij·i²/j² / N_s. */
    LOW_DEPENDENCE_HIGH_GREY_LEVEL_EMPHASIS("JA6D", "LowDependenceHighGreyLevelEmphasis"),
    /** NBZI: Σ s_ij·j²/i² / N_s. */
    HIGH_DEPENDENCE_LOW_GREY_LEVEL_EMPHASIS("NBZI", "HighDependenceLowGreyLevelEmphasis"),
    /** 9QMG: Σ s_ij·i²j² / N_s. */
    HIGH_DEPENDENCE_HIGH_GREY_LEVEL_EMPHASIS("9QMG", "HighDependenceHighGreyLevelEmphasis"),
    /** FP8K: Σ s_i.² / N_s. */
    GREY_LEVEL_NON_UNIFORMITY("FP8K", "GreyLevelNonUniformity"),
    /** 5SPA: Σ s_i.² / N_s². */
    NORMALISED_GREY_LEVEL_NON_UNIFORMITY("5SPA", "NormalisedGreyLevelNonUniformity"),
    /** Z87G: Σ s_.j² / N_s. */
    DEPENDENCE_COUNT_NON_UNIFORMITY("Z87G", "DependenceCountNonUniformity"),
    /** OKJI: Σ s_.j² / N_s². */
    NORMALISED_DEPENDENCE_COUNT_NON_UNIFORMITY("OKJI", "NormalisedDependenceCountNonUniformity"),
    /** 6XV8: N_s / N_v. */
    DEPENDENCE_COUNT_PERCENTAGE("6XV8", "DependenceCountPercentage"),
    /** 1PFV: Σ (i − μ_i)²·p_ij. */
    GREY_LEVEL_VARIANCE("1PFV", "GreyLevelVariance"),
    /** DNX2: Σ (j − μ_j)²·p_ij. */
    DEPENDENCE_COUNT_VARIANCE("DNX2", "DependenceCountVariance"),
    /** FCBV: −Σ p_ij·log2 p_ij. */
    DEPENDENCE_COUNT_ENTROPY("FCBV", "DependenceCountEntropy"),
    /** CAS9: Σ p_ij². */
    DEPENDENCE_COUNT_ENERGY("CAS9", "DependenceCountEnergy");

    private final String code;
    private final String outputName;

    IbsiNgldmFeature(String code, String outputName) {
        this.code = code;
        this.outputName = outputName;
    }

    @Override
    public String family() {
        return "ngldm";
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
