package org.radiomics4j.stats.reliability;

/**
 * Cut-offs of {@link IccReliability}: ICC &lt; {@code stable} is unstable, {@code stable} ≤ ICC &lt;
 * {@code excellent} is stable, ICC ≥ {@code excellent} is excellent.
 *
 * @param stable    lower bound of "stable" (default 0.75)
 * @param excellent lower bound of "excellent" (default 0.90)
 */
public record IccThresholds(double stable, double excellent) {
    /** The study's thresholds: 0.75 and 0.90. */
    public static final IccThresholds DEFAULT = new IccThresholds(0.75, 0.90);

    /**
     * @throws IllegalArgumentException unless -1 &lt; stable &lt; excellent ≤ 1
     */
    public IccThresholds {
        if (!(stable > -1 && stable < excellent && excellent <= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy -1 < stable < excellent <= 1 but were stable="
                    + stable + ", excellent=" + excellent);
        }
    }

    /**
     * The class of an ICC value.
     *
     * @throws IllegalArgumentException if icc is NaN
     */
    public IccReliability classify(double icc) {
        if (Double.isNaN(icc)) {
            throw new IllegalArgumentException("icc must not be NaN");
        }
        return icc >= excellent ? IccReliability.EXCELLENT : icc >= stable ? IccReliability.STABLE
                : IccReliability.UNSTABLE;
    }
}
