package org.radiomics4j.core.discretize;

import java.util.Objects;

/**
 * The input of every texture family: a cropped box of discretised grey levels, x fastest
 * ({@code index = x + nx·(y + ny·z)}), with {@code 0} for voxels outside the ROI and {@code 1..ng} inside.
 *
 * <p>{@code ng} is the highest grey level (bin number) in the ROI, not the number of occupied levels (PyRadiomics
 * convention: grey levels absent from the ROI keep their numeric value in the formulas). {@code spacing} is the
 * voxel spacing in mm ({@code {sx, sy, sz}}), used by distance weighting.
 *
 * <p>The array is shared, not copied: treat it as read-only. Build one with
 * {@code Discretizer} or, in tests, directly from an array.
 */
public record GrayLevelVolume(int nx, int ny, int nz, int[] levels, int ng, double[] spacing) {

    public GrayLevelVolume {
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(spacing, "spacing");
        if (nx < 1 || ny < 1 || nz < 1) {
            throw new IllegalArgumentException("size must be >= 1 but was " + nx + "x" + ny + "x" + nz);
        }
        if (levels.length != nx * ny * nz) {
            throw new IllegalArgumentException("levels length " + levels.length + " does not match size "
                    + nx + "x" + ny + "x" + nz);
        }
        if (spacing.length != 3) {
            throw new IllegalArgumentException("spacing must have 3 elements but had " + spacing.length);
        }
        if (ng < 1) {
            throw new IllegalArgumentException("ng must be >= 1 but was " + ng);
        }
    }

    /** A volume with unit spacing whose {@code ng} is the highest level present. */
    public static GrayLevelVolume of(int[] levels, int nx, int ny, int nz) {
        int max = 0;
        for (int l : levels) {
            if (l < 0) {
                throw new IllegalArgumentException("grey levels must be >= 0 but found " + l);
            }
            max = Math.max(max, l);
        }
        return new GrayLevelVolume(nx, ny, nz, levels, Math.max(max, 1), new double[] {1, 1, 1});
    }

    /** Grey level of voxel (x, y, z); 0 outside the ROI. */
    public int level(int x, int y, int z) {
        return levels[x + nx * (y + ny * z)];
    }

    /** Number of ROI voxels (non-zero levels). */
    public int roiVoxelCount() {
        int c = 0;
        for (int l : levels) {
            if (l != 0) {
                c++;
            }
        }
        return c;
    }

    /** Size along axis 0 (x), 1 (y), 2 (z). */
    public int size(int axis) {
        return switch (axis) {
            case 0 -> nx;
            case 1 -> ny;
            case 2 -> nz;
            default -> throw new IllegalArgumentException("axis must be 0, 1 or 2 but was " + axis);
        };
    }
}
