package org.radiomics4j.core.ibsi.intensity;

import org.radiomics4j.core.ibsi.IbsiFeature;

/**
 * The 18 IBSI intensity statistics (IBSI manual, section 3.3, family code UHIW), computed on the intensities
 * X_k, k = 1..N_v, of the intensity mask over the 3-D ROI (aggregation DHQ4). μ = (1/N_v)·Σ X_k.
 *
 * <p>Differences from PyRadiomics' first-order class: kurtosis is the <em>excess</em> kurtosis (PyRadiomics adds
 * 3); variance is the population variance (both); energy and RMS use no voxel shift (PyRadiomics'
 * {@code voxelArrayShift} must be 0 to agree); "median absolute deviation" is IBSI's mean absolute deviation
 * around the median.
 */
public enum IntensityStatisticsFeature implements IbsiFeature {
    /** Q4LE: μ. */
    MEAN("Q4LE", "Mean"),
    /** ECT3: σ² = (1/N_v)·Σ (X_k − μ)². */
    VARIANCE("ECT3", "Variance"),
    /** KE2A: (1/N_v)·Σ (X_k − μ)³ / σ³ (0 when σ = 0). */
    SKEWNESS("KE2A", "Skewness"),
    /** IPH6: (1/N_v)·Σ (X_k − μ)⁴ / σ⁴ − 3 (0 when σ = 0). */
    EXCESS_KURTOSIS("IPH6", "ExcessKurtosis"),
    /** Y12H: the 50th percentile. */
    MEDIAN("Y12H", "Median"),
    /** 1GSF: min X_k. */
    MINIMUM("1GSF", "Minimum"),
    /** QG58: P10. */
    PERCENTILE_10("QG58", "Percentile10"),
    /** 8DWT: P90. */
    PERCENTILE_90("8DWT", "Percentile90"),
    /** 84IY: max X_k. */
    MAXIMUM("84IY", "Maximum"),
    /** SALO: P75 − P25. */
    INTERQUARTILE_RANGE("SALO", "InterquartileRange"),
    /** 2OJQ: max − min. */
    RANGE("2OJQ", "Range"),
    /** 4FUA: (1/N_v)·Σ |X_k − μ|. */
    MEAN_ABSOLUTE_DEVIATION("4FUA", "MeanAbsoluteDeviation"),
    /** 1128: mean absolute deviation from their mean of the voxels with P10 ≤ X_k ≤ P90. */
    ROBUST_MEAN_ABSOLUTE_DEVIATION("1128", "RobustMeanAbsoluteDeviation"),
    /** N72L: (1/N_v)·Σ |X_k − median|. */
    MEDIAN_ABSOLUTE_DEVIATION("N72L", "MedianAbsoluteDeviation"),
    /** 7TET: σ/μ. */
    COEFFICIENT_OF_VARIATION("7TET", "CoefficientOfVariation"),
    /** 9S40: (P75 − P25)/(P75 + P25). */
    QUARTILE_COEFFICIENT_OF_DISPERSION("9S40", "QuartileCoefficientOfDispersion"),
    /** N8CA: Σ X_k². */
    ENERGY("N8CA", "Energy"),
    /** 5ZWQ: sqrt((1/N_v)·Σ X_k²). */
    ROOT_MEAN_SQUARE("5ZWQ", "RootMeanSquare");

    private final String code;
    private final String outputName;

    IntensityStatisticsFeature(String code, String outputName) {
        this.code = code;
        this.outputName = outputName;
    }

    @Override
    public String family() {
        return "intensity_statistics";
    }

    @Override
    public String ibsiCode() {
        return code;
    }

    @Override
    public String outputName() {
        return outputName;
    }

    double compute(MomentStatistics s) {
        return switch (this) {
            case MEAN -> s.mean;
            case VARIANCE -> s.variance;
            case SKEWNESS -> s.skewness;
            case EXCESS_KURTOSIS -> s.kurtosis;
            case MEDIAN -> s.median;
            case MINIMUM -> s.min();
            case PERCENTILE_10 -> s.p10;
            case PERCENTILE_90 -> s.p90;
            case MAXIMUM -> s.max();
            case INTERQUARTILE_RANGE -> s.p75 - s.p25;
            case RANGE -> s.max() - s.min();
            case MEAN_ABSOLUTE_DEVIATION -> s.meanAbsoluteDeviation;
            case ROBUST_MEAN_ABSOLUTE_DEVIATION -> s.robustMeanAbsoluteDeviation;
            case MEDIAN_ABSOLUTE_DEVIATION -> s.medianAbsoluteDeviation;
            case COEFFICIENT_OF_VARIATION -> s.coefficientOfVariation();
            case QUARTILE_COEFFICIENT_OF_DISPERSION -> s.quartileCoefficientOfDispersion();
            case ENERGY -> s.energy;
            case ROOT_MEAN_SQUARE -> Math.sqrt(s.energy / s.n);
        };
    }
}
