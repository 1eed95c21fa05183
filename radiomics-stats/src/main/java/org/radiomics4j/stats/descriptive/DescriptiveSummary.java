package org.radiomics4j.stats.descriptive;

import java.util.Arrays;
import java.util.Locale;
import org.radiomics4j.stats.internal.Checks;

/**
 * Descriptive statistics of one sample: size, mean, sample standard deviation (n − 1 denominator), median, first
 * and third quartiles under a stated {@link QuantileType}, minimum and maximum. Agrees with R's {@code length},
 * {@code mean}, {@code sd}, {@code median}, {@code quantile(v, c(.25, .5, .75), type)}, {@code min}, {@code max}.
 *
 * <p>The mean is computed with a second correcting pass (as R does); the SD with the two-pass formula
 * \(s = \sqrt{\sum (x_i-\bar x)^2/(n-1)}\). The median does not depend on the quantile type (all continuous types
 * give the usual median at p = 1/2).
 *
 * @param n            the number of values
 * @param mean         the arithmetic mean
 * @param sd           the sample standard deviation; 0 for n = 1 is not defined: see {@link #of(double[])}
 * @param median       the median
 * @param q1           the 25th percentile under {@code quantileType}
 * @param q3           the 75th percentile under {@code quantileType}
 * @param min          the smallest value
 * @param max          the largest value
 * @param quantileType the quartile definition used
 */
public record DescriptiveSummary(int n, double mean, double sd, double median, double q1, double q3, double min,
        double max, QuantileType quantileType) {

    /** Summary with type-7 quartiles (R/numpy default). */
    public static DescriptiveSummary of(double[] values) {
        return of(values, QuantileType.DEFAULT);
    }

    /**
     * Summary of {@code values} (not modified).
     *
     * @throws IllegalArgumentException if values has fewer than 2 values (the SD needs 2) or a non-finite value
     */
    public static DescriptiveSummary of(double[] values, QuantileType quantileType) {
        Checks.requireMinSize("values", values, 2);
        Checks.requireFinite("values", values);
        if (quantileType == null) {
            throw new IllegalArgumentException("quantileType must not be null");
        }
        int n = values.length;
        double mean = mean(values);
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new DescriptiveSummary(n, mean, Math.sqrt(ss / (n - 1)), QuantileType.TYPE_7.quantileOfSorted(sorted,
                0.5), quantileType.quantileOfSorted(sorted, 0.25), quantileType.quantileOfSorted(sorted, 0.75),
                sorted[0], sorted[n - 1], quantileType);
    }

    /**
     * The arithmetic mean with R's correction pass: \(\bar x = s/n + \sum (x_i - s/n)/n\).
     *
     * @throws IllegalArgumentException if values is empty or holds a non-finite value
     */
    public static double mean(double[] values) {
        Checks.requireMinSize("values", values, 1);
        Checks.requireFinite("values", values);
        double s = 0;
        for (double v : values) {
            s += v;
        }
        double m = s / values.length;
        double t = 0;
        for (double v : values) {
            t += v - m;
        }
        return m + t / values.length;
    }

    /** Interquartile range q3 − q1. */
    public double iqr() {
        return q3 - q1;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "n = %d, mean %.4g ± %.4g (SD), median %.4g (IQR %.4g–%.4g, R %s), range"
                + " %.4g–%.4g", n, mean, sd, median, q1, q3, quantileType.name().toLowerCase(Locale.ROOT)
                .replace('_', ' '), min, max);
    }
}
