package org.radiomics4j.stats;

/**
 * What every hypothesis test returns: a test statistic and its P value. Test-specific result records implement it
 * and add their own fields (degrees of freedom, confidence intervals, the method that was used).
 */
public interface SignificanceResult {

    /** The test statistic (t, U, chi-square, z, ...), as the test's javadoc defines it. */
    double statistic();

    /** The P value, in [0, 1]. */
    double pValue();

    /**
     * Whether the null hypothesis is rejected at significance level {@code alpha}: {@code pValue() < alpha}.
     *
     * @throws IllegalArgumentException if alpha is not in (0, 0.5]
     */
    default boolean reject(double alpha) {
        if (!(alpha > 0 && alpha <= 0.5)) {
            throw new IllegalArgumentException("alpha must be in (0, 0.5] but was " + alpha);
        }
        return pValue() < alpha;
    }
}
