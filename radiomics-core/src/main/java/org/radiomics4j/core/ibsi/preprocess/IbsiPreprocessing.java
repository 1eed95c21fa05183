package org.radiomics4j.core.ibsi.preprocess;

import java.util.Objects;

import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.core.internal.BSplineCoefficients;

/**
 * IBSI image processing (IBSI reference manual, chapter 2): interpolation to a new grid (VTM2) aligned on the grid
 * centres (3WE3), intensity rounding (68QD), ROI interpolation with a partial-volume threshold (E8H9), and
 * re-segmentation of the intensity mask (IF9H) by range (USB3) and outliers (7ACA). Immutable settings; {@link
 * #apply} returns the processed image, the morphological mask and the intensity mask.
 *
 * <p><b>Grid.</b> Per interpolated axis with n<sub>a</sub> voxels of spacing s<sub>a</sub> and new spacing
 * s<sub>b</sub>: {@code n_b = ⌈n_a s_a / s_b⌉}, and new voxel j sits at old (continuous) index
 * {@code x_b + j s_b/s_a} with {@code x_b = ½ (n_a − 1 − (s_b/s_a)(n_b − 1))}, so that both grids have the same centre.
 * With {@link Resampling#IN_PLANE} (IBSI "2D" configurations) only x and y are interpolated. Positions beyond the
 * input are clamped to its border (the nearest boundary voxel), as the manual prescribes for extrapolation.
 *
 * <p><b>Order</b>, as the manual: interpolate the image ({@link ImageInterpolation}), round it to the nearest integer
 * if asked (ties to even), interpolate the 0/1 ROI mask with the (bi/tri)linear interpolator and keep voxels with
 * value ≥ the partial-volume threshold: this is the morphological mask, never re-segmented. The intensity mask is the
 * morphological mask minus the voxels outside the re-segmentation range: {@code [rangeMin, rangeMax]} (inclusive;
 * infinite bounds for none) intersected, when {@code outlierSigma > 0}, with {@code [μ − kσ, μ + kσ]}, μ and σ (the
 * population standard deviation) taken over the intensities in the morphological mask before any re-segmentation,
 * i.e. the intersection of the two ranges.
 *
 * @param resampling              none, in-plane (2-D) or volumetric (3-D)
 * @param spacingX                new spacing along x (mm); ignored for {@link Resampling#NONE}
 * @param spacingY                new spacing along y (mm)
 * @param spacingZ                new spacing along z (mm); used only by {@link Resampling#VOLUME}
 * @param imageInterpolation      interpolator of the image
 * @param roundIntensities        round interpolated intensities to the nearest integer (IBSI CT configurations)
 * @param partialVolumeThreshold  threshold on the interpolated ROI mask, in (0, 1]
 * @param rangeMin                lower re-segmentation bound (inclusive), {@code -∞} for none
 * @param rangeMax                upper re-segmentation bound (inclusive), {@code +∞} for none
 * @param outlierSigma            k of the outlier range μ ± kσ; 0 for none
 */
public record IbsiPreprocessing(Resampling resampling, double spacingX, double spacingY, double spacingZ,
        ImageInterpolation imageInterpolation, boolean roundIntensities, double partialVolumeThreshold,
        double rangeMin, double rangeMax, double outlierSigma) {

    /** Which axes are interpolated. */
    public enum Resampling {
        /** No interpolation. */
        NONE,
        /** x and y only (IBSI "2D" configurations A and B). */
        IN_PLANE,
        /** x, y and z. */
        VOLUME
    }

    /** Image interpolators of the IBSI configurations. */
    public enum ImageInterpolation {
        /** (Bi/tri)linear. */
        LINEAR,
        /**
         * Cubic B-spline (IBSI "tricubic spline"): coefficients by the exact recursive prefilter (Unser 1999) with
         * mirror boundaries, then the cubic B-spline kernel; an interpolating spline (it can overshoot the input
         * range).
         */
        CUBIC_SPLINE
    }

    public IbsiPreprocessing {
        Objects.requireNonNull(resampling, "resampling");
        Objects.requireNonNull(imageInterpolation, "imageInterpolation");
        if (resampling != Resampling.NONE) {
            requirePositive("spacingX", spacingX);
            requirePositive("spacingY", spacingY);
            if (resampling == Resampling.VOLUME) {
                requirePositive("spacingZ", spacingZ);
            }
        }
        if (!(partialVolumeThreshold > 0 && partialVolumeThreshold <= 1)) {
            throw new IllegalArgumentException("partialVolumeThreshold must be in (0, 1] but was "
                    + partialVolumeThreshold);
        }
        if (Double.isNaN(rangeMin) || Double.isNaN(rangeMax) || rangeMin > rangeMax) {
            throw new IllegalArgumentException("re-segmentation range must satisfy rangeMin <= rangeMax but was ["
                    + rangeMin + ", " + rangeMax + "]");
        }
        if (!(outlierSigma >= 0) || Double.isInfinite(outlierSigma)) {
            throw new IllegalArgumentException("outlierSigma must be finite and >= 0 (0 = no outlier filtering) but was "
                    + outlierSigma);
        }
    }

    private static void requirePositive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and > 0 but was " + v);
        }
    }

    /** No processing at all (the IBSI digital phantom): both masks equal the input ROI. */
    public static IbsiPreprocessing withDefaults() {
        return new IbsiPreprocessing(Resampling.NONE, 0, 0, 0, ImageInterpolation.LINEAR, false, 0.5,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0);
    }

    /** A copy that interpolates in-plane to {@code sx × sy} mm. */
    public IbsiPreprocessing withInPlaneSpacing(double sx, double sy) {
        return new IbsiPreprocessing(Resampling.IN_PLANE, sx, sy, 0, imageInterpolation, roundIntensities,
                partialVolumeThreshold, rangeMin, rangeMax, outlierSigma);
    }

    /** A copy that interpolates in 3-D to {@code sx × sy × sz} mm. */
    public IbsiPreprocessing withVolumeSpacing(double sx, double sy, double sz) {
        return new IbsiPreprocessing(Resampling.VOLUME, sx, sy, sz, imageInterpolation, roundIntensities,
                partialVolumeThreshold, rangeMin, rangeMax, outlierSigma);
    }

    /** A copy with another image interpolator. */
    public IbsiPreprocessing withImageInterpolation(ImageInterpolation i) {
        return new IbsiPreprocessing(resampling, spacingX, spacingY, spacingZ, i, roundIntensities,
                partialVolumeThreshold, rangeMin, rangeMax, outlierSigma);
    }

    /** A copy that rounds (or not) interpolated intensities. */
    public IbsiPreprocessing withRoundIntensities(boolean round) {
        return new IbsiPreprocessing(resampling, spacingX, spacingY, spacingZ, imageInterpolation, round,
                partialVolumeThreshold, rangeMin, rangeMax, outlierSigma);
    }

    /** A copy with another partial-volume threshold. */
    public IbsiPreprocessing withPartialVolumeThreshold(double t) {
        return new IbsiPreprocessing(resampling, spacingX, spacingY, spacingZ, imageInterpolation, roundIntensities,
                t, rangeMin, rangeMax, outlierSigma);
    }

    /** A copy with the re-segmentation range {@code [min, max]}. */
    public IbsiPreprocessing withRange(double min, double max) {
        return new IbsiPreprocessing(resampling, spacingX, spacingY, spacingZ, imageInterpolation, roundIntensities,
                partialVolumeThreshold, min, max, outlierSigma);
    }

    /** A copy with outlier re-segmentation μ ± kσ ({@code k = 0}: none). */
    public IbsiPreprocessing withOutlierSigma(double k) {
        return new IbsiPreprocessing(resampling, spacingX, spacingY, spacingZ, imageInterpolation, roundIntensities,
                partialVolumeThreshold, rangeMin, rangeMax, k);
    }

    /**
     * The settings of an IBSI CT-phantom configuration (IBSI manual, "Reference data sets"): A (no interpolation,
     * range [−500, 400]), B (bilinear in-plane to 2×2 mm, rounding, range [−500, 400]), C (trilinear to 2 mm
     * isotropic, rounding, range [−1000, 400]), D (trilinear, rounding, outliers 3σ), E (tricubic spline, rounding,
     * range [−1000, 400] and outliers 3σ); ROI partial-volume threshold 0.5 throughout.
     *
     * @param configuration one of {@code A B C D E}
     * @throws IllegalArgumentException for another letter
     */
    public static IbsiPreprocessing ctConfiguration(char configuration) {
        IbsiPreprocessing d = withDefaults();
        return switch (configuration) {
            case 'A' -> d.withRange(-500, 400);
            case 'B' -> d.withInPlaneSpacing(2, 2).withRoundIntensities(true).withRange(-500, 400);
            case 'C' -> d.withVolumeSpacing(2, 2, 2).withRoundIntensities(true).withRange(-1000, 400);
            case 'D' -> d.withVolumeSpacing(2, 2, 2).withRoundIntensities(true).withOutlierSigma(3);
            case 'E' -> d.withVolumeSpacing(2, 2, 2).withImageInterpolation(ImageInterpolation.CUBIC_SPLINE)
                    .withRoundIntensities(true).withRange(-1000, 400).withOutlierSigma(3);
            default -> throw new IllegalArgumentException("IBSI CT configuration must be one of A, B, C, D, E but was '"
                    + configuration + "'");
        };
    }

    /**
     * The processed image with its two masks.
     *
     * @param image             the (interpolated, rounded) image, FLOAT64
     * @param morphologicalMask the interpolated ROI (binary), used by morphology and GLDZM
     * @param intensityMask     the morphological mask after re-segmentation (binary), used by intensity families
     */
    public record Result(Volume image, Mask morphologicalMask, Mask intensityMask) {
    }

    /**
     * Runs the processing.
     *
     * @param image the input image
     * @param roi   the ROI (non-zero = inside), on the image grid
     * @throws IllegalArgumentException if the grids differ or the ROI is empty after interpolation
     */
    public Result apply(Volume image, Mask roi) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(roi, "roi");
        Geometry g = image.geometry();
        roi.geometry().requireSameGrid(g, 1e-6, "ROI mask vs image");
        int n = g.voxelCount();
        double[] values;
        boolean[] morph;
        Geometry out;
        if (resampling == Resampling.NONE) {
            values = image.toDoubleArray();
            if (roundIntensities) {
                for (int i = 0; i < n; i++) {
                    values[i] = Math.rint(values[i]);
                }
            }
            morph = new boolean[n];
            for (int i = 0; i < n; i++) {
                morph[i] = roi.label(i) != 0;
            }
            out = g;
        } else {
            Axis ax = axis(g.nx(), g.spacing(0), spacingX);
            Axis ay = axis(g.ny(), g.spacing(1), spacingY);
            Axis az = resampling == Resampling.VOLUME ? axis(g.nz(), g.spacing(2), spacingZ)
                    : new Axis(g.nz(), g.spacing(2), 0, 1);
            out = Geometry.of(new int[] {ax.n, ay.n, az.n}, new double[] {ax.spacing, ay.spacing, az.spacing},
                    g.indexToPhysical(ax.start, ay.start, az.start), g.direction());
            double[] source;
            int taps;
            if (imageInterpolation == ImageInterpolation.CUBIC_SPLINE) {
                source = BSplineCoefficients.region(image, 0, g.nx() - 1, 0, g.ny() - 1, 0, g.nz() - 1, 1);
                taps = 4;
            } else {
                source = image.toDoubleArray();
                taps = 2;
            }
            values = sample(source, g, ax, ay, az, taps);
            if (roundIntensities) {
                for (int i = 0; i < values.length; i++) {
                    values[i] = Math.rint(values[i]);
                }
            }
            double[] m = new double[n];
            for (int i = 0; i < n; i++) {
                m[i] = roi.label(i) != 0 ? 1 : 0;
            }
            double[] mi = sample(m, g, ax, ay, az, 2);
            morph = new boolean[mi.length];
            for (int i = 0; i < mi.length; i++) {
                // guard against 0.4999999999 from rounding of weights that sum to 1
                morph[i] = mi[i] >= partialVolumeThreshold - 1e-12;
            }
        }
        boolean[] inten = resegment(values, morph);
        int nm = 0;
        for (boolean b : morph) {
            nm += b ? 1 : 0;
        }
        if (nm == 0) {
            throw new IllegalArgumentException("the ROI is empty after interpolation to " + out.nx() + "x" + out.ny()
                    + "x" + out.nz() + " with partial-volume threshold " + partialVolumeThreshold);
        }
        return new Result(Volume.wrap(values, out), Mask.of(morph, out), Mask.of(inten, out));
    }

    private boolean[] resegment(double[] values, boolean[] morph) {
        double lo = rangeMin;
        double hi = rangeMax;
        if (outlierSigma > 0) {
            long cnt = 0;
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                if (morph[i]) {
                    cnt++;
                    sum += values[i];
                }
            }
            double mu = sum / cnt;
            double ss = 0;
            for (int i = 0; i < values.length; i++) {
                if (morph[i]) {
                    ss += (values[i] - mu) * (values[i] - mu);
                }
            }
            double sd = Math.sqrt(ss / cnt);
            lo = Math.max(lo, mu - outlierSigma * sd);
            hi = Math.min(hi, mu + outlierSigma * sd);
        }
        boolean[] out = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = morph[i] && values[i] >= lo && values[i] <= hi;
        }
        return out;
    }

    /** One axis of the new grid: size, spacing, old continuous index of voxel 0, step in old index units. */
    private record Axis(int n, double spacing, double start, double step) {
    }

    private static Axis axis(int na, double sa, double sb) {
        double extent = na * sa / sb;
        int nb = (int) Math.ceil(extent - 1e-9 * Math.max(1, extent));
        double step = sb / sa;
        double start = 0.5 * (na - 1 - step * (nb - 1));
        return new Axis(nb, sb, start, step);
    }

    /**
     * Separable interpolation of {@code src} (grid g, x fastest) at the new grid: 2 taps per axis for linear, 4 for
     * the cubic B-spline (src then holds spline coefficients). Coordinates are clamped to [0, n − 1].
     */
    private static double[] sample(double[] src, Geometry g, Axis ax, Axis ay, Axis az, int taps) {
        int[][] ix = new int[ax.n][];
        double[][] wx = new double[ax.n][];
        int[][] iy = new int[ay.n][];
        double[][] wy = new double[ay.n][];
        int[][] iz = new int[az.n][];
        double[][] wz = new double[az.n][];
        weights(ax, g.nx(), taps, ix, wx);
        weights(ay, g.ny(), taps, iy, wy);
        weights(az, g.nz(), taps, iz, wz);
        int nx = g.nx();
        int plane = nx * g.ny();
        double[] out = new double[ax.n * ay.n * az.n];
        int o = 0;
        for (int z = 0; z < az.n; z++) {
            for (int y = 0; y < ay.n; y++) {
                for (int x = 0; x < ax.n; x++) {
                    double v = 0;
                    for (int c = 0; c < taps; c++) {
                        double w3 = wz[z][c];
                        if (w3 == 0) {
                            continue;
                        }
                        int bz = iz[z][c] * plane;
                        for (int b = 0; b < taps; b++) {
                            double w2 = wy[y][b];
                            if (w2 == 0) {
                                continue;
                            }
                            int by = bz + iy[y][b] * nx;
                            double row = 0;
                            for (int a = 0; a < taps; a++) {
                                row += wx[x][a] * src[by + ix[x][a]];
                            }
                            v += w3 * w2 * row;
                        }
                    }
                    out[o++] = v;
                }
            }
        }
        return out;
    }

    private static void weights(Axis ax, int na, int taps, int[][] idx, double[][] w) {
        for (int j = 0; j < ax.n; j++) {
            double c = Math.min(Math.max(ax.start + j * ax.step, 0), na - 1);
            idx[j] = new int[taps];
            w[j] = new double[taps];
            if (taps == 2) {
                int i0 = (int) Math.floor(c);
                int i1 = Math.min(i0 + 1, na - 1);
                double f = c - i0;
                idx[j][0] = i0;
                idx[j][1] = i1;
                w[j][0] = 1 - f;
                w[j][1] = i1 == i0 ? 0 : f;
                if (i1 == i0) {
                    w[j][0] = 1;
                }
            } else {
                int i0 = (int) Math.floor(c) - 1;
                for (int k = 0; k < 4; k++) {
                    int i = i0 + k;
                    idx[j][k] = mirror(i, na);
                    w[j][k] = cubicBSpline(c - i);
                }
            }
        }
    }

    private static int mirror(int i, int n) {
        if (n == 1) {
            return 0;
        }
        int p = 2 * (n - 1);
        i = Math.floorMod(i, p);
        return i < n ? i : p - i;
    }

    /** The centred cubic B-spline β³(t). */
    static double cubicBSpline(double t) {
        double a = Math.abs(t);
        if (a < 1) {
            return 2.0 / 3.0 - a * a + 0.5 * a * a * a;
        }
        if (a < 2) {
            double b = 2 - a;
            return b * b * b / 6;
        }
        return 0;
    }
}
