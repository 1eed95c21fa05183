package org.radiomics4j.stats;

/**
 * What every hypothesis test returns: a test statistic and its P value. Test-specific result records implement it
 * and add their own fields (degrees of freedom, confidence intervals, the method that was used).
 *
 * <p><b>Non-finite values.</b> Result records keep plain {@code double}s, and a documented degenerate case can give
 * a non-finite one: a statistic of {@code +Infinity} (e.g. the ICC F when two readers agree exactly, with P = 0), an
 * infinite interval bound (one-sided intervals; an average-measure ICC bound at the Spearman–Brown pole). NaN is
 * never returned silently; where a method can return it, its javadoc says when. JSON has no such numbers, so every
 * JSON writer in the project writes them as the strings {@code "Infinity"}, {@code "-Infinity"} and {@code "NaN"}:
 * Jackson 2.x does so by default ({@code JsonWriteFeature.WRITE_NAN_AS_STRINGS}, enabled unless switched off), and
 * the CLI's writers map them explicitly. Readers of that JSON must accept these strings in number fields.
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
