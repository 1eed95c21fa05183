package org.radiomics4j.stats.internal;

/**
 * The exact permutation distribution of the rank sum of {@code m} values drawn without replacement from a pooled
 * sample of {@code N} (mid-)ranks: the null distribution of the Wilcoxon–Mann–Whitney statistic conditional on the
 * observed ranks. Without ties it is R's {@code dwilcox}; with ties it is R coin's exact conditional distribution
 * ({@code coin::wilcox_test(distribution = "exact")}).
 *
 * <p>Algorithm: dynamic programming over the pooled items on doubled ranks (mid-ranks are multiples of 1/2), counting
 * subsets of size {@code m} per rank sum; O(N·m·S) time with S the largest doubled rank sum.
 */
public final class RankSumExact {
    /** Largest pooled sample size for which the exact distribution is computed. */
    public static final int MAX_POOLED_SIZE = 200;

    private final int offset;
    /** probabilities indexed by (2·rankSum − offset). */
    private final double[] prob;

    private RankSumExact(int offset, double[] prob) {
        this.offset = offset;
        this.prob = prob;
    }

    /**
     * Distribution of the sum of {@code m} of the given mid-ranks.
     *
     * @throws IllegalArgumentException if more than {@link #MAX_POOLED_SIZE} ranks
     */
    public static RankSumExact of(double[] ranks, int m) {
        int n = ranks.length;
        if (n > MAX_POOLED_SIZE) {
            throw new IllegalArgumentException("exact rank-sum distribution needs at most " + MAX_POOLED_SIZE
                    + " pooled values but had " + n + "; use the asymptotic P value");
        }
        int[] r2 = new int[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            r2[i] = (int) Math.round(2 * ranks[i]);
            total += r2[i];
        }
        // count[j][s] = number of subsets of size j with doubled sum s (scaled to avoid overflow)
        double[][] count = new double[m + 1][total + 1];
        count[0][0] = 1;
        for (int i = 0; i < n; i++) {
            int w = r2[i];
            for (int j = Math.min(i + 1, m); j >= 1; j--) {
                double[] to = count[j];
                double[] from = count[j - 1];
                for (int s = total; s >= w; s--) {
                    if (from[s - w] != 0) {
                        to[s] += from[s - w];
                    }
                }
            }
        }
        double[] row = count[m];
        double sum = 0;
        for (double v : row) {
            sum += v;
        }
        double[] p = new double[total + 1];
        for (int s = 0; s <= total; s++) {
            p[s] = row[s] / sum;
        }
        return new RankSumExact(0, p);
    }

    /** P(T = t) for rank sum t (0 when t is not attainable). */
    public double probability(double t) {
        long i = Math.round(2 * t) - offset;
        return i < 0 || i >= prob.length ? 0.0 : prob[(int) i];
    }

    /** P(T ≤ t) for rank sum t. */
    public double cdf(double t) {
        int lim = (int) Math.floor(2 * t + 1e-7) - offset;
        double s = 0;
        for (int i = 0; i <= Math.min(lim, prob.length - 1); i++) {
            s += prob[i];
        }
        return Math.min(1.0, s);
    }

    /** P(T ≥ t) for rank sum t. */
    public double survival(double t) {
        int from = (int) Math.ceil(2 * t - 1e-7) - offset;
        double s = 0;
        for (int i = Math.max(from, 0); i < prob.length; i++) {
            s += prob[i];
        }
        return Math.min(1.0, s);
    }

    /** P(|T − mean| ≥ |t − mean|), the two-sided permutation P value (coin's definition). */
    public double twoSided(double t, double mean) {
        double d = Math.abs(2 * t - 2 * mean);
        double s = 0;
        for (int i = 0; i < prob.length; i++) {
            if (Math.abs(i + offset - 2 * mean) >= d - 1e-7) {
                s += prob[i];
            }
        }
        return Math.min(1.0, s);
    }
}
