package org.radiomics4j.core.filters;

import java.util.List;
import java.util.Objects;

import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;

/**
 * PyRadiomics' {@code LBP2D} image type: the local binary pattern of every slice of the whole image, as
 * {@code skimage.feature.local_binary_pattern(slice, P, R, method)} (scikit-image 0.19.3) computes it, slice by
 * slice along {@code force2Ddimension} (PyRadiomics {@code imageoperations.getLBP2DImage}).
 *
 * <p><b>Sampling.</b> Sample {@code i} ({@code 0 ≤ i < P}) of pixel {@code (r, c)} lies at
 * {@code (r + Δr_i, c + Δc_i)} with {@code Δr_i = round₅(−R·sin(2πi/P))}, {@code Δc_i = round₅(R·cos(2πi/P))}
 * ({@code round₅}: numpy's {@code round(x, 5)} = {@code rint(x·10⁵)/10⁵}; {@code R} rounded to float32 as
 * scikit-image's Cython signature does), read by bilinear interpolation with value 0 outside the slice. The
 * pattern bit is {@code s_i = [t_i − f(r, c) ≥ 0]}; the code follows {@link Lbp2DMethod}.
 *
 * <p><b>Slices.</b> numpy's arrays are {@code (z, y, x)}; {@code force2Ddimension} 0 takes z-slices with rows y and
 * columns x, 1 takes y-slices with rows z and columns x, 2 takes x-slices with rows y and columns z (numpy's
 * {@code swapaxes(0, d)}). Row and column order matter: they fix where sample 0 and the sampling direction lie.
 *
 * <p><b>Output</b> in the image's pixel type, as numpy's assignment into the original array converts it (C cast:
 * truncation toward zero for integer types); the default {@code uniform} codes 0..P+1 are exact in any type.
 *
 * <p>References: T. Ojala, M. Pietikäinen, T. Mäenpää, "Multiresolution gray-scale and rotation invariant texture
 * classification with local binary patterns", IEEE TPAMI 24(7) 971-987, 2002; scikit-image 0.19.3
 * {@code skimage/feature/_texture.pyx}. Verified against scikit-image 0.19.3 on brain1 (radiomics-validation
 * {@code LbpReferenceTest}).
 *
 * @param radius           {@code lbp2DRadius} (PyRadiomics default 1), finite and {@code > 0}
 * @param samples          {@code lbp2DSamples} (PyRadiomics' code default 8, its documentation says 9), {@code ≥ 1};
 *                         at most 31 for {@link Lbp2DMethod#DEFAULT} and {@link Lbp2DMethod#ROR}
 * @param method           {@code lbp2DMethod} (default {@link Lbp2DMethod#UNIFORM})
 * @param force2Ddimension the axis the slices are taken along (numpy order: 0 = z, 1 = y, 2 = x), default 0
 */
public record Lbp2DFilter(double radius, int samples, Lbp2DMethod method, int force2Ddimension)
        implements ImageFilter {

    /** PyRadiomics' image type name. */
    public static final String IMAGE_TYPE = "lbp-2D";

    /**
     * Validates the settings.
     *
     * @throws InvalidSettingException naming the setting, its value and the rule
     */
    public Lbp2DFilter {
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new InvalidSettingException("lbp2DRadius must be finite and > 0 but was " + radius);
        }
        if (samples < 1) {
            throw new InvalidSettingException("lbp2DSamples must be >= 1 but was " + samples);
        }
        Objects.requireNonNull(method, "method");
        if ((method == Lbp2DMethod.DEFAULT || method == Lbp2DMethod.ROR) && samples > 31) {
            throw new InvalidSettingException("lbp2DSamples must be <= 31 with lbp2DMethod " + method.skimageName()
                    + " (the codes are 32-bit integers) but was " + samples);
        }
        if (force2Ddimension < 0 || force2Ddimension > 2) {
            throw new InvalidSettingException("force2Ddimension must be 0, 1 or 2 but was " + force2Ddimension);
        }
    }

    /** PyRadiomics' defaults: radius 1, 8 samples, {@code uniform}, slices along z. */
    public static Lbp2DFilter withDefaults() {
        return new Lbp2DFilter(1.0, 8, Lbp2DMethod.UNIFORM, 0);
    }

    /** A copy with {@code lbp2DRadius} set (validated as in the constructor). */
    public Lbp2DFilter withRadius(double v) {
        return new Lbp2DFilter(v, samples, method, force2Ddimension);
    }

    /** A copy with {@code lbp2DSamples} set (validated as in the constructor). */
    public Lbp2DFilter withSamples(int v) {
        return new Lbp2DFilter(radius, v, method, force2Ddimension);
    }

    /** A copy with {@code lbp2DMethod} set (validated as in the constructor). */
    public Lbp2DFilter withMethod(Lbp2DMethod v) {
        return new Lbp2DFilter(radius, samples, v, force2Ddimension);
    }

    /** A copy with {@code force2Ddimension} set (validated as in the constructor). */
    public Lbp2DFilter withForce2Ddimension(int v) {
        return new Lbp2DFilter(radius, samples, method, v);
    }

    /**
     * The LBP image, named {@code lbp-2D}, on the input's grid and in its pixel type.
     *
     * @param image the whole image
     * @param mask  unused (the filter sees the whole image)
     */
    @Override
    public List<DerivedImage> apply(Volume image, Mask mask) {
        Objects.requireNonNull(image, "image");
        Geometry g = image.geometry();
        final int nx = g.nx();
        final int ny = g.ny();
        final int nz = g.nz();
        // slices along numpy axis d of (z, y, x): (count, rows, cols, strides in the x-fastest buffer)
        final int count;
        final int rows;
        final int cols;
        final int sliceStride;
        final int rowStride;
        final int colStride;
        switch (force2Ddimension) {
            case 0 -> {
                count = nz;
                rows = ny;
                cols = nx;
                sliceStride = nx * ny;
                rowStride = nx;
                colStride = 1;
            }
            case 1 -> {
                count = ny;
                rows = nz;
                cols = nx;
                sliceStride = nx;
                rowStride = nx * ny;
                colStride = 1;
            }
            default -> {
                count = nx;
                rows = ny;
                cols = nz;
                sliceStride = 1;
                rowStride = nx;
                colStride = nx * ny;
            }
        }
        final double[] dr = new double[samples];
        final double[] dc = new double[samples];
        offsets(radius, samples, dr, dc);
        final double[] out = new double[g.voxelCount()];
        final double[] slice = new double[rows * cols];
        final double[] codes = new double[rows * cols];
        final double[] texture = new double[samples];
        final int[] bits = new int[samples];
        final PixelType type = image.pixelType();
        for (int s = 0; s < count; s++) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    slice[r * cols + c] = image.get(s * sliceStride + r * rowStride + c * colStride);
                }
            }
            lbp(slice, rows, cols, dr, dc, method, codes, texture, bits);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    out[s * sliceStride + r * rowStride + c * colStride] = NumpyCast.cast(codes[r * cols + c], type);
                }
            }
        }
        return List.of(new DerivedImage(IMAGE_TYPE, Volume.ofCast(out, g, type)));
    }

    /** scikit-image's sample offsets {@code round(−R·sin(2πi/P), 5)}, {@code round(R·cos(2πi/P), 5)}. */
    static void offsets(double radius, int p, double[] dr, double[] dc) {
        final double r = (float) radius;
        for (int i = 0; i < p; i++) {
            double angle = 2 * Math.PI * i / p;
            dr[i] = round5(-r * StrictMath.sin(angle));
            dc[i] = round5(r * StrictMath.cos(angle));
        }
    }

    private static double round5(double x) {
        return Math.rint(x * 100000.0) / 100000.0;
    }

    /** {@code local_binary_pattern} of one 2-D slice (row-major {@code rows × cols}) into {@code out}. */
    static void lbp(double[] image, int rows, int cols, double[] dr, double[] dc, Lbp2DMethod method, double[] out,
            double[] texture, int[] bits) {
        final int p = dr.length;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                final double centre = image[r * cols + c];
                for (int i = 0; i < p; i++) {
                    texture[i] = bilinear(image, rows, cols, r + dr[i], c + dc[i]);
                }
                for (int i = 0; i < p; i++) {
                    bits[i] = texture[i] - centre >= 0 ? 1 : 0;
                }
                out[r * cols + c] = code(method, texture, bits, p);
            }
        }
    }

    private static double code(Lbp2DMethod method, double[] texture, int[] bits, int p) {
        switch (method) {
            case VAR -> {
                double sum = 0.0;
                double sq = 0.0;
                for (int i = 0; i < p; i++) {
                    double t = texture[i];
                    sum += t;
                    sq += t * t;
                }
                double var = (sq - (sum * sum) / p) / p;
                return var != 0 ? var : Double.NaN;
            }
            case UNIFORM, NRI_UNIFORM -> {
                int changes = 0;
                for (int i = 0; i < p - 1; i++) {
                    changes += bits[i] != bits[i + 1] ? 1 : 0;
                }
                if (method == Lbp2DMethod.UNIFORM) {
                    if (changes > 2) {
                        return p + 1;
                    }
                    int ones = 0;
                    for (int i = 0; i < p; i++) {
                        ones += bits[i];
                    }
                    return ones;
                }
                if (changes > 2) {
                    return p * (p - 1) + 2;
                }
                int ones = 0;
                int firstOne = -1;
                int firstZero = -1;
                for (int i = 0; i < p; i++) {
                    if (bits[i] != 0) {
                        ones++;
                        if (firstOne == -1) {
                            firstOne = i;
                        }
                    } else if (firstZero == -1) {
                        firstZero = i;
                    }
                }
                if (ones == 0) {
                    return 0;
                }
                if (ones == p) {
                    return p * (p - 1) + 1;
                }
                int rot = firstOne == 0 ? ones - firstZero : p - firstOne;
                return 1 + (ones - 1) * p + rot;
            }
            default -> {
                int code = 0;
                for (int i = 0; i < p; i++) {
                    code += bits[i] << i;
                }
                if (method == Lbp2DMethod.ROR) {
                    int min = code;
                    int v = code;
                    for (int i = 1; i < p; i++) {
                        v = (v >> 1) | ((v & 1) << (p - 1));
                        min = Math.min(min, v);
                    }
                    return min;
                }
                return code;
            }
        }
    }

    /** scikit-image's bilinear interpolation with mode 'C' (value 0 outside). */
    private static double bilinear(double[] image, int rows, int cols, double r, double c) {
        final double fr = Math.floor(r);
        final double fc = Math.floor(c);
        final long minr = (long) fr;
        final long minc = (long) fc;
        final long maxr = (long) Math.ceil(r);
        final long maxc = (long) Math.ceil(c);
        final double dr = r - minr;
        final double dc = c - minc;
        final double topLeft = pixel(image, rows, cols, minr, minc);
        final double topRight = pixel(image, rows, cols, minr, maxc);
        final double bottomLeft = pixel(image, rows, cols, maxr, minc);
        final double bottomRight = pixel(image, rows, cols, maxr, maxc);
        final double top = (1 - dc) * topLeft + dc * topRight;
        final double bottom = (1 - dc) * bottomLeft + dc * bottomRight;
        return (1 - dr) * top + dr * bottom;
    }

    private static double pixel(double[] image, int rows, int cols, long r, long c) {
        if (r < 0 || r >= rows || c < 0 || c >= cols) {
            return 0.0;
        }
        return image[(int) r * cols + (int) c];
    }
}
