package org.radiomics4j.core.features.firstorder;

import org.radiomics4j.core.features.FeatureDescriptor;
import org.radiomics4j.core.features.FeatureInfo;

/**
 * The first-order (intensity statistics) features of PyRadiomics' {@code firstorder} class, in the order of
 * PyRadiomics' {@code radiomics/firstorder.py}.
 *
 * <p>Symbols: X the N ROI intensities after preprocessing (normalisation, resampling, re-segmentation), c
 * {@code voxelArrayShift}, V the voxel volume (mm³), X̄ their mean, P<sub>q</sub> the q-th percentile with numpy's
 * linear interpolation (position q/100·(N−1) in the sorted values), and p(i) = n(i)/N the fraction of ROI voxels in
 * occupied bin i of the discretisation ({@code binWidth}/{@code binCount}). ε = 2.220446049250313e-16
 * ({@code Math.ulp(1.0)}, numpy's {@code spacing(1)}). Only {@link #ENTROPY} and {@link #UNIFORMITY} use the
 * discretised histogram; all others use raw intensities. Moments are population moments (divide by N).
 */
public enum FirstOrderFeature implements FeatureDescriptor {
    /**
     * Energy = Σ (x + c)². IBSI N8CA (equal to IBSI only with c = 0). Never degenerate. PyRadiomics adds
     * {@code voxelArrayShift} c (default 0) to avoid negative values.
     */
    ENERGY("Energy", "N8CA"),
    /**
     * TotalEnergy = V · Σ (x + c)². Not in IBSI. Never degenerate. V is the voxel volume after preprocessing
     * (8 mm³ after resampling to 2 mm).
     */
    TOTAL_ENERGY("TotalEnergy", null),
    /**
     * Entropy = −Σ<sub>i</sub> p(i)·log2(p(i) + ε) over occupied bins. IBSI TLU2 (discretised intensity entropy).
     * A flat region gives −log2(1 + ε) = −3.2e-16, not 0 (PyRadiomics' ε convention).
     */
    ENTROPY("Entropy", "TLU2"),
    /** Minimum = min(X). IBSI 1GSF. */
    MINIMUM("Minimum", "1GSF"),
    /** 10Percentile = P<sub>10</sub>(X), numpy linear interpolation. IBSI QG58. */
    PERCENTILE_10("10Percentile", "QG58"),
    /** 90Percentile = P<sub>90</sub>(X), numpy linear interpolation. IBSI 8DWT. */
    PERCENTILE_90("90Percentile", "8DWT"),
    /** Maximum = max(X). IBSI 84IY. */
    MAXIMUM("Maximum", "84IY"),
    /** Mean = X̄ = Σx/N. IBSI Q4LE. */
    MEAN("Mean", "Q4LE"),
    /** Median = P<sub>50</sub>(X). IBSI Y12H. */
    MEDIAN("Median", "Y12H"),
    /** InterquartileRange = P<sub>75</sub> − P<sub>25</sub>. IBSI SALO. 0 for a flat region. */
    INTERQUARTILE_RANGE("InterquartileRange", "SALO"),
    /** Range = max(X) − min(X). IBSI 2OJQ. 0 for a flat region. */
    RANGE("Range", "2OJQ"),
    /** MeanAbsoluteDeviation = Σ|x − X̄|/N. IBSI 4FUA. 0 for a flat region. */
    MEAN_ABSOLUTE_DEVIATION("MeanAbsoluteDeviation", "4FUA"),
    /**
     * RobustMeanAbsoluteDeviation = mean |x − X̄<sub>10–90</sub>| over the voxels with P<sub>10</sub> ≤ x ≤
     * P<sub>90</sub> (closed range), X̄<sub>10–90</sub> their mean. IBSI 1128. 0 for a flat region.
     */
    ROBUST_MEAN_ABSOLUTE_DEVIATION("RobustMeanAbsoluteDeviation", "1128"),
    /** RootMeanSquared = √(Σ(x + c)²/N). IBSI 5ZWQ (equal to IBSI only with c = 0). */
    ROOT_MEAN_SQUARED("RootMeanSquared", "5ZWQ"),
    /**
     * StandardDeviation = √(Σ(x − X̄)²/N) (population). Not in IBSI. Deprecated in PyRadiomics (equal to
     * √Variance); computed only when asked for by name.
     */
    STANDARD_DEVIATION("StandardDeviation", null, true),
    /**
     * Skewness = m3 / m2^{3/2}, m<sub>k</sub> = Σ(x − X̄)<sup>k</sup>/N. IBSI KE2A. 0 when m2 = 0 (flat region;
     * PyRadiomics' convention, IBSI leaves it undefined).
     */
    SKEWNESS("Skewness", "KE2A"),
    /**
     * Kurtosis = m4 / m2². IBSI IPH6 defines the <em>excess</em> kurtosis m4/m2² − 3; PyRadiomics (and this value)
     * is IBSI + 3. 0 when m2 = 0 (flat region).
     */
    KURTOSIS("Kurtosis", "IPH6"),
    /** Variance = Σ(x − X̄)²/N (population). IBSI ECT3. 0 for a flat region. */
    VARIANCE("Variance", "ECT3"),
    /** Uniformity = Σ<sub>i</sub> p(i)² over occupied bins. IBSI BJ5W (discretised intensity uniformity). 1 for a flat region. */
    UNIFORMITY("Uniformity", "BJ5W");

    private final FeatureInfo info;

    FirstOrderFeature(String pyradiomicsName, String ibsiCode) {
        this(pyradiomicsName, ibsiCode, false);
    }

    FirstOrderFeature(String pyradiomicsName, String ibsiCode, boolean deprecated) {
        this.info = new FeatureInfo(pyradiomicsName, ibsiCode, deprecated);
    }

    @Override
    public FeatureInfo info() {
        return info;
    }
}
