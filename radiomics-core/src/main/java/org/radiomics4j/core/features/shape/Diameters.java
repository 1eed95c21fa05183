package org.radiomics4j.core.features.shape;

import java.util.Arrays;

/**
 * Largest pairwise distances among mesh vertices, exact (equal, as doubles, to the maximum over all vertex pairs of
 * the squared distance computed as below) but far below O(n²).
 *
 * <p>Vertices are on the half-voxel lattice as doubled integer indices {@code (z2, y2, x2)}; their physical
 * coordinate is {@code index · (spacing / 2)}, which equals PyRadiomics' {@code (i + 0.5)·spacing} bit for bit, and
 * a squared distance is {@code dz·dz + dy·dy + dx·dx} of the coordinate differences, as in {@code cshape.c}.
 *
 * <p><b>Candidates: convex-hull vertices.</b> The farthest pair of a point set is a pair of vertices (extreme
 * points) of its convex hull. More precisely, if p is a point of the set but not a hull vertex, p = Σ λ<sub>i</sub>
 * v<sub>i</sub> over hull vertices v<sub>i</sub> ≠ p, and for any q
 * {@code |p − q|² = Σ λ_i |v_i − q|² − Σ λ_i |v_i − p|² ≤ max_i |v_i − q|² − δ²}, where δ = min(spacing)/2 is the
 * smallest distance between two lattice points. So every pair with a non-vertex is at least δ² shorter than the
 * diameter. Rounding changes a computed squared distance by at most about 10·2<sup>−53</sup>·M², with M² the
 * squared diagonal of the lattice box; while δ² &gt; 10<sup>−12</sup>·M² (spacings not more than 10<sup>6</sup>
 * times apart from the box size; checked) the largest computed distance over the hull vertices is therefore the
 * largest computed distance over all vertices, bit for bit. Otherwise only the line pruning below is used, which
 * is exact without that condition.
 *
 * <p><b>Hulls from line extremes.</b> The vertices of a slice {@code z2 = const} are the union of its x-lines, so its
 * hull is the hull of the smallest and largest x2 of every x-line ({@link VertexLines}): a left and a right monotone
 * chain over the lines in order, with exact integer turn tests in lattice indices (a positive diagonal scaling to
 * physical coordinates keeps the vertices of a hull). The same holds for slices {@code y2 = const} (x-lines) and
 * {@code x2 = const} (y-lines). A planar diameter is the largest distance among the hull vertices of its slices. A
 * vertex of the 3-D hull is a vertex of the hull of every plane section through it, so the 3-D candidates are the
 * line extremes that are hull vertices of all three of their slices; {@link #maxDistanceSq} finishes on them.
 *
 * <p><b>Line pruning (fallback).</b> For a vertex strictly between two others on an axis-parallel line and any q,
 * one of the two ends is at least as far from q in every coordinate; rounding is monotone, so the computed
 * distance from that end is at least as large. Keeping every line extreme is therefore exact in floating
 * point for any spacing.
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
     * @param lines the line extremes of all mesh vertices
     * @param spacing {sz, sy, sx}
     * @param which which of the four to compute (the others are returned as 0)
     */
    static double[] compute(VertexLines lines, double[] spacing, boolean[] which) {
        return compute(lines, spacing, which, hullPruningIsExact(lines, spacing));
    }

    /**
     * As {@link #compute(VertexLines, double[], boolean[])}, choosing the candidates: hull vertices if {@code hulls}
     * (exact when {@link #hullPruningIsExact} holds), else every line extreme (exact for any spacing).
     */
    static double[] compute(VertexLines lines, double[] spacing, boolean[] which, boolean hulls) {
        double[] out = new double[4];
        if (lines.count < 2) {
            return out;
        }
        Slices s = new Slices(lines, spacing, hulls);
        byte[] xLineFlags = new byte[lines.xLo.length];
        byte[] yLineFlags = new byte[lines.yLo.length];
        if (which[0] || which[3]) {
            out[0] = Math.sqrt(s.zSlices(xLineFlags, which[0]));
        }
        if (which[1] || which[3]) {
            out[1] = Math.sqrt(s.ySlices(xLineFlags, which[1]));
        }
        if (which[2] || which[3]) {
            out[2] = Math.sqrt(s.xSlices(yLineFlags, which[2]));
        }
        if (which[3]) {
            out[3] = Math.sqrt(s.space(xLineFlags, yLineFlags));
        }
        return out;
    }

    /**
     * Whether hull pruning gives the exact floating-point maximum for this lattice: δ² &gt; 10<sup>−12</sup>·M² with
     * δ the smallest half spacing and M the diagonal of the doubled-index box in physical units (see the class
     * comment; the rounding error is below 2·10<sup>−15</sup>·M²).
     */
    static boolean hullPruningIsExact(VertexLines lines, double[] spacing) {
        double hz = spacing[0] * 0.5;
        double hy = spacing[1] * 0.5;
        double hx = spacing[2] * 0.5;
        double mz = lines.nz2 * hz;
        double my = lines.ny2 * hy;
        double mx = lines.nx2 * hx;
        double delta = Math.min(hz, Math.min(hy, hx));
        return delta * delta > 1e-12 * (mz * mz + my * my + mx * mx);
    }

    /**
     * Slice hulls and the candidate points of one computation. Hull vertices are marked in per-line flag bytes:
     * for x-lines bit 1 / 2 = the low / high extreme is a vertex of its z-slice hull, bit 4 / 8 of its y-slice hull;
     * for y-lines bit 1 / 2 of its x-slice hull.
     */
    private static final class Slices {
        private final VertexLines v;
        private final double hz;
        private final double hy;
        private final double hx;
        private final boolean hulls;
        /** Chain points (row, column) in lattice indices; a left chain then a right chain. */
        private final int[] vr;
        private final int[] vc;
        private double[] pz;
        private double[] py;
        private double[] px;

        Slices(VertexLines v, double[] spacing, boolean hulls) {
            this.v = v;
            this.hz = spacing[0] * 0.5;
            this.hy = spacing[1] * 0.5;
            this.hx = spacing[2] * 0.5;
            this.hulls = hulls;
            int cap = 2 * Math.max(v.ny2, v.nz2);
            vr = new int[cap];
            vc = new int[cap];
            pz = new double[cap];
            py = new double[cap];
            px = new double[cap];
        }

        /** Marks z-slice hull vertices (bits 1, 2 of x-lines); the largest squared in-slice distance if measured. */
        double zSlices(byte[] flags, boolean measure) {
            Planar p = measure ? new Planar(v.nz2) : null;
            for (int z2 = 0; z2 < v.nz2; z2++) {
                int m = hull(v.xLo, v.xHi, z2 * v.ny2, 1, v.ny2, flags, 1, 2);
                if (p != null) {
                    p.addSlice(vr, vc, m, 0, z2 * hz, hy, hx);
                }
            }
            return p == null ? 0 : p.max();
        }

        /** Marks y-slice hull vertices (bits 4, 8 of x-lines); the largest squared in-slice distance if measured. */
        double ySlices(byte[] flags, boolean measure) {
            Planar p = measure ? new Planar(v.ny2) : null;
            for (int y2 = 0; y2 < v.ny2; y2++) {
                int m = hull(v.xLo, v.xHi, y2, v.ny2, v.nz2, flags, 4, 8);
                if (p != null) {
                    p.addSlice(vr, vc, m, 1, y2 * hy, hz, hx);
                }
            }
            return p == null ? 0 : p.max();
        }

        /** Marks x-slice hull vertices (bits 1, 2 of y-lines); the largest squared in-slice distance if measured. */
        double xSlices(byte[] flags, boolean measure) {
            Planar p = measure ? new Planar(v.nx2) : null;
            for (int x2 = 0; x2 < v.nx2; x2++) {
                int m = hull(v.yLo, v.yHi, x2 * v.nz2, 1, v.nz2, flags, 1, 2);
                if (p != null) {
                    p.addSlice(vr, vc, m, 2, x2 * hx, hz, hy);
                }
            }
            return p == null ? 0 : p.max();
        }

        /** The largest squared distance among the line extremes that are vertices of all three of their slices. */
        double space(byte[] xFlags, byte[] yFlags) {
            int m = 0;
            for (int z2 = 0; z2 < v.nz2; z2++) {
                for (int e = z2 * v.ny2, y2 = 0; y2 < v.ny2; e++, y2++) {
                    int f = xFlags[e];
                    if (f == 0) {
                        continue;
                    }
                    int lo = v.xLo[e];
                    int hi = v.xHi[e];
                    if (lo == hi) { // one vertex, on both chains: a hull vertex if either chain kept it
                        if ((f & 3) != 0 && (f & 12) != 0 && inXSliceHull(z2, y2, lo, yFlags)) {
                            m = addPoint(m, z2, y2, lo);
                        }
                        continue;
                    }
                    // low extreme: bits 1 (z-slice hull) and 4 (y-slice hull); high extreme: bits 2 and 8
                    if ((f & 5) == 5 && inXSliceHull(z2, y2, lo, yFlags)) {
                        m = addPoint(m, z2, y2, lo);
                    }
                    if ((f & 10) == 10 && inXSliceHull(z2, y2, hi, yFlags)) {
                        m = addPoint(m, z2, y2, hi);
                    }
                }
            }
            return maxDistanceSq(pz, py, px, m);
        }

        /** Whether vertex (z2, y2, x2), a low or high extreme of its y-line, is a vertex of its x-slice hull. */
        private boolean inXSliceHull(int z2, int y2, int x2, byte[] yFlags) {
            int b = x2 * v.nz2 + z2;
            int g = yFlags[b];
            return y2 == v.yLo[b] && (g & 1) != 0 || y2 == v.yHi[b] && (g & 2) != 0;
        }

        private int addPoint(int m, int z2, int y2, int x2) {
            if (m == pz.length) {
                pz = Arrays.copyOf(pz, 2 * m);
                py = Arrays.copyOf(py, 2 * m);
                px = Arrays.copyOf(px, 2 * m);
            }
            pz[m] = z2 * hz;
            py[m] = y2 * hy;
            px[m] = x2 * hx;
            return m + 1;
        }

        /**
         * The hull vertices of one slice, given as {@code count} lines (rows j = 0.. in order, entry
         * {@code start + j·stride}, empty where {@code hi < 0}) with their low and high extremes: the left chain
         * (low extremes) then the right chain (high extremes) into {@link #vr}, {@link #vc}, and the flags
         * {@code bitLo} / {@code bitHi} on their lines. Returns the number of chain points.
         */
        private int hull(int[] lo, int[] hi, int start, int stride, int count, byte[] flags, int bitLo, int bitHi) {
            int m = chain(lo, hi, start, stride, count, 1, 0);
            mark(flags, start, stride, 0, m, bitLo);
            int n = chain(hi, hi, start, stride, count, -1, m);
            mark(flags, start, stride, m, n, bitHi);
            return n;
        }

        /**
         * One monotone chain from position {@code from} of {@link #vr}/{@link #vc}: points (j, val) of the non-empty
         * lines; with hulls, a point is dropped while it does not make a strict turn to the side {@code sign}
         * (+1: the chain of smallest values, −1: of largest values). Returns the end position.
         */
        private int chain(int[] val, int[] hi, int start, int stride, int count, int sign, int from) {
            int top = from;
            for (int j = 0, e = start; j < count; j++, e += stride) {
                if (hi[e] < 0) {
                    continue;
                }
                int c = val[e];
                while (hulls && top - from >= 2) {
                    // cross product (a − o) × (b − o) of o = top − 2, a = top − 1, b = (j, c): positive = left turn
                    int or = vr[top - 2];
                    int oc = vc[top - 2];
                    long turn = (long) (vr[top - 1] - or) * (c - oc) - (long) (vc[top - 1] - oc) * (j - or);
                    if (sign * turn > 0) {
                        break;
                    }
                    top--;
                }
                vr[top] = j;
                vc[top] = c;
                top++;
            }
            return top;
        }

        private void mark(byte[] flags, int start, int stride, int from, int to, int bit) {
            for (int i = from; i < to; i++) {
                flags[start + vr[i] * stride] |= (byte) bit;
            }
        }
    }

    /**
     * The candidate points of all slices of one direction, and the largest squared distance within a slice by branch
     * and bound: with R the largest distance of a slice's point from the centre of its bounding box, no pair in the
     * slice is longer than 2R, so a slice is skipped when 4R²·(1 + 10<sup>−9</sup>) (the margin covers rounding, as
     * in {@link #farPairs}) is not above the best distance found so far; slices are visited from the largest bound
     * down, each through {@link #farPairs}.
     */
    private static final class Planar {
        private double[] pz = new double[1024];
        private double[] py = new double[1024];
        private double[] px = new double[1024];
        private final int[] start;
        private final double[] bound;
        private int slices;
        private int size;

        Planar(int maxSlices) {
            start = new int[maxSlices + 1];
            bound = new double[maxSlices];
        }

        /**
         * Adds a slice of {@code m} chain points (row r, column c): coordinate {@code fixed} on axis {@code axis}
         * (0 = z, 1 = y, 2 = x), the row on the first remaining axis ({@code r · hr}), the column on the second
         * ({@code c · hc}).
         */
        void addSlice(int[] r, int[] c, int m, int axis, double fixed, double hr, double hc) {
            if (m < 2) {
                return;
            }
            if (size + m > pz.length) {
                int len = Math.max(2 * pz.length, size + m);
                pz = Arrays.copyOf(pz, len);
                py = Arrays.copyOf(py, len);
                px = Arrays.copyOf(px, len);
            }
            double[] fa = axis == 0 ? pz : axis == 1 ? py : px;
            double[] ra = axis == 0 ? py : pz;
            double[] ca = axis == 2 ? py : px;
            double r0 = Double.MAX_VALUE;
            double r1 = -Double.MAX_VALUE;
            double c0 = Double.MAX_VALUE;
            double c1 = -Double.MAX_VALUE;
            for (int i = 0; i < m; i++) {
                double a = r[i] * hr;
                double b = c[i] * hc;
                fa[size + i] = fixed;
                ra[size + i] = a;
                ca[size + i] = b;
                r0 = Math.min(r0, a);
                r1 = Math.max(r1, a);
                c0 = Math.min(c0, b);
                c1 = Math.max(c1, b);
            }
            double cr = 0.5 * (r0 + r1);
            double cc = 0.5 * (c0 + c1);
            double r2 = 0;
            for (int i = size; i < size + m; i++) {
                double a = ra[i] - cr;
                double b = ca[i] - cc;
                r2 = Math.max(r2, a * a + b * b);
            }
            size += m;
            bound[slices] = 4 * r2 * (1 + 1e-9);
            start[++slices] = size;
        }

        double max() {
            long[] order = new long[slices];
            for (int k = 0; k < slices; k++) {
                order[k] = (long) Float.floatToIntBits((float) bound[k]) << 32 | k;
            }
            Arrays.sort(order);
            double best = 0;
            for (int q = slices - 1; q >= 0; q--) {
                int k = (int) order[q];
                if (bound[k] <= best) {
                    continue;
                }
                int a = start[k];
                int b = start[k + 1];
                best = farPairs(pz, py, px, a, b, best);
            }
            return best;
        }
    }

    /** Largest squared distance between two of the first {@code n} points (0 if fewer than two). */
    static double maxDistanceSq(double[] pz, double[] py, double[] px, int n) {
        if (n < 2) {
            return 0;
        }
        if (n <= BRUTE_FORCE_LIMIT) {
            return bruteForce(pz, py, px, 0, n, 0);
        }
        return farPairs(pz, py, px, 0, n, 0);
    }

    /**
     * {@code max(best, largest squared distance among points from .. to − 1)}, exact: sphere pruning, then brute force
     * or the cell search. With c the centre of the points' bounding box, R the largest distance of a point from c
     * and B² the larger of {@code best} and a computed pair distance (the farthest point from the point farthest from
     * c), a pair (p, q) has |p − q| ≤ |p − c| + R, so a point with |p − c| + R &lt; B can be in no pair longer than B
     * and is dropped. Every quantity here is computed with a relative error of a few 2<sup>−53</sup> (differences of
     * given doubles, squares, sums, square roots), so the test is made with a relative margin of 10<sup>−9</sup>: a
     * dropped point's computed pair distances are below B², itself a computed pair distance (or the caller's bound),
     * and the result equals the brute-force maximum exactly.
     */
    private static double farPairs(double[] pz, double[] py, double[] px, int from, int to, double best) {
        double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        bounds(pz, from, to, lo, hi, 0);
        bounds(py, from, to, lo, hi, 1);
        bounds(px, from, to, lo, hi, 2);
        double cz = 0.5 * (lo[0] + hi[0]);
        double cy = 0.5 * (lo[1] + hi[1]);
        double cx = 0.5 * (lo[2] + hi[2]);
        double[] r = new double[to - from];
        double rMax = -1;
        int far = from;
        for (int i = from; i < to; i++) {
            double dz = pz[i] - cz;
            double dy = py[i] - cy;
            double dx = px[i] - cx;
            double ri = Math.sqrt(dz * dz + dy * dy + dx * dx);
            r[i - from] = ri;
            if (ri > rMax) {
                rMax = ri;
                far = i;
            }
        }
        best = Math.max(best, farthestFrom(pz, py, px, from, to, far));
        double cut = Math.sqrt(best) * (1 - 1e-9) - rMax;
        int m = 0;
        for (double ri : r) {
            if (ri >= cut) {
                m++;
            }
        }
        double[] qz = new double[m];
        double[] qy = new double[m];
        double[] qx = new double[m];
        int k = 0;
        for (int i = from; i < to; i++) {
            if (r[i - from] >= cut) {
                qz[k] = pz[i];
                qy[k] = py[i];
                qx[k] = px[i];
                k++;
            }
        }
        return m <= BRUTE_FORCE_LIMIT ? bruteForce(qz, qy, qx, 0, m, best) : cells(qz, qy, qx, m, best);
    }

    private static void bounds(double[] p, int from, int to, double[] lo, double[] hi, int axis) {
        double a = lo[axis];
        double b = hi[axis];
        for (int i = from; i < to; i++) {
            a = Math.min(a, p[i]);
            b = Math.max(b, p[i]);
        }
        lo[axis] = a;
        hi[axis] = b;
    }

    /** The largest squared distance from point {@code f} to the others (computed as in {@link #bruteForce}). */
    private static double farthestFrom(double[] pz, double[] py, double[] px, int from, int to, int f) {
        double best = 0;
        for (int j = from; j < to; j++) {
            double dz = pz[f] - pz[j];
            double dy = py[f] - py[j];
            double dx = px[f] - px[j];
            double d = dz * dz + dy * dy + dx * dx;
            if (d > best) {
                best = d;
            }
        }
        return best;
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

    /** Branch and bound over grid cells; {@code floor} is a computed pair distance (a lower bound). */
    private static double cells(double[] pz, double[] py, double[] px, int n, double floor) {
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
        double best = Math.max(floor, initialBound(sz, sy, sx, n));
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
}
