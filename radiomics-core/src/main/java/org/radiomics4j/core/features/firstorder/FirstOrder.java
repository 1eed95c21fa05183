package org.radiomics4j.core.features.firstorder;

import java.util.ArrayList;
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
import org.radiomics4j.core.features.internal.ExactSort;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * The first-order family (PyRadiomics {@code firstorder}; IBSI "intensity statistics" and "intensity histogram"):
 * see {@link FirstOrderFeature} for each formula.
 *
 * <p>Numerics: sums use Neumaier compensated summation and moments are computed in two passes around the mean, so
 * results agree with numpy's pairwise sums to about 1e-15 relative. Percentiles are numpy's default ({@code linear})
 * method. Immutable and thread-safe.
 *
 * <pre>{@code
 * FamilyResult<FirstOrderFeature> r = FirstOrder.of(settings).compute(croppedImage, croppedRoi);
 * double mean = r.get(FirstOrderFeature.MEAN);  // or r.get("Mean")
 * }</pre>
 */
public final class FirstOrder {
    /** numpy's {@code spacing(1)}, the ε of every PyRadiomics entropy. */
    static final double EPS = Math.ulp(1.0);

    private final ExtractionSettings settings;
    private final Set<FirstOrderFeature> enabled;

    private FirstOrder(ExtractionSettings settings, Set<FirstOrderFeature> enabled) {
        this.settings = settings;
        this.enabled = enabled;
    }

    /**
     * The family configured by {@code settings}: {@code voxelArrayShift}, the binning, and the features enabled for
     * {@code firstorder} (an empty set, or a settings map without firstorder, means every non-deprecated feature).
     *
     * @throws org.radiomics4j.core.InvalidSettingException if a feature name is unknown, naming the valid ones
     */
    public static FirstOrder of(ExtractionSettings settings) {
        Objects.requireNonNull(settings, "settings");
        EnumSet<FirstOrderFeature> set = DescriptorSelection.select(FirstOrderFeature.class, settings,
                FeatureClass.FIRSTORDER);
        return new FirstOrder(settings, set);
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
        double[] sorted = ExactSort.sortedCopy(x);

        double[] raw = sumAndShiftedSquares(x, c);
        double mean = raw[0] / n;
        double shiftedSq = raw[1];
        // {m2, m3, m4, mean absolute deviation}, each accumulated in the order of its own single pass
        double[] central = centralMoments(x, mean);
        double m2 = central[0];
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
                case MEAN_ABSOLUTE_DEVIATION -> central[3];
                case ROBUST_MEAN_ABSOLUTE_DEVIATION -> robustMad(sorted);
                case ROOT_MEAN_SQUARED -> Math.sqrt(shiftedSq / n);
                case STANDARD_DEVIATION -> Math.sqrt(m2);
                case SKEWNESS -> {
                    if (m2 == 0) {
                        notes.add("firstorder: variance is 0 (flat region), Skewness set to 0");
                        yield 0.0;
                    }
                    yield central[1] / Math.pow(m2, 1.5);
                }
                case KURTOSIS -> {
                    if (m2 == 0) {
                        notes.add("firstorder: variance is 0 (flat region), Kurtosis set to 0");
                        yield 0.0;
                    }
                    yield central[2] / (m2 * m2);
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

    /**
     * {@code {Σx, Σ(x + c)²}} (Neumaier-compensated) in one pass: two independent compensated accumulators, each adding
     * the same terms in the same order as its own pass would, so the results are the same bit for bit.
     */
    static double[] sumAndShiftedSquares(double[] x, double c) {
        double s = 0;
        double comp = 0;
        double q = 0;
        double qComp = 0;
        for (double v : x) {
            double t = s + v;
            comp += Math.abs(s) >= Math.abs(v) ? (s - t) + v : (v - t) + s;
            s = t;
            double y = (v + c) * (v + c);
            double u = q + y;
            qComp += Math.abs(q) >= Math.abs(y) ? (q - u) + y : (y - u) + q;
            q = u;
        }
        return new double[] {s + comp, q + qComp};
    }

    /**
     * {@code {Σ(x − mean)²/N, Σ(x − mean)³/N, Σ(x − mean)⁴/N, Σ|x − mean|/N}} (Neumaier-compensated) in one
     * pass: four independent compensated accumulators, each adding the same terms in the same order as a pass of its
     * own (the code before issue 11) would, so the results are the same bit for bit.
     */
    static double[] centralMoments(double[] x, double mean) {
        double s2 = 0;
        double c2 = 0;
        double s3 = 0;
        double c3 = 0;
        double s4 = 0;
        double c4 = 0;
        double sa = 0;
        double ca = 0;
        for (double v : x) {
            double d = v - mean;
            double y2 = d * d;
            double t2 = s2 + y2;
            c2 += Math.abs(s2) >= Math.abs(y2) ? (s2 - t2) + y2 : (y2 - t2) + s2;
            s2 = t2;
            double y3 = d * d * d;
            double t3 = s3 + y3;
            c3 += Math.abs(s3) >= Math.abs(y3) ? (s3 - t3) + y3 : (y3 - t3) + s3;
            s3 = t3;
            double y4 = (d * d) * (d * d);
            double t4 = s4 + y4;
            c4 += Math.abs(s4) >= Math.abs(y4) ? (s4 - t4) + y4 : (y4 - t4) + s4;
            s4 = t4;
            double ya = Math.abs(d);
            double ta = sa + ya;
            ca += Math.abs(sa) >= Math.abs(ya) ? (sa - ta) + ya : (ya - ta) + sa;
            sa = ta;
        }
        int n = x.length;
        return new double[] {(s2 + c2) / n, (s3 + c3) / n, (s4 + c4) / n, (sa + ca) / n};
    }

    /** Σ|x − mean| / N over {@code x[from..to)} with compensated summation. */
    private static double meanAbsoluteDeviation(double[] x, int from, int to, double mean) {
        double s = 0;
        double comp = 0;
        for (int i = from; i < to; i++) {
            double y = Math.abs(x[i] - mean);
            double t = s + y;
            comp += Math.abs(s) >= Math.abs(y) ? (s - t) + y : (y - t) + s;
            s = t;
        }
        return (s + comp) / (to - from);
    }

    /** Neumaier-compensated sum of {@code x[from..to)}. */
    private static double sum(double[] x, int from, int to) {
        double s = 0;
        double comp = 0;
        for (int i = from; i < to; i++) {
            double v = x[i];
            double t = s + v;
            comp += Math.abs(s) >= Math.abs(v) ? (s - t) + v : (v - t) + s;
            s = t;
        }
        return s + comp;
    }

    /**
     * Mean absolute deviation of the values between P10 and P90 (inclusive), read in place from the sorted array:
     * the same additions in the same order as on a copy of that range.
     */
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
        if (hi == lo) {
            return 0; // cannot happen: P10 <= P90 always brackets a sorted value
        }
        return meanAbsoluteDeviation(sorted, lo, hi, sum(sorted, lo, hi) / (hi - lo));
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
