package org.radiomics4j.core.features.internal;

/**
 * The GLRLM buffers the feature kernels work on (internal; the public view is {@code GlrlmMatrix}).
 *
 * @param grayLevels the grey levels present in the ROI, increasing (row i ↔ level grayLevels[i])
 * @param runLengths the run lengths kept (columns that hold a run in some direction), increasing
 * @param directions the offsets {@code {dz,dy,dx}} of the kept direction matrices; when {@code merged}, every
 *     offset that was summed into the single matrix
 * @param merged whether the directions were weighted and summed into one matrix ({@code weightingNorm} set)
 * @param matrices number of matrices along the first axis of {@code counts}
 * @param counts run counts (weighted when merged), layout {@code [a][i][j]}
 */
public record GlrlmCounts(int[] grayLevels, int[] runLengths, int[][] directions, boolean merged, int matrices,
        double[] counts) {
}
