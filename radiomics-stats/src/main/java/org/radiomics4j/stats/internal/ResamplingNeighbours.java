package org.radiomics4j.stats.internal;

import java.util.Arrays;

/**
 * Brute-force Euclidean k-nearest-neighbour search for the oversampling methods. Neighbours are ordered by
 * distance, ties by index; the query point itself is excluded by index (sklearn's {@code kneighbors(X)[:, 1:]}
 * drops the first column, which is the point itself unless it has an exact duplicate).
 */
public final class ResamplingNeighbours {
    private ResamplingNeighbours() {
    }

    /**
     * For each query row {@code queries[q]} (which is row {@code self[q]} of {@code points}), the indices (into
     * points) of its k nearest other points.
     */
    public static int[][] nearest(double[][] points, int[] self, int k) {
        int n = points.length;
        int[][] out = new int[self.length][];
        int[] best = new int[k];
        double[] bestDist = new double[k];
        for (int q = 0; q < self.length; q++) {
            double[] a = points[self[q]];
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (i == self[q]) {
                    continue;
                }
                double s = 0;
                double[] b = points[i];
                for (int d = 0; d < a.length; d++) {
                    double t = a[d] - b[d];
                    s += t * t;
                }
                // insertion into the sorted k best (ties keep the lower index first, as i increases)
                if (m < k || s < bestDist[m - 1]) {
                    int pos = m < k ? m++ : m - 1;
                    while (pos > 0 && bestDist[pos - 1] > s) {
                        bestDist[pos] = bestDist[pos - 1];
                        best[pos] = best[pos - 1];
                        pos--;
                    }
                    bestDist[pos] = s;
                    best[pos] = i;
                }
            }
            out[q] = Arrays.copyOf(best, m);
        }
        return out;
    }

    /**
     * numpy's pairwise summation ({@code numpy.sum} of a contiguous float64 array), so that normalised weights
     * round exactly as in Python references.
     */
    public static double numpySum(double[] a) {
        return pairwise(a, 0, a.length);
    }

    private static double pairwise(double[] a, int from, int n) {
        if (n < 8) {
            double res = 0.;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        } else if (n <= 128) {
            double[] r = new double[8];
            for (int j = 0; j < 8; j++) {
                r[j] = a[from + j];
            }
            int i;
            for (i = 8; i < n - (n % 8); i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] += a[from + i + j];
                }
            }
            double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        } else {
            int n2 = n / 2;
            n2 -= n2 % 8;
            return pairwise(a, from, n2) + pairwise(a, from + n2, n - n2);
        }
    }
}
