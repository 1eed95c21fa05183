package org.radiomics4j.stats.roc;

/**
 * Which side of a criterion counts as test-positive (label 1 = positive class).
 */
public enum Direction {
    /**
     * Higher scores indicate the positive class: a subject is test-positive iff {@code score > c}. pROC
     * {@code direction = "<"} (controls &lt; cases).
     */
    HIGHER_IS_POSITIVE,
    /**
     * Lower scores indicate the positive class: a subject is test-positive iff {@code score <= c}. pROC
     * {@code direction = ">"}.
     */
    LOWER_IS_POSITIVE,
    /**
     * Choose the direction whose AUC is &ge; 0.5 (HIGHER_IS_POSITIVE when the AUC is exactly 0.5), as MedCalc
     * reports it. pROC's {@code direction = "auto"} compares the medians of the two classes instead; the two rules
     * agree except in rare cases where the median comparison and the Mann–Whitney AUC disagree.
     */
    AUTO
}
