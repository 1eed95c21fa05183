package org.radiomics4j.core.discretize;

import java.util.Arrays;
import java.util.Objects;

import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * Turns the intensities of an ROI into grey levels 1..Ng exactly as PyRadiomics does
 * ({@code imageoperations.getBinEdges} and {@code binImage}, PyRadiomics v3).
 *
 * <p><b>Fixed bin width W</b> (IBSI "fixed bin size", Q3RU, with PyRadiomics' anchoring instead of IBSI's lower
 * bound): with {@code min} and {@code max} the ROI's extreme values,
 * <pre>
 *   lowBound = min − mod(min, W)          (floored modulo, as Python's %, never negative for W &gt; 0)
 *   δ        = (lowBound + W) − lowBound
 *   e_k      = lowBound + k·δ,  k = 0 .. ceil((max + 2W − lowBound)/W) − 1     (numpy.arange)
 * </pre>
 * which amounts to {@code bin(x) = floor(x/W) − floor(min/W) + 1}. A flat region whose value is a multiple of W
 * gets the edges {@code [min − 0.5, min + 0.5]} (PyRadiomics' flat-region rule); every voxel is in bin 1 either way.
 *
 * <p><b>Fixed bin count N</b> (IBSI "fixed bin number", K15C): numpy's histogram edges
 * {@code e_k = min + k·((max − min)/N)}, k = 0..N, the last set to {@code max} and then increased by 1 (when
 * {@code min = max}, numpy first widens the range to {@code [min − 0.5, max + 0.5]}).
 *
 * <p>In both modes a voxel's bin is the number of edges {@code ≤ x} ({@code numpy.digitize}); voxels outside the
 * ROI get 0; {@code Ng} is the highest bin present, not the number of occupied bins. Immutable and thread-safe.
 *
 * <p><b>Bound.</b> Settings that would give more than {@link #MAX_GRAY_LEVELS} bins for the ROI's range are refused
 * before anything is allocated ({@link InvalidSettingException} naming the setting, the number of bins it implies
 * and the alternative): the texture matrices hold about {@code 13 Ng²} counts per family, so a tiny
 * {@code binWidth} on a wide intensity range would otherwise exhaust the memory.
 *
 * <pre>{@code
 * Discretizer.Discretized d = Discretizer.of(new Binning.FixedBinWidth(25)).discretize(croppedImage, croppedRoi);
 * GrayLevelVolume levels = d.levels();
 * }</pre>
 */
public final class Discretizer {
    /**
     * The most grey levels a discretisation may produce: 4096 (12 bits, every CT value at {@code binWidth} 1),
     * for which the 13-direction GLCM counts alone take about 0.9 GB.
     */
    public static final int MAX_GRAY_LEVELS = 4096;

    /** ROI value ranges up to this span get a bin look-up table for whole-number values (see {@code discretize}). */
    private static final double TABLE_MAX_SPAN = 1 << 16;

    private final Binning binning;

    private Discretizer(Binning binning) {
        this.binning = binning;
    }

    /** A discretiser for {@code binning}. */
    public static Discretizer of(Binning binning) {
        return new Discretizer(Objects.requireNonNull(binning, "binning"));
    }

    /** The binning this discretiser applies. */
    public Binning binning() {
        return binning;
    }

    /**
     * The result of discretising one ROI.
     *
     * @param levels the grey-level volume on the image's grid (0 outside the ROI)
     * @param edges the bin edges used, ascending; bin {@code b} covers {@code [edges[b-1], edges[b])}
     * @param histogram {@code histogram[b-1]} = number of ROI voxels in bin {@code b}, for b = 1..Ng (absent bins
     *     hold 0)
     */
    public record Discretized(GrayLevelVolume levels, double[] edges, long[] histogram) {
        public Discretized {
            Objects.requireNonNull(levels, "levels");
            Objects.requireNonNull(edges, "edges");
            Objects.requireNonNull(histogram, "histogram");
        }

        /** {@code Ng}, the highest grey level present in the ROI. */
        public int ng() {
            return levels.ng();
        }

        /** Number of grey levels actually present (non-empty bins). */
        public int occupiedLevels() {
            int c = 0;
            for (long h : histogram) {
                if (h > 0) {
                    c++;
                }
            }
            return c;
        }

        /** The counts of the non-empty bins only, in ascending bin order (PyRadiomics' firstorder histogram). */
        public long[] occupiedHistogram() {
            return Arrays.stream(histogram).filter(h -> h > 0).toArray();
        }

        /** Number of ROI voxels. */
        public long roiVoxelCount() {
            long n = 0;
            for (long h : histogram) {
                n += h;
            }
            return n;
        }
    }

    /**
     * Discretises the voxels of {@code image} inside {@code roi} (every non-zero label).
     *
     * @throws IllegalArgumentException if the grids differ in size, the ROI is empty, or an ROI voxel is not finite
     *     (naming the voxel)
     */
    public Discretized discretize(Volume image, Mask roi) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(roi, "roi");
        Geometry g = image.geometry();
        if (g.nx() != roi.geometry().nx() || g.ny() != roi.geometry().ny() || g.nz() != roi.geometry().nz()) {
            throw new IllegalArgumentException("roi size " + roi.geometry().nx() + "x" + roi.geometry().ny() + "x"
                    + roi.geometry().nz() + " does not match image size " + g.nx() + "x" + g.ny() + "x" + g.nz());
        }
        int n = image.size();
        double[] range = roiRange(image, roi);
        double min = range[0];
        double max = range[1];
        double[] edges = edges(min, max);
        int[] levels = new int[n];
        long[] counts = new long[edges.length + 1];
        int[] table = max - min < TABLE_MAX_SPAN ? wholeNumberTable(edges, min, (int) (max - min)) : null;
        if (table != null) {
            binWithTable(image, roi, edges, min, table, levels, counts);
        } else {
            binWithSearch(image, roi, edges, levels, counts);
        }
        int ng = counts.length - 1;
        while (counts[ng] == 0) {
            ng--;
        }
        long[] hist = Arrays.copyOfRange(counts, 1, ng + 1);
        GrayLevelVolume glv = new GrayLevelVolume(g.nx(), g.ny(), g.nz(), levels, ng, g.spacing());
        return new Discretized(glv, edges, hist);
    }

    /**
     * {@code {min, max}} of the ROI values.
     *
     * @throws IllegalArgumentException if the ROI is empty or an ROI value is not finite
     */
    private static double[] roiRange(Volume image, Mask roi) {
        // two independent min/max chains (even and odd voxels); min and max are exact whatever the grouping
        double min0 = Double.POSITIVE_INFINITY;
        double max0 = Double.NEGATIVE_INFINITY;
        double min1 = Double.POSITIVE_INFINITY;
        double max1 = Double.NEGATIVE_INFINITY;
        int count = 0;
        int n = image.size();
        int i = 0;
        for (; i + 1 < n; i += 2) {
            if (roi.inside(i)) {
                double v = finite(image, i);
                min0 = Math.min(min0, v);
                max0 = Math.max(max0, v);
                count++;
            }
            if (roi.inside(i + 1)) {
                double v = finite(image, i + 1);
                min1 = Math.min(min1, v);
                max1 = Math.max(max1, v);
                count++;
            }
        }
        if (i < n && roi.inside(i)) {
            double v = finite(image, i);
            min0 = Math.min(min0, v);
            max0 = Math.max(max0, v);
            count++;
        }
        if (count == 0) {
            throw new IllegalArgumentException("roi must contain at least one voxel but is empty");
        }
        return new double[] {Math.min(min0, min1), Math.max(max0, max1)};
    }

    private static double finite(Volume image, int i) {
        double v = image.get(i);
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("image value at voxel " + i + " inside the ROI must be finite"
                    + " but was " + v);
        }
        return v;
    }

    /**
     * {@code table[k] = binOf(edges, min + k)} for {@code k = 0..span}: the bin of every value {@code min + k},
     * so that an ROI value {@code v} with {@code v == min + k} (every value of an integer image) is binned with one
     * look-up instead of a binary search, with exactly the same result.
     */
    private static int[] wholeNumberTable(double[] edges, double min, int span) {
        int[] table = new int[span + 1];
        for (int k = 0; k <= span; k++) {
            table[k] = binOf(edges, min + k);
        }
        return table;
    }

    /**
     * Bins the ROI voxels into {@code levels} and counts them per bin in {@code counts}; a value {@code v} is binned
     * through {@code table} when {@code v == min + k} for {@code k = (int) (v − min)} (then {@code table[k]} is
     * {@code binOf(edges, v)} by construction), otherwise with {@link #binOf}.
     */
    private static void binWithTable(Volume image, Mask roi, double[] edges, double min, int[] table, int[] levels,
            long[] counts) {
        // four count rows, one per voxel index mod 4, so that runs of one bin do not chain their increments
        int w = counts.length;
        int[] c4 = new int[4 * w];
        for (int i = 0, n = levels.length; i < n; i++) {
            if (roi.inside(i)) {
                double v = image.get(i);
                int k = (int) (v - min); // 0 <= v - min <= max - min, so k indexes the table
                int b = min + k == v ? table[k] : binOf(edges, v);
                levels[i] = b;
                c4[(i & 3) * w + b]++;
            }
        }
        for (int b = 0; b < w; b++) {
            counts[b] = (long) c4[b] + c4[w + b] + c4[2 * w + b] + c4[3 * w + b];
        }
    }

    private static void binWithSearch(Volume image, Mask roi, double[] edges, int[] levels, long[] counts) {
        for (int i = 0, n = levels.length; i < n; i++) {
            if (roi.inside(i)) {
                int b = binOf(edges, image.get(i));
                levels[i] = b;
                counts[b]++;
            }
        }
    }

    /**
     * The bin edges for an ROI whose values span {@code [min, max]} (see the class documentation).
     *
     * @throws IllegalArgumentException if {@code min > max} or either is not finite
     */
    public double[] edges(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("ROI range must be finite with min <= max but was [" + min + ", "
                    + max + "]");
        }
        if (binning instanceof Binning.FixedBinWidth w) {
            return fixedWidthEdges(min, max, w.width());
        }
        return fixedCountEdges(min, max, ((Binning.FixedBinCount) binning).count());
    }

    /**
     * The bin of {@code x}: the number of edges {@code ≤ x} ({@code numpy.digitize} with increasing edges).
     */
    public static int binOf(double[] edges, double x) {
        int lo = 0;
        int hi = edges.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Python's floored modulo {@code a % m} for floats (result has the sign of {@code m}). */
    static double floorMod(double a, double m) {
        double r = a % m; // C fmod: sign of a
        if (r != 0 && ((m < 0) != (r < 0))) {
            r += m;
        } else if (r == 0) {
            r = Math.copySign(0.0, m);
        }
        return r;
    }

    private static double[] fixedWidthEdges(double min, double max, double width) {
        double lowBound = min - floorMod(min, width);
        double highBound = max + 2 * width;
        // numpy.arange(lowBound, highBound, width): length ceil((stop - start)/step), values start + k*delta
        double delta = (lowBound + width) - lowBound;
        long len = (long) Math.ceil((highBound - lowBound) / width);
        if (len < 1) {
            len = 1;
        }
        if (len - 1 > MAX_GRAY_LEVELS) {
            throw new InvalidSettingException("binWidth " + width + " implies " + (len - 1) + " grey levels for the"
                    + " ROI intensity range [" + min + ", " + max + "], more than the " + MAX_GRAY_LEVELS
                    + " supported (the texture matrices grow with the square of the count); use a binWidth of at"
                    + " least " + (max - min) / (MAX_GRAY_LEVELS - 3) + ", or binCount (e.g. binCount: 64) for a"
                    + " fixed number of grey levels");
        }
        double[] edges = new double[(int) len];
        for (int k = 0; k < edges.length; k++) {
            edges[k] = lowBound + k * delta;
        }
        if (edges.length == 1 || (min == max && floorMod(min, width) == 0)) {
            return new double[] {min - 0.5, min + 0.5};
        }
        return edges;
    }

    private static double[] fixedCountEdges(double min, double max, int count) {
        if (count > MAX_GRAY_LEVELS) {
            throw new InvalidSettingException("binCount " + count + " is more than the " + MAX_GRAY_LEVELS
                    + " grey levels supported (the texture matrices grow with the square of the count); use a"
                    + " smaller binCount (e.g. 64)");
        }
        double first = min;
        double last = max;
        if (first == last) {
            first -= 0.5;
            last += 0.5;
        }
        // numpy.linspace(first, last, count + 1): k*step + start, last element set to stop
        double step = (last - first) / count;
        double[] edges = new double[count + 1];
        for (int k = 0; k <= count; k++) {
            edges[k] = k * step + first;
        }
        edges[count] = last;
        edges[count] += 1;
        return edges;
    }
}
