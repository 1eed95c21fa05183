package org.radiomics4j.core.features.glcm;

import org.radiomics4j.core.features.FeatureDescriptor;
import org.radiomics4j.core.features.FeatureInfo;

/**
 * The GLCM features, in PyRadiomics' order ({@code radiomics/glcm.py}).
 *
 * <p>Symbols: {@code p(i,j)} the co-occurrence matrix of one direction normalised to sum 1; {@code i, j} run over
 * the grey levels present in the ROI (bin numbers, not indices); {@code N_g} is the highest bin;
 * {@code p_x(i) = Σ_j p(i,j)}, {@code p_y(j) = Σ_i p(i,j)}; {@code μ_x = Σ p(i,j)·i}, {@code μ_y = Σ p(i,j)·j};
 * {@code σ_x, σ_y} the standard deviations of {@code p_x, p_y}; {@code p_{x+y}(k) = Σ_{i+j=k} p(i,j)} for
 * {@code k = 2..2N_g}; {@code p_{x−y}(k) = Σ_{|i−j|=k} p(i,j)} for {@code k = 0..N_g−1};
 * {@code ε = 2.220446049250313e-16} ({@code Math.ulp(1.0)}, numpy's {@code spacing(1)}); all logarithms are base 2
 * of {@code (value + ε)}. {@code HX, HY} are the entropies of {@code p_x, p_y}, {@code HXY} that of {@code p},
 * {@code HXY1 = −Σ p(i,j) log2(p_x(i)p_y(j)+ε)}, {@code HXY2 = −Σ p_x(i)p_y(j) log2(p_x(i)p_y(j)+ε)}.
 *
 * <p>Aggregation: by default each feature is computed per direction and the mean over the directions is returned
 * (IBSI "3D averaged", ITBB; "2D averaged", BTW3 with force2D); a direction whose value is NaN (numpy's
 * {@code nanmean}) is skipped. With a {@code weightingNorm} the direction matrices are weighted and summed first
 * (IBSI "merged", IAZD). The "flat region" values below are those of a ROI with one grey level, where each matrix
 * is 1×1 (PyRadiomics baseline case {@code *_flatRegion}).
 */
public enum GlcmFeature implements FeatureDescriptor {
    /**
     * {@code Σ_i Σ_j p(i,j)·i·j}. IBSI QWB0. Flat region: {@code g²} for the single level g (1 for level 1).
     * Same definition in IBSI.
     */
    AUTOCORRELATION("Autocorrelation", "QWB0", false),
    /**
     * {@code μ_x = Σ_i Σ_j p(i,j)·i}. IBSI 60VM (joint average). Flat region: the level (1 for level 1).
     * Plain (not NaN-skipping) mean over directions, as PyRadiomics. Equals IBSI for a symmetric GLCM.
     */
    JOINT_AVERAGE("JointAverage", "60VM", false),
    /**
     * {@code Σ (i + j − μ_x − μ_y)⁴ p(i,j)}. IBSI AE86. Flat region: 0. Same as IBSI.
     */
    CLUSTER_PROMINENCE("ClusterProminence", "AE86", false),
    /** {@code Σ (i + j − μ_x − μ_y)³ p(i,j)}. IBSI 7NFM. Flat region: 0. Same as IBSI. */
    CLUSTER_SHADE("ClusterShade", "7NFM", false),
    /** {@code Σ (i + j − μ_x − μ_y)² p(i,j)}. IBSI DG8W. Flat region: 0. Same as IBSI. */
    CLUSTER_TENDENCY("ClusterTendency", "DG8W", false),
    /** {@code Σ (i − j)² p(i,j)}. IBSI ACUI. Flat region: 0. Same as IBSI. */
    CONTRAST("Contrast", "ACUI", false),
    /**
     * {@code (Σ p(i,j)(i − μ_x)(j − μ_y)) / (σ_x σ_y + ε)}; per direction 1 when {@code σ_x σ_y = 0}.
     * IBSI NI2N. Flat region: 1 (PyRadiomics convention; IBSI leaves it undefined). The ε in the divisor is
     * PyRadiomics', not IBSI's.
     */
    CORRELATION("Correlation", "NI2N", false),
    /** {@code Σ_k k·p_{x−y}(k)}. IBSI TF7R. Flat region: 0. Same as IBSI. */
    DIFFERENCE_AVERAGE("DifferenceAverage", "TF7R", false),
    /**
     * {@code −Σ_k p_{x−y}(k) log2(p_{x−y}(k) + ε)}. IBSI NTRS. Flat region: −3.2e-16 (the ε). IBSI has no ε.
     */
    DIFFERENCE_ENTROPY("DifferenceEntropy", "NTRS", false),
    /** {@code Σ_k (k − DA)² p_{x−y}(k)}, DA the difference average. IBSI D3YU. Flat region: 0. Same as IBSI. */
    DIFFERENCE_VARIANCE("DifferenceVariance", "D3YU", false),
    /**
     * Deprecated: {@code Σ |i − j| p(i,j)}, equal to {@link #DIFFERENCE_AVERAGE}. IBSI 8S9J. Flat region: 0.
     * PyRadiomics raises a DeprecationWarning and returns no value; radiomics4j computes it when asked by name.
     */
    DISSIMILARITY("Dissimilarity", "8S9J", true),
    /** {@code Σ p(i,j)²}. IBSI 8ZQL (angular second moment). Flat region: 1. Same as IBSI. */
    JOINT_ENERGY("JointEnergy", "8ZQL", false),
    /** {@code HXY = −Σ p(i,j) log2(p(i,j) + ε)}. IBSI TU9B. Flat region: −3.2e-16. IBSI has no ε. */
    JOINT_ENTROPY("JointEntropy", "TU9B", false),
    /**
     * Deprecated: {@code Σ p(i,j) / (1 + |i − j|)}, equal to {@link #ID}. IBSI IB1Z. Flat region: 1. PyRadiomics
     * returns no value; radiomics4j computes it when asked by name.
     */
    HOMOGENEITY1("Homogeneity1", "IB1Z", true),
    /**
     * Deprecated: {@code Σ p(i,j) / (1 + (i − j)²)}, equal to {@link #IDM}. IBSI WF0Z. Flat region: 1.
     * PyRadiomics returns no value; radiomics4j computes it when asked by name.
     */
    HOMOGENEITY2("Homogeneity2", "WF0Z", true),
    /**
     * {@code (HXY − HXY1) / max(HX, HY)}; per direction 0 when {@code max(HX, HY) = 0}. IBSI R8DG
     * (information correlation 1). Flat region: 0 (PyRadiomics convention). Entropies use log2(·+ε).
     */
    IMC1("Imc1", "R8DG", false),
    /**
     * {@code √(1 − e^{−2(HXY2 − HXY)})}; per direction 0 when {@code HXY2 = HXY}, and a direction where rounding
     * makes {@code HXY2 < HXY} is skipped (numpy yields NaN there); 0 if every direction is skipped. IBSI JN9H
     * (information correlation 2). Flat region: 0.
     */
    IMC2("Imc2", "JN9H", false),
    /** {@code Σ_k p_{x−y}(k) / (1 + k²)}. IBSI WF0Z. Flat region: 1. Same as IBSI. */
    IDM("Idm", "WF0Z", false),
    /**
     * Maximal correlation coefficient: {@code √λ₂}, λ₂ the second largest eigenvalue of
     * {@code Q(i,j) = Σ_k p(i,k)p(j,k) / (p_x(i)p_y(k) + ε)} (numpy's general eigenvalues sorted ascending, complex
     * square root, real part of the mean over directions). Not in IBSI. Flat region (1×1 matrix): 1. When all
     * eigenvalues are real, a direction with a negative λ₂ (rounding of a zero eigenvalue) gives NaN in numpy and is
     * skipped; 0 if every direction is skipped.
     */
    MCC("MCC", null, false),
    /** {@code Σ_k p_{x−y}(k) / (1 + k²/N_g²)}, N_g the highest bin. IBSI 1QCO. Flat region: 1. Same as IBSI. */
    IDMN("Idmn", "1QCO", false),
    /** {@code Σ_k p_{x−y}(k) / (1 + k)}. IBSI IB1Z. Flat region: 1. Same as IBSI. */
    ID("Id", "IB1Z", false),
    /** {@code Σ_k p_{x−y}(k) / (1 + k/N_g)}, N_g the highest bin. IBSI NDRX. Flat region: 1. Same as IBSI. */
    IDN("Idn", "NDRX", false),
    /** {@code Σ_{k≥1} p_{x−y}(k) / k²}. IBSI E8JP. Flat region: 0. Same as IBSI. */
    INVERSE_VARIANCE("InverseVariance", "E8JP", false),
    /** {@code max p(i,j)}. IBSI GYBY (joint maximum). Flat region: 1. Same as IBSI. */
    MAXIMUM_PROBABILITY("MaximumProbability", "GYBY", false),
    /**
     * {@code Σ_k k·p_{x+y}(k)}, k = 2..2N_g. IBSI ZGXS. Flat region: 2 for level 1 (twice the level).
     * Equals 2 × JointAverage for a symmetric GLCM. Same as IBSI.
     */
    SUM_AVERAGE("SumAverage", "ZGXS", false),
    /**
     * Deprecated: {@code Σ_k (k − SA)² p_{x+y}(k)}, equal to {@link #CLUSTER_TENDENCY}. IBSI OEEB. Flat region: 0.
     * PyRadiomics returns no value; radiomics4j computes it when asked by name.
     */
    SUM_VARIANCE("SumVariance", "OEEB", true),
    /** {@code −Σ_k p_{x+y}(k) log2(p_{x+y}(k) + ε)}. IBSI P6QZ. Flat region: −3.2e-16. IBSI has no ε. */
    SUM_ENTROPY("SumEntropy", "P6QZ", false),
    /**
     * {@code Σ (i − μ_x)² p(i,j)}. IBSI UR99 (joint variance). Flat region: 0. Equals IBSI for a symmetric GLCM.
     */
    SUM_SQUARES("SumSquares", "UR99", false);

    private final FeatureInfo info;

    GlcmFeature(String pyradiomicsName, String ibsiCode, boolean deprecated) {
        this.info = new FeatureInfo(pyradiomicsName, ibsiCode, deprecated);
    }

    @Override
    public FeatureInfo info() {
        return info;
    }
}
