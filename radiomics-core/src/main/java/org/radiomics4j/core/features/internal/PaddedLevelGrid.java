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
 * <p>Internal helper for the GLSZM, GLDM and NGTDM builders; not part of the public API.
 */
public final class PaddedLevelGrid {
    private final int nx;
    private final int ny;
    private final int nz;
    private final int pad;
    private final int px;
    private final int py;
    private final int[] levels;
    private final int[] roiIndices;

    private PaddedLevelGrid(GrayLevelVolume image, int pad) {
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
        int[] src = image.levels();
        int count = countRoi(src, image.ng(), nx, ny);
        this.levels = new int[(int) total];
        this.roiIndices = new int[count];
        copyRows(src, levels, roiIndices, nx, ny, nz, pad);
    }

    /**
     * Number of non-zero levels in {@code src}, after checking that every level lies in {@code 0..ng} (the first
     * bad voxel in x-fastest order is named). One small loop, so that it compiles quickly on the first call.
     */
    static int countRoi(int[] src, int ng, int nx, int ny) {
        int count = countOrFirstBad(src, ng);
        if (count < 0) {
            int s = -1 - count;
            throw badLevel(src[s], ng, s, nx, ny);
        }
        return count;
    }

    /**
     * The number of non-zero levels in {@code src} if every level lies in {@code 0..ng}, else {@code −1 − i} for
     * the first index {@code i} whose level does not. The counting loop has no branch (the range tests are OR-ed
     * together), so it compiles to a short, vectorisable loop; shared by both padded grids, so it is compiled once.
     */
    static int countOrFirstBad(int[] src, int ng) {
        int count = 0;
        int bad = 0;
        for (int v : src) {
            bad |= v | (ng - v);
            count += (-v) >>> 31; // 1 for v > 0
        }
        if (bad < 0) {
            for (int s = 0; s < src.length; s++) {
                int v = src[s];
                if ((v | (ng - v)) < 0) {
                    return -1 - s;
                }
            }
        }
        return count;
    }

    private static IllegalArgumentException badLevel(int v, int ng, int s, int nx, int ny) {
        int x = s % nx;
        int y = (s / nx) % ny;
        int z = s / nx / ny;
        return new IllegalArgumentException("grey level at (x=" + x + ", y=" + y + ", z=" + z + ") must be in 0.."
                + ng + " (ng) but was " + v);
    }

    /**
     * Copies the rows of {@code src} into the zeroed padded array {@code dst} and lists the padded indices of the
     * non-zero voxels in {@code roi} (x fastest).
     */
    static void copyRows(int[] src, int[] dst, int[] roi, int nx, int ny, int nz, int pad) {
        int px = nx + 2 * pad;
        int py = ny + 2 * pad;
        int k = 0;
        int s = 0;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++, s += nx) {
                int base = pad + px * ((y + pad) + py * (z + pad));
                System.arraycopy(src, s, dst, base, nx);
                k = listRow(src, s, nx, base, roi, k);
            }
        }
    }

    /** Appends {@code base + x} to {@code roi} for each non-zero {@code src[s + x]}, {@code x < nx}; the new count. */
    static int listRow(int[] src, int s, int nx, int base, int[] roi, int k) {
        for (int x = 0; x < nx; x++) {
            if (src[s + x] != 0) {
                roi[k++] = base + x;
            }
        }
        return k;
    }

    /**
     * The padded grid of {@code image} for neighbour offsets of infinity norm up to {@code maxDistance}.
     *
     * @throws IllegalArgumentException if a level lies outside {@code 0..ng} or the ROI is empty
     */
    public static PaddedLevelGrid of(GrayLevelVolume image, int maxDistance) {
        if (maxDistance < 1) {
            throw new IllegalArgumentException("maxDistance must be >= 1 but was " + maxDistance);
        }
        PaddedLevelGrid g = new PaddedLevelGrid(image, maxDistance);
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

    /** The padding width on every side. */
    public int pad() {
        return pad;
    }

    /** Box size along x (unpadded). */
    public int nx() {
        return nx;
    }

    /** Box size along y (unpadded). */
    public int ny() {
        return ny;
    }

    /** Box size along z (unpadded). */
    public int nz() {
        return nz;
    }

    /** Padded index of voxel {@code (0, y, z)} of the original box (the start of its row). */
    public int rowStart(int y, int z) {
        return pad + px * ((y + pad) + py * (z + pad));
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
