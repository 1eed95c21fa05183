package org.radiomics4j.stats.regression;

/**
 * Separation of the outcome classes by the predictors (Albert &amp; Anderson 1984), checked by linear programming
 * before fitting (see {@link LogisticRegression}).
 */
public enum Separation {
    /** No separation: the maximum-likelihood estimate exists and is finite. */
    NONE,
    /**
     * Quasi-complete separation: a linear combination of the predictors separates the classes except for ties on
     * the boundary. At least one coefficient is infinite; the deviance tends to a positive limit.
     */
    QUASI_COMPLETE,
    /**
     * Complete separation: a linear combination of the predictors separates the classes perfectly. The
     * coefficients are infinite and the deviance tends to 0.
     */
    COMPLETE
}
