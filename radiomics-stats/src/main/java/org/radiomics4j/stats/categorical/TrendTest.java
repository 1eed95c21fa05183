package org.radiomics4j.stats.categorical;

import java.util.Locale;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.radiomics4j.stats.SignificanceResult;
import org.radiomics4j.stats.internal.Checks;

/**
 * Chi-square test for trend in proportions (Cochran 1954; Armitage 1955), as R's
 * {@code prop.trend.test(x, n, score)}: the weighted regression of the proportions \(x_j/n_j\) on the scores with
 * weights \(w_j = n_j / (\bar p(1-\bar p))\), \(\bar p = \sum x_j / \sum n_j\); the statistic is the regression sum of
 * squares \(\big(\sum w_j (s_j-\bar s)(f_j-\bar f)\big)^2 / \sum w_j (s_j-\bar s)^2\) (weighted means), referred to
 * \(\chi^2_1\). No continuity correction. This is the Cochran–Armitage statistic without the N/(N−1) factor.
 *
 * <p>Default scores 1..k (R's {@code seq_along(x)}). Immutable and thread-safe.
 */
public final class TrendTest {
    private static final TrendTest DEFAULT = new TrendTest(null);

    private final double[] scores;

    private TrendTest(double[] scores) {
        this.scores = scores;
    }

    /** Scores 1, 2, ..., k. */
    public static TrendTest withDefaults() {
        return DEFAULT;
    }

    /**
     * A copy with explicit column scores.
     *
     * @throws IllegalArgumentException if scores has a non-finite value or fewer than 2 values
     */
    public TrendTest withScores(double[] scores) {
        Checks.requireFinite("scores", scores);
        Checks.requireMinSize("scores", scores, 2);
        return new TrendTest(scores.clone());
    }

    /**
     * Result of the trend test.
     *
     * @param statistic        the chi-square statistic (1 df)
     * @param pValue           upper-tail P value
     * @param degreesOfFreedom always 1
     */
    public record Result(double statistic, double pValue, int degreesOfFreedom) implements SignificanceResult {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Chi-square test for trend: X² = %.4f, df = 1, P = %.4g", statistic,
                    pValue);
        }
    }

    /**
     * Trend of the first row's proportion across the ordered columns of a 2×k table (R:
     * {@code prop.trend.test(tab[1, ], colSums(tab))}).
     *
     * @throws IllegalArgumentException if the table is not 2×k (k ≥ 2) or is invalid (see {@link #test(int[], int[])})
     */
    public Result test(int[][] table) {
        int[][] t = Tables.check("table", table);
        if (t.length != 2) {
            throw new IllegalArgumentException("table must have 2 rows (events, non-events) but had " + t.length);
        }
        return test(t[0], Tables.colSums(t));
    }

    /**
     * Trend of the proportions {@code events[j] / trials[j]} across ordered groups j.
     *
     * @throws IllegalArgumentException if lengths differ or are below 2, counts are negative, events exceed trials,
     *         a group has no trials, the scores do not match, or the overall proportion is 0 or 1
     */
    public Result test(int[] events, int[] trials) {
        if (events == null || trials == null) {
            throw new IllegalArgumentException("events and trials must not be null");
        }
        Checks.requireSameLength("events", events.length, "trials", trials.length);
        int k = events.length;
        if (k < 2) {
            throw new IllegalArgumentException("events must have at least 2 groups but had " + k);
        }
        double[] s = scores;
        if (s == null) {
            s = new double[k];
            for (int j = 0; j < k; j++) {
                s[j] = j + 1;
            }
        } else {
            Checks.requireSameLength("scores", s.length, "events", k);
        }
        double sx = 0;
        double sn = 0;
        for (int j = 0; j < k; j++) {
            if (trials[j] <= 0 || events[j] < 0 || events[j] > trials[j]) {
                throw new IllegalArgumentException("group " + j + " must have 0 <= events <= trials and trials > 0"
                        + " but had events " + events[j] + " and trials " + trials[j]);
            }
            sx += events[j];
            sn += trials[j];
        }
        double p = sx / sn;
        if (p == 0 || p == 1) {
            throw new IllegalArgumentException("events must not be 0 or all trials overall (proportion " + p
                    + "): the trend statistic is undefined");
        }
        double[] w = new double[k];
        double sw = 0;
        double sws = 0;
        double swf = 0;
        for (int j = 0; j < k; j++) {
            w[j] = trials[j] / p / (1 - p);
            double f = (double) events[j] / trials[j];
            sw += w[j];
            sws += w[j] * s[j];
            swf += w[j] * f;
        }
        double sbar = sws / sw;
        double fbar = swf / sw;
        double sxy = 0;
        double sxx = 0;
        for (int j = 0; j < k; j++) {
            double f = (double) events[j] / trials[j];
            sxy += w[j] * (s[j] - sbar) * (f - fbar);
            sxx += w[j] * (s[j] - sbar) * (s[j] - sbar);
        }
        if (!(sxx > 0)) {
            throw new IllegalArgumentException("scores must not all be equal");
        }
        double chi = sxy * sxy / sxx;
        return new Result(chi, ChiSquaredDistribution.of(1).survivalProbability(chi), 1);
    }

    @Override
    public String toString() {
        return "TrendTest[scores=" + (scores == null ? "1..k" : java.util.Arrays.toString(scores)) + "]";
    }
}
