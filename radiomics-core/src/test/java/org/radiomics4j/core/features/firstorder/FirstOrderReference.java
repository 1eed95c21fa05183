package org.radiomics4j.core.features.firstorder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.radiomics4j.core.discretize.Discretizer;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.features.internal.DescriptorSelection;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * Reference (test) copy of {@code FirstOrder} as it was before the speed work of issue 11: one compensated pass
 * per sum and moment (the sort is {@code ExactSortReference}, the previous {@code ExactSort}).
 */
public final class FirstOrderReference {
    /** numpy's {@code spacing(1)}, the ε of every PyRadiomics entropy. */
    static final double EPS = Math.ulp(1.0);

    private final ExtractionSettings settings;
    private final Set<FirstOrderFeature> enabled;

    private FirstOrderReference(ExtractionSettings settings, Set<FirstOrderFeature> enabled) {
        this.settings = settings;
        this.enabled = enabled;
    }

    /**
     * The family configured by {@code settings}: {@code voxelArrayShift}, the binning, and the features enabled for
     * {@code firstorder} (an empty set, or a settings map without firstorder, means every non-deprecated feature).
     *
     * @throws org.radiomics4j.core.InvalidSettingException if a feature name is unknown, naming the valid ones
     */
    public static FirstOrderReference of(ExtractionSettings settings) {
        Objects.requireNonNull(settings, "settings");
        EnumSet<FirstOrderFeature> set = DescriptorSelection.select(FirstOrderFeature.class, settings,
                FeatureClass.FIRSTORDER);
        return new FirstOrderReference(settings, set);
    }

    /** The features this instance computes, in PyRadiomics order. */
    public Set<FirstOrderFeature> enabledFeatures() {
        return EnumSet.copyOf(enabled);
    }

    /**
     * Discretises the ROI with the settings' binning and computes the enabled features.
     *
     * @param image the preprocessed (usually cropped) image
     * @param roi the binary ROI on the same grid
     * @throws IllegalArgumentException if the grids differ or the ROI is empty
     */
    public FamilyResult<FirstOrderFeature> compute(Volume image, Mask roi) {
        Discretizer.Discretized d = Discretizer.of(settings.binning()).discretize(image, roi);
        return compute(FirstOrderInput.of(image, roi, d));
    }

    /** Computes the enabled features on {@code input}, in PyRadiomics order. */
    public FamilyResult<FirstOrderFeature> compute(FirstOrderInput input) {
        Objects.requireNonNull(input, "input");
        double[] x = input.intensities();
        int n = x.length;
        double c = settings.voxelArrayShift();
        double[] sorted = org.radiomics4j.core.features.internal.ExactSortReference.sortedCopy(x);

        double mean = sum(x) / n;
        double m2 = centralMoment(x, mean, 2);
        double shiftedSq = sumShiftedSquares(x, c);
        List<String> notes = new ArrayList<>();
        Map<FirstOrderFeature, Double> out = new EnumMap<>(FirstOrderFeature.class);
        for (FirstOrderFeature f : enabled) {
            double v = switch (f) {
                case ENERGY -> shiftedSq;
                case TOTAL_ENERGY -> input.voxelVolume() * shiftedSq;
                case ENTROPY -> entropy(input.binCounts(), n);
                case MINIMUM -> sorted[0];
                case PERCENTILE_10 -> percentile(sorted, 10);
                case PERCENTILE_90 -> percentile(sorted, 90);
                case MAXIMUM -> sorted[n - 1];
                case MEAN -> mean;
                case MEDIAN -> percentile(sorted, 50);
                case INTERQUARTILE_RANGE -> percentile(sorted, 75) - percentile(sorted, 25);
                case RANGE -> sorted[n - 1] - sorted[0];
                case MEAN_ABSOLUTE_DEVIATION -> meanAbsoluteDeviation(x, mean);
                case ROBUST_MEAN_ABSOLUTE_DEVIATION -> robustMad(sorted);
                case ROOT_MEAN_SQUARED -> Math.sqrt(shiftedSq / n);
                case STANDARD_DEVIATION -> Math.sqrt(m2);
                case SKEWNESS -> {
                    if (m2 == 0) {
                        notes.add("firstorder: variance is 0 (flat region), Skewness set to 0");
                        yield 0.0;
                    }
                    yield centralMoment(x, mean, 3) / Math.pow(m2, 1.5);
                }
                case KURTOSIS -> {
                    if (m2 == 0) {
                        notes.add("firstorder: variance is 0 (flat region), Kurtosis set to 0");
                        yield 0.0;
                    }
                    yield centralMoment(x, mean, 4) / (m2 * m2);
                }
                case VARIANCE -> {
                    double sd = Math.sqrt(m2); // numpy.std(x) ** 2, as PyRadiomics computes it
                    yield sd * sd;
                }
                case UNIFORMITY -> uniformity(input.binCounts(), n);
            };
            out.put(f, v);
        }
        return new FamilyResult<>(FirstOrderFeature.class, out, notes);
    }

    // ---- numerics -----------------------------------------------------------------------------------------------

    /** Neumaier-compensated Σx. */
    static double sum(double[] x) {
        double s = 0;
        double comp = 0;
        for (double v : x) {
            double t = s + v;
            comp += Math.abs(s) >= Math.abs(v) ? (s - t) + v : (v - t) + s;
            s = t;
        }
        return s + comp;
    }

    private static double sumShiftedSquares(double[] x, double c) {
        double s = 0;
        double comp = 0;
        for (double v : x) {
            double y = (v + c) * (v + c);
            double t = s + y;
            comp += Math.abs(s) >= Math.abs(y) ? (s - t) + y : (y - t) + s;
            s = t;
        }
        return s + comp;
    }

    /** Σ(x − mean)^k / N with compensated summation. */
    static double centralMoment(double[] x, double mean, int k) {
        double s = 0;
        double comp = 0;
        for (double v : x) {
            double d = v - mean;
            double y = switch (k) {
                case 2 -> d * d;
                case 3 -> d * d * d;
                case 4 -> (d * d) * (d * d);
                default -> Math.pow(d, k);
            };
            double t = s + y;
            comp += Math.abs(s) >= Math.abs(y) ? (s - t) + y : (y - t) + s;
            s = t;
        }
        return (s + comp) / x.length;
    }

    private static double meanAbsoluteDeviation(double[] x, double mean) {
        double s = 0;
        double comp = 0;
        for (double v : x) {
            double y = Math.abs(v - mean);
            double t = s + y;
            comp += Math.abs(s) >= Math.abs(y) ? (s - t) + y : (y - t) + s;
            s = t;
        }
        return (s + comp) / x.length;
    }

    private static double robustMad(double[] sorted) {
        double p10 = percentile(sorted, 10);
        double p90 = percentile(sorted, 90);
        int lo = 0;
        while (lo < sorted.length && sorted[lo] < p10) {
            lo++;
        }
        int hi = sorted.length;
        while (hi > lo && sorted[hi - 1] > p90) {
            hi--;
        }
        double[] kept = Arrays.copyOfRange(sorted, lo, hi);
        if (kept.length == 0) {
            return 0; // cannot happen: P10 <= P90 always brackets a sorted value
        }
        return meanAbsoluteDeviation(kept, sum(kept) / kept.length);
    }

    /**
     * numpy's {@code percentile(a, q)} with the default linear method on an ascending array: position
     * h = q/100·(N−1), value a[⌊h⌋] + (a[⌊h⌋+1] − a[⌊h⌋])·(h − ⌊h⌋), using numpy's two-sided lerp.
     */
    static double percentile(double[] sorted, double q) {
        int n = sorted.length;
        double h = (q / 100.0) * (n - 1);
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return sorted[n - 1];
        }
        double t = h - lo;
        double a = sorted[lo];
        double b = sorted[lo + 1];
        double diff = b - a;
        // numpy._lerp: a + diff*t, or b - diff*(1-t) when t >= 0.5
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }

    private static double entropy(long[] counts, int n) {
        double s = 0;
        for (long k : counts) {
            if (k > 0) {
                double p = (double) k / n;
                s += p * (Math.log(p + EPS) / Math.log(2));
            }
        }
        return -s;
    }

    private static double uniformity(long[] counts, int n) {
        double s = 0;
        for (long k : counts) {
            if (k > 0) {
                double p = (double) k / n;
                s += p * p;
            }
        }
        return s;
    }
}
