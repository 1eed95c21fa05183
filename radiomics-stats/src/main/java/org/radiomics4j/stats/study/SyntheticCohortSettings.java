package org.radiomics4j.stats.study;

/**
 * Settings of the ADASYN synthetic cohort and Table 4 ({@link SyntheticCohortStep}).
 *
 * @param positiveCount   synthetic subjects of the positive group (default 87; 0 with {@code negativeCount} 0 = no
 *                        synthetic cohort)
 * @param negativeCount   synthetic subjects of the negative group (default 90)
 * @param seed            RNG seed (default 1); same seed, same cohort
 * @param neighbours      ADASYN K (default 5)
 * @param standardize     whether features are z-scored with the study cohort's mean and population SD (as
 *                        scikit-learn's StandardScaler) before the neighbour search and interpolation, the synthetic
 *                        rows being transformed back (default true, so that a feature on a large scale such as
 *                        Energy does not decide every neighbour); false = raw features, Euclidean distance
 * @param confidenceLevel level of the Table 4 intervals (default 0.95)
 * @param normalityAlpha  Shapiro–Wilk level of the synthetic re-test (default 0.05)
 */
public record SyntheticCohortSettings(int positiveCount, int negativeCount, long seed, int neighbours,
        boolean standardize, double confidenceLevel, double normalityAlpha) {

    public SyntheticCohortSettings {
        if (positiveCount < 0) {
            throw new IllegalArgumentException("syntheticPositiveCount must be >= 0 but was " + positiveCount);
        }
        if (negativeCount < 0) {
            throw new IllegalArgumentException("syntheticNegativeCount must be >= 0 but was " + negativeCount);
        }
        if (neighbours < 1) {
            throw new IllegalArgumentException("adasynNeighbours must be >= 1 but was " + neighbours);
        }
        StudyDesign.requireConfidence(confidenceLevel);
        StudyDesign.requireLevel("normalityAlpha", normalityAlpha);
    }

    /** The defaults listed on the components. */
    public static SyntheticCohortSettings withDefaults() {
        return new SyntheticCohortSettings(87, 90, 1, 5, true, 0.95, 0.05);
    }

    /** Whether a synthetic cohort is requested. */
    public boolean requested() {
        return positiveCount + negativeCount > 0;
    }
}
