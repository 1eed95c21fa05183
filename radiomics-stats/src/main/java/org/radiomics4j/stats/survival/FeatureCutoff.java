package org.radiomics4j.stats.survival;

import org.radiomics4j.stats.internal.Checks;

/**
 * Dichotomises a feature at a cutoff c into a high group ({@code feature > c}, code 1) and a low group (code 0),
 * MedCalc's "criterion &gt; c" convention (c an observed value, e.g. a Youden criterion).
 *
 * @param cutoff the cutoff (finite)
 */
public record FeatureCutoff(double cutoff) {
    /** Group code of {@code feature <= cutoff}. */
    public static final int LOW = 0;
    /** Group code of {@code feature > cutoff}. */
    public static final int HIGH = 1;

    /** Canonical constructor: validates and makes defensive immutable copies. */
    public FeatureCutoff {
        if (!Double.isFinite(cutoff)) {
            throw new IllegalArgumentException("cutoff must be finite but was " + cutoff);
        }
    }

    /** A cutoff at {@code c}. */
    public static FeatureCutoff of(double c) {
        return new FeatureCutoff(c);
    }

    /**
     * Group codes: {@link #HIGH} iff {@code feature[i] > cutoff}, else {@link #LOW}.
     *
     * @throws IllegalArgumentException if a value is not finite
     */
    public int[] groups(double[] feature) {
        Checks.requireFinite("feature", feature);
        int[] g = new int[feature.length];
        for (int i = 0; i < feature.length; i++) {
            g[i] = feature[i] > cutoff ? HIGH : LOW;
        }
        return g;
    }
}
