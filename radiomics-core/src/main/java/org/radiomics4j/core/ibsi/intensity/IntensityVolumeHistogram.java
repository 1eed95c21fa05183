package org.radiomics4j.core.ibsi.intensity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.radiomics4j.core.ibsi.IbsiAggregation;
import org.radiomics4j.core.ibsi.IbsiFeatureValue;
import org.radiomics4j.core.ibsi.IbsiRoi;

/** Computes the IBSI intensity-volume histogram features ({@link IntensityVolumeHistogramFeature}). */
public final class IntensityVolumeHistogram {
    private IntensityVolumeHistogram() {
    }

    /**
     * Every IVH feature, in enum order, with aggregation DHQ4.
     *
     * @param roi                 the ROI (its intensity mask)
     * @param discretisation      the IVH discretisation of the configuration
     * @param resegmentationRange the re-segmentation range {@code {lower, upper}} if one was applied (either
     *                            bound may be infinite), or {@code null}
     */
    public static List<IbsiFeatureValue> compute(IbsiRoi roi, IvhDiscretisation discretisation,
                                                 double[] resegmentationRange) {
        Objects.requireNonNull(discretisation, "discretisation");
        double[] x = roi.roiIntensities();
        double min = Arrays.stream(x).min().orElseThrow();
        double max = Arrays.stream(x).max().orElseThrow();
        double lo = resegmentationRange != null && Double.isFinite(resegmentationRange[0]) ? resegmentationRange[0] : min;
        double hi = resegmentationRange != null && Double.isFinite(resegmentationRange[1]) ? resegmentationRange[1] : max;
        double[] v = new double[x.length];
        double gridStart;
        double gridStep;
        int gridCount;
        double gMin;
        double gMax;
        if (discretisation instanceof IvhDiscretisation.Calibrated) {
            System.arraycopy(x, 0, v, 0, x.length);
            gMin = lo;
            gMax = hi;
            gridStart = lo;
            gridStep = 1;
            gridCount = (int) Math.floor(hi - lo) + 1;
        } else if (discretisation instanceof IvhDiscretisation.FixedBinSize fbs) {
            double w = fbs.width();
            for (int k = 0; k < x.length; k++) {
                double bin = Math.floor((x[k] - lo) / w) + 1;
                v[k] = lo + (bin - 0.5) * w;
            }
            // IBSI 3.5: G = [X_min + w/2, X_max − w/2], interval w
            gridStart = lo + 0.5 * w;
            gridStep = w;
            gridCount = Math.max(1, (int) Math.round((hi - lo) / w));
            gMin = gridStart;
            gMax = gridStart + (gridCount - 1) * w;
        } else {
            int n = ((IvhDiscretisation.FixedBinNumber) discretisation).bins();
            for (int k = 0; k < x.length; k++) {
                int d = max > min ? (int) Math.floor(n * (x[k] - min) / (max - min)) + 1 : 1;
                v[k] = Math.min(d, n);
            }
            gridStart = 1;
            gridStep = 1;
            gridCount = n;
            gMin = 1;
            gMax = n;
        }
        Arrays.sort(v);
        double[] grid = new double[gridCount];
        double[] nu = new double[gridCount];
        for (int g = 0; g < gridCount; g++) {
            grid[g] = gridStart + g * gridStep;
            nu[g] = (double) (v.length - lowerBound(v, grid[g] - 1e-9 * Math.max(1, Math.abs(gridStep))))
                    / v.length;
        }
        double v10 = volumeAt(grid, nu, gMin, gMax, 0.10);
        double v90 = volumeAt(grid, nu, gMin, gMax, 0.90);
        double i10 = intensityAt(grid, nu, 0.10, gridStep);
        double i90 = intensityAt(grid, nu, 0.90, gridStep);
        List<IbsiFeatureValue> out = new ArrayList<>();
        for (IntensityVolumeHistogramFeature f : IntensityVolumeHistogramFeature.values()) {
            double value = switch (f) {
                case VOLUME_FRACTION_AT_10 -> v10;
                case VOLUME_FRACTION_AT_90 -> v90;
                case INTENSITY_AT_10 -> i10;
                case INTENSITY_AT_90 -> i90;
                case VOLUME_FRACTION_DIFFERENCE -> v10 - v90;
                case INTENSITY_FRACTION_DIFFERENCE -> i10 - i90;
            };
            out.add(new IbsiFeatureValue(f.family(), f.outputName(), f.ibsiCode(), IbsiAggregation.VOLUME.code(),
                    value));
        }
        return out;
    }

    /** Index of the first element ≥ key in sorted {@code a}. */
    private static int lowerBound(double[] a, double key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double volumeAt(double[] grid, double[] nu, double gMin, double gMax, double x) {
        for (int g = 0; g < grid.length; g++) {
            double gamma = gMax > gMin ? (grid[g] - gMin) / (gMax - gMin) : 1;
            if (gamma >= x - 1e-12) {
                return nu[g];
            }
        }
        return 0;
    }

    private static double intensityAt(double[] grid, double[] nu, double x, double step) {
        for (int g = 0; g < grid.length; g++) {
            if (nu[g] <= x) {
                return grid[g];
            }
        }
        return grid[grid.length - 1] + step;
    }
}
