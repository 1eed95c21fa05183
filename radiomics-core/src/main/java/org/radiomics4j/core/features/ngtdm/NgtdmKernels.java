package org.radiomics4j.core.features.ngtdm;

import org.radiomics4j.core.features.internal.NgtdmSums;
import org.radiomics4j.core.spi.FeatureKernelBackend;


/**
 * NGTDM feature kernels: the plain-Java reference, or the sums of another {@link FeatureKernelBackend}, over the same buffers ({@code i}, {@code n_i},
 * {@code s_i} of the present grey levels). Degenerate cases follow PyRadiomics (see {@link NgtdmFeature}).
 */
final class NgtdmKernels {
    /** PyRadiomics' Coarseness when {@code Σ p_i·s_i = 0}. */
    static final double COARSENESS_CAP = 1e6;

    private NgtdmKernels() {
    }

    static NgtdmStatistics java(double[] levels, double[] n, double[] s) {
        return fromSums(check(levels, n, s), NgtdmSums.java(levels, n, s));
    }

    /** The features from a backend's {@link FeatureKernelBackend#ngtdmSums} (after the same input checks). */
    static NgtdmStatistics of(FeatureKernelBackend backend, double[] levels, double[] n, double[] s) {
        return fromSums(check(levels, n, s), backend.ngtdmSums(levels, n, s));
    }

    private static NgtdmStatistics fromSums(int k, double[] v) {
        return finish(k, v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }

    private static NgtdmStatistics finish(int k, double nvp, double sumS, double sumPs, double contrastSum,
            double absDiff, double complexitySum, double strengthSum) {
        boolean capped = sumPs == 0;
        double coarseness = capped ? COARSENESS_CAP : 1 / sumPs;
        boolean single = k == 1;
        double contrast = single ? 0 : contrastSum / ((double) k * (k - 1)) * (sumS / nvp);
        boolean zeroDen = absDiff == 0;
        double busyness = zeroDen ? 0 : sumPs / absDiff;
        double complexity = complexitySum / nvp;
        boolean zeroSum = sumS == 0;
        double strength = zeroSum ? 0 : strengthSum / sumS;
        return new NgtdmStatistics(coarseness, contrast, busyness, complexity, strength, capped, single, zeroDen,
                zeroSum);
    }

    private static int check(double[] levels, double[] n, double[] s) {
        if (n.length != levels.length || s.length != levels.length) {
            throw new IllegalArgumentException("levels, n and s must have the same length but had " + levels.length
                    + ", " + n.length + ", " + s.length);
        }
        if (levels.length == 0) {
            throw new IllegalArgumentException("NGTDM has no grey level");
        }
        return levels.length;
    }
}
