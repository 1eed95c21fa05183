package org.radiomics4j.core.features.shape;

import java.util.Arrays;

/**
 * Largest pairwise distances among mesh vertices, exact but far below O(n²) for large ROIs.
 *
 * <p>Vertices are given on the half-voxel lattice as doubled integer indices {@code (2z, 2y, 2x)}; their physical
 * coordinate is {@code index/2 · spacing}, computed so that it equals PyRadiomics' {@code (i + 0.5)·spacing} bit for bit.
 *
 * <p>Two exact reductions make the search fast:
 * <ol>
 * <li><b>Line pruning.</b> A vertex lying strictly between two other vertices on an axis-parallel line is not a vertex
 * of the convex hull, and the farthest pair of a point set is always a pair of hull vertices (distance to a point is
 * convex along a segment). Such vertices are dropped: for the 3-D diameter when not extreme on its z-, y- or x-line,
 * for a planar diameter when not extreme on one of the two lines inside its plane.</li>
 * <li><b>Branch and bound.</b> Survivors are bucketed into grid cells with tight bounding boxes; a pair of cells is
 * skipped when the largest distance between the boxes is below the best distance found so far. Box bounds use the
 * same floating-point operations as the pair distances, and rounding is monotone, so a bound is never below a
 * distance it covers: the result equals the brute-force maximum exactly.</li>
 * </ol>
 */
final class Diameters {

    /** Below this many points a plain double loop is faster than building cells. */
    private static final int BRUTE_FORCE_LIMIT = 600;

    private Diameters() {
    }

    /**
     * The four PyRadiomics mesh diameters, in the order of {@code cshape.c}: largest distance among vertex pairs with
     * equal z (Maximum2DDiameterSlice), equal y (Column), equal x (Row), and among all pairs (Maximum3DDiameter).
     *
     * @param n number of vertices; {@code z2, y2, x2} hold their doubled indices (all >= 0)
     * @param spacing {sz, sy, sx}
     * @param which which of the four to compute (the others are returned as 0)
     */
    static double[] compute(int[] z2, int[] y2, int[] x2, int n, double[] spacing, boolean[] which) {
        double[] out = new double[4];
        if (n < 2) {
            return out;
        }
        int dz = 1;
        int dy = 1;
        int dx = 1;
        for (int i = 0; i < n; i++) {
            dz = Math.max(dz, z2[i] + 1);
            dy = Math.max(dy, y2[i] + 1);
            dx = Math.max(dx, x2[i] + 1);
        }
        // min/max along every axis-parallel line through the vertices
        int[] zMin = filled(dy * dx, Integer.MAX_VALUE);
        int[] zMax = filled(dy * dx, -1);
        int[] yMin = filled(dz * dx, Integer.MAX_VALUE);
        int[] yMax = filled(dz * dx, -1);
        int[] xMin = filled(dz * dy, Integer.MAX_VALUE);
        int[] xMax = filled(dz * dy, -1);
        for (int i = 0; i < n; i++) {
            int z = z2[i];
            int y = y2[i];
            int x = x2[i];
            int kz = y * dx + x;
            int ky = z * dx + x;
            int kx = z * dy + y;
            zMin[kz] = Math.min(zMin[kz], z);
            zMax[kz] = Math.max(zMax[kz], z);
            yMin[ky] = Math.min(yMin[ky], y);
            yMax[ky] = Math.max(yMax[ky], y);
            xMin[kx] = Math.min(xMin[kx], x);
            xMax[kx] = Math.max(xMax[kx], x);
        }
        boolean[] ez = new boolean[n];
        boolean[] ey = new boolean[n];
        boolean[] ex = new boolean[n];
        for (int i = 0; i < n; i++) {
            int z = z2[i];
            int y = y2[i];
            int x = x2[i];
            int kz = y * dx + x;
            int ky = z * dx + x;
            int kx = z * dy + y;
            ez[i] = z == zMin[kz] || z == zMax[kz];
            ey[i] = y == yMin[ky] || y == yMax[ky];
            ex[i] = x == xMin[kx] || x == xMax[kx];
        }
        double hz = spacing[0] * 0.5;
        double hy = spacing[1] * 0.5;
        double hx = spacing[2] * 0.5;
        if (which[0]) {
            out[0] = Math.sqrt(planar(z2, dz, ey, ex, z2, y2, x2, n, hz, hy, hx));
        }
        if (which[1]) {
            out[1] = Math.sqrt(planar(y2, dy, ez, ex, z2, y2, x2, n, hz, hy, hx));
        }
        if (which[2]) {
            out[2] = Math.sqrt(planar(x2, dx, ez, ey, z2, y2, x2, n, hz, hy, hx));
        }
        if (which[3]) {
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (ez[i] && ey[i] && ex[i]) {
                    m++;
                }
            }
            double[] pz = new double[m];
            double[] py = new double[m];
            double[] px = new double[m];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (ez[i] && ey[i] && ex[i]) {
                    pz[k] = z2[i] * hz;
                    py[k] = y2[i] * hy;
                    px[k] = x2[i] * hx;
                    k++;
                }
            }
            out[3] = Math.sqrt(maxDistanceSq(pz, py, px, m));
        }
        return out;
    }

    /**
     * Largest squared distance among pairs sharing the coordinate {@code key} (one of z2, y2, x2; {@code keyRange}
     * its bound), over the vertices flagged in both {@code f1} and {@code f2} (extreme on both in-plane lines).
     */
    private static double planar(int[] key, int keyRange, boolean[] f1, boolean[] f2, int[] z2, int[] y2, int[] x2,
            int n, double hz, double hy, double hx) {
        int[] start = new int[keyRange + 1];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (f1[i] && f2[i]) {
                start[key[i] + 1]++;
                m++;
            }
        }
        for (int k = 0; k < keyRange; k++) {
            start[k + 1] += start[k];
        }
        int[] pos = Arrays.copyOf(start, keyRange);
        double[] pz = new double[m];
        double[] py = new double[m];
        double[] px = new double[m];
        for (int i = 0; i < n; i++) {
            if (f1[i] && f2[i]) {
                int p = pos[key[i]]++;
                pz[p] = z2[i] * hz;
                py[p] = y2[i] * hy;
                px[p] = x2[i] * hx;
            }
        }
        double best = 0;
        for (int k = 0; k < keyRange; k++) {
            int a = start[k];
            int b = start[k + 1];
            if (b - a >= 2) {
                best = Math.max(best, maxDistanceSq(Arrays.copyOfRange(pz, a, b), Arrays.copyOfRange(py, a, b),
                        Arrays.copyOfRange(px, a, b), b - a));
            }
        }
        return best;
    }

    /** Largest squared distance between two of the first {@code n} points (0 if fewer than two). */
    static double maxDistanceSq(double[] pz, double[] py, double[] px, int n) {
        if (n < 2) {
            return 0;
        }
        if (n <= BRUTE_FORCE_LIMIT) {
            return bruteForce(pz, py, px, 0, n, 0);
        }
        return cells(pz, py, px, n);
    }

    private static double bruteForce(double[] pz, double[] py, double[] px, int from, int to, double best) {
        for (int i = from + 1; i < to; i++) {
            double az = pz[i];
            double ay = py[i];
            double ax = px[i];
            for (int j = from; j < i; j++) {
                double dz = az - pz[j];
                double dy = ay - py[j];
                double dx = ax - px[j];
                double d = dz * dz + dy * dy + dx * dx;
                if (d > best) {
                    best = d;
                }
            }
        }
        return best;
    }

    private static double cells(double[] pz, double[] py, double[] px, int n) {
        double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        double[][] p = {pz, py, px};
        for (int a = 0; a < 3; a++) {
            for (int i = 0; i < n; i++) {
                lo[a] = Math.min(lo[a], p[a][i]);
                hi[a] = Math.max(hi[a], p[a][i]);
            }
        }
        // cell edge so that the box holds about n/4 cells (counted over the axes with extent)
        int dims = 0;
        double prod = 1;
        for (int a = 0; a < 3; a++) {
            if (hi[a] > lo[a]) {
                dims++;
                prod *= hi[a] - lo[a];
            }
        }
        double edge = Math.pow(prod / Math.max(1.0, n / 4.0), 1.0 / Math.max(1, dims));
        int[] nc = new int[3];
        for (int a = 0; a < 3; a++) {
            nc[a] = hi[a] > lo[a] ? (int) Math.min(256, Math.max(1, Math.ceil((hi[a] - lo[a]) / edge))) : 1;
        }
        int total = nc[0] * nc[1] * nc[2];
        int[] cellOf = new int[n];
        int[] count = new int[total + 1];
        for (int i = 0; i < n; i++) {
            int c = 0;
            for (int a = 0; a < 3; a++) {
                int k = nc[a] == 1 ? 0 : (int) ((p[a][i] - lo[a]) / (hi[a] - lo[a]) * nc[a]);
                c = c * nc[a] + Math.min(nc[a] - 1, k);
            }
            cellOf[i] = c;
            count[c + 1]++;
        }
        for (int c = 0; c < total; c++) {
            count[c + 1] += count[c];
        }
        int[] pos = Arrays.copyOf(count, total);
        double[] sz = new double[n];
        double[] sy = new double[n];
        double[] sx = new double[n];
        for (int i = 0; i < n; i++) {
            int q = pos[cellOf[i]]++;
            sz[q] = pz[i];
            sy[q] = py[i];
            sx[q] = px[i];
        }
        // non-empty cells with their tight boxes
        int m = 0;
        for (int c = 0; c < total; c++) {
            if (count[c + 1] > count[c]) {
                m++;
            }
        }
        int[] from = new int[m];
        int[] to = new int[m];
        double[] box = new double[6 * m];
        int k = 0;
        for (int c = 0; c < total; c++) {
            int a = count[c];
            int b = count[c + 1];
            if (b > a) {
                from[k] = a;
                to[k] = b;
                double z0 = Double.MAX_VALUE;
                double z1 = -Double.MAX_VALUE;
                double y0 = Double.MAX_VALUE;
                double y1 = -Double.MAX_VALUE;
                double x0 = Double.MAX_VALUE;
                double x1 = -Double.MAX_VALUE;
                for (int i = a; i < b; i++) {
                    z0 = Math.min(z0, sz[i]);
                    z1 = Math.max(z1, sz[i]);
                    y0 = Math.min(y0, sy[i]);
                    y1 = Math.max(y1, sy[i]);
                    x0 = Math.min(x0, sx[i]);
                    x1 = Math.max(x1, sx[i]);
                }
                box[6 * k] = z0;
                box[6 * k + 1] = z1;
                box[6 * k + 2] = y0;
                box[6 * k + 3] = y1;
                box[6 * k + 4] = x0;
                box[6 * k + 5] = x1;
                k++;
            }
        }
        double best = initialBound(sz, sy, sx, n);
        for (int i = 0; i < m; i++) {
            double iz0 = box[6 * i];
            double iz1 = box[6 * i + 1];
            double iy0 = box[6 * i + 2];
            double iy1 = box[6 * i + 3];
            double ix0 = box[6 * i + 4];
            double ix1 = box[6 * i + 5];
            for (int j = 0; j <= i; j++) {
                double dz = Math.max(Math.abs(iz1 - box[6 * j]), Math.abs(box[6 * j + 1] - iz0));
                double dy = Math.max(Math.abs(iy1 - box[6 * j + 2]), Math.abs(box[6 * j + 3] - iy0));
                double dx = Math.max(Math.abs(ix1 - box[6 * j + 4]), Math.abs(box[6 * j + 5] - ix0));
                double bound = dz * dz + dy * dy + dx * dx;
                if (bound <= best) {
                    continue;
                }
                if (i == j) {
                    best = bruteForce(sz, sy, sx, from[i], to[i], best);
                } else {
                    best = crossPairs(sz, sy, sx, from[i], to[i], from[j], to[j], best);
                }
            }
        }
        return best;
    }

    private static double crossPairs(double[] pz, double[] py, double[] px, int a0, int a1, int b0, int b1,
            double best) {
        for (int i = a0; i < a1; i++) {
            double az = pz[i];
            double ay = py[i];
            double ax = px[i];
            for (int j = b0; j < b1; j++) {
                double dz = az - pz[j];
                double dy = ay - py[j];
                double dx = ax - px[j];
                double d = dz * dz + dy * dy + dx * dx;
                if (d > best) {
                    best = d;
                }
            }
        }
        return best;
    }

    /** A lower bound: the largest distance among the extreme points along the 13 lattice directions. */
    private static double initialBound(double[] pz, double[] py, double[] px, int n) {
        double[] ez = new double[26];
        double[] ey = new double[26];
        double[] ex = new double[26];
        int k = 0;
        for (int a = -1; a <= 1; a++) {
            for (int b = -1; b <= 1; b++) {
                for (int c = -1; c <= 1; c++) {
                    if (a > 0 || (a == 0 && b > 0) || (a == 0 && b == 0 && c > 0)) {
                        int iMin = 0;
                        int iMax = 0;
                        double vMin = Double.MAX_VALUE;
                        double vMax = -Double.MAX_VALUE;
                        for (int i = 0; i < n; i++) {
                            double v = a * pz[i] + b * py[i] + c * px[i];
                            if (v < vMin) {
                                vMin = v;
                                iMin = i;
                            }
                            if (v > vMax) {
                                vMax = v;
                                iMax = i;
                            }
                        }
                        ez[k] = pz[iMin];
                        ey[k] = py[iMin];
                        ex[k] = px[iMin];
                        k++;
                        ez[k] = pz[iMax];
                        ey[k] = py[iMax];
                        ex[k] = px[iMax];
                        k++;
                    }
                }
            }
        }
        return bruteForce(ez, ey, ex, 0, k, 0);
    }

    private static int[] filled(int n, int v) {
        int[] a = new int[n];
        Arrays.fill(a, v);
        return a;
    }
}
