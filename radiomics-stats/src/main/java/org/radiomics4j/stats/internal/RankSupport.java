package org.radiomics4j.stats.internal;

import java.util.Arrays;

/**
 * Mid-ranks ("average" ranks, R's {@code rank(ties.method = "average")}) of a pooled sample and the sizes of its
 * tie groups. Internal to the statistics module.
 */
public final class RankSupport {

    /** Mid-ranks of the pooled values, in input order (1-based, ties get the mean of their ranks). */
    private final double[] ranks;
    /** Sizes of every group of tied values (groups of size 1 included). */
    private final int[] tieGroupSizes;

    private RankSupport(double[] ranks, int[] tieGroupSizes) {
        this.ranks = ranks;
        this.tieGroupSizes = tieGroupSizes;
    }

    /** Ranks the concatenation {@code x ++ y}. */
    public static RankSupport ofPooled(double[] x, double[] y) {
        double[] all = new double[x.length + y.length];
        System.arraycopy(x, 0, all, 0, x.length);
        System.arraycopy(y, 0, all, x.length, y.length);
        return of(all);
    }

    /** Ranks {@code values} (not modified); O(n log n) on primitives, no boxing. */
    public static RankSupport of(double[] values) {
        int n = values.length;
        double[] sorted = new double[n];
        for (int k = 0; k < n; k++) {
            sorted[k] = values[k] + 0.0; // -0.0 -> 0.0 so that the two zeros tie (as ==) and binarySearch finds them
        }
        Arrays.sort(sorted);
        // distinct values and their mid-ranks
        double[] distinct = new double[n];
        double[] mid = new double[n];
        int[] groups = new int[n];
        int g = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && sorted[j + 1] == sorted[i]) {
                j++;
            }
            distinct[g] = sorted[i];
            mid[g] = (i + j + 2) / 2.0;
            groups[g] = j - i + 1;
            g++;
            i = j + 1;
        }
        double[] r = new double[n];
        for (int k = 0; k < n; k++) {
            r[k] = mid[Arrays.binarySearch(distinct, 0, g, values[k] + 0.0)];
        }
        return new RankSupport(r, Arrays.copyOf(groups, g));
    }

    /** A copy of the mid-ranks in input order. */
    public double[] ranks() {
        return ranks.clone();
    }

    /** The rank of element {@code i}. */
    public double rank(int i) {
        return ranks[i];
    }

    /** Whether any value occurs more than once. */
    public boolean hasTies() {
        return tieGroupSizes.length < ranks.length;
    }

    /** {@code sum(t^3 - t)} over tie groups (R's {@code sum(NTIES^3 - NTIES)}). */
    public double tieCorrectionSum() {
        double s = 0;
        for (int t : tieGroupSizes) {
            s += (double) t * t * t - t;
        }
        return s;
    }
}
