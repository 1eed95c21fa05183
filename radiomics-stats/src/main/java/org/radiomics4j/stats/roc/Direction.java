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
     * Choose the direction whose AUC is &ge; 0.5, as MedCalc reports it. The choice compares exact counts: with
     * U the Mann–Whitney count for HIGHER_IS_POSITIVE (pairs won plus half the tied pairs), the direction is
     * HIGHER_IS_POSITIVE iff {@code 2U >= n1·n0}, an integer comparison, so rounding can never yield an AUC below
     * 0.5. Tie rule: when the AUC is exactly 0.5 (2U = n1·n0) both directions have AUC 0.5 and
     * HIGHER_IS_POSITIVE is chosen, because the score is then reported as given (no sign flip, criteria read
     * "&gt; c"), which is MedCalc's default reading and pROC's {@code direction = "<"}. pROC's {@code direction = "auto"} compares the medians of the two classes instead (see
     * {@link #AUTO_BY_MEDIANS}); the two rules disagree when the median comparison and the Mann–Whitney AUC point
     * different ways.
     */
    AUTO,
    /**
     * pROC's {@code direction = "auto"} rule: HIGHER_IS_POSITIVE iff median(negatives) &le; median(positives),
     * else LOWER_IS_POSITIVE (the AUC can then be below 0.5). Use it to reproduce pROC-based analyses.
     */
    AUTO_BY_MEDIANS
}
