package org.radiomics4j.core.features.shape;

import java.util.Arrays;

import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.internal.PaddedMask;

/**
 * PyRadiomics' marching-cubes mesh of a binary ROI (all of {@code calculate_coefficients} in {@code cshape.c}), in one
 * linear sweep over the ROI padded by one voxel of background.
 *
 * <p>Everything is in (z, y, x) order like PyRadiomics. Cube {@code (iz, iy, ix)} of the padded grid has corner k at
 * {@code (iz, iy, ix) + GRID_ANGLES[k]}; an index with corner 7 set is complemented and its tetrahedra counted with a
 * negative sign. Per cube index, the triangle areas and the two parts of the signed tetrahedron volume
 * {@code det(p + a, p + b, p + c) = det(a, b, c) + p·(a×b + b×c + c×a)} (p the cube origin) are tabulated once for
 * the given spacing, so the sweep does a table lookup and four multiply-adds per surface cube.
 *
 * <p>The diameter vertices are not listed: {@link VertexLines} keeps only the extreme ones of every axis-parallel
 * line, which is all that {@link Diameters} needs.
 */
final class Mesh3D {

    /** Surface area (mm²). */
    final double surfaceArea;
    /** Signed-tetrahedra volume (mm³). */
    final double volume;

    private Mesh3D(double surfaceArea, double volume) {
        this.surfaceArea = surfaceArea;
        this.volume = volume;
    }

    /** The ROI (non-zero voxels of {@code roi}) padded by one background voxel on every side, x fastest. */
    static byte[] padded(Mask roi) {
        Geometry g = roi.geometry();
        return PaddedMask.pad(roi::inside, g.nx(), g.ny(), g.nz());
    }

    /**
     * Builds the mesh sums of a padded ROI and, if {@code lines} is not null, adds every diameter vertex (edges 6, 7
     * and 11 of each cube, as doubled padded indices) to it.
     *
     * <p>One sweep over the rows of cubes, z then y then x ascending. For a row of cubes the four voxel rows that
     * hold its corners are combined word by word: a cube is skipped when its 8 corners are all background or all
     * inside (such a cube has no triangle), which leaves one word operation per 64 voxels away from the surface.
     * The surface cubes are visited in the same order as a voxel-by-voxel sweep, so the sums are the same doubles.
     *
     * @param spacing {sz, sy, sx}
     */
    static Mesh3D of(PaddedBits grid, double[] spacing, VertexLines lines) {
        Sweep s = new Sweep(grid, spacing, lines);
        for (int iz = 0; iz < grid.pz - 1; iz++) {
            for (int iy = 0; iy < grid.py - 1; iy++) {
                s.row(iz, iy);
            }
        }
        return new Mesh3D(s.surface, s.volume / 6);
    }

    /** State of one sweep: the per-index tables for the spacing and the two running sums. */
    private static final class Sweep {
        private final PaddedBits grid;
        private final VertexLines lines;
        private final double[] area = new double[128];
        private final double[] k0 = new double[128];
        private final double[] nz = new double[128];
        private final double[] ny = new double[128];
        private final double[] nx = new double[128];
        private final int[] cubeIndex = cubeIndexOfColumns();
        private final double sz;
        private final double sy;
        private final double sx;
        private double surface;
        private double volume;

        Sweep(PaddedBits grid, double[] spacing, VertexLines lines) {
            this.grid = grid;
            this.lines = lines;
            tabulate(spacing, area, k0, nz, ny, nx);
            sz = spacing[0];
            sy = spacing[1];
            sx = spacing[2];
        }

        /**
         * The cubes with origin (iz, iy, *): corner rows (iz, iy) = a, (iz, iy + 1) = c, (iz + 1, iy) = d,
         * (iz + 1, iy + 1) = e; a word of each row and the same word shifted by one voxel (the x + 1 corners).
         */
        void row(int iz, int iy) {
            long[] b = grid.bits;
            int w = grid.words;
            int r00 = grid.row(iz, iy);
            int r01 = r00 + w;
            int r10 = grid.row(iz + 1, iy);
            int r11 = r10 + w;
            double oz = iz * sz;
            double oy = iy * sy;
            double sum = surface;
            double vol = volume;
            for (int k = 0; k < w; k++) {
                long a = b[r00 + k];
                long c = b[r01 + k];
                long d = b[r10 + k];
                long e = b[r11 + k];
                boolean more = k + 1 < w;
                long as = a >>> 1 | (more ? b[r00 + k + 1] << 63 : 0);
                long cs = c >>> 1 | (more ? b[r01 + k + 1] << 63 : 0);
                long ds = d >>> 1 | (more ? b[r10 + k + 1] << 63 : 0);
                long es = e >>> 1 | (more ? b[r11 + k + 1] << 63 : 0);
                // a cube is trivial when both its corner columns are empty, or both are full
                long cubes = (a | c | d | e | as | cs | ds | es) & ~(a & c & d & e & as & cs & ds & es);
                while (cubes != 0) {
                    int t = Long.numberOfTrailingZeros(cubes);
                    cubes &= cubes - 1;
                    int left = (int) (a >>> t & 1) | (int) (c >>> t & 1) << 1 | (int) (d >>> t & 1) << 2
                            | (int) (e >>> t & 1) << 3;
                    int right = (int) (as >>> t & 1) | (int) (cs >>> t & 1) << 1 | (int) (ds >>> t & 1) << 2
                            | (int) (es >>> t & 1) << 3;
                    int idx = cubeIndex[left << 4 | right];
                    int ix = k << 6 | t;
                    double sign = 1;
                    if ((idx & 0x80) != 0) {
                        idx ^= 0xFF;
                        sign = -1;
                    }
                    if (lines != null && (idx & 0x58) != 0) {
                        vertices(idx, iz, iy, ix);
                    }
                    sum += area[idx];
                    vol += sign * (k0[idx] + oz * nz[idx] + oy * ny[idx] + ix * sx * nx[idx]);
                }
            }
            surface = sum;
            volume = vol;
        }

        /** The diameter vertices of a (complemented) cube index: one per set corner 6, 4 and 3. */
        private void vertices(int idx, int iz, int iy, int ix) {
            if ((idx & 0x40) != 0) { // corner 6 -> vertex on edge 6 at (1, 1, 0.5)
                lines.add(2 * iz + 2, 2 * iy + 2, 2 * ix + 1);
            }
            if ((idx & 0x10) != 0) { // corner 4 -> vertex on edge 7 at (1, 0.5, 0)
                lines.add(2 * iz + 2, 2 * iy + 1, 2 * ix);
            }
            if ((idx & 0x08) != 0) { // corner 3 -> vertex on edge 11 at (0.5, 1, 0)
                lines.add(2 * iz + 1, 2 * iy + 2, 2 * ix);
            }
        }
    }

    /**
     * Cube index (corner bits as in {@link MeshTables#GRID_ANGLES}) from the column codes of its x and x+1 corners:
     * entry {@code left << 4 | right}; code bit 0 = (dz,dy) (0,0), bit 1 = (0,1), bit 2 = (1,0), bit 3 = (1,1).
     */
    private static int[] cubeIndexOfColumns() {
        int[] t = new int[256];
        for (int left = 0; left < 16; left++) {
            for (int right = 0; right < 16; right++) {
                int idx = 0;
                for (int k = 0; k < 8; k++) {
                    int[] c = MeshTables.GRID_ANGLES[k];
                    int code = c[2] == 0 ? left : right;
                    int bit = c[0] << 1 | c[1];
                    if ((code >> bit & 1) != 0) {
                        idx |= 1 << k;
                    }
                }
                t[left << 4 | right] = idx;
            }
        }
        return t;
    }

    /**
     * Per cube index: total triangle area, and for the signed volume the constant {@code Σ det(a, b, c)} and the
     * vector {@code Σ (a×b + b×c + c×a)}, with a, b, c the scaled vertex offsets inside the cube.
     */
    static void tabulate(double[] s, double[] area, double[] k0, double[] nz, double[] ny, double[] nx) {
        double[][] v = new double[12][3];
        for (int e = 0; e < 12; e++) {
            for (int d = 0; d < 3; d++) {
                v[e][d] = MeshTables.VERT_LIST[e][d] * s[d];
            }
        }
        for (int idx = 0; idx < 128; idx++) {
            int[] t = MeshTables.TRI_TABLE[idx];
            for (int k = 0; t[3 * k] >= 0; k++) {
                double[] a = v[t[3 * k]];
                double[] b = v[t[3 * k + 1]];
                double[] c = v[t[3 * k + 2]];
                double[] ab = cross(a, b);
                double[] bc = cross(b, c);
                double[] ca = cross(c, a);
                k0[idx] += ab[0] * c[0] + ab[1] * c[1] + ab[2] * c[2];
                nz[idx] += ab[0] + bc[0] + ca[0];
                ny[idx] += ab[1] + bc[1] + ca[1];
                nx[idx] += ab[2] + bc[2] + ca[2];
                double[] u = {a[0] - c[0], a[1] - c[1], a[2] - c[2]};
                double[] w = {b[0] - c[0], b[1] - c[1], b[2] - c[2]};
                double[] f = cross(u, w);
                area[idx] += 0.5 * Math.sqrt(f[0] * f[0] + f[1] * f[1] + f[2] * f[2]);
            }
        }
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - b[1] * a[2], a[2] * b[0] - b[2] * a[0], a[0] * b[1] - b[0] * a[1]};
    }

    /**
     * Every triangle of the mesh as nine doubled padded indices (z, y, x of a, b, c), oriented outward (the
     * triangles of complemented cubes are reversed). For tests of the mesh topology; not used by the features.
     */
    static int[] triangles(Mask roi) {
        Geometry g = roi.geometry();
        int px = g.nx() + 2;
        int py = g.ny() + 2;
        int pz = g.nz() + 2;
        byte[] m = padded(roi);
        int plane = px * py;
        int[] out = new int[1024];
        int n = 0;
        for (int iz = 0; iz < pz - 1; iz++) {
            for (int iy = 0; iy < py - 1; iy++) {
                for (int ix = 0; ix < px - 1; ix++) {
                    int idx = 0;
                    for (int k = 0; k < 8; k++) {
                        int[] c = MeshTables.GRID_ANGLES[k];
                        if (m[(iz + c[0]) * plane + (iy + c[1]) * px + ix + c[2]] != 0) {
                            idx |= 1 << k;
                        }
                    }
                    boolean flip = (idx & 0x80) != 0;
                    if (flip) {
                        idx ^= 0xFF;
                    }
                    int[] t = MeshTables.TRI_TABLE[idx];
                    for (int k = 0; t[3 * k] >= 0; k++) {
                        if (n + 9 > out.length) {
                            out = Arrays.copyOf(out, out.length * 2);
                        }
                        for (int q = 0; q < 3; q++) {
                            int e = t[3 * k + (flip ? 2 - q : q)];
                            out[n++] = 2 * iz + (int) (2 * MeshTables.VERT_LIST[e][0]);
                            out[n++] = 2 * iy + (int) (2 * MeshTables.VERT_LIST[e][1]);
                            out[n++] = 2 * ix + (int) (2 * MeshTables.VERT_LIST[e][2]);
                        }
                    }
                }
            }
        }
        return Arrays.copyOf(out, n);
    }
}
