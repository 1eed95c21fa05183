package org.radiomics4j.stats.normality;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.radiomics4j.stats.SignificanceResult;
import org.radiomics4j.stats.internal.Checks;

/**
 * Shapiro–Francia test of normality (Shapiro &amp; Francia 1972, JASA 67:215–216): \(W' = r^2\), the squared
 * correlation between the ordered sample and the normal scores \(m_i = \Phi^{-1}((i - 3/8)/(n + 1/4))\); P from
 * Royston's (1993) normal approximation of \(\log(1-W')\) with mean \(-1.2725 + 1.0521(\log\log n - \log n)\) and SD
 * \(1.0308 - 0.26758(\log\log n + 2/\log n)\) (Statistics and Computing 3:117–119). Agrees with R's
 * {@code nortest::sf.test(x)}; 5 ≤ n ≤ 5000.
 */
public final class ShapiroFranciaTest {
    private static final ShapiroFranciaTest DEFAULT = new ShapiroFranciaTest();
    private static final NormalDistribution STD_NORMAL = NormalDistribution.of(0, 1);

    private ShapiroFranciaTest() {
    }

    /** The test (it has no settings). */
    public static ShapiroFranciaTest withDefaults() {
        return DEFAULT;
    }

    /**
     * W' and its P value.
     *
     * @param statistic W'
     * @param pValue    upper-tail P of Royston's approximation
     * @param n         sample size
     */
    public record Result(double statistic, double pValue, int n) implements SignificanceResult {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Shapiro–Francia: W' = %.4f, P = %.4g (n = %d)", statistic, pValue, n);
        }
    }

    /**
     * Tests {@code x} for normality.
     *
     * @throws IllegalArgumentException if x has a non-finite value, fewer than 5 or more than 5000 values, or is
     *         constant
     */
    public Result test(double[] x) {
        Checks.requireFinite("x", x);
        Checks.requireMinSize("x", x, 5);
        if (x.length > 5000) {
            throw new IllegalArgumentException("x must have at most 5000 values but had " + x.length);
        }
        if (ShapiroWilkTest.isConstant(x)) {
            throw new IllegalArgumentException("x must not be constant: the correlation is undefined");
        }
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            m[i] = STD_NORMAL.inverseCumulativeProbability((i + 1 - 0.375) / (n + 0.25));
        }
        double r = correlation(s, m);
        double w = r * r;
        double u = Math.log(n);
        double v = Math.log(u);
        double mu = -1.2725 + 1.0521 * (v - u);
        double sig = 1.0308 - 0.26758 * (v + 2 / u);
        double z = (Math.log(1 - w) - mu) / sig;
        return new Result(w, STD_NORMAL.survivalProbability(z), n);
    }

    static double correlation(double[] a, double[] b) {
        int n = a.length;
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    @Override
    public String toString() {
        return "ShapiroFranciaTest[n 5..5000]";
    }
}
