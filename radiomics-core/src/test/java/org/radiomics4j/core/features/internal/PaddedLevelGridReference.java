package org.radiomics4j.core.features.internal;

import java.util.List;

import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.features.Directions;

/**
 * A copy of a {@link GrayLevelVolume}'s levels surrounded by a border of zeros (non-ROI), so that neighbour
 * look-ups in the texture loops are a single flat-index addition with no bounds check.
 *
 * <p>The border is {@code pad} voxels wide on every side, where {@code pad} is the largest neighbour distance. A
 * neighbour that would lie outside the cropped box lands in the border, reads level 0 and is therefore treated as
 * "not in the ROI", exactly as PyRadiomics' C loops treat out-of-box neighbours. Index of voxel (x, y, z) of the
 * original box: {@code (x + pad) + px·((y + pad) + py·(z + pad))} with {@code px = nx + 2·pad}, {@code py = ny +
 * 2·pad}.
 *
 * <p>Reference (test) copy of {@code PaddedLevelGrid} as it was before the speed work of issue 11: the plain
 * implementation the optimised grid and kernels are compared with.
 */
public final class PaddedLevelGridReference {
    private final int nx;
    private final int ny;
    private final int nz;
    private final int pad;
    private final int px;
    private final int py;
    private final int[] levels;
    private final int[] roiIndices;

    private PaddedLevelGridReference(GrayLevelVolume image, int pad) {
        this.nx = image.nx();
        this.ny = image.ny();
        this.nz = image.nz();
        this.pad = pad;
        this.px = nx + 2 * pad;
        this.py = ny + 2 * pad;
        long total = (long) px * py * (nz + 2L * pad);
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("image of " + nx + "x" + ny + "x" + nz + " voxels padded by " + pad
                    + " exceeds the largest array Java supports");
        }
        this.levels = new int[(int) total];
        int[] src = image.levels();
        int ng = image.ng();
        int count = 0;
        for (int v : src) {
            if (v != 0) {
                count++;
            }
        }
        this.roiIndices = new int[count];
        int k = 0;
        int s = 0;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                int base = pad + px * ((y + pad) + py * (z + pad));
                for (int x = 0; x < nx; x++, s++) {
                    int v = src[s];
                    if (v == 0) {
                        continue;
                    }
                    if (v < 0 || v > ng) {
                        throw new IllegalArgumentException("grey level at (x=" + x + ", y=" + y + ", z=" + z
                                + ") must be in 0.." + ng + " (ng) but was " + v);
                    }
                    levels[base + x] = v;
                    roiIndices[k++] = base + x;
                }
            }
        }
    }

    /**
     * The padded grid of {@code image} for neighbour offsets of infinity norm up to {@code maxDistance}.
     *
     * @throws IllegalArgumentException if a level lies outside {@code 0..ng} or the ROI is empty
     */
    public static PaddedLevelGridReference of(GrayLevelVolume image, int maxDistance) {
        if (maxDistance < 1) {
            throw new IllegalArgumentException("maxDistance must be >= 1 but was " + maxDistance);
        }
        PaddedLevelGridReference g = new PaddedLevelGridReference(image, maxDistance);
        if (g.roiIndices.length == 0) {
            throw new IllegalArgumentException("image has no ROI voxel (every grey level is 0); texture matrices "
                    + "need at least one");
        }
        return g;
    }

    /**
     * Flat index offsets in this grid for neighbour offsets given as {@code {dz, dy, dx}} (as {@link Directions}
     * returns them), in the same order.
     *
     * @throws IllegalArgumentException if an offset is longer than the padding
     */
    public int[] flatOffsets(int[][] offsetsZyx) {
        int[] out = new int[offsetsZyx.length];
        for (int a = 0; a < offsetsZyx.length; a++) {
            int[] o = offsetsZyx[a];
            if (Math.abs(o[0]) > pad || Math.abs(o[1]) > pad || Math.abs(o[2]) > pad) {
                throw new IllegalArgumentException("offset (" + o[0] + "," + o[1] + "," + o[2]
                        + ") is longer than the padding " + pad);
            }
            out[a] = o[2] + px * (o[1] + py * o[0]);
        }
        return out;
    }

    /** Largest value in {@code distances} (the padding a grid for them needs). */
    public static int maxDistance(List<Integer> distances) {
        int max = 0;
        for (int d : distances) {
            max = Math.max(max, d);
        }
        return max;
    }

    /** The box size as {@code {nz, ny, nx}}, the argument {@link Directions} expects. */
    public int[] sizeZyx() {
        return new int[] {nz, ny, nx};
    }

    /** The padded level array (shared, do not modify). */
    public int[] levels() {
        return levels;
    }

    /** Padded flat indices of the ROI voxels, in x-fastest order of the original box (shared, do not modify). */
    public int[] roiIndices() {
        return roiIndices;
    }

    /** Number of ROI voxels. */
    public int roiCount() {
        return roiIndices.length;
    }
}
