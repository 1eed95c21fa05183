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
 * <p>Reference (test) copy of {@code ExactSort} as it was before the speed work of issue 11 (one min/max chain).
 */
public final class ExactSortReference {
    private static final int MIN_COUNTING_LENGTH = 64;
    private static final long MAX_SLOTS = 1L << 24;

    private ExactSortReference() {
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
        double lo = x[0];
        double hi = x[0];
        for (double v : x) {
            // NaN and infinities fail the rint test too
            if (v != Math.rint(v) || Double.isInfinite(v) || Double.doubleToRawLongBits(v) == Long.MIN_VALUE) {
                return null;
            }
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double span = hi - lo;
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
}
