package org.radiomics4j.core.features.shape;

import java.util.Random;

import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;

/** Small random masks and exact voxel transforms for the shape property tests. */
final class Masks {

    private Masks() {
    }

    /** A random binary mask of at most 8×8×8 voxels with at least one voxel inside. */
    static Mask random(Random rnd, double sx, double sy, double sz) {
        int nx = 1 + rnd.nextInt(8);
        int ny = 1 + rnd.nextInt(8);
        int nz = 1 + rnd.nextInt(8);
        return random(rnd, nx, ny, nz, sx, sy, sz);
    }

    static Mask random(Random rnd, int nx, int ny, int nz, double sx, double sy, double sz) {
        double p = 0.15 + 0.8 * rnd.nextDouble();
        int[] l = new int[nx * ny * nz];
        boolean any = false;
        for (int i = 0; i < l.length; i++) {
            l[i] = rnd.nextDouble() < p ? 1 : 0;
            any |= l[i] != 0;
        }
        if (!any) {
            l[rnd.nextInt(l.length)] = 1;
        }
        return Mask.of(l, Geometry.of(nx, ny, nz, sx, sy, sz));
    }

    /** A box of a×b×c voxels (x, y, z) filling its grid. */
    static Mask box(int a, int b, int c, double sx, double sy, double sz) {
        int[] l = new int[a * b * c];
        java.util.Arrays.fill(l, 1);
        return Mask.of(l, Geometry.of(a, b, c, sx, sy, sz));
    }

    /** The mask mirrored along axis 0 (x), 1 (y) or 2 (z). */
    static Mask flip(Mask m, int axis) {
        Geometry g = m.geometry();
        int nx = g.nx();
        int ny = g.ny();
        int nz = g.nz();
        int[] out = new int[m.size()];
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int sx = axis == 0 ? nx - 1 - x : x;
                    int sy = axis == 1 ? ny - 1 - y : y;
                    int sz = axis == 2 ? nz - 1 - z : z;
                    out[g.index(x, y, z)] = m.label(sx, sy, sz);
                }
            }
        }
        return Mask.of(out, g);
    }

    /**
     * The mask rotated by 90° in the plane of axes {@code a} and {@code b} (0 = x, 1 = y, 2 = z): the new axis a is
     * the old axis b, the new axis b the mirrored old axis a. Spacing of a and b must be equal for the result to be
     * a rigid rotation; the grid keeps the spacing array as is.
     */
    static Mask rotate90(Mask m, int a, int b) {
        Geometry g = m.geometry();
        int[] size = g.size();
        int[] ns = size.clone();
        ns[a] = size[b];
        ns[b] = size[a];
        Geometry ng = Geometry.of(ns[0], ns[1], ns[2], g.spacing(0), g.spacing(1), g.spacing(2));
        int[] out = new int[m.size()];
        int[] p = new int[3];
        int[] q = new int[3];
        for (p[2] = 0; p[2] < ns[2]; p[2]++) {
            for (p[1] = 0; p[1] < ns[1]; p[1]++) {
                for (p[0] = 0; p[0] < ns[0]; p[0]++) {
                    q[0] = p[0];
                    q[1] = p[1];
                    q[2] = p[2];
                    q[b] = p[a];
                    q[a] = size[a] - 1 - p[b];
                    out[ng.index(p[0], p[1], p[2])] = m.label(q[0], q[1], q[2]);
                }
            }
        }
        return Mask.of(out, ng);
    }

    /**
     * Whether some 2×2 square of voxels in an axis plane (the ROI padded by background) holds exactly two ROI voxels
     * on a diagonal: the marching-cubes face ambiguity, which PyRadiomics' half table resolves differently in a cube
     * and in its complement.
     */
    static boolean hasAmbiguousFace(Mask m) {
        org.radiomics4j.core.image.Geometry g = m.geometry();
        int nx = g.nx();
        int ny = g.ny();
        int nz = g.nz();
        int[][] planes = {{1, 0, 0, 0, 1, 0}, {1, 0, 0, 0, 0, 1}, {0, 1, 0, 0, 0, 1}};
        for (int z = -1; z <= nz; z++) {
            for (int y = -1; y <= ny; y++) {
                for (int x = -1; x <= nx; x++) {
                    for (int[] p : planes) {
                        boolean a = in(m, x, y, z);
                        boolean b = in(m, x + p[0], y + p[1], z + p[2]);
                        boolean c = in(m, x + p[3], y + p[4], z + p[5]);
                        boolean d = in(m, x + p[0] + p[3], y + p[1] + p[4], z + p[2] + p[5]);
                        if (a == d && b == c && a != b) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean in(Mask m, int x, int y, int z) {
        org.radiomics4j.core.image.Geometry g = m.geometry();
        return x >= 0 && y >= 0 && z >= 0 && x < g.nx() && y < g.ny() && z < g.nz() && m.label(x, y, z) != 0;
    }

    /** A random mask (as {@link #random}) without face ambiguity, by rejection; blobs of boxes and balls. */
    static Mask randomUnambiguous(Random rnd, double sx, double sy, double sz) {
        while (true) {
            int nx = 1 + rnd.nextInt(8);
            int ny = 1 + rnd.nextInt(8);
            int nz = 1 + rnd.nextInt(8);
            int[] l = new int[nx * ny * nz];
            int shapes = 1 + rnd.nextInt(3);
            for (int s = 0; s < shapes; s++) {
                double cx = rnd.nextDouble() * nx;
                double cy = rnd.nextDouble() * ny;
                double cz = rnd.nextDouble() * nz;
                double rx = 0.5 + rnd.nextDouble() * nx / 2;
                double ry = 0.5 + rnd.nextDouble() * ny / 2;
                double rz = 0.5 + rnd.nextDouble() * nz / 2;
                boolean ball = rnd.nextBoolean();
                for (int z = 0; z < nz; z++) {
                    for (int y = 0; y < ny; y++) {
                        for (int x = 0; x < nx; x++) {
                            double dx = (x - cx) / rx;
                            double dy = (y - cy) / ry;
                            double dz = (z - cz) / rz;
                            boolean inside = ball ? dx * dx + dy * dy + dz * dz <= 1
                                    : Math.abs(dx) <= 1 && Math.abs(dy) <= 1 && Math.abs(dz) <= 1;
                            if (inside) {
                                l[x + nx * (y + ny * z)] = 1;
                            }
                        }
                    }
                }
            }
            boolean any = false;
            for (int v : l) {
                any |= v != 0;
            }
            if (!any) {
                continue;
            }
            Mask m = Mask.of(l, Geometry.of(nx, ny, nz, sx, sy, sz));
            if (!hasAmbiguousFace(m)) {
                return m;
            }
        }
    }

    /**
     * A ball of diameter {@code n} voxels with a noisy surface (radius + 0.3 N(0,1) per voxel), hollow inside half the
     * radius if {@code hole}; voxel {@code forced} is set as well ({@code -1}: the centre voxel of the middle slice).
     */
    static Mask noisyBall(Random rnd, int n, double[] s, boolean hole, int forced) {
        int[] l = new int[n * n * n];
        double r = n / 2.0 - 0.5;
        double c = (n - 1) / 2.0;
        for (int z = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++) {
                    double d = Math.sqrt((x - c) * (x - c) + (y - c) * (y - c) + (z - c) * (z - c));
                    boolean in = d <= r + 0.3 * rnd.nextGaussian();
                    if (hole && d < r / 2) {
                        in = false;
                    }
                    l[x + n * (y + n * z)] = in ? 1 : 0;
                }
            }
        }
        l[forced >= 0 ? forced : n * n * n / 2 + n / 2] = 1;
        return Mask.of(l, Geometry.of(n, n, n, s[0], s[1], s[2]));
    }

    static long seed() {
        return Long.getLong("radiomics.seed", 20261127L);
    }
}
