package org.radiomics4j.core.features.internal;

import org.radiomics4j.core.discretize.GrayLevelVolume;

/**
 * A plain zero-padded copy (one voxel on every side) of a {@link GrayLevelVolume} for the reference kernels, kept
 * here so that they do not depend on the production grids they are compared against.
 *
 * @param px padded row length {@code nx + 2}
 * @param py padded slice height {@code ny + 2}
 * @param levels padded levels, index {@code (x+1) + px·((y+1) + py·(z+1))}
 * @param roi padded indices of the ROI voxels, increasing
 */
public record ReferencePadding(int px, int py, int[] levels, int[] roi) {

    /** The padded copy of {@code v}; refuses a level outside {@code 0..ng}, as the production builders do. */
    public static ReferencePadding of(GrayLevelVolume v) {
        int nx = v.nx();
        int ny = v.ny();
        int nz = v.nz();
        int px = nx + 2;
        int py = ny + 2;
        int[] lev = new int[px * py * (nz + 2)];
        int[] roi = new int[nx * ny * nz];
        int n = 0;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int g = v.level(x, y, z);
                    if (g < 0 || g > v.ng()) {
                        throw new IllegalArgumentException("grey level " + g + " outside 0.." + v.ng());
                    }
                    if (g != 0) {
                        int p = (x + 1) + px * ((y + 1) + py * (z + 1));
                        lev[p] = g;
                        roi[n++] = p;
                    }
                }
            }
        }
        return new ReferencePadding(px, py, lev, java.util.Arrays.copyOf(roi, n));
    }

    /** Flat offset of {@code {dz, dy, dx}}. */
    public int offset(int[] dzyx) {
        return dzyx[2] + px * (dzyx[1] + py * dzyx[0]);
    }

    /** The levels present in {@code v}, increasing. */
    public static int[] presentLevels(GrayLevelVolume v) {
        boolean[] seen = new boolean[v.ng() + 1];
        for (int g : v.levels()) {
            seen[g] = true;
        }
        int n = 0;
        for (int g = 1; g <= v.ng(); g++) {
            n += seen[g] ? 1 : 0;
        }
        int[] out = new int[n];
        for (int g = 1, k = 0; g <= v.ng(); g++) {
            if (seen[g]) {
                out[k++] = g;
            }
        }
        return out;
    }
}
