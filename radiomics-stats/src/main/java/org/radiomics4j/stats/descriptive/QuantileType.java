package org.radiomics4j.stats.descriptive;

import java.util.Arrays;
import org.radiomics4j.stats.internal.Checks;

/**
 * Sample quantile definitions of Hyndman &amp; Fan (1996), "Sample quantiles in statistical packages", The American
 * Statistician 50(4):361–365, numbered as R's {@code quantile(x, p, type = t)}. The two definitions in common use are
 * offered (both verified against R in the tests); others can be added as constants.
 *
 * <p>For sorted values \(x_{(1)} \le \dots \le x_{(n)}\), each type defines \(m\) and takes \(j = \lfloor np + m
 * \rfloor\), \(g = np + m - j\), \(Q(p) = (1-g)\,x_{(j)} + g\,x_{(j+1)}\) with indices clamped to \([1, n]\). Type 7
 * is R's and numpy's default ({@code numpy.percentile(method='linear')}); type 6 is SPSS's and Minitab's. MedCalc's
 * own rule is not documented, so neither can be claimed to match it.
 */
public enum QuantileType {
    /** Type 6: m = p; \(p_k = k/(n+1)\) (SPSS, Minitab). */
    TYPE_6,
    /** Type 7: m = 1 − p; \(p_k = (k-1)/(n-1)\) (R and numpy default, Excel PERCENTILE.INC). */
    TYPE_7;

    /** The default used by {@link DescriptiveSummary}: type 7, as R and numpy. */
    public static final QuantileType DEFAULT = TYPE_7;

    /**
     * The {@code p}-quantile of {@code values} (not modified), as R's {@code quantile(values, p, type)}.
     *
     * @throws IllegalArgumentException if values is empty or holds a non-finite value, or p is not in [0, 1]
     */
    public double quantile(double[] values, double p) {
        Checks.requireMinSize("values", values, 1);
        Checks.requireFinite("values", values);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return quantileOfSorted(sorted, p);
    }

    /**
     * The {@code p}-quantile of values already sorted ascending (not checked).
     *
     * @throws IllegalArgumentException if p is not in [0, 1]
     */
    public double quantileOfSorted(double[] sorted, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1] but was " + p);
        }
        int n = sorted.length;
        if (n == 1) {
            return sorted[0];
        }
        if (this == TYPE_7) {
            // R: index <- 1 + (n - 1) * p; interpolate only where x[hi] differs
            double index = 1 + (n - 1) * p;
            int lo = (int) Math.floor(index);
            int hi = (int) Math.ceil(index);
            double q = sorted[lo - 1];
            double h = index - lo;
            if (index > lo && sorted[hi - 1] != q) {
                q = (1 - h) * q + h * sorted[hi - 1];
            }
            return q;
        }
        double m = p; // type 6
        // R: fuzz <- 4 * .Machine$double.eps
        double fuzz = 4 * Math.ulp(1.0);
        double nppm = n * p + m;
        int j = (int) Math.floor(nppm + fuzz);
        double h = nppm - j;
        if (Math.abs(h) < fuzz) {
            h = 0;
        }
        double xj = sorted[Math.max(0, Math.min(n - 1, j - 1))];
        double xj1 = sorted[Math.max(0, Math.min(n - 1, j))];
        if (h == 0) {
            return xj;
        }
        if (h == 1) {
            return xj1;
        }
        return (1 - h) * xj + h * xj1;
    }
}
