package org.radiomics4j.core.features.glszm;

import java.util.Arrays;
import java.util.Objects;

/**
 * A grey level size zone matrix as PyRadiomics stores it ({@code P_glszm}): {@code counts[r·columns + c]} is the
 * number of zones of grey level {@code grayLevels[r]} and size {@code zoneSizes[c]} voxels. Grey levels absent
 * from the ROI and zone sizes that no zone has are removed, so both label arrays are strictly increasing and
 * every row and column holds at least one zone.
 *
 * <p>Immutable: the constructor and the accessors copy the arrays.
 *
 * @param grayLevels the grey level (bin number) of each row
 * @param zoneSizes the zone size (voxels) of each column
 * @param counts the zone counts, row-major
 * @param roiVoxelCount {@code N_p}, the number of ROI voxels (equal to {@code Σ size·count})
 */
public record GlszmMatrix(int[] grayLevels, int[] zoneSizes, int[] counts, int roiVoxelCount) {

    /** Validates shapes and copies the arrays. */
    public GlszmMatrix {
        Objects.requireNonNull(grayLevels, "grayLevels");
        Objects.requireNonNull(zoneSizes, "zoneSizes");
        Objects.requireNonNull(counts, "counts");
        if (counts.length != (long) grayLevels.length * zoneSizes.length) {
            throw new IllegalArgumentException("counts length " + counts.length + " must equal rows*columns = "
                    + grayLevels.length + "*" + zoneSizes.length);
        }
        grayLevels = grayLevels.clone();
        zoneSizes = zoneSizes.clone();
        counts = counts.clone();
    }

    @Override
    public int[] grayLevels() {
        return grayLevels.clone();
    }

    @Override
    public int[] zoneSizes() {
        return zoneSizes.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    /** Number of rows (grey levels present). */
    public int rows() {
        return grayLevels.length;
    }

    /** Number of columns (distinct zone sizes). */
    public int columns() {
        return zoneSizes.length;
    }

    /** The count in row {@code r}, column {@code c} (0-based). */
    public int count(int r, int c) {
        Objects.checkIndex(r, grayLevels.length);
        Objects.checkIndex(c, zoneSizes.length);
        return counts[r * zoneSizes.length + c];
    }

    /** {@code N_z}, the number of zones (sum of all counts). */
    public long zoneCount() {
        long s = 0;
        for (int v : counts) {
            s += v;
        }
        return s;
    }

    double[] countsAsDoubles() {
        double[] d = new double[counts.length];
        for (int k = 0; k < d.length; k++) {
            d[k] = counts[k];
        }
        return d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlszmMatrix m && roiVoxelCount == m.roiVoxelCount
                && Arrays.equals(grayLevels, m.grayLevels) && Arrays.equals(zoneSizes, m.zoneSizes)
                && Arrays.equals(counts, m.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(roiVoxelCount, Arrays.hashCode(grayLevels), Arrays.hashCode(zoneSizes),
                Arrays.hashCode(counts));
    }

    @Override
    public String toString() {
        return "GlszmMatrix[" + rows() + " grey levels x " + columns() + " zone sizes, " + zoneCount()
                + " zones, N_p=" + roiVoxelCount + "]";
    }
}
