package org.radiomics4j.core.features.internal;

/**
 * The NGTDM sums of the plain-Java reference kernel (the layout of
 * {@link org.radiomics4j.core.spi.FeatureKernelBackend#ngtdmSums}); {@code NgtdmKernels} derives the five features
 * from them.
 */
public final class NgtdmSums {
    private NgtdmSums() {
    }

    /** The seven sums {@code {N_vp, Σ s_i, Σ p_i s_i, contrast, |i p_i − j p_j|, complexity, strength}}. */
    public static double[] java(double[] levels, double[] n, double[] s) {
        int k = levels.length;
        double nvp = 0;
        double sumS = 0;
        for (int r = 0; r < k; r++) {
            nvp += n[r];
            sumS += s[r];
        }
        double[] p = new double[k];
        double sumPs = 0;
        for (int r = 0; r < k; r++) {
            p[r] = n[r] / nvp;
            sumPs += p[r] * s[r];
        }
        double contrastSum = 0;
        double absDiff = 0;
        double complexity = 0;
        double strengthSum = 0;
        for (int a = 0; a < k; a++) {
            double ia = levels[a];
            double pa = p[a];
            double psa = pa * s[a];
            double ipa = ia * pa;
            for (int b = 0; b < k; b++) {
                double d = ia - levels[b];
                double d2 = d * d;
                contrastSum += pa * p[b] * d2;
                absDiff += Math.abs(ipa - levels[b] * p[b]);
                complexity += Math.abs(d) * ((psa + p[b] * s[b]) / (pa + p[b]));
                strengthSum += (pa + p[b]) * d2;
            }
        }
        return new double[] {nvp, sumS, sumPs, contrastSum, absDiff, complexity, strengthSum};
    }
}
