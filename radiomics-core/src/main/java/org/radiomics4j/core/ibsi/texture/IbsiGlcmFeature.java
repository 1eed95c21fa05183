package org.radiomics4j.core.ibsi.texture;

import org.radiomics4j.core.ibsi.IbsiFeature;

/**
 * The 25 IBSI grey level co-occurrence matrix features (IBSI manual, section 3.6, family code LFYI). With
 * p_ij the normalised symmetric co-occurrence matrix (i, j = 1..N_g), the marginals p_i. = Σ_j p_ij and
 * p_.j = Σ_i p_ij, μ_i. = Σ i·p_i., σ²_i. = Σ (i − μ_i.)²·p_i. (same for j), the diagonal probabilities
 * p_{i−j}(k) = Σ_{|i−j|=k} p_ij (k = 0..N_g−1) and cross-diagonal ones p_{i+j}(k) = Σ_{i+j=k} p_ij (k = 2..2N_g).
 * Logarithms are base 2. Differences from PyRadiomics' GLCM class are noted per feature; PyRadiomics' default
 * (features per 3-D direction, averaged) corresponds to {@code ITBB}.
 */
public enum IbsiGlcmFeature implements IbsiFeature {
    /** GYBY: max p_ij. */
    JOINT_MAXIMUM("GYBY", "JointMaximum"),
    /** 60VM: μ = Σ i·p_ij. */
    JOINT_AVERAGE("60VM", "JointAverage"),
    /** UR99: Σ (i − μ)²·p_ij. */
    JOINT_VARIANCE("UR99", "JointVariance"),
    /** TU9B: −Σ p_ij·log2 p_ij. */
    JOINT_ENTROPY("TU9B", "JointEntropy"),
    /** TF7R: μ_{x−y} = Σ k·p_{i−j}(k). */
    DIFFERENCE_AVERAGE("TF7R", "DifferenceAverage"),
    /** D3YU: Σ (k − μ_{x−y})²·p_{i−j}(k). */
    DIFFERENCE_VARIANCE("D3YU", "DifferenceVariance"),
    /** NTRS: −Σ p_{i−j}(k)·log2 p_{i−j}(k). */
    DIFFERENCE_ENTROPY("NTRS", "DifferenceEntropy"),
    /** ZGXS: μ_{x+y} = Σ k·p_{i+j}(k). */
    SUM_AVERAGE("ZGXS", "SumAverage"),
    /** OEEB: Σ (k − μ_{x+y})²·p_{i+j}(k). */
    SUM_VARIANCE("OEEB", "SumVariance"),
    /** P6QZ: −Σ p_{i+j}(k)·log2 p_{i+j}(k). */
    SUM_ENTROPY("P6QZ", "SumEntropy"),
    /** 8ZQL: Σ p_ij² (energy). */
    ANGULAR_SECOND_MOMENT("8ZQL", "AngularSecondMoment"),
    /** ACUI: Σ (i − j)²·p_ij. */
    CONTRAST("ACUI", "Contrast"),
    /** 8S9J: Σ |i − j|·p_ij. */
    DISSIMILARITY("8S9J", "Dissimilarity"),
    /** IB1Z: Σ p_ij/(1 + |i − j|). */
    INVERSE_DIFFERENCE("IB1Z", "InverseDifference"),
    /** NDRX: Σ p_ij/(1 + |i − j|/N_g). */
    NORMALISED_INVERSE_DIFFERENCE("NDRX", "NormalisedInverseDifference"),
    /** WF0Z: Σ p_ij/(1 + (i − j)²). */
    INVERSE_DIFFERENCE_MOMENT("WF0Z", "InverseDifferenceMoment"),
    /** 1QCO: Σ p_ij/(1 + (i − j)²/N_g²). */
    NORMALISED_INVERSE_DIFFERENCE_MOMENT("1QCO", "NormalisedInverseDifferenceMoment"),
    /** E8JP: Σ_{k ≥ 1} p_{i−j}(k)/k². */
    INVERSE_VARIANCE("E8JP", "InverseVariance"),
    /** NI2N: Σ (i − μ_i.)(j − μ_.j)·p_ij/(σ_i.·σ_.j); 1 for a flat region (σ = 0), as PyRadiomics. */
    CORRELATION("NI2N", "Correlation"),
    /** QWB0: Σ i·j·p_ij. */
    AUTOCORRELATION("QWB0", "Autocorrelation"),
    /** DG8W: Σ (i + j − μ_i. − μ_.j)²·p_ij. */
    CLUSTER_TENDENCY("DG8W", "ClusterTendency"),
    /** 7NFM: Σ (i + j − μ_i. − μ_.j)³·p_ij. */
    CLUSTER_SHADE("7NFM", "ClusterShade"),
    /** AE86: Σ (i + j − μ_i. − μ_.j)⁴·p_ij. */
    CLUSTER_PROMINENCE("AE86", "ClusterProminence"),
    /**
     * R8DG: (HXY − HXY1)/max(HX, HY), HXY the joint entropy, HXY1 = −Σ p_ij·log2(p_i.·p_.j), HX, HY the marginal
     * entropies; 0 when HX = HY = 0.
     */
    INFORMATION_CORRELATION_1("R8DG", "InformationCorrelation1"),
    /** JN9H: sqrt(1 − exp(−2·(HXY2 − HXY))), HXY2 = −Σ p_i.·p_.j·log2(p_i.·p_.j). */
    INFORMATION_CORRELATION_2("JN9H", "InformationCorrelation2");

    private final String code;
    private final String outputName;

    IbsiGlcmFeature(String code, String outputName) {
        this.code = code;
        this.outputName = outputName;
    }

    @Override
    public String family() {
        return "glcm";
    }

    @Override
    public String ibsiCode() {
        return code;
    }

    @Override
    public String outputName() {
        return outputName;
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }

    /** All 25 features, in enum order, from the counts of a non-empty GLCM over N_g grey levels. */
    static double[] compute(CountMatrix m, int ng) {
        double total = m.sum();
        double[] p = new double[ng * ng];
        double[] pi = new double[ng];
        double[] pj = new double[ng];
        double[] pDiff = new double[ng];
        double[] pSum = new double[2 * ng + 1];
        double max = 0;
        for (int i = 0; i < ng; i++) {
            for (int j = 0; j < ng; j++) {
                double v = m.get(i, j) / total;
                p[i * ng + j] = v;
                pi[i] += v;
                pj[j] += v;
                pDiff[Math.abs(i - j)] += v;
                pSum[i + j + 2] += v;
                max = Math.max(max, v);
            }
        }
        double mu = 0;
        double mui = 0;
        double muj = 0;
        for (int i = 0; i < ng; i++) {
            mui += (i + 1) * pi[i];
            muj += (i + 1) * pj[i];
        }
        double jointEntropy = 0;
        double asm = 0;
        double contrast = 0;
        double dissimilarity = 0;
        double id = 0;
        double idn = 0;
        double idm = 0;
        double idmn = 0;
        double autocorrelation = 0;
        double cov = 0;
        double tendency = 0;
        double shade = 0;
        double prominence = 0;
        double hxy1 = 0;
        double hxy2 = 0;
        for (int i = 0; i < ng; i++) {
            for (int j = 0; j < ng; j++) {
                double v = p[i * ng + j];
                int gi = i + 1;
                int gj = j + 1;
                double pij = pi[i] * pj[j];
                if (pij > 0) {
                    hxy2 -= pij * log2(pij);
                }
                if (v == 0) {
                    continue;
                }
                mu += gi * v;
                jointEntropy -= v * log2(v);
                asm += v * v;
                double d = Math.abs(gi - gj);
                contrast += d * d * v;
                dissimilarity += d * v;
                id += v / (1 + d);
                idn += v / (1 + d / ng);
                idm += v / (1 + d * d);
                idmn += v / (1 + d * d / ((double) ng * ng));
                autocorrelation += gi * gj * v;
                cov += (gi - mui) * (gj - muj) * v;
                double c = gi + gj - mui - muj;
                tendency += c * c * v;
                shade += c * c * c * v;
                prominence += c * c * c * c * v;
                hxy1 -= v * log2(pij);
            }
        }
        double jointVariance = 0;
        for (int i = 0; i < ng; i++) {
            for (int j = 0; j < ng; j++) {
                jointVariance += (i + 1 - mu) * (i + 1 - mu) * p[i * ng + j];
            }
        }
        double varI = 0;
        double varJ = 0;
        double hx = 0;
        double hy = 0;
        for (int i = 0; i < ng; i++) {
            varI += (i + 1 - mui) * (i + 1 - mui) * pi[i];
            varJ += (i + 1 - muj) * (i + 1 - muj) * pj[i];
            if (pi[i] > 0) {
                hx -= pi[i] * log2(pi[i]);
            }
            if (pj[i] > 0) {
                hy -= pj[i] * log2(pj[i]);
            }
        }
        double diffAvg = 0;
        double diffEntropy = 0;
        double inverseVariance = 0;
        for (int k = 0; k < ng; k++) {
            diffAvg += k * pDiff[k];
            if (pDiff[k] > 0) {
                diffEntropy -= pDiff[k] * log2(pDiff[k]);
            }
            if (k > 0) {
                inverseVariance += pDiff[k] / ((double) k * k);
            }
        }
        double diffVar = 0;
        for (int k = 0; k < ng; k++) {
            diffVar += (k - diffAvg) * (k - diffAvg) * pDiff[k];
        }
        double sumAvg = 0;
        double sumEntropy = 0;
        for (int k = 2; k <= 2 * ng; k++) {
            sumAvg += k * pSum[k];
            if (pSum[k] > 0) {
                sumEntropy -= pSum[k] * log2(pSum[k]);
            }
        }
        double sumVar = 0;
        for (int k = 2; k <= 2 * ng; k++) {
            sumVar += (k - sumAvg) * (k - sumAvg) * pSum[k];
        }
        double correlation = varI > 0 && varJ > 0 ? cov / Math.sqrt(varI * varJ) : 1;
        double hmax = Math.max(hx, hy);
        double imc1 = hmax > 0 ? (jointEntropy - hxy1) / hmax : 0;
        double imc2 = Math.sqrt(Math.max(0, 1 - Math.exp(-2 * (hxy2 - jointEntropy))));
        return new double[] {max, mu, jointVariance, jointEntropy, diffAvg, diffVar, diffEntropy, sumAvg, sumVar,
            sumEntropy, asm, contrast, dissimilarity, id, idn, idm, idmn, inverseVariance, correlation,
            autocorrelation, tendency, shade, prominence, imc1, imc2};
    }
}
