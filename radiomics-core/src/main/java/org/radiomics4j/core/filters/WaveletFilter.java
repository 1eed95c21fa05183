package org.radiomics4j.core.filters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * PyRadiomics' {@code Wavelet} image type ({@code getWaveletImage} and {@code _swt3} in
 * {@code radiomics/imageoperations.py}): the undecimated (stationary) wavelet transform of PyWavelets
 * ({@code pywt.swtn}, periodic, {@code norm=False}, {@code trim_approx=False}) along x, then y, then z (numpy axes
 * (2, 1, 0)).
 *
 * <p>One level along an axis of (even) length \(N\) with a filter \(f_0 \dots f_{F-1}\) is the circular convolution
 * \[ y[o] = \sum_{j=0}^{F-1} f_j\, x[(o + \lfloor F/2 \rfloor - j) \bmod N], \quad o = 0 \dots N-1, \]
 * with {@code dec_lo} giving the approximation (L) and {@code dec_hi} the detail (H); see {@link WaveletBank} for
 * the filters. The 3-D transform applies it along x, y and z in turn to every branch, giving the eight
 * decompositions named by their letters in axis order (x, y, z): {@code LLH} is low-pass along x and y and
 * high-pass along z; {@code LLL} is the approximation.
 *
 * <p>As PyRadiomics does:
 * <ul>
 *   <li>each odd dimension is first padded by one slice at its end, wrapping around (the first slice repeated),
 *       and every output is trimmed back to the original size;</li>
 *   <li>each level is a one-level transform <em>with the same, not up-sampled, filters</em> of the previous
 *       level's approximation ({@code swtn(data, wavelet, level=1, start_level=0)} called once per level);</li>
 *   <li>{@code startLevel} levels are computed first and discarded; then {@code level} levels are returned, the
 *       seven details of each level in the order LLH, LHL, LHH, HLL, HLH, HHL, HHH, and after them the last
 *       level's approximation LLL. Names are {@code wavelet-<dec>} for the first returned level and
 *       {@code wavelet<k>-<dec>} for the k-th (k &ge; 2); the approximation is {@code wavelet-LLL} with one level
 *       and {@code wavelet<level>-LLL} otherwise;</li>
 *   <li>with {@code force2Ddimension} present (PyRadiomics' {@code force2D}), that numpy axis (0 = z, 1 = y,
 *       2 = x) is not transformed and the names have two letters (LH, HL, HH, then LL).</li>
 * </ul>
 * The output is FLOAT64. The mask is not used. Memory: the eight outputs of a level are returned together (with
 * {@code level} &gt; 1, the details of every level), plus two working volumes while they are computed.
 *
 * @param wavelet          the PyWavelets name ({@link #supportedWavelets()}); PyRadiomics' default {@code coif1}
 * @param level            the number of levels returned, &ge; 1 (default 1)
 * @param startLevel       the number of levels computed first and discarded, &ge; 0 (default 0)
 * @param force2Ddimension the numpy axis left untransformed (force2D), or empty for the 3-D transform
 */
public record WaveletFilter(String wavelet, int level, int startLevel, OptionalInt force2Ddimension)
        implements ImageFilter {

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException naming the setting ({@code wavelet}, {@code level}, {@code start_level},
     *     {@code force2Ddimension}), the value and the rule
     */
    public WaveletFilter {
        Objects.requireNonNull(wavelet, "wavelet");
        Objects.requireNonNull(force2Ddimension, "force2Ddimension");
        WaveletBank.of(wavelet);
        if (level < 1) {
            throw new IllegalArgumentException("setting 'level' must be >= 1 but was " + level);
        }
        if (startLevel < 0) {
            throw new IllegalArgumentException("setting 'start_level' must be >= 0 but was " + startLevel);
        }
        if (force2Ddimension.isPresent() && (force2Ddimension.getAsInt() < 0 || force2Ddimension.getAsInt() > 2)) {
            throw new IllegalArgumentException("setting 'force2Ddimension' must be 0, 1 or 2 but was "
                    + force2Ddimension.getAsInt());
        }
    }

    /** The 3-D transform: {@code new WaveletFilter(wavelet, level, startLevel, OptionalInt.empty())}. */
    public WaveletFilter(String wavelet, int level, int startLevel) {
        this(wavelet, level, startLevel, OptionalInt.empty());
    }

    /** PyRadiomics' defaults: coif1, one level, start level 0, 3-D. */
    public static WaveletFilter defaults() {
        return new WaveletFilter("coif1", 1, 0);
    }

    /** The wavelet names supported, e.g. {@code coif1}, {@code haar}, {@code db2}. */
    public static List<String> supportedWavelets() {
        return WaveletBank.SUPPORTED;
    }

    @Override
    public List<DerivedImage> apply(Volume image, Mask mask) {
        List<DerivedImage> out = new ArrayList<>();
        forEachDerived(image, mask, out::add);
        return List.copyOf(out);
    }

    /**
     * The decompositions one at a time, depth first over the axes ({@code L} before {@code H}, pywt's order): each
     * detail image is handed to {@code sink} as soon as it is computed, and the approximation last. At most one
     * intermediate per axis, the pending approximation and the current output are held at once (about five volumes
     * instead of the eight outputs plus intermediates).
     */
    @Override
    public void forEachDerived(Volume image, Mask mask, java.util.function.Consumer<DerivedImage> sink) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(sink, "sink");
        Geometry g = image.geometry();
        int[] size = {g.nx(), g.ny(), g.nz()};
        int[] padded = new int[3];
        for (int a = 0; a < 3; a++) {
            padded[a] = size[a] + (size[a] % 2);
        }
        // our axes, in the order pywt transforms them: numpy axes (2, 1, 0) = x, y, z, minus the force2D one
        List<Integer> axes = new ArrayList<>(List.of(0, 1, 2));
        if (force2Ddimension.isPresent()) {
            axes.remove(Integer.valueOf(2 - force2Ddimension.getAsInt()));
        }
        WaveletBank bank = WaveletBank.of(wavelet);
        double[] data = pad(image, size, padded);
        for (int i = 0; i < startLevel; i++) {
            data = approximation(data, padded, axes, bank);
        }
        for (int k = 1; k <= level; k++) {
            String prefix = k == 1 ? "wavelet-" : "wavelet" + k + "-";
            java.util.function.BiConsumer<String, double[]> detail =
                    (name, d) -> sink.accept(new DerivedImage(prefix + name, trim(d, padded, size, g)));
            data = decompose(data, padded, axes, 0, "", bank, detail);
        }
        String approxName = (level == 1 ? "wavelet-" : "wavelet" + level + "-") + "L".repeat(axes.size());
        sink.accept(new DerivedImage(approxName, trim(data, padded, size, g)));
    }

    /**
     * Depth-first over the axes, 'L' before 'H' at every axis (pywt's order): hands every leaf but the all-low-pass
     * one to {@code detail} as soon as it is computed, and returns the all-low-pass leaf (or null if not on its path).
     */
    private static double[] decompose(double[] in, int[] dims, List<Integer> axes, int depth, String name,
            WaveletBank bank, java.util.function.BiConsumer<String, double[]> detail) {
        if (depth == axes.size()) {
            if (name.indexOf('H') < 0) {
                return in;
            }
            detail.accept(name, in);
            return null;
        }
        int axis = axes.get(depth);
        double[] approx = decompose(convolve(in, dims, axis, bank.decLo()), dims, axes, depth + 1, name + "L", bank,
                detail);
        decompose(convolve(in, dims, axis, bank.decHi()), dims, axes, depth + 1, name + "H", bank, detail);
        return approx;
    }

    /** Only the approximation of one level (for the discarded start levels). */
    private static double[] approximation(double[] in, int[] dims, List<Integer> axes, WaveletBank bank) {
        double[] d = in;
        for (int axis : axes) {
            d = convolve(d, dims, axis, bank.decLo());
        }
        return d;
    }

    /** The circular convolution of the class documentation along {@code axis} (0 = x, 1 = y, 2 = z). */
    static double[] convolve(double[] in, int[] dims, int axis, double[] f) {
        int nx = dims[0];
        int ny = dims[1];
        int nz = dims[2];
        int n = dims[axis];
        int len = f.length;
        int h = len / 2;
        double[] out = new double[in.length];
        if (axis == 0) {
            double[] ext = new double[n + len - 1];
            for (int line = 0; line < ny * nz; line++) {
                int base = line * nx;
                for (int t = 0; t < ext.length; t++) {
                    ext[t] = in[base + Math.floorMod(t + h - (len - 1), n)];
                }
                for (int o = 0; o < n; o++) {
                    double sum = 0;
                    for (int j = 0; j < len; j++) {
                        sum += f[j] * ext[o + len - 1 - j];
                    }
                    out[base + o] = sum;
                }
            }
            return out;
        }
        // y or z: rows of 'inner' contiguous values, 'n' of them per block, 'outer' blocks
        int inner = axis == 1 ? nx : nx * ny;
        int outer = axis == 1 ? nz : 1;
        for (int b = 0; b < outer; b++) {
            int blockBase = b * n * inner;
            for (int o = 0; o < n; o++) {
                int dst = blockBase + o * inner;
                for (int j = 0; j < len; j++) {
                    double c = f[j];
                    int src = blockBase + Math.floorMod(o + h - j, n) * inner;
                    for (int e = 0; e < inner; e++) {
                        out[dst + e] += c * in[src + e];
                    }
                }
            }
        }
        return out;
    }

    /** The image as doubles, each odd dimension padded by one slice wrapping around. */
    private static double[] pad(Volume image, int[] size, int[] padded) {
        if (padded[0] == size[0] && padded[1] == size[1] && padded[2] == size[2]) {
            return image.toDoubleArray();
        }
        double[] out = new double[padded[0] * padded[1] * padded[2]];
        int i = 0;
        for (int z = 0; z < padded[2]; z++) {
            int sz = z % size[2];
            for (int y = 0; y < padded[1]; y++) {
                int sy = y % size[1];
                int src = (sz * size[1] + sy) * size[0];
                for (int x = 0; x < padded[0]; x++) {
                    out[i++] = image.get(src + x % size[0]);
                }
            }
        }
        return out;
    }

    /** The first size[0] x size[1] x size[2] voxels of a padded volume, on the image's geometry. */
    private static Volume trim(double[] d, int[] padded, int[] size, Geometry g) {
        if (padded[0] == size[0] && padded[1] == size[1] && padded[2] == size[2]) {
            return Volume.wrap(d, g);
        }
        double[] out = new double[size[0] * size[1] * size[2]];
        int i = 0;
        for (int z = 0; z < size[2]; z++) {
            for (int y = 0; y < size[1]; y++) {
                System.arraycopy(d, (z * padded[1] + y) * padded[0], out, i, size[0]);
                i += size[0];
            }
        }
        return Volume.wrap(out, g);
    }
}
