package org.radiomics4j.stats.normality;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.radiomics4j.stats.SignificanceResult;
import org.radiomics4j.stats.descriptive.DescriptiveSummary;
import org.radiomics4j.stats.internal.Checks;

/**
 * Lilliefors (Kolmogorov–Smirnov) test of normality with estimated mean and SD (Lilliefors 1967):
 * \(D = \max(D^+, D^-)\) with \(p_{(i)} = \Phi((x_{(i)} - \bar x)/s)\), \(D^+ = \max(i/n - p_{(i)})\),
 * \(D^- = \max(p_{(i)} - (i-1)/n)\). P from the Dallal &amp; Wilkinson (1986) approximation (The American
 * Statistician 40:294–296; D scaled by \((n/100)^{0.49}\) for n &gt; 100); where that exceeds 0.1, from Stephens'
 * (1974) modified statistic \(Z = D(\sqrt n - 0.01 + 0.85/\sqrt n)\) with nortest's piecewise quartic
 * approximation. Agrees with R's {@code nortest::lillie.test(x)}; n ≥ 5.
 */
public final class LillieforsTest {
    private static final LillieforsTest DEFAULT = new LillieforsTest();
    private static final NormalDistribution STD_NORMAL = NormalDistribution.of(0, 1);

    private LillieforsTest() {
    }

    /** The test (it has no settings). */
    public static LillieforsTest withDefaults() {
        return DEFAULT;
    }

    /**
     * D and its P value.
     *
     * @param statistic D
     * @param pValue    approximate P value
     * @param n         sample size
     */
    public record Result(double statistic, double pValue, int n) implements SignificanceResult {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Lilliefors: D = %.4f, P = %.4g (n = %d)", statistic, pValue, n);
        }
    }

    /**
     * Tests {@code x} for normality.
     *
     * @throws IllegalArgumentException if x has a non-finite value, fewer than 5 values, or is constant
     */
    public Result test(double[] x) {
        Checks.requireFinite("x", x);
        Checks.requireMinSize("x", x, 5);
        if (ShapiroWilkTest.isConstant(x)) {
            throw new IllegalArgumentException("x must not be constant: the SD is 0");
        }
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        DescriptiveSummary d = DescriptiveSummary.of(s);
        double k = 0;
        for (int i = 0; i < n; i++) {
            double p = STD_NORMAL.cumulativeProbability((s[i] - d.mean()) / d.sd());
            k = Math.max(k, Math.max((i + 1.0) / n - p, p - (double) i / n));
        }
        double kd = n <= 100 ? k : k * Math.pow(n / 100.0, 0.49);
        double nd = Math.min(n, 100);
        double pv = Math.exp(-7.01256 * kd * kd * (nd + 2.78019) + 2.99587 * kd * Math.sqrt(nd + 2.78019)
                - 0.122119 + 0.974598 / Math.sqrt(nd) + 1.67997 / nd);
        if (pv > 0.1) {
            double kk = (Math.sqrt(n) - 0.01 + 0.85 / Math.sqrt(n)) * k;
            if (kk <= 0.302) {
                pv = 1;
            } else if (kk <= 0.5) {
                pv = 2.76773 - 19.828315 * kk + 80.709644 * kk * kk - 138.55152 * kk * kk * kk
                        + 81.218052 * kk * kk * kk * kk;
            } else if (kk <= 0.9) {
                pv = -4.901232 + 40.662806 * kk - 97.490286 * kk * kk + 94.029866 * kk * kk * kk
                        - 32.355711 * kk * kk * kk * kk;
            } else if (kk <= 1.31) {
                pv = 6.198765 - 19.558097 * kk + 23.186922 * kk * kk - 12.234627 * kk * kk * kk
                        + 2.423045 * kk * kk * kk * kk;
            } else {
                pv = 0;
            }
        }
        return new Result(k, Math.max(0, Math.min(1, pv)), n);
    }

    @Override
    public String toString() {
        return "LillieforsTest[n >= 5]";
    }
}
