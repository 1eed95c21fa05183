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
        double[] dist = new double[n];
        Integer[] idx = new Integer[n];
        for (int q = 0; q < self.length; q++) {
            double[] a = points[self[q]];
            for (int i = 0; i < n; i++) {
                double s = 0;
                double[] b = points[i];
                for (int d = 0; d < a.length; d++) {
                    double t = a[d] - b[d];
                    s += t * t;
                }
                dist[i] = s;
                idx[i] = i;
            }
            Arrays.sort(idx, (u, v) -> {
                int c = Double.compare(dist[u], dist[v]);
                return c != 0 ? c : Integer.compare(u, v);
            });
            int[] nn = new int[k];
            int m = 0;
            for (int i = 0; i < n && m < k; i++) {
                if (idx[i] != self[q]) {
                    nn[m++] = idx[i];
                }
            }
            out[q] = nn;
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
