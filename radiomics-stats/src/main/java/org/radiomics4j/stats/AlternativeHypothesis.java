package org.radiomics4j.stats;

/**
 * The alternative hypothesis of a test comparing x with y (or an estimate with its null value):
 * R's {@code alternative = "two.sided" | "greater" | "less"}, scipy's {@code alternative=}.
 */
public enum AlternativeHypothesis {
    /** The parameter differs from its null value (either direction). */
    TWO_SIDED,
    /** The parameter is greater than its null value (x tends to exceed y). */
    GREATER,
    /** The parameter is less than its null value (x tends to be below y). */
    LESS
}
