package org.radiomics4j.core.features.shape;

import java.util.Arrays;

import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;

/**
 * Plain reference kernels of the 3-D shape family, kept from the simple implementation the optimised code replaced:
 * a voxel-by-voxel sweep over the padded byte mask for the PCA sums and the marching-cubes sums with the full list
 * of diameter vertices, and the O(n²) maximum over all vertex pairs. The property tests compare the optimised
 * kernels with these bit for bit.
 */
final class ShapeReference {

    private ShapeReference() {
    }

    /** Mesh sums and every diameter vertex (edges 6, 7, 11 of each cube) as doubled padded indices. */
    static final class Mesh {
        /** Sums of the per-index tables ({@code Mesh3D.tabulate}), cube by cube: the previous implementation. */
        double surfaceArea;
        double volume;
        /** The same sums triangle by triangle from absolute coordinates (independent of the tables). */
        double triangleSurfaceArea;
        double triangleVolume;
        int vertexCount;
        int[] vz2 = new int[64];
        int[] vy2 = new int[64];
        int[] vx2 = new int[64];

        void add(int z, int y, int x) {
            if (vertexCount == vz2.length) {
                vz2 = Arrays.copyOf(vz2, 2 * vertexCount);
                vy2 = Arrays.copyOf(vy2, 2 * vertexCount);
                vx2 = Arrays.copyOf(vx2, 2 * vertexCount);
            }
            vz2[vertexCount] = z;
            vy2[vertexCount] = y;
            vx2[vertexCount] = x;
            vertexCount++;
        }
    }

    /** {count, Σx, Σy, Σz} of the ROI voxels in padded indices. */
    static long[] voxelSums(Mask roi) {
        Geometry g = roi.geometry();
        int px = g.nx() + 2;
        int py = g.ny() + 2;
        int pz = g.nz() + 2;
        byte[] padded = Mesh3D.padded(roi);
        long[] s = new long[4];
        for (int z = 1; z < pz - 1; z++) {
            for (int y = 1; y < py - 1; y++) {
                for (int x = 1; x < px - 1; x++) {
                    if (padded[(z * py + y) * px + x] != 0) {
                        s[0]++;
                        s[1] += x;
                        s[2] += y;
                        s[3] += z;
                    }
                }
            }
        }
        return s;
    }

    /** Centred products {zz, zy, zx, yy, yx, xx} summed voxel by voxel; spacing {sz, sy, sx}. */
    static double[] centredProducts(Mask roi, double[] spacing, double mz, double my, double mx) {
        Geometry g = roi.geometry();
        int px = g.nx() + 2;
        int py = g.ny() + 2;
        int pz = g.nz() + 2;
        byte[] padded = Mesh3D.padded(roi);
        double czz = 0;
        double czy = 0;
        double czx = 0;
        double cyy = 0;
        double cyx = 0;
        double cxx = 0;
        for (int z = 1; z < pz - 1; z++) {
            double dz = z * spacing[0] - mz;
            for (int y = 1; y < py - 1; y++) {
                double dy = y * spacing[1] - my;
                for (int x = 1; x < px - 1; x++) {
                    if (padded[(z * py + y) * px + x] != 0) {
                        double dx = x * spacing[2] - mx;
                        czz += dz * dz;
                        czy += dz * dy;
                        czx += dz * dx;
                        cyy += dy * dy;
                        cyx += dy * dx;
                        cxx += dx * dx;
                    }
                }
            }
        }
        return new double[] {czz, czy, czx, cyy, cyx, cxx};
    }

    /** Marching cubes cube by cube (8 corner reads per cube), PyRadiomics' {@code calculate_coefficients}. */
    static Mesh mesh(Mask roi, double[] spacing) {
        Geometry g = roi.geometry();
        int px = g.nx() + 2;
        int py = g.ny() + 2;
        int pz = g.nz() + 2;
        byte[] m = Mesh3D.padded(roi);
        int plane = px * py;
        double[][] v = new double[12][3];
        for (int e = 0; e < 12; e++) {
            for (int d = 0; d < 3; d++) {
                v[e][d] = MeshTables.VERT_LIST[e][d] * spacing[d];
            }
        }
        double[] area = new double[128];
        double[] k0 = new double[128];
        double[] nz = new double[128];
        double[] ny = new double[128];
        double[] nx = new double[128];
        Mesh3D.tabulate(spacing, area, k0, nz, ny, nx);
        Mesh out = new Mesh();
        double surface = 0;
        double volume = 0;
        double tableSurface = 0;
        double tableVolume = 0;
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
                    if (idx == 0 || idx == 0xFF) {
                        continue;
                    }
                    double sign = 1;
                    if ((idx & 0x80) != 0) {
                        idx ^= 0xFF;
                        sign = -1;
                    }
                    if ((idx & 0x40) != 0) {
                        out.add(2 * iz + 2, 2 * iy + 2, 2 * ix + 1);
                    }
                    if ((idx & 0x10) != 0) {
                        out.add(2 * iz + 2, 2 * iy + 1, 2 * ix);
                    }
                    if ((idx & 0x08) != 0) {
                        out.add(2 * iz + 1, 2 * iy + 2, 2 * ix);
                    }
                    tableSurface += area[idx];
                    tableVolume += sign * (k0[idx] + iz * spacing[0] * nz[idx] + iy * spacing[1] * ny[idx]
                            + ix * spacing[2] * nx[idx]);
                    int[] t = MeshTables.TRI_TABLE[idx];
                    for (int k = 0; t[3 * k] >= 0; k++) {
                        double[] a = shift(v[t[3 * k]], iz, iy, ix, spacing);
                        double[] b = shift(v[t[3 * k + 1]], iz, iy, ix, spacing);
                        double[] c = shift(v[t[3 * k + 2]], iz, iy, ix, spacing);
                        double[] u = {a[0] - c[0], a[1] - c[1], a[2] - c[2]};
                        double[] w = {b[0] - c[0], b[1] - c[1], b[2] - c[2]};
                        double[] f = cross(u, w);
                        surface += 0.5 * Math.sqrt(f[0] * f[0] + f[1] * f[1] + f[2] * f[2]);
                        double[] ab = cross(a, b);
                        volume += sign * (ab[0] * c[0] + ab[1] * c[1] + ab[2] * c[2]);
                    }
                }
            }
        }
        out.triangleSurfaceArea = surface;
        out.triangleVolume = volume / 6;
        out.surfaceArea = tableSurface;
        out.volume = tableVolume / 6;
        return out;
    }

    private static double[] shift(double[] p, int iz, int iy, int ix, double[] s) {
        return new double[] {p[0] + iz * s[0], p[1] + iy * s[1], p[2] + ix * s[2]};
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - b[1] * a[2], a[2] * b[0] - b[2] * a[0], a[0] * b[1] - b[0] * a[1]};
    }

    /**
     * The four diameters (slice, column, row, 3-D) squared, over all pairs of {@code mesh}'s vertices, each distance
     * computed as {@code dz·dz + dy·dy + dx·dx} of the coordinates {@code index · (spacing / 2)}.
     */
    static double[] diametersSq(Mesh mesh, double[] sp) {
        double[] out = new double[4];
        for (int i = 0; i < mesh.vertexCount; i++) {
            double az = mesh.vz2[i] * (sp[0] * 0.5);
            double ay = mesh.vy2[i] * (sp[1] * 0.5);
            double ax = mesh.vx2[i] * (sp[2] * 0.5);
            for (int j = 0; j < i; j++) {
                double dz = az - mesh.vz2[j] * (sp[0] * 0.5);
                double dy = ay - mesh.vy2[j] * (sp[1] * 0.5);
                double dx = ax - mesh.vx2[j] * (sp[2] * 0.5);
                double d = dz * dz + dy * dy + dx * dx;
                if (mesh.vz2[i] == mesh.vz2[j]) {
                    out[0] = Math.max(out[0], d);
                }
                if (mesh.vy2[i] == mesh.vy2[j]) {
                    out[1] = Math.max(out[1], d);
                }
                if (mesh.vx2[i] == mesh.vx2[j]) {
                    out[2] = Math.max(out[2], d);
                }
                out[3] = Math.max(out[3], d);
            }
        }
        return out;
    }
}
