package org.radiomics4j.stats.normality;

import java.util.Locale;
import org.radiomics4j.stats.SignificanceResult;
import org.radiomics4j.stats.internal.Checks;

/**
 * D'Agostino–Pearson omnibus K² test of normality: \(K^2 = Z_s^2 + Z_k^2\), with \(Z_s\) the D'Agostino (1970)
 * transform of the sample skewness \(\sqrt{b_1}\) and \(Z_k\) the Anscombe–Glynn (1983) transform of the sample
 * kurtosis \(b_2\) (both with biased moments), referred to \(\chi^2_2\): \(P = e^{-K^2/2}\).
 * R. B. D'Agostino, A. Belanger, R. B. D'Agostino Jr, "A suggestion for using powerful and informative tests of
 * normality", The American Statistician 44(4):316–321, 1990.
 *
 * <p>Agrees with scipy's {@code scipy.stats.normaltest(x)}. Like scipy it needs n ≥ 8 (scipy returns NaN below
 * that; here it is an error); results for n &lt; 20 are unreliable (scipy warns).
 */
public final class DAgostinoPearsonTest {
    /** Smallest sample size (8, scipy's limit for the skewness test). */
    public static final int MIN_SIZE = 8;
    private static final DAgostinoPearsonTest DEFAULT = new DAgostinoPearsonTest();

    private DAgostinoPearsonTest() {
    }

    /** The test (it has no settings). */
    public static DAgostinoPearsonTest withDefaults() {
        return DEFAULT;
    }

    /**
     * The K² statistic, its components and P value.
     *
     * @param statistic K²
     * @param pValue    \(P(\chi^2_2 \ge K^2)\)
     * @param zSkewness the skewness z score \(Z_s\)
     * @param zKurtosis the kurtosis z score \(Z_k\)
     * @param n         sample size
     */
    public record Result(double statistic, double pValue, double zSkewness, double zKurtosis, int n)
            implements SignificanceResult {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "D'Agostino–Pearson: K² = %.4f, P = %.4g (n = %d)", statistic, pValue,
                    n);
        }
    }

    /**
     * Tests {@code x} for normality.
     *
     * @throws IllegalArgumentException if x has a non-finite value, fewer than 8 values, or zero variance
     */
    public Result test(double[] x) {
        Checks.requireFinite("x", x);
        Checks.requireMinSize("x", x, MIN_SIZE);
        double n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double v : x) {
            double d = v - mean;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        if (!(m2 > 0) || m2 <= 1e-28 * mean * mean) {
            throw new IllegalArgumentException("x must not be constant: skewness and kurtosis are undefined");
        }
        double b1 = m3 / Math.pow(m2, 1.5);
        double b2 = m4 / (m2 * m2);
        // skewness test
        double y = b1 * Math.sqrt(((n + 1) * (n + 3)) / (6.0 * (n - 2)));
        double beta2 = 3.0 * (n * n + 27 * n - 70) * (n + 1) * (n + 3) / ((n - 2.0) * (n + 5) * (n + 7) * (n + 9));
        double w2 = -1 + Math.sqrt(2 * (beta2 - 1));
        double delta = 1 / Math.sqrt(0.5 * Math.log(w2));
        double alpha = Math.sqrt(2.0 / (w2 - 1));
        if (y == 0) {
            y = 1;
        }
        double zs = delta * Math.log(y / alpha + Math.sqrt((y / alpha) * (y / alpha) + 1));
        // kurtosis test
        double e = 3.0 * (n - 1) / (n + 1);
        double varb2 = 24.0 * n * (n - 2) * (n - 3) / ((n + 1) * (n + 1) * (n + 3) * (n + 5));
        double xk = (b2 - e) / Math.sqrt(varb2);
        double sqrtbeta1 = 6.0 * (n * n - 5 * n + 2) / ((n + 7) * (n + 9))
                * Math.sqrt((6.0 * (n + 3) * (n + 5)) / (n * (n - 2) * (n - 3)));
        double a = 6.0 + 8.0 / sqrtbeta1 * (2.0 / sqrtbeta1 + Math.sqrt(1 + 4.0 / (sqrtbeta1 * sqrtbeta1)));
        double term1 = 1 - 2 / (9.0 * a);
        double denom = 1 + xk * Math.sqrt(2 / (a - 4.0));
        if (denom == 0) {
            throw new IllegalArgumentException("x gives a degenerate kurtosis transform (denominator 0)");
        }
        double term2 = Math.signum(denom) * Math.pow((1 - 2.0 / a) / Math.abs(denom), 1 / 3.0);
        double zk = (term1 - term2) / Math.sqrt(2 / (9.0 * a));
        double k2 = zs * zs + zk * zk;
        return new Result(k2, Math.exp(-k2 / 2), zs, zk, x.length);
    }

    @Override
    public String toString() {
        return "DAgostinoPearsonTest[n >= 8]";
    }
}
