package org.radiomics4j.stats.internal;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.radiomics4j.stats.ConfidenceInterval;

/**
 * Distribution helpers shared by the ROC, survival and regression packages (normal and chi-square tails,
 * Clopper–Pearson intervals). Stateless; thread-safe.
 */
public final class StatsDistributions {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private StatsDistributions() {
    }

    /** The standard normal quantile {@code z} with {@code P(Z <= z) = p} (R {@code qnorm(p)}). */
    public static double normalQuantile(double p) {
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }

    /** The two-sided critical value {@code qnorm(1 - (1 - level) / 2)}; 1.959963984540054 for level 0.95. */
    public static double twoSidedCritical(double level) {
        return STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - level) / 2);
    }

    /**
     * Two-sided normal P value {@code 2 * pnorm(-|z|)}; 0 for infinite z. The caller must not pass NaN.
     */
    public static double twoSidedNormalP(double z) {
        if (Double.isNaN(z)) {
            throw new IllegalArgumentException("z must not be NaN");
        }
        return Math.min(1.0, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)));
    }

    /** Upper tail {@code pchisq(x, df, lower.tail = FALSE)}; 1 for {@code x <= 0}. */
    public static double chiSquareUpperP(double x, int df) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("chi-square statistic must not be NaN");
        }
        if (x <= 0) {
            return 1.0;
        }
        return ChiSquaredDistribution.of(df).survivalProbability(x);
    }

    /**
     * Clopper–Pearson exact interval for a binomial proportion {@code x / n} (Clopper &amp; Pearson 1934), as R
     * {@code binom.test(x, n, conf.level = level)$conf.int}: lower = {@code qbeta(a/2, x, n-x+1)} (0 if x = 0),
     * upper = {@code qbeta(1-a/2, x+1, n-x)} (1 if x = n).
     */
    public static ConfidenceInterval clopperPearson(int x, int n, double level) {
        if (n <= 0 || x < 0 || x > n) {
            throw new IllegalArgumentException("binomial counts must satisfy 0 <= x <= n, n > 0 but were x=" + x
                    + ", n=" + n);
        }
        double alpha = 1 - level;
        double lower = x == 0 ? 0.0 : BetaDistribution.of(x, n - x + 1.0).inverseCumulativeProbability(alpha / 2);
        double upper = x == n ? 1.0 : BetaDistribution.of(x + 1.0, n - x).inverseCumulativeProbability(1 - alpha / 2);
        return new ConfidenceInterval(lower, upper, level);
    }
}
