package org.radiomics4j.stats.test;

import java.util.Locale;
import org.apache.commons.statistics.distribution.TDistribution;
import org.radiomics4j.stats.AlternativeHypothesis;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.SignificanceResult;
import org.radiomics4j.stats.descriptive.DescriptiveSummary;
import org.radiomics4j.stats.internal.Checks;

/**
 * Two-sample t test of the difference in means \(\Delta = \bar x - \bar y\), with its confidence interval.
 *
 * <ul>
 * <li>{@link VarianceAssumption#EQUAL} (Student): \(s_p^2 = \frac{(n_x-1)s_x^2 + (n_y-1)s_y^2}{n_x+n_y-2}\),
 * \(SE = s_p\sqrt{1/n_x + 1/n_y}\), df \(= n_x + n_y - 2\).</li>
 * <li>{@link VarianceAssumption#UNEQUAL} (Welch 1947): \(SE = \sqrt{s_x^2/n_x + s_y^2/n_y}\),
 * df \(= SE^4 / \big(\frac{(s_x^2/n_x)^2}{n_x-1} + \frac{(s_y^2/n_y)^2}{n_y-1}\big)\).</li>
 * </ul>
 * \(t = \Delta / SE\); the CI is \(\Delta \pm t_{df,1-\alpha/2}\,SE\) (one-sided alternatives give a one-sided
 * interval with an infinite bound). Agrees with R's {@code t.test(x, y, var.equal, alternative, conf.level)} and
 * scipy's {@code ttest_ind(x, y, equal_var)} with {@code confidence_interval()}.
 *
 * <p>Defaults: Welch (R's default), two-sided, 95%. Immutable and thread-safe; {@code with*} return copies.
 * Example: {@code TTest.withDefaults().with(VarianceAssumption.EQUAL).test(x, y)}.
 */
public final class TTest {
    private static final TTest DEFAULT = new TTest(VarianceAssumption.UNEQUAL, AlternativeHypothesis.TWO_SIDED, 0.95);

    private final VarianceAssumption variance;
    private final AlternativeHypothesis alternative;
    private final double confidenceLevel;

    private TTest(VarianceAssumption variance, AlternativeHypothesis alternative, double confidenceLevel) {
        this.variance = variance;
        this.alternative = alternative;
        this.confidenceLevel = confidenceLevel;
    }

    /** Welch, two-sided, 95% CI. */
    public static TTest withDefaults() {
        return DEFAULT;
    }

    /** A copy with the given variance assumption (EQUAL = Student, UNEQUAL = Welch). */
    public TTest with(VarianceAssumption v) {
        return new TTest(requireNonNull("variance", v), alternative, confidenceLevel);
    }

    /** A copy with the given alternative hypothesis about \(\bar x - \bar y\). */
    public TTest with(AlternativeHypothesis a) {
        return new TTest(variance, requireNonNull("alternative", a), confidenceLevel);
    }

    /**
     * A copy with the given confidence level.
     *
     * @throws IllegalArgumentException if level is not in (0, 1)
     */
    public TTest withConfidenceLevel(double level) {
        return new TTest(variance, alternative, Checks.requireLevel("confidenceLevel", level));
    }

    static <T> T requireNonNull(String name, T v) {
        if (v == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return v;
    }

    /**
     * Result of a two-sample t test.
     *
     * @param statistic          t
     * @param pValue             P value under the chosen alternative
     * @param degreesOfFreedom   df (Welch: fractional)
     * @param meanDifference     \(\bar x - \bar y\)
     * @param standardError      SE of the difference
     * @param confidenceInterval CI of the difference
     * @param varianceAssumption Student (EQUAL) or Welch (UNEQUAL)
     * @param alternative        the alternative hypothesis
     */
    public record Result(double statistic, double pValue, double degreesOfFreedom, double meanDifference,
            double standardError, ConfidenceInterval confidenceInterval, VarianceAssumption varianceAssumption,
            AlternativeHypothesis alternative) implements SignificanceResult {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s t test (%s): t = %.4f, df = %.4g, P = %.4g; difference %.4g, %s",
                    varianceAssumption == VarianceAssumption.EQUAL ? "Student" : "Welch",
                    alternative.name().toLowerCase(Locale.ROOT).replace('_', '-'), statistic, degreesOfFreedom, pValue,
                    meanDifference, confidenceInterval);
        }
    }

    /**
     * Tests \(\bar x - \bar y\) against 0.
     *
     * @throws IllegalArgumentException if x or y has a non-finite value or fewer than 2 values, or the standard
     *         error is 0 (both samples constant): t is undefined
     */
    public Result test(double[] x, double[] y) {
        Checks.requireFinite("x", x);
        Checks.requireFinite("y", y);
        Checks.requireMinSize("x", x, 2);
        Checks.requireMinSize("y", y, 2);
        int nx = x.length;
        int ny = y.length;
        double mx = DescriptiveSummary.mean(x);
        double my = DescriptiveSummary.mean(y);
        double vx = variance(x, mx);
        double vy = variance(y, my);
        double df;
        double se;
        if (variance == VarianceAssumption.EQUAL) {
            df = nx + ny - 2.0;
            double v = 0;
            if (nx > 1) {
                v = (nx - 1) * vx;
            }
            if (ny > 1) {
                v += (ny - 1) * vy;
            }
            v /= df;
            se = Math.sqrt(v * (1.0 / nx + 1.0 / ny));
        } else {
            double sx = vx / nx;
            double sy = vy / ny;
            se = Math.sqrt(sx + sy);
            df = (sx + sy) * (sx + sy) / (sx * sx / (nx - 1) + sy * sy / (ny - 1));
        }
        double diff = mx - my;
        if (!(se > 10 * Math.ulp(1.0) * Math.max(Math.abs(mx), Math.abs(my)))) {
            throw new IllegalArgumentException("x and y must not both be constant: the standard error of the "
                    + "difference is " + se + " and t is undefined");
        }
        double t = diff / se;
        TDistribution dist = TDistribution.of(df);
        double p;
        ConfidenceInterval ci;
        switch (alternative) {
            case LESS -> {
                p = dist.cumulativeProbability(t);
                double q = dist.inverseSurvivalProbability(1 - confidenceLevel);
                ci = new ConfidenceInterval(Double.NEGATIVE_INFINITY, diff + q * se, confidenceLevel);
            }
            case GREATER -> {
                p = dist.survivalProbability(t);
                double q = dist.inverseSurvivalProbability(1 - confidenceLevel);
                ci = new ConfidenceInterval(diff - q * se, Double.POSITIVE_INFINITY, confidenceLevel);
            }
            default -> {
                p = 2 * dist.survivalProbability(Math.abs(t));
                double q = dist.inverseSurvivalProbability((1 - confidenceLevel) / 2);
                ci = new ConfidenceInterval(diff - q * se, diff + q * se, confidenceLevel);
            }
        }
        return new Result(t, Math.min(1.0, p), df, diff, se, ci, variance, alternative);
    }

    private static double variance(double[] v, double mean) {
        double ss = 0;
        for (double d : v) {
            ss += (d - mean) * (d - mean);
        }
        return ss / (v.length - 1);
    }

    @Override
    public String toString() {
        return "TTest[" + variance + ", " + alternative + ", confidenceLevel=" + confidenceLevel + "]";
    }
}
