package org.radiomics4j.core.internal;

import org.radiomics4j.core.image.Volume;

/**
 * Cubic B-spline interpolation coefficients of an image, computed as ITK's {@code BSplineDecompositionImageFilter}
 * (spline order 3) computes them: the recursive prefilter of Unser (1999, "Splines: a perfect fit for signal and
 * image processing", Box 2) with the single pole {@code z = √3 − 2}, overall gain {@code (1 − z)(1 − 1/z)}, mirror
 * (whole-sample symmetric) boundary initialisation with ITK's tolerance 1e-10 (a truncated sum of 18 terms when
 * the line is longer than that), run separably along x, then y, then z, in double precision.
 *
 * <p><b>Sub-regions.</b> The filter is recursive (infinite support), so filtering a cropped block with mirror
 * boundaries at the crop changes the coefficients near the crop border (by about {@code z^d} relative at distance
 * {@code d}: 0.27 next to the border, below 1e-14 only after ~25 voxels) and the truncated interpolated values can
 * then differ. {@link #region} therefore returns exactly the whole-image coefficients of a box: every line is
 * filtered over its full length, but only what later passes need is kept (x-pass over all rows, keeping the box's
 * x range; y-pass over full columns of those; z-pass over full z lines of the box's x,y range). The arithmetic per
 * line is the same as ITK's, so results do not depend on the box or on the thread count.
 */
public final class BSplineCoefficients {
    /** The pole of the cubic B-spline prefilter, {@code √3 − 2}. */
    public static final double POLE = Math.sqrt(3.0) - 2.0;
    /** ITK's default tolerance for the causal initialisation. */
    private static final double TOLERANCE = 1e-10;
    private static final long HORIZON = (long) Math.ceil(Math.log(TOLERANCE) / Math.log(Math.abs(POLE)));
    private static final double GAIN = 1.0 * (1.0 - POLE) * (1.0 - 1.0 / POLE);

    private BSplineCoefficients() {
    }

    /**
     * Replaces {@code s[0..n)} by its cubic B-spline coefficients (ITK {@code DataToCoefficients1D}); a line of
     * length 1 is left unchanged.
     */
    public static void filterLine(double[] s, int n) {
        if (n == 1) {
            return;
        }
        final double z = POLE;
        for (int i = 0; i < n; i++) {
            s[i] *= GAIN;
        }
        // causal initialisation, mirror boundaries
        double zn = z;
        if (HORIZON < n) {
            double sum = s[0];
            for (int i = 1; i < HORIZON; i++) {
                sum += zn * s[i];
                zn *= z;
            }
            s[0] = sum;
        } else {
            double iz = 1.0 / z;
            double z2n = Math.pow(z, (double) (n - 1));
            double sum = s[0] + z2n * s[n - 1];
            z2n *= z2n * iz;
            for (int i = 1; i <= n - 2; i++) {
                sum += (zn + z2n) * s[i];
                zn *= z;
                z2n *= iz;
            }
            s[0] = sum / (1.0 - zn * zn);
        }
        for (int i = 1; i < n; i++) {
            s[i] += z * s[i - 1];
        }
        // anticausal initialisation and recursion
        s[n - 1] = (z / (z * z - 1.0)) * (z * s[n - 2] + s[n - 1]);
        for (int i = n - 2; i >= 0; i--) {
            s[i] = z * (s[i + 1] - s[i]);
        }
    }

    /**
     * The whole-image coefficients of {@code image} inside the box {@code [x0, x1]×[y0, y1]×[z0, z1]} (inclusive),
     * as a flat x-fastest array of size {@code (x1−x0+1)(y1−y0+1)(z1−z0+1)}.
     *
     * @param threads worker threads (results are identical for any value)
     */
    public static double[] region(Volume image, int x0, int x1, int y0, int y1, int z0, int z1, int threads) {
        final int nx = image.geometry().nx();
        final int ny = image.geometry().ny();
        final int nz = image.geometry().nz();
        final int rx = x1 - x0 + 1;
        final int ry = y1 - y0 + 1;
        final int rz = z1 - z0 + 1;
        if (x0 < 0 || y0 < 0 || z0 < 0 || x1 >= nx || y1 >= ny || z1 >= nz || rx < 1 || ry < 1 || rz < 1) {
            throw new IllegalArgumentException("coefficient region [" + x0 + ".." + x1 + "]x[" + y0 + ".." + y1 + "]x["
                    + z0 + ".." + z1 + "] is not inside the image of size " + nx + "x" + ny + "x" + nz);
        }
        // pass 1 (x) and 2 (y), slice by slice; keeps x in [x0,x1], y in [y0,y1], every z
        final double[] xy = new double[rx * ry * nz];
        InterpParallel.forRange(nz, threads, (from, to) -> {
            double[] line = new double[Math.max(nx, ny)];
            double[] slice = new double[rx * ny];
            for (int z = from; z < to; z++) {
                int base = nx * ny * z;
                for (int y = 0; y < ny; y++) {
                    int off = base + nx * y;
                    for (int x = 0; x < nx; x++) {
                        line[x] = image.get(off + x);
                    }
                    filterLine(line, nx);
                    System.arraycopy(line, x0, slice, rx * y, rx);
                }
                int dst = rx * ry * z;
                for (int x = 0; x < rx; x++) {
                    for (int y = 0; y < ny; y++) {
                        line[y] = slice[rx * y + x];
                    }
                    filterLine(line, ny);
                    for (int y = 0; y < ry; y++) {
                        xy[dst + rx * y + x] = line[y0 + y];
                    }
                }
            }
        });
        // pass 3 (z) over full z lines of the box's x,y range
        final double[] out = new double[rx * ry * rz];
        final int plane = rx * ry;
        InterpParallel.forRange(plane, threads, (from, to) -> {
            double[] line = new double[nz];
            for (int p = from; p < to; p++) {
                for (int z = 0; z < nz; z++) {
                    line[z] = xy[plane * z + p];
                }
                filterLine(line, nz);
                for (int z = 0; z < rz; z++) {
                    out[plane * z + p] = line[z0 + z];
                }
            }
        });
        return out;
    }
}
