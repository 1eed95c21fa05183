package org.radiomics4j.core.features.internal;

/**
 * The GLCM buffers the feature kernels work on (internal; the public view is {@code GlcmMatrix}).
 *
 * @param grayLevels the grey levels present in the ROI, increasing (matrix index i ↔ level grayLevels[i])
 * @param ng the highest grey level (bin number), used by Idmn, Idn and the k ranges
 * @param directions the offsets {@code {dz,dy,dx}} of the kept direction matrices; when {@code merged}, every
 *     offset that was summed into the single matrix
 * @param merged whether the directions were weighted and summed into one matrix ({@code weightingNorm} set)
 * @param matrices number of matrices along the first axis of {@code counts}
 * @param counts co-occurrence counts (weighted when merged), layout {@code [a][i][j]}, not normalised
 */
public record GlcmCounts(int[] grayLevels, int ng, int[][] directions, boolean merged, int matrices,
        double[] counts) {

    /** Number of grey levels present (the matrix side). */
    public int size() {
        return grayLevels.length;
    }
}
