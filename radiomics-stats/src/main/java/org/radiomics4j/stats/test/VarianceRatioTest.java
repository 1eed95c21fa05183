package org.radiomics4j.stats.test;

import java.util.Locale;
import org.apache.commons.statistics.distribution.FDistribution;
import org.radiomics4j.stats.AlternativeHypothesis;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.SignificanceResult;
import org.radiomics4j.stats.descriptive.DescriptiveSummary;
import org.radiomics4j.stats.internal.Checks;

/**
 * F test of equal variances: \(F = s_x^2 / s_y^2\) with df \((n_x-1, n_y-1)\); the two-sided P is
 * \(2\min(F_{cdf}(F), 1-F_{cdf}(F))\) and the CI of the variance ratio \([F/q_{1-\beta}, F/q_\beta]\),
 * \(\beta = (1-\text{level})/2\). Agrees with R's {@code var.test(x, y, alternative, conf.level)}. Sensitive to
 * non-normality (prefer {@link LeveneTest} with the median). A constant x gives F = 0 (as R); a constant y makes
 * F undefined (error).
 *
 * <p>Defaults: two-sided, 95%. Immutable and thread-safe.
 */
public final class VarianceRatioTest {
    private static final VarianceRatioTest DEFAULT = new VarianceRatioTest(AlternativeHypothesis.TWO_SIDED, 0.95);

    private final AlternativeHypothesis alternative;
    private final double confidenceLevel;

    private VarianceRatioTest(AlternativeHypothesis alternative, double confidenceLevel) {
        this.alternative = alternative;
        this.confidenceLevel = confidenceLevel;
    }

    /** Two-sided, 95%. */
    public static VarianceRatioTest withDefaults() {
        return DEFAULT;
    }

    /** A copy with another alternative about the ratio var(x)/var(y) versus 1. */
    public VarianceRatioTest with(AlternativeHypothesis a) {
        return new VarianceRatioTest(TTest.requireNonNull("alternative", a), confidenceLevel);
    }

    /**
     * A copy with another confidence level.
     *
     * @throws IllegalArgumentException if level is not in (0, 1)
     */
    public VarianceRatioTest withConfidenceLevel(double level) {
        return new VarianceRatioTest(alternative, Checks.requireLevel("confidenceLevel", level));
    }

    /**
     * Result of the F test.
     *
     * @param statistic          F = var(x)/var(y)
     * @param pValue             P value
     * @param df1                nx − 1
     * @param df2                ny − 1
     * @param confidenceInterval CI of the variance ratio
     */
    public record Result(double statistic, double pValue, int df1, int df2, ConfidenceInterval confidenceInterval)
            implements SignificanceResult {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "F test of variances: F(%d, %d) = %.4g, P = %.4g; ratio %s", df1, df2,
                    statistic, pValue, confidenceInterval);
        }
    }

    /**
     * Tests var(x) = var(y).
     *
     * @throws IllegalArgumentException if x or y has fewer than 2 values or a non-finite value, or y is constant
     */
    public Result test(double[] x, double[] y) {
        Checks.requireFinite("x", x);
        Checks.requireFinite("y", y);
        Checks.requireMinSize("x", x, 2);
        Checks.requireMinSize("y", y, 2);
        double vx = variance(x);
        double vy = variance(y);
        if (!(vy > 0)) {
            throw new IllegalArgumentException("y must not be constant: var(y) = 0 and the variance ratio is "
                    + "undefined");
        }
        int d1 = x.length - 1;
        int d2 = y.length - 1;
        double f = vx / vy;
        FDistribution dist = FDistribution.of(d1, d2);
        double cdf = dist.cumulativeProbability(f);
        double p;
        ConfidenceInterval ci;
        switch (alternative) {
            case GREATER -> {
                p = dist.survivalProbability(f);
                ci = new ConfidenceInterval(f / dist.inverseCumulativeProbability(confidenceLevel),
                        Double.POSITIVE_INFINITY, confidenceLevel);
            }
            case LESS -> {
                p = cdf;
                ci = new ConfidenceInterval(0, f / dist.inverseCumulativeProbability(1 - confidenceLevel),
                        confidenceLevel);
            }
            default -> {
                p = 2 * Math.min(cdf, dist.survivalProbability(f));
                double beta = (1 - confidenceLevel) / 2;
                ci = new ConfidenceInterval(f / dist.inverseCumulativeProbability(1 - beta),
                        f / dist.inverseCumulativeProbability(beta), confidenceLevel);
            }
        }
        return new Result(f, Math.min(1, p), d1, d2, ci);
    }

    private static double variance(double[] v) {
        double m = DescriptiveSummary.mean(v);
        double ss = 0;
        for (double d : v) {
            ss += (d - m) * (d - m);
        }
        return ss / (v.length - 1);
    }

    @Override
    public String toString() {
        return "VarianceRatioTest[" + alternative + ", confidenceLevel=" + confidenceLevel + "]";
    }
}
