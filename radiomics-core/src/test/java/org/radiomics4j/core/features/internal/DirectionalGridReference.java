package org.radiomics4j.core.features.internal;

import org.radiomics4j.core.discretize.GrayLevelVolume;

/**
 * A {@link GrayLevelVolume} copied into a zero-padded box, so that a neighbour at any offset up to {@code pad}
 * voxels per axis can be read with one precomputed linear offset and no bounds check: outside the box the level
 * is 0, exactly like an in-box voxel outside the ROI. Also lists the padded indices of the ROI voxels in
 * increasing order (x fastest) and the histogram of the levels.
 *
 * <p>Reference (test) copy of {@code DirectionalGrid} as it was before the speed work of issue 11.
 *
 * @param nx box size along x (unpadded); likewise {@code ny}, {@code nz}
 * @param pad padding width on every side
 * @param levels padded grey levels, index {@code (x+pad) + px·((y+pad) + py·(z+pad))}
 * @param roi padded indices of the ROI voxels, increasing
 * @param ng the highest grey level (from the volume)
 * @param histogram voxel count per grey level {@code 0..ng} (entry 0 unused)
 */
public record DirectionalGridReference(int nx, int ny, int nz, int pad, int[] levels, int[] roi, int ng,
        int[] histogram) {

    /**
     * Pads {@code volume} by {@code pad} voxels.
     *
     * @throws IllegalArgumentException if a level is negative or above {@code volume.ng()}
     */
    public static DirectionalGridReference of(GrayLevelVolume volume, int pad) {
        int nx = volume.nx();
        int ny = volume.ny();
        int nz = volume.nz();
        int px = nx + 2 * pad;
        int py = ny + 2 * pad;
        int pz = nz + 2 * pad;
        long total = (long) px * py * pz;
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("volume " + nx + "x" + ny + "x" + nz + " is too large to pad");
        }
        int ng = volume.ng();
        int[] src = volume.levels();
        int[] dst = new int[(int) total];
        int[] hist = new int[ng + 1];
        int count = 0;
        for (int i = 0; i < src.length; i++) {
            int g = src[i];
            if (g < 0 || g > ng) {
                throw new IllegalArgumentException("grey level must be in 0.." + ng + " but was " + g
                        + " at index " + i);
            }
            if (g != 0) {
                count++;
                hist[g]++;
            }
        }
        int[] roi = new int[count];
        int k = 0;
        int s = 0;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                int base = pad + px * ((y + pad) + py * (z + pad));
                System.arraycopy(src, s, dst, base, nx);
                for (int x = 0; x < nx; x++) {
                    if (src[s + x] != 0) {
                        roi[k++] = base + x;
                    }
                }
                s += nx;
            }
        }
        return new DirectionalGridReference(nx, ny, nz, pad, dst, roi, ng, hist);
    }

    /** Padded row length. */
    public int px() {
        return nx + 2 * pad;
    }

    /** Padded slice height. */
    public int py() {
        return ny + 2 * pad;
    }

    /** Linear offset in the padded array of the neighbour offset {@code {dz, dy, dx}}. */
    public int linearOffset(int[] dzyx) {
        return dzyx[2] + px() * (dzyx[1] + py() * dzyx[0]);
    }

    /** The grey levels present in the ROI, increasing. */
    public int[] presentLevels() {
        int n = 0;
        for (int g = 1; g <= ng; g++) {
            if (histogram[g] > 0) {
                n++;
            }
        }
        int[] out = new int[n];
        int k = 0;
        for (int g = 1; g <= ng; g++) {
            if (histogram[g] > 0) {
                out[k++] = g;
            }
        }
        return out;
    }

    /** Box size as {@code {nz, ny, nx}}, the order {@code Directions} expects. */
    public int[] sizeZyx() {
        return new int[] {nz, ny, nx};
    }
}
