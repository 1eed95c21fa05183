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
 */
final class Mesh3D {

    /** Surface area (mm²). */
    final double surfaceArea;
    /** Signed-tetrahedra volume (mm³). */
    final double volume;
    /** Number of diameter vertices (edges 6, 7, 11 of each cube) and their doubled padded indices. */
    final int vertexCount;
    final int[] vz2;
    final int[] vy2;
    final int[] vx2;

    private Mesh3D(double surfaceArea, double volume, int vertexCount, int[] vz2, int[] vy2, int[] vx2) {
        this.surfaceArea = surfaceArea;
        this.volume = volume;
        this.vertexCount = vertexCount;
        this.vz2 = vz2;
        this.vy2 = vy2;
        this.vx2 = vx2;
    }

    /** The ROI (non-zero voxels of {@code roi}) padded by one background voxel on every side, x fastest. */
    static byte[] padded(Mask roi) {
        Geometry g = roi.geometry();
        return PaddedMask.pad(roi::inside, g.nx(), g.ny(), g.nz());
    }

    /**
     * Builds the mesh sums and, if {@code withVertices}, the diameter vertices.
     *
     * @param spacing {sz, sy, sx}
     */
    static Mesh3D of(Mask roi, double[] spacing, boolean withVertices) {
        Geometry g = roi.geometry();
        return of(padded(roi), g.nx() + 2, g.ny() + 2, g.nz() + 2, spacing, withVertices);
    }

    /**
     * Builds the mesh of a padded binary array ({@link #padded}) of size px×py×pz (x fastest).
     *
     * <p>One sweep: for each row of cubes the 4 corners with equal x offset are read once per x as a "column code"
     * (bit 0 (dz,dy) = (0,0), bit 1 (0,1), bit 2 (1,0), bit 3 (1,1)) and two neighbouring codes give the cube index
     * through a 256-entry table.
     */
    static Mesh3D of(byte[] m, int px, int py, int pz, double[] spacing, boolean withVertices) {
        int plane = px * py;

        double[] area = new double[128];
        double[] k0 = new double[128];
        double[] nz = new double[128];
        double[] ny = new double[128];
        double[] nx = new double[128];
        tabulate(spacing, area, k0, nz, ny, nx);
        double sz = spacing[0];
        double sy = spacing[1];
        double sx = spacing[2];
        int[] cubeIndex = cubeIndexOfColumns();

        int cap = withVertices ? 1024 : 0;
        int[] vz = new int[cap];
        int[] vy = new int[cap];
        int[] vx = new int[cap];
        int nv = 0;

        double surface = 0;
        double volume = 0;
        for (int iz = 0; iz < pz - 1; iz++) {
            double oz = iz * sz;
            for (int iy = 0; iy < py - 1; iy++) {
                double oy = iy * sy;
                int b = iz * plane + iy * px;
                int left = m[b] | m[b + px] << 1 | m[b + plane] << 2 | m[b + plane + px] << 3;
                for (int ix = 0; ix < px - 1; ix++) {
                    int c = b + ix + 1;
                    int right = m[c] | m[c + px] << 1 | m[c + plane] << 2 | m[c + plane + px] << 3;
                    int idx = cubeIndex[left << 4 | right];
                    left = right;
                    if (idx == 0 || idx == 0xFF) {
                        continue;
                    }
                    double sign = 1;
                    if ((idx & 0x80) != 0) {
                        idx ^= 0xFF;
                        sign = -1;
                    }
                    if (withVertices && (idx & 0x58) != 0) {
                        if (nv + 3 > vz.length) {
                            int len = vz.length * 2;
                            vz = Arrays.copyOf(vz, len);
                            vy = Arrays.copyOf(vy, len);
                            vx = Arrays.copyOf(vx, len);
                        }
                        if ((idx & 0x40) != 0) { // corner 6 -> vertex on edge 6 at (1, 1, 0.5)
                            vz[nv] = 2 * iz + 2;
                            vy[nv] = 2 * iy + 2;
                            vx[nv] = 2 * ix + 1;
                            nv++;
                        }
                        if ((idx & 0x10) != 0) { // corner 4 -> vertex on edge 7 at (1, 0.5, 0)
                            vz[nv] = 2 * iz + 2;
                            vy[nv] = 2 * iy + 1;
                            vx[nv] = 2 * ix;
                            nv++;
                        }
                        if ((idx & 0x08) != 0) { // corner 3 -> vertex on edge 11 at (0.5, 1, 0)
                            vz[nv] = 2 * iz + 1;
                            vy[nv] = 2 * iy + 2;
                            vx[nv] = 2 * ix;
                            nv++;
                        }
                    }
                    surface += area[idx];
                    volume += sign * (k0[idx] + oz * nz[idx] + oy * ny[idx] + ix * sx * nx[idx]);
                }
            }
        }
        return new Mesh3D(surface, volume / 6, nv, vz, vy, vx);
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
    private static void tabulate(double[] s, double[] area, double[] k0, double[] nz, double[] ny, double[] nx) {
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
