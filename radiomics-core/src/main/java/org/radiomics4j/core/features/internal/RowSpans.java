package org.radiomics4j.core.features.internal;

import org.radiomics4j.core.discretize.GrayLevelVolume;

/**
 * For each row {@code (y, z)} of a {@link GrayLevelVolume} (x fastest), the span {@code from[row] ≤ x < to[row]}
 * from its first to its last ROI voxel ({@code from = to} for a row without one), and the voxel count per grey
 * level. Built in one pass that also checks every level; loops that only need the ROI can skip the rest of each
 * row without a per-voxel test.
 *
 * <p>Internal helper; not part of the public API.
 *
 * @param from first ROI x per row ({@code row = y + ny·z})
 * @param to one past the last ROI x per row
 * @param histogram voxel count per grey level {@code 0..ng} (entry 0 unused)
 */
public record RowSpans(int[] from, int[] to, int[] histogram) {

    /**
     * The row spans of {@code volume}.
     *
     * @throws IllegalArgumentException if a level is negative or above {@code volume.ng()}
     */
    public static RowSpans of(GrayLevelVolume volume) {
        int nx = volume.nx();
        int rows = volume.ny() * volume.nz();
        int ng = volume.ng();
        int[] lev = volume.levels();
        int[] from = new int[rows];
        int[] to = new int[rows];
        int[] hist = new int[ng + 1];
        for (int row = 0; row < rows; row++) {
            int base = row * nx;
            int first = -1;
            int last = -1;
            for (int x = 0; x < nx; x++) {
                int g = lev[base + x];
                if (g != 0) {
                    if (g < 0 || g > ng) {
                        throw new IllegalArgumentException("grey level must be in 0.." + ng + " but was " + g
                                + " at index " + (base + x));
                    }
                    if (first < 0) {
                        first = x;
                    }
                    last = x;
                    hist[g]++;
                }
            }
            from[row] = Math.max(first, 0);
            to[row] = last + 1;
        }
        return new RowSpans(from, to, hist);
    }

    /** The grey levels present, increasing. */
    public int[] presentLevels() {
        int n = 0;
        for (int g = 1; g < histogram.length; g++) {
            if (histogram[g] > 0) {
                n++;
            }
        }
        int[] out = new int[n];
        for (int g = 1, k = 0; g < histogram.length; g++) {
            if (histogram[g] > 0) {
                out[k++] = g;
            }
        }
        return out;
    }
}
