package org.radiomics4j.stats.test;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.statistics.distribution.FDistribution;
import org.radiomics4j.stats.SignificanceResult;
import org.radiomics4j.stats.descriptive.QuantileType;
import org.radiomics4j.stats.internal.Checks;

/**
 * Levene's test of equal variances across k ≥ 2 groups (Levene 1960) and its robust Brown–Forsythe (1974) variant:
 * a one-way ANOVA on \(Z_{ij} = |Y_{ij} - c_i|\) with \(c_i\) the group mean or median,
 * \(W = \frac{N-k}{k-1}\frac{\sum_i n_i(\bar Z_i - \bar Z)^2}{\sum_i\sum_j (Z_{ij} - \bar Z_i)^2}\), referred to
 * \(F_{k-1, N-k}\). Agrees with scipy's {@code scipy.stats.levene(*groups, center='mean' | 'median')} (R's
 * {@code car::leveneTest} uses the median by default).
 *
 * <p>Default: median (Brown–Forsythe). Immutable and thread-safe.
 */
public final class LeveneTest {
    /** The centre subtracted within each group. */
    public enum Center {
        /** Group mean: Levene's original test. */
        MEAN,
        /** Group median: the Brown–Forsythe test. */
        MEDIAN
    }

    private static final LeveneTest DEFAULT = new LeveneTest(Center.MEDIAN);

    private final Center center;

    private LeveneTest(Center center) {
        this.center = center;
    }

    /** Median-centred (Brown–Forsythe). */
    public static LeveneTest withDefaults() {
        return DEFAULT;
    }

    /** A copy with another centre. */
    public LeveneTest with(Center c) {
        return new LeveneTest(TTest.requireNonNull("center", c));
    }

    /**
     * Result of Levene's test.
     *
     * @param statistic W
     * @param pValue    upper-tail F P value
     * @param df1       k − 1
     * @param df2       N − k
     * @param center    the centre used
     */
    public record Result(double statistic, double pValue, int df1, int df2, Center center)
            implements SignificanceResult {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s test: W(%d, %d) = %.4g, P = %.4g", center == Center.MEAN
                    ? "Levene" : "Brown–Forsythe", df1, df2, statistic, pValue);
        }
    }

    /**
     * Tests equality of variances of the groups.
     *
     * @throws IllegalArgumentException if fewer than 2 groups, a group has fewer than 2 values or a non-finite
     *         value, or every absolute deviation equals its group mean (W undefined)
     */
    public Result test(double[]... groups) {
        if (groups == null || groups.length < 2) {
            throw new IllegalArgumentException("groups must hold at least 2 samples but held "
                    + (groups == null ? 0 : groups.length));
        }
        int k = groups.length;
        int total = 0;
        double[][] z = new double[k][];
        double[] zbar = new double[k];
        double grand = 0;
        for (int i = 0; i < k; i++) {
            Checks.requireFinite("groups[" + i + "]", groups[i]);
            Checks.requireMinSize("groups[" + i + "]", groups[i], 2);
            double c;
            if (center == Center.MEAN) {
                c = Arrays.stream(groups[i]).sum() / groups[i].length;
            } else {
                c = QuantileType.TYPE_7.quantile(groups[i], 0.5);
            }
            z[i] = new double[groups[i].length];
            for (int j = 0; j < z[i].length; j++) {
                z[i][j] = Math.abs(groups[i][j] - c);
                zbar[i] += z[i][j];
            }
            grand += zbar[i];
            zbar[i] /= z[i].length;
            total += z[i].length;
        }
        grand /= total;
        double between = 0;
        double within = 0;
        for (int i = 0; i < k; i++) {
            between += z[i].length * (zbar[i] - grand) * (zbar[i] - grand);
            for (double v : z[i]) {
                within += (v - zbar[i]) * (v - zbar[i]);
            }
        }
        if (!(within > 0)) {
            throw new IllegalArgumentException("groups give zero within-group spread of absolute deviations: "
                    + "Levene's W is undefined");
        }
        double w = (total - k) / (double) (k - 1) * between / within;
        return new Result(w, FDistribution.of(k - 1, total - k).survivalProbability(w), k - 1, total - k, center);
    }

    @Override
    public String toString() {
        return "LeveneTest[" + center + "]";
    }
}
