package org.radiomics4j.core.features.internal;

import java.util.Arrays;

/**
 * An ascending copy of a double array, bit for bit equal to {@code clone()} followed by {@link Arrays#sort(double[])}
 * but in linear time when the values allow it.
 *
 * <p>When every value is a whole number (no {@code -0.0}, which {@code Arrays.sort} would order before
 * {@code 0.0}) and the value range is small compared with the length (at most {@code max(2^16, 4·n)} distinct
 * slots, capped at 2<sup>24</sup>), a counting sort is used: equal doubles that are whole numbers have identical
 * bits, so writing each value {@code min + k} its count times gives exactly the sorted array. This is the common
 * case for CT and MR intensities read as integers. Any other input (fractions, NaN, infinities, wide range) is
 * sorted with {@code Arrays.sort}.
 *
 * <p>Internal helper for first-order percentiles; not part of the public API.
 */
public final class ExactSort {
    private static final int MIN_COUNTING_LENGTH = 64;
    private static final long MAX_SLOTS = 1L << 24;

    private ExactSort() {
    }

    /** A sorted copy of {@code x}; {@code x} is not modified. */
    public static double[] sortedCopy(double[] x) {
        double[] counted = countingSortOrNull(x);
        if (counted != null) {
            return counted;
        }
        double[] s = x.clone();
        Arrays.sort(s);
        return s;
    }

    /** The counting-sort result, or {@code null} when the values are not whole numbers in a small range. */
    static double[] countingSortOrNull(double[] x) {
        int n = x.length;
        if (n < MIN_COUNTING_LENGTH) {
            return null;
        }
        double[] range = wholeRange(x);
        if (range == null) {
            return null;
        }
        double lo = range[0];
        double span = range[1] - lo;
        long limit = Math.min(MAX_SLOTS, Math.max(1L << 16, 4L * n));
        if (!(span < limit)) {
            return null;
        }
        int slots = (int) span + 1;
        int[] counts = new int[slots];
        for (double v : x) {
            counts[(int) (v - lo)]++;
        }
        double[] out = new double[n];
        int k = 0;
        for (int b = 0; b < slots; b++) {
            int c = counts[b];
            if (c > 0) {
                Arrays.fill(out, k, k + c, lo + b);
                k += c;
            }
        }
        return out;
    }

    /**
     * {@code {min, max}} of {@code x}, or {@code null} if a value is not a whole number (NaN and infinities fail the
     * {@code rint} test too) or is {@code −0.0}. Two independent min/max chains (even and odd elements): min and
     * max are exact whatever the grouping.
     */
    private static double[] wholeRange(double[] x) {
        double lo0 = x[0];
        double hi0 = x[0];
        double lo1 = x[0];
        double hi1 = x[0];
        int n = x.length;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            double a = x[i];
            double b = x[i + 1];
            if (!whole(a) || !whole(b)) {
                return null;
            }
            lo0 = Math.min(lo0, a);
            hi0 = Math.max(hi0, a);
            lo1 = Math.min(lo1, b);
            hi1 = Math.max(hi1, b);
        }
        if (i < n) {
            double a = x[i];
            if (!whole(a)) {
                return null;
            }
            lo0 = Math.min(lo0, a);
            hi0 = Math.max(hi0, a);
        }
        return new double[] {Math.min(lo0, lo1), Math.max(hi0, hi1)};
    }

    private static boolean whole(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v) && Double.doubleToRawLongBits(v) != Long.MIN_VALUE;
    }
}
