package org.radiomics4j.stats.survival;

import java.util.Locale;

/**
 * Median survival time with its confidence interval, as R {@code summary(survfit(...))$table}: the median is the
 * smallest time with S(t) &le; 0.5 (the mean of that time and the next event time if S equals 0.5 exactly and
 * the curve drops again later); the
 * interval limits are the same quantile of the lower and upper pointwise confidence curves (Brookmeyer &amp;
 * Crowley 1982 type). {@code null} means not reached (R: NA).
 *
 * @param median          median time, or null if S never falls to 0.5
 * @param lower           lower confidence limit, or null
 * @param upper           upper confidence limit, or null
 * @param confidenceLevel the level of the interval
 */
public record MedianSurvival(Double median, Double lower, Double upper, double confidenceLevel) {

    /** Whether the median was reached. */
    public boolean reached() {
        return median != null;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "median %s (%.0f%% CI %s to %s)", text(median), confidenceLevel * 100,
                text(lower), text(upper));
    }

    private static String text(Double v) {
        return v == null ? "not reached" : String.format(Locale.ROOT, "%.4g", v);
    }
}
