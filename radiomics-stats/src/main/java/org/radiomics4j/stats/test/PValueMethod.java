package org.radiomics4j.stats.test;

/** How a rank test computes its P value. */
public enum PValueMethod {
    /**
     * R's {@code wilcox.test} default: exact when both samples have fewer than 50 values and there are no ties,
     * otherwise the normal approximation.
     */
    AUTO,
    /**
     * The exact permutation distribution. Without ties this is the classical exact null distribution of U
     * (R {@code exact = TRUE}, scipy {@code method = 'exact'}); with ties it is the exact distribution conditional on
     * the observed mid-ranks (R {@code coin::wilcox_test(distribution = "exact")}), not what R's
     * {@code wilcox.test} does (it falls back to the normal approximation with a warning).
     */
    EXACT,
    /** The normal approximation with tie-corrected variance (continuity correction as configured). */
    ASYMPTOTIC
}
