package org.radiomics4j.stats.normality;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.radiomics4j.stats.SignificanceResult;
import org.radiomics4j.stats.internal.Checks;

/**
 * The Shapiro–Wilk test of normality, W and its P value by Royston's approximation: algorithm AS R94
 * (P. Royston, "Remark AS R94: A remark on algorithm AS 181: the W-test for normality", Applied Statistics
 * 44(4):547–551, 1995; and Royston 1992, Statistics and Computing 2:117–119).
 *
 * <p>W is the squared correlation between the ordered sample and Royston's approximations of the normal-order-score
 * coefficients \(a_i\); \(1-W\) is computed directly to avoid cancellation near 1. For n = 3 the P value is exact:
 * \(P = \frac{6}{\pi}(\arcsin\sqrt{W} - \pi/3)\). For 4 ≤ n ≤ 11 \(-\log(\gamma - \log(1-W))\), for n ≥ 12
 * \(\log(1-W)\), is referred to a normal distribution with polynomial mean and SD.
 *
 * <p>Agrees with R's {@code shapiro.test(x)} (which implements the same algorithm in double precision) to about
 * 1e-12, and with scipy's {@code scipy.stats.shapiro} to about 1e-7 (scipy works partly in single precision).
 * Like R, a sample whose values are all identical is rejected (W is undefined); scipy returns W = 1, P = 1 instead.
 * Thread-safe: instances are immutable.
 */
public final class ShapiroWilkTest {
    /** Smallest sample size (3) and largest (5000), as R. */
    public static final int MIN_SIZE = 3;
    /** Largest sample size, as R's {@code shapiro.test}. */
    public static final int MAX_SIZE = 5000;

    private static final ShapiroWilkTest DEFAULT = new ShapiroWilkTest();
    private static final NormalDistribution STD_NORMAL = NormalDistribution.of(0, 1);
    private static final double SMALL = 1e-19;
    private static final double[] G = {-2.273, .459};
    private static final double[] C1 = {0., .221157, -.147981, -2.07119, 4.434685, -2.706056};
    private static final double[] C2 = {0., .042981, -.293762, -1.752461, 5.682633, -3.582633};
    private static final double[] C3 = {.544, -.39978, .025054, -6.714e-4};
    private static final double[] C4 = {1.3822, -.77857, .062767, -.0020322};
    private static final double[] C5 = {-1.5861, -.31082, -.083751, .0038915};
    private static final double[] C6 = {-.4803, -.082676, .0030302};

    private ShapiroWilkTest() {
    }

    /** The test (it has no settings). */
    public static ShapiroWilkTest withDefaults() {
        return DEFAULT;
    }

    /**
     * The Shapiro–Wilk W statistic and P value.
     *
     * @param statistic W, in (0, 1]
     * @param pValue    P value of H0: the sample comes from a normal distribution
     * @param n         sample size
     */
    public record Result(double statistic, double pValue, int n) implements SignificanceResult {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Shapiro–Wilk: W = %.4f, P = %.4g (n = %d)", statistic, pValue, n);
        }
    }

    /**
     * Tests {@code x} (not modified) for normality.
     *
     * @throws IllegalArgumentException if x has a non-finite value, fewer than 3 or more than 5000 values, or all
     *         its values are identical (range below 1e-10, R's rule)
     */
    public Result test(double[] x) {
        Checks.requireFinite("x", x);
        Checks.requireMinSize("x", x, MIN_SIZE);
        if (x.length > MAX_SIZE) {
            throw new IllegalArgumentException("x must have at most " + MAX_SIZE + " values but had " + x.length);
        }
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        double range = s[n - 1] - s[0];
        if (range < 1e-10) {
            throw new IllegalArgumentException("x must not be constant (all values identical, range " + range
                    + "): the Shapiro–Wilk W is undefined");
        }
        if (range < 1) {
            for (int i = 0; i < n; i++) {
                s[i] /= range;
            }
        }
        return swilk(s);
    }

    /** Whether the Shapiro–Wilk test rejects {@code x} as constant (range below 1e-10, R's rule). */
    public static boolean isConstant(double[] x) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min < 1e-10;
    }

    private static Result swilk(double[] x) {
        int n = x.length;
        int nn2 = n / 2;
        double[] a = new double[nn2 + 1]; // 1-based
        double an = n;
        if (n == 3) {
            a[1] = Math.sqrt(0.5);
        } else {
            double an25 = an + .25;
            double summ2 = 0.0;
            for (int i = 1; i <= nn2; i++) {
                a[i] = STD_NORMAL.inverseCumulativeProbability((i - .375) / an25);
                summ2 += a[i] * a[i];
            }
            summ2 *= 2.;
            double ssumm2 = Math.sqrt(summ2);
            double rsn = 1. / Math.sqrt(an);
            double a1 = poly(C1, 6, rsn) - a[1] / ssumm2;
            int i1;
            double fac;
            if (n > 5) {
                i1 = 3;
                double a2 = -a[2] / ssumm2 + poly(C2, 6, rsn);
                fac = Math.sqrt((summ2 - 2. * (a[1] * a[1]) - 2. * (a[2] * a[2]))
                        / (1. - 2. * (a1 * a1) - 2. * (a2 * a2)));
                a[2] = a2;
            } else {
                i1 = 2;
                fac = Math.sqrt((summ2 - 2. * (a[1] * a[1])) / (1. - 2. * (a1 * a1)));
            }
            a[1] = a1;
            for (int i = i1; i <= nn2; i++) {
                a[i] /= -fac;
            }
        }
        double range = x[n - 1] - x[0];
        double xx = x[0] / range;
        double sx = xx;
        double sa = -a[1];
        for (int i = 1, j = n - 1; i < n; j--) {
            double xi = x[i] / range;
            sx += xi;
            i++;
            if (i != j) {
                sa += Integer.signum(i - j) * a[Math.min(i, j)];
            }
        }
        sa /= n;
        sx /= n;
        double ssa = 0;
        double ssx = 0;
        double sax = 0;
        for (int i = 0, j = n - 1; i < n; i++, j--) {
            double asa = i != j ? Integer.signum(i - j) * a[1 + Math.min(i, j)] - sa : -sa;
            double xsx = x[i] / range - sx;
            ssa += asa * asa;
            ssx += xsx * xsx;
            sax += asa * xsx;
        }
        double ssassx = Math.sqrt(ssa * ssx);
        double w1 = (ssassx - sax) * (ssassx + sax) / (ssa * ssx);
        double w = 1. - w1;
        if (n == 3) {
            double pi6 = 1.90985931710274;
            double stqr = 1.04719755119660;
            double pw = pi6 * (Math.asin(Math.sqrt(w)) - stqr);
            return new Result(w, Math.min(1.0, Math.max(0.0, pw)), n);
        }
        double y = Math.log(w1);
        double lxx = Math.log(an);
        double m;
        double sd;
        if (n <= 11) {
            double gamma = poly(G, 2, an);
            if (y >= gamma) {
                return new Result(w, 1e-99, n);
            }
            y = -Math.log(gamma - y);
            m = poly(C3, 4, an);
            sd = Math.exp(poly(C4, 4, an));
        } else {
            m = poly(C5, 4, lxx);
            sd = Math.exp(poly(C6, 3, lxx));
        }
        return new Result(w, NormalDistribution.of(m, sd).survivalProbability(y), n);
    }

    /** AS 181.2: cc[0] + cc[1] x + ... + cc[nord-1] x^(nord-1), evaluated as R does. */
    private static double poly(double[] cc, int nord, double x) {
        double ret = cc[0];
        if (nord > 1) {
            double p1 = x * cc[nord - 1];
            for (int j = nord - 2; j > 0; j--) {
                p1 = (p1 + cc[j]) * x;
            }
            ret += p1;
        }
        return ret;
    }

    @Override
    public String toString() {
        return "ShapiroWilkTest[AS R94, n 3..5000]";
    }
}
