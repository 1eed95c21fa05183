package org.radiomics4j.core.features;

import java.util.Arrays;
import java.util.Objects;

/**
 * A grey level × size matrix {@code P(i,j)} as PyRadiomics stores it, the one shape that GLSZM and GLDM share:
 * {@code counts[r·columns + c]} counts what lies in row {@code r} (grey level {@code grayLevels[r]}) and column
 * {@code c} (size {@code sizes[c]}). Grey levels absent from the ROI and sizes with no entry are removed, so both
 * label arrays are strictly increasing and every row and column holds at least one count.
 *
 * <ul>
 *   <li>{@link FeatureClass#GLSZM} ({@code P_glszm}, {@code Glszm.matrix}): {@code counts} is the number of zones
 *       (connected sets of ROI voxels of one grey level) of grey level {@code grayLevels[r]} and size
 *       {@code sizes[c]} voxels; {@link #total()} is {@code N_z}, the number of zones, and
 *       {@code Σ sizes[c]·counts = N_p}.</li>
 *   <li>{@link FeatureClass#GLDM} ({@code P_gldm}, {@code Gldm.matrix}): {@code counts} is the number of ROI
 *       voxels of grey level {@code grayLevels[r]} whose dependence size (1 + the number of dependent ROI
 *       neighbours) is {@code sizes[c]}; {@link #total()} equals {@code N_p}, the number of ROI voxels.</li>
 * </ul>
 *
 * <p>Immutable: the constructor and the accessors copy the arrays.
 *
 * @param family {@link FeatureClass#GLSZM} or {@link FeatureClass#GLDM}: which family built it (what a column is)
 * @param grayLevels the grey level (bin number) of each row
 * @param sizes the zone size (GLSZM) or dependence size (GLDM) of each column
 * @param counts the counts, row-major
 * @param roiVoxelCount {@code N_p}, the number of ROI voxels
 */
public record GrayLevelSizeMatrix(FeatureClass family, int[] grayLevels, int[] sizes, int[] counts,
        int roiVoxelCount) {

    /**
     * Validates shapes and copies the arrays.
     *
     * @throws IllegalArgumentException if {@code family} is neither GLSZM nor GLDM, or
     *     {@code counts.length != grayLevels.length · sizes.length}
     */
    public GrayLevelSizeMatrix {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(grayLevels, "grayLevels");
        Objects.requireNonNull(sizes, "sizes");
        Objects.requireNonNull(counts, "counts");
        if (family != FeatureClass.GLSZM && family != FeatureClass.GLDM) {
            throw new IllegalArgumentException("family must be glszm or gldm but was " + family);
        }
        if (counts.length != (long) grayLevels.length * sizes.length) {
            throw new IllegalArgumentException("counts length " + counts.length + " must equal rows*columns = "
                    + grayLevels.length + "*" + sizes.length);
        }
        grayLevels = grayLevels.clone();
        sizes = sizes.clone();
        counts = counts.clone();
    }

    /** A copy of the grey level of each row. */
    @Override
    public int[] grayLevels() {
        return grayLevels.clone();
    }

    /** A copy of the size of each column (zone size for GLSZM, dependence size for GLDM). */
    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    /** A copy of the counts, row-major. */
    @Override
    public int[] counts() {
        return counts.clone();
    }

    /** Number of rows (grey levels present). */
    public int rows() {
        return grayLevels.length;
    }

    /** Number of columns (distinct sizes). */
    public int columns() {
        return sizes.length;
    }

    /** The count in row {@code r}, column {@code c} (0-based). */
    public int count(int r, int c) {
        Objects.checkIndex(r, grayLevels.length);
        Objects.checkIndex(c, sizes.length);
        return counts[r * sizes.length + c];
    }

    /**
     * {@code N_z = Σ P(i,j)}, the sum of all counts: the number of zones (GLSZM) or of ROI voxels (GLDM, equal to
     * {@link #roiVoxelCount()}).
     */
    public long total() {
        long s = 0;
        for (int v : counts) {
            s += v;
        }
        return s;
    }

    /** The counts widened to doubles, row-major (a new array), as the feature kernels take them. */
    public double[] countsAsDoubles() {
        double[] d = new double[counts.length];
        for (int k = 0; k < d.length; k++) {
            d[k] = counts[k];
        }
        return d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GrayLevelSizeMatrix m && family == m.family && roiVoxelCount == m.roiVoxelCount
                && Arrays.equals(grayLevels, m.grayLevels) && Arrays.equals(sizes, m.sizes)
                && Arrays.equals(counts, m.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(family, roiVoxelCount, Arrays.hashCode(grayLevels), Arrays.hashCode(sizes),
                Arrays.hashCode(counts));
    }

    @Override
    public String toString() {
        return "GrayLevelSizeMatrix[" + family + ", " + rows() + " grey levels x " + columns()
                + (family == FeatureClass.GLSZM ? " zone sizes, " : " dependence sizes, ") + total()
                + (family == FeatureClass.GLSZM ? " zones" : " voxels") + ", N_p=" + roiVoxelCount + "]";
    }
}
