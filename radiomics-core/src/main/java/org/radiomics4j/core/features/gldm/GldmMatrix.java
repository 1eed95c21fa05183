package org.radiomics4j.core.features.gldm;

import java.util.Arrays;
import java.util.Objects;

/**
 * A grey level dependence matrix as PyRadiomics stores it ({@code P_gldm}): {@code counts[r·columns + c]} is the
 * number of ROI voxels of grey level {@code grayLevels[r]} whose dependence size (1 + the number of dependent ROI
 * neighbours) is {@code dependenceSizes[c]}. Grey levels absent from the ROI and dependence sizes no voxel has are
 * removed, so both label arrays are strictly increasing and every row and column holds at least one voxel.
 *
 * <p>Immutable: the constructor and the accessors copy the arrays.
 *
 * @param grayLevels the grey level (bin number) of each row
 * @param dependenceSizes the dependence size of each column
 * @param counts the voxel counts, row-major
 * @param roiVoxelCount {@code N_p}, the number of ROI voxels (equal to the sum of all counts)
 */
public record GldmMatrix(int[] grayLevels, int[] dependenceSizes, int[] counts, int roiVoxelCount) {

    /** Validates shapes and copies the arrays. */
    public GldmMatrix {
        Objects.requireNonNull(grayLevels, "grayLevels");
        Objects.requireNonNull(dependenceSizes, "dependenceSizes");
        Objects.requireNonNull(counts, "counts");
        if (counts.length != (long) grayLevels.length * dependenceSizes.length) {
            throw new IllegalArgumentException("counts length " + counts.length + " must equal rows*columns = "
                    + grayLevels.length + "*" + dependenceSizes.length);
        }
        grayLevels = grayLevels.clone();
        dependenceSizes = dependenceSizes.clone();
        counts = counts.clone();
    }

    @Override
    public int[] grayLevels() {
        return grayLevels.clone();
    }

    @Override
    public int[] dependenceSizes() {
        return dependenceSizes.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    /** Number of rows (grey levels present). */
    public int rows() {
        return grayLevels.length;
    }

    /** Number of columns (distinct dependence sizes). */
    public int columns() {
        return dependenceSizes.length;
    }

    /** The count in row {@code r}, column {@code c} (0-based). */
    public int count(int r, int c) {
        Objects.checkIndex(r, grayLevels.length);
        Objects.checkIndex(c, dependenceSizes.length);
        return counts[r * dependenceSizes.length + c];
    }

    /** {@code N_z}, the number of dependence zones (sum of all counts; equals {@link #roiVoxelCount()}). */
    public long total() {
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
        return o instanceof GldmMatrix m && roiVoxelCount == m.roiVoxelCount
                && Arrays.equals(grayLevels, m.grayLevels) && Arrays.equals(dependenceSizes, m.dependenceSizes)
                && Arrays.equals(counts, m.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(roiVoxelCount, Arrays.hashCode(grayLevels), Arrays.hashCode(dependenceSizes),
                Arrays.hashCode(counts));
    }

    @Override
    public String toString() {
        return "GldmMatrix[" + rows() + " grey levels x " + columns() + " dependence sizes, N_p=" + roiVoxelCount + "]";
    }
}
