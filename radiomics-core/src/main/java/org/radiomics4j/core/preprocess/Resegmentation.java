package org.radiomics4j.core.preprocess;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.extract.ResegmentMode;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * Re-segmentation of an ROI by intensity, PyRadiomics {@code resegmentRange}/{@code resegmentMode}
 * ({@code imageoperations.resegmentMask}); IBSI "re-segmentation" (range and outlier filtering, section 2.5).
 *
 * <p>The thresholds t (sorted ascending) come from the range k as
 * <ul>
 *   <li>ABSOLUTE: t = k;</li>
 *   <li>RELATIVE: t = k · max(ROI);</li>
 *   <li>SIGMA: t = mean(ROI) + k · SD(ROI), SD the <b>population</b> standard deviation (divide by N, numpy.std).</li>
 * </ul>
 * A voxel stays when {@code x ≥ t_lo} and, if two thresholds are given, {@code x ≤ t_hi} (closed range).
 */
public final class Resegmentation {
    private Resegmentation() {
    }

    /**
     * The re-segmented ROI (binary mask on the image grid).
     *
     * @param roi binary ROI (non-zero = inside) on the image's grid
     * @param range one or two thresholds, in the units of {@code mode}
     * @throws InvalidSettingException if the range is empty or has more than 2 values
     * @throws RadiomicsException if one voxel or none is left, naming how many remain of how many
     */
    public static Mask resegment(Volume image, Mask roi, List<Double> range, ResegmentMode mode) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(roi, "roi");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(mode, "mode");
        if (range.isEmpty() || range.size() > 2) {
            throw new InvalidSettingException("resegmentRange must have 1 or 2 values but was " + range);
        }
        int n = image.size();
        if (roi.size() != n) {
            throw new IllegalArgumentException("roi has " + roi.size() + " voxels but image has " + n);
        }
        double[] t = thresholds(image, roi, range, mode);
        boolean[] keep = new boolean[n];
        int before = 0;
        int after = 0;
        for (int i = 0; i < n; i++) {
            if (roi.inside(i)) {
                before++;
                double v = image.get(i);
                if (v >= t[0] && (t.length < 2 || v <= t[1])) {
                    keep[i] = true;
                    after++;
                }
            }
        }
        if (after <= 1) {
            throw new RadiomicsException("resegmentRange " + range + " (" + mode.pyradiomicsName() + " mode, thresholds "
                    + java.util.Arrays.toString(t) + ") kept " + after + " of " + before
                    + " ROI voxels; at least 2 are needed");
        }
        return Mask.of(keep, roi.geometry());
    }

    /** The intensity thresholds (ascending) that {@code range} means for this ROI. */
    public static double[] thresholds(Volume image, Mask roi, List<Double> range, ResegmentMode mode) {
        List<Double> sorted = new ArrayList<>(range);
        Collections.sort(sorted);
        double[] t = new double[sorted.size()];
        switch (mode) {
            case ABSOLUTE -> {
                for (int k = 0; k < t.length; k++) {
                    t[k] = sorted.get(k);
                }
            }
            case RELATIVE -> {
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0, n = image.size(); i < n; i++) {
                    if (roi.inside(i)) {
                        max = Math.max(max, image.get(i));
                    }
                }
                requireNonEmpty(max);
                for (int k = 0; k < t.length; k++) {
                    t[k] = max * sorted.get(k);
                }
            }
            case SIGMA -> {
                double sum = 0;
                long cnt = 0;
                for (int i = 0, n = image.size(); i < n; i++) {
                    if (roi.inside(i)) {
                        sum += image.get(i);
                        cnt++;
                    }
                }
                requireNonEmpty(cnt == 0 ? Double.NEGATIVE_INFINITY : 0);
                double mean = sum / cnt;
                double ss = 0;
                for (int i = 0, n = image.size(); i < n; i++) {
                    if (roi.inside(i)) {
                        double d = image.get(i) - mean;
                        ss += d * d;
                    }
                }
                double sd = Math.sqrt(ss / cnt);
                for (int k = 0; k < t.length; k++) {
                    t[k] = mean + sd * sorted.get(k);
                }
            }
            default -> throw new IllegalStateException("unhandled mode " + mode);
        }
        return t;
    }

    private static void requireNonEmpty(double marker) {
        if (marker == Double.NEGATIVE_INFINITY) {
            throw new RadiomicsException("resegmentation needs a non-empty ROI but the ROI is empty");
        }
    }
}
