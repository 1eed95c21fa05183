package org.radiomics4j.core.features.ngtdm;

import java.util.Arrays;
import java.util.Objects;

/**
 * A neighbouring grey tone difference matrix as PyRadiomics stores it ({@code P_ngtdm}, one row per grey level
 * present): for grey level {@code grayLevels[r]}, {@code counts[r]} is {@code n_i}, the number of ROI voxels of
 * that level, and {@code differenceSums[r]} is {@code s_i = Σ |i − Ā|} over those voxels, {@code Ā} being the mean
 * level of the voxel's ROI neighbours. A voxel without any ROI neighbour adds 0 to {@code s_i} but still counts in
 * {@code n_i} (PyRadiomics' C code; its documentation says otherwise). Levels with {@code n_i = 0} are removed.
 *
 * <p>Immutable: the constructor and the accessors copy the arrays.
 *
 * @param grayLevels the grey level of each row, strictly increasing
 * @param counts {@code n_i}
 * @param differenceSums {@code s_i}
 * @param roiVoxelCount {@code N_p}, the number of ROI voxels (equal to {@code Σ n_i})
 */
public record NgtdmMatrix(int[] grayLevels, int[] counts, double[] differenceSums, int roiVoxelCount) {

    /** Validates lengths and copies the arrays. */
    public NgtdmMatrix {
        Objects.requireNonNull(grayLevels, "grayLevels");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(differenceSums, "differenceSums");
        if (counts.length != grayLevels.length || differenceSums.length != grayLevels.length) {
            throw new IllegalArgumentException("grayLevels, counts and differenceSums must have the same length but had "
                    + grayLevels.length + ", " + counts.length + ", " + differenceSums.length);
        }
        grayLevels = grayLevels.clone();
        counts = counts.clone();
        differenceSums = differenceSums.clone();
    }

    @Override
    public int[] grayLevels() {
        return grayLevels.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    @Override
    public double[] differenceSums() {
        return differenceSums.clone();
    }

    /** Number of rows ({@code N_g,p}, the grey levels present). */
    public int rows() {
        return grayLevels.length;
    }

    /** {@code N_v,p = Σ n_i}. */
    public long total() {
        long s = 0;
        for (int v : counts) {
            s += v;
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NgtdmMatrix m && roiVoxelCount == m.roiVoxelCount
                && Arrays.equals(grayLevels, m.grayLevels) && Arrays.equals(counts, m.counts)
                && Arrays.equals(differenceSums, m.differenceSums);
    }

    @Override
    public int hashCode() {
        return Objects.hash(roiVoxelCount, Arrays.hashCode(grayLevels), Arrays.hashCode(counts),
                Arrays.hashCode(differenceSums));
    }

    @Override
    public String toString() {
        return "NgtdmMatrix[" + rows() + " grey levels, N_p=" + roiVoxelCount + "]";
    }
}
