package org.radiomics4j.core.ibsi.intensity;

import org.radiomics4j.core.ibsi.IbsiFeature;

/**
 * The 23 IBSI intensity histogram features (IBSI manual, section 3.4, family code ZVCW), computed on the
 * <em>discretised</em> grey levels X_d,k ∈ 1..N_g of the intensity mask over the 3-D ROI (aggregation DHQ4), with
 * n_i the number of voxels at grey level i and p_i = n_i/N_v. The statistics features use the same definitions as
 * {@link IntensityStatisticsFeature} applied to the grey levels.
 *
 * <p>The histogram gradient is {@code H'(1) = n_2 − n_1}, {@code H'(i) = (n_{i+1} − n_{i−1})/2} for
 * {@code 1 < i < N_g}, {@code H'(N_g) = n_{N_g} − n_{N_g−1}}, over every bin 1..N_g (empty bins included).
 */
public enum IntensityHistogramFeature implements IbsiFeature {
    /** X6K6: mean grey level. */
    MEAN("X6K6", "Mean"),
    /** CH89: population variance of the grey levels. */
    VARIANCE("CH89", "Variance"),
    /** 88K1: skewness. */
    SKEWNESS("88K1", "Skewness"),
    /** C3I7: excess kurtosis. */
    EXCESS_KURTOSIS("C3I7", "ExcessKurtosis"),
    /** WIFQ: median. */
    MEDIAN("WIFQ", "Median"),
    /** 1PR8: minimum grey level. */
    MINIMUM("1PR8", "Minimum"),
    /** GPMT: P10. */
    PERCENTILE_10("GPMT", "Percentile10"),
    /** OZ0C: P90. */
    PERCENTILE_90("OZ0C", "Percentile90"),
    /** 3NCY: maximum grey level. */
    MAXIMUM("3NCY", "Maximum"),
    /** AMMC: the most frequent grey level (the lowest one when several tie). */
    MODE("AMMC", "Mode"),
    /** WR0O: P75 − P25. */
    INTERQUARTILE_RANGE("WR0O", "InterquartileRange"),
    /** 5Z3W: max − min. */
    RANGE("5Z3W", "Range"),
    /** D2ZX: mean absolute deviation. */
    MEAN_ABSOLUTE_DEVIATION("D2ZX", "MeanAbsoluteDeviation"),
    /** WRZB: robust mean absolute deviation (10th-90th percentile voxels). */
    ROBUST_MEAN_ABSOLUTE_DEVIATION("WRZB", "RobustMeanAbsoluteDeviation"),
    /** 4RNL: mean absolute deviation around the median. */
    MEDIAN_ABSOLUTE_DEVIATION("4RNL", "MedianAbsoluteDeviation"),
    /** CWYJ: σ/μ. */
    COEFFICIENT_OF_VARIATION("CWYJ", "CoefficientOfVariation"),
    /** SLWD: (P75 − P25)/(P75 + P25). */
    QUARTILE_COEFFICIENT_OF_DISPERSION("SLWD", "QuartileCoefficientOfDispersion"),
    /** TLU2: −Σ p_i·log2 p_i. */
    ENTROPY("TLU2", "Entropy"),
    /** BJ5W: Σ p_i². */
    UNIFORMITY("BJ5W", "Uniformity"),
    /** 12CE: max H'(i). */
    MAXIMUM_GRADIENT("12CE", "MaximumGradient"),
    /** 8E6O: the grey level of the maximum gradient (the lowest one on ties). */
    MAXIMUM_GRADIENT_GREY_LEVEL("8E6O", "MaximumGradientGreyLevel"),
    /** VQB3: min H'(i). */
    MINIMUM_GRADIENT("VQB3", "MinimumGradient"),
    /** RHQZ: the grey level of the minimum gradient (the lowest one on ties). */
    MINIMUM_GRADIENT_GREY_LEVEL("RHQZ", "MinimumGradientGreyLevel");

    private final String code;
    private final String outputName;

    IntensityHistogramFeature(String code, String outputName) {
        this.code = code;
        this.outputName = outputName;
    }

    @Override
    public String family() {
        return "intensity_histogram";
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
