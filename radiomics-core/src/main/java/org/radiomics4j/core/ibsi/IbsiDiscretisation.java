package org.radiomics4j.core.ibsi;

import java.util.OptionalDouble;

/**
 * Intensity discretisation as the IBSI defines it (IBSI manual, section 2.7, code 4R0B). Bins are numbered from 1.
 *
 * <ul>
 *   <li>{@link FixedBinNumber} (K15C): {@code X_d = floor(N_g·(X − X_min)/(X_max − X_min)) + 1}, and
 *       {@code X_d = N_g} at {@code X = X_max}; {@code X_min}, {@code X_max} are the extremes of the intensity
 *       mask. A flat ROI ({@code X_min = X_max}) is all bin 1.</li>
 *   <li>{@link FixedBinSize} (Q3RU): {@code X_d = floor((X − X_min)/w_b) + 1} with {@code X_min} the lower bound
 *       of the re-segmentation range when the configuration sets one, otherwise the minimum of the intensity mask
 *       (PyRadiomics anchors the bins at multiples of {@code w_b} instead; see {@code Discretizer}).</li>
 * </ul>
 *
 * <p>{@code N_g}, the number of grey levels the texture matrices span, is the bin number for FBN and the highest
 * bin present in the ROI for FBS.
 */
public sealed interface IbsiDiscretisation {

    /**
     * Discretises the intensity mask of {@code roi}.
     *
     * @param resegmentationLowerBound the lower bound of the re-segmentation range, if one was applied (used by
     *                                 {@link FixedBinSize} only)
     */
    IbsiGreyLevels discretise(IbsiRoi roi, OptionalDouble resegmentationLowerBound);

    /** A short description for reports, e.g. {@code FBN 32} or {@code FBS 25}. */
    String describe();

    /**
     * Fixed bin number (IBSI K15C).
     *
     * @param bins the number of bins N_g, at least 1
     */
    record FixedBinNumber(int bins) implements IbsiDiscretisation {
        public FixedBinNumber {
            if (bins < 1) {
                throw new IllegalArgumentException("fixed bin number must be >= 1 but was " + bins);
            }
        }

        @Override
        public IbsiGreyLevels discretise(IbsiRoi roi, OptionalDouble resegmentationLowerBound) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            int n = roi.geometry().voxelCount();
            for (int i = 0; i < n; i++) {
                if (roi.inIntensityMask(i)) {
                    min = Math.min(min, roi.intensity(i));
                    max = Math.max(max, roi.intensity(i));
                }
            }
            int[] levels = new int[n];
            for (int i = 0; i < n; i++) {
                if (roi.inIntensityMask(i)) {
                    double x = roi.intensity(i);
                    int d = max > min ? (int) Math.floor(bins * (x - min) / (max - min)) + 1 : 1;
                    levels[i] = Math.min(d, bins);
                }
            }
            return new IbsiGreyLevels(roi, levels, bins);
        }

        @Override
        public String describe() {
            return "FBN " + bins;
        }
    }

    /**
     * Fixed bin size (IBSI Q3RU).
     *
     * @param width the bin width w_b in intensity units, &gt; 0
     */
    record FixedBinSize(double width) implements IbsiDiscretisation {
        public FixedBinSize {
            if (!(width > 0) || Double.isInfinite(width)) {
                throw new IllegalArgumentException("fixed bin size must be > 0 and finite but was " + width);
            }
        }

        @Override
        public IbsiGreyLevels discretise(IbsiRoi roi, OptionalDouble resegmentationLowerBound) {
            int n = roi.geometry().voxelCount();
            double min = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (roi.inIntensityMask(i)) {
                    min = Math.min(min, roi.intensity(i));
                }
            }
            double lower = resegmentationLowerBound.orElse(min);
            if (min < lower) {
                throw new IllegalArgumentException("intensity " + min + " lies below the re-segmentation lower bound "
                        + lower + ": re-segment the ROI before discretising with a fixed bin size");
            }
            int[] levels = new int[n];
            int ng = 1;
            for (int i = 0; i < n; i++) {
                if (roi.inIntensityMask(i)) {
                    levels[i] = (int) Math.floor((roi.intensity(i) - lower) / width) + 1;
                    ng = Math.max(ng, levels[i]);
                }
            }
            return new IbsiGreyLevels(roi, levels, ng);
        }

        @Override
        public String describe() {
            return "FBS " + width;
        }
    }
}
