package org.radiomics4j.core.features.internal;

import org.radiomics4j.core.discretize.GrayLevelVolume;

/**
 * A {@link GrayLevelVolume} copied into a zero-padded box, so that a neighbour at any offset up to {@code pad}
 * voxels per axis can be read with one precomputed linear offset and no bounds check: outside the box the level
 * is 0, exactly like an in-box voxel outside the ROI. Also lists the padded indices of the ROI voxels in
 * increasing order (x fastest) and the histogram of the levels.
 *
 * @param nx box size along x (unpadded); likewise {@code ny}, {@code nz}
 * @param pad padding width on every side
 * @param levels padded grey levels, index {@code (x+pad) + px·((y+pad) + py·(z+pad))}
 * @param roi padded indices of the ROI voxels, increasing
 * @param ng the highest grey level (from the volume)
 * @param histogram voxel count per grey level {@code 0..ng} (entry 0 unused)
 */
public record DirectionalGrid(int nx, int ny, int nz, int pad, int[] levels, int[] roi, int ng, int[] histogram) {

    /**
     * Pads {@code volume} by {@code pad} voxels.
     *
     * @throws IllegalArgumentException if a level is negative or above {@code volume.ng()}
     */
    public static DirectionalGrid of(GrayLevelVolume volume, int pad) {
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
        int[] roi = new int[countRoi(src, ng)];
        PaddedLevelGrid.copyRows(src, dst, roi, nx, ny, nz, pad);
        int[] hist = histogram(dst, roi, ng);
        return new DirectionalGrid(nx, ny, nz, pad, dst, roi, ng, hist);
    }

    /**
     * Number of non-zero levels in {@code src}, after checking that every level lies in {@code 0..ng} (the first
     * bad one is named).
     */
    private static int countRoi(int[] src, int ng) {
        int count = PaddedLevelGrid.countOrFirstBad(src, ng);
        if (count < 0) {
            int i = -1 - count;
            throw new IllegalArgumentException("grey level must be in 0.." + ng + " but was " + src[i]
                    + " at index " + i);
        }
        return count;
    }

    /**
     * Voxel count per level {@code 0..ng} (entry 0 unused, left 0) of the ROI voxels {@code roi} of the padded
     * levels {@code dst}; four count rows (voxel index mod 4), so that runs of one level do not chain their
     * increments.
     */
    private static int[] histogram(int[] dst, int[] roi, int ng) {
        int w = ng + 1;
        int[] h4 = new int[4 * w];
        for (int k = 0; k < roi.length; k++) {
            h4[(k & 3) * w + dst[roi[k]]]++;
        }
        int[] hist = new int[w];
        for (int g = 1; g <= ng; g++) {
            hist[g] = h4[g] + h4[w + g] + h4[2 * w + g] + h4[3 * w + g];
        }
        return hist;
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
