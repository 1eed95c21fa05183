package org.radiomics4j.core.features;

import java.util.SplittableRandom;

import org.radiomics4j.core.discretize.GrayLevelVolume;

/** Random small grey-level volumes and exact rotations/flips of them, for the GLSZM/GLDM/NGTDM property tests. */
public final class ZoneTestVolumes {
    private ZoneTestVolumes() {
    }

    /**
     * A random volume of at most 8³ voxels with 1..6 grey levels; about a quarter of the voxels are outside the
     * ROI. Levels are drawn with spatial correlation (copying a neighbour half of the time) so that zones larger than
     * one voxel occur. Never empty: voxel 0 is forced into the ROI.
     */
    public static GrayLevelVolume random(SplittableRandom rnd) {
        int nx = 1 + rnd.nextInt(8);
        int ny = 1 + rnd.nextInt(8);
        int nz = 1 + rnd.nextInt(8);
        int levelsCount = 1 + rnd.nextInt(6);
        double holeRate = rnd.nextDouble() * 0.5;
        int[] lv = new int[nx * ny * nz];
        for (int i = 0; i < lv.length; i++) {
            if (i > 0 && rnd.nextDouble() < holeRate) {
                lv[i] = 0;
            } else if (i > 0 && lv[i - 1] != 0 && rnd.nextBoolean()) {
                lv[i] = lv[i - 1];
            } else {
                lv[i] = 1 + rnd.nextInt(levelsCount);
            }
        }
        int max = 0;
        for (int v : lv) {
            max = Math.max(max, v);
        }
        // ng may exceed the highest level present, as after fixed-bin-width discretisation with empty top bins
        return new GrayLevelVolume(nx, ny, nz, lv, max + rnd.nextInt(2), new double[] {1, 1, 1});
    }

    /** Rotation by 90° in the x–y plane: (x, y) → (ny−1−y, x). */
    public static GrayLevelVolume rotateXy(GrayLevelVolume v) {
        int nx = v.nx(), ny = v.ny(), nz = v.nz();
        int[] out = new int[nx * ny * nz];
        int mx = ny; // new x size
        int my = nx;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int x2 = ny - 1 - y;
                    int y2 = x;
                    out[x2 + mx * (y2 + my * z)] = v.level(x, y, z);
                }
            }
        }
        return new GrayLevelVolume(mx, my, nz, out, v.ng(), v.spacing().clone());
    }

    /** Rotation by 90° in the x–z plane: (x, z) → (nz−1−z, x). */
    public static GrayLevelVolume rotateXz(GrayLevelVolume v) {
        int nx = v.nx(), ny = v.ny(), nz = v.nz();
        int mx = nz;
        int mz = nx;
        int[] out = new int[nx * ny * nz];
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int x2 = nz - 1 - z;
                    int z2 = x;
                    out[x2 + mx * (y + ny * z2)] = v.level(x, y, z);
                }
            }
        }
        return new GrayLevelVolume(mx, ny, mz, out, v.ng(), v.spacing().clone());
    }

    /** Mirror along axis 0 (x), 1 (y) or 2 (z). */
    public static GrayLevelVolume flip(GrayLevelVolume v, int axis) {
        int nx = v.nx(), ny = v.ny(), nz = v.nz();
        int[] out = new int[nx * ny * nz];
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int x2 = axis == 0 ? nx - 1 - x : x;
                    int y2 = axis == 1 ? ny - 1 - y : y;
                    int z2 = axis == 2 ? nz - 1 - z : z;
                    out[x2 + nx * (y2 + ny * z2)] = v.level(x, y, z);
                }
            }
        }
        return new GrayLevelVolume(nx, ny, nz, out, v.ng(), v.spacing().clone());
    }

    /** Relative difference {@code |a − b| / max(|a|, |b|)}, 0 when both are 0. */
    public static double relDiff(double a, double b) {
        double m = Math.max(Math.abs(a), Math.abs(b));
        return m == 0 ? 0 : Math.abs(a - b) / m;
    }
}
