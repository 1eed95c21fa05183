package org.radiomics4j.stats.internal;

import java.util.Arrays;

/**
 * Mid-ranks and DeLong placement values (Sun &amp; Xu 2014, "Fast implementation of DeLong's algorithm for
 * comparing the areas under correlated receiver operating characteristic curves", IEEE SPL 21:1389), O(n log n).
 */
public final class RocMidranks {
    private RocMidranks() {
    }

    /** Mid-ranks (1-based, ties get the mean of their ranks) of {@code values}; O(n log n), no boxing. */
    public static double[] midranks(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int lo = lowerBound(sorted, values[i]);
            int hi = lowerBound(sorted, Math.nextUp(values[i])) - 1;
            ranks[i] = (lo + hi) / 2.0 + 1.0;
        }
        return ranks;
    }

    /** First index whose value is >= v. */
    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * DeLong placement values for "higher score = positive": {@code v10[i]} = fraction of negatives below positive
     * i (ties 1/2), {@code v01[j]} = fraction of positives above negative j (ties 1/2). Their means both equal the
     * AUC.
     *
     * @return {@code {v10, v01}}
     */
    public static double[][] placements(double[] positives, double[] negatives) {
        int m = positives.length;
        int n = negatives.length;
        double[] all = new double[m + n];
        System.arraycopy(positives, 0, all, 0, m);
        System.arraycopy(negatives, 0, all, m, n);
        double[] rAll = midranks(all);
        double[] rPos = midranks(positives);
        double[] rNeg = midranks(negatives);
        double[] v10 = new double[m];
        double[] v01 = new double[n];
        for (int i = 0; i < m; i++) {
            v10[i] = (rAll[i] - rPos[i]) / n;
        }
        for (int j = 0; j < n; j++) {
            v01[j] = 1.0 - (rAll[m + j] - rNeg[j]) / m;
        }
        return new double[][] {v10, v01};
    }

    /**
     * Twice the Mann–Whitney count for "higher score = positive": {@code 2 Σ_i Σ_j ψ(x_i, y_j)} with ψ = 1 if
     * positive i scores above negative j, 1/2 on a tie, 0 below. The count is an integer or half-integer, so twice
     * it is an exact integer: compare it with {@code n1·n0} (AUC = 1/2) instead of comparing floating AUCs, which
     * rounding can put on the wrong side of 1/2. O((n1 + n0) log n0).
     */
    public static long twiceMannWhitneyCount(double[] positives, double[] negatives) {
        double[] sorted = negatives.clone();
        Arrays.sort(sorted);
        long twice = 0;
        for (double p : positives) {
            int below = lowerBound(sorted, p);
            int notAbove = lowerBound(sorted, Math.nextUp(p));
            twice += 2L * below + (notAbove - below);
        }
        return twice;
    }

    /** Mean of {@code v}. */
    public static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Sample covariance (denominator n - 1) of two equally long arrays. */
    public static double covariance(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - ma) * (b[i] - mb);
        }
        return s / (a.length - 1);
    }
}
