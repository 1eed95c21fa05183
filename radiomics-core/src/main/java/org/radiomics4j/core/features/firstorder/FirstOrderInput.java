package org.radiomics4j.core.features.firstorder;

import java.util.Objects;

import org.radiomics4j.core.discretize.Discretizer;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * What the first-order family needs from one ROI.
 *
 * @param intensities the preprocessed intensities of the ROI voxels, any order (not copied; treat as read-only)
 * @param binCounts the number of ROI voxels in each bin of the discretisation; zeros (empty bins) are ignored
 * @param voxelVolume volume of one voxel in mm³ after preprocessing (product of the spacings)
 */
public record FirstOrderInput(double[] intensities, long[] binCounts, double voxelVolume) {

    public FirstOrderInput {
        Objects.requireNonNull(intensities, "intensities");
        Objects.requireNonNull(binCounts, "binCounts");
        if (intensities.length == 0) {
            throw new IllegalArgumentException("intensities must hold at least one ROI voxel but was empty");
        }
        if (!(voxelVolume > 0) || Double.isInfinite(voxelVolume)) {
            throw new IllegalArgumentException("voxelVolume must be > 0 but was " + voxelVolume);
        }
        long total = 0;
        for (long c : binCounts) {
            if (c < 0) {
                throw new IllegalArgumentException("binCounts must be >= 0 but contained " + c);
            }
            total += c;
        }
        if (total != intensities.length) {
            throw new IllegalArgumentException("binCounts must sum to the number of intensities " + intensities.length
                    + " but summed to " + total);
        }
        for (int i = 0; i < intensities.length; i++) {
            if (!Double.isFinite(intensities[i])) {
                throw new IllegalArgumentException("intensities must be finite but element " + i + " was "
                        + intensities[i]);
            }
        }
    }

    /**
     * The input for the ROI {@code roi} of {@code image} (same grid) discretised as {@code binned}.
     *
     * @throws IllegalArgumentException if the grids differ in size or the ROI is empty
     */
    public static FirstOrderInput of(Volume image, Mask roi, Discretizer.Discretized binned) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(roi, "roi");
        Objects.requireNonNull(binned, "binned");
        if (image.size() != roi.size()) {
            throw new IllegalArgumentException("roi has " + roi.size() + " voxels but image has " + image.size());
        }
        int n = roi.count();
        double[] x = new double[n];
        int k = 0;
        for (int i = 0, m = image.size(); i < m; i++) {
            if (roi.inside(i)) {
                x[k++] = image.get(i);
            }
        }
        return new FirstOrderInput(x, binned.histogram(), image.geometry().voxelVolume());
    }
}
