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
    /** {@code z/(z² − 1)} of the anticausal initialisation. */
    private static final double ANTI = POLE / (POLE * POLE - 1.0);
    /** Rows filtered side by side in the x pass. */
    private static final int BLOCK = 8;

    private BSplineCoefficients() {
    }

    /**
     * Replaces {@code s[0..n)} by its cubic B-spline coefficients (ITK {@code DataToCoefficients1D}); a line of
     * length 1 is left unchanged.
     */
    public static void filterLine(double[] s, int n) {
        filterLines(s, n, 1, 0, 1);
    }

    /**
     * Filters several interleaved lines of length {@code n} in place: line {@code r} (for {@code from ≤ r < to})
     * has its element {@code i} at {@code s[i·stride + r]}. Each line goes through exactly the operations of
     * {@link #filterLine} in the same order (gain, truncated mirror causal initialisation, causal recursion, mirror
     * anticausal initialisation, anticausal recursion), so the result is bit-identical to filtering the lines one by
     * one; processing them side by side only lets the CPU overlap the independent recursions.
     */
    public static void filterLines(double[] s, int n, int stride, int from, int to) {
        if (n == 1) {
            return;
        }
        final double z = POLE;
        if (HORIZON < n) {
            final int h = (int) HORIZON;
            for (int i = 0; i < h; i++) {
                int o = i * stride;
                for (int r = from; r < to; r++) {
                    s[o + r] *= GAIN;
                }
            }
            // causal initialisation (accelerated loop), accumulated in place in s[r]
            double zn = z;
            for (int i = 1; i < h; i++) {
                int o = i * stride;
                for (int r = from; r < to; r++) {
                    s[r] += zn * s[o + r];
                }
                zn *= z;
            }
            for (int i = 1; i < h; i++) {
                int o = i * stride;
                int p = o - stride;
                for (int r = from; r < to; r++) {
                    s[o + r] += z * s[p + r];
                }
            }
            for (int i = h; i < n; i++) {
                int o = i * stride;
                int p = o - stride;
                for (int r = from; r < to; r++) {
                    s[o + r] = s[o + r] * GAIN + z * s[p + r];
                }
            }
        } else {
            for (int i = 0; i < n; i++) {
                int o = i * stride;
                for (int r = from; r < to; r++) {
                    s[o + r] *= GAIN;
                }
            }
            // causal initialisation (full loop)
            final double iz = 1.0 / z;
            final double z2n0 = Math.pow(z, (double) (n - 1));
            final int last = (n - 1) * stride;
            for (int r = from; r < to; r++) {
                double zn = z;
                double z2n = z2n0;
                double sum = s[r] + z2n * s[last + r];
                z2n *= z2n * iz;
                for (int i = 1; i <= n - 2; i++) {
                    sum += (zn + z2n) * s[i * stride + r];
                    zn *= z;
                    z2n *= iz;
                }
                s[r] = sum / (1.0 - zn * zn);
            }
            for (int i = 1; i < n; i++) {
                int o = i * stride;
                int p = o - stride;
                for (int r = from; r < to; r++) {
                    s[o + r] += z * s[p + r];
                }
            }
        }
        // anticausal initialisation (mirror) and recursion
        final int last = (n - 1) * stride;
        final int prev = (n - 2) * stride;
        for (int r = from; r < to; r++) {
            s[last + r] = ANTI * (z * s[prev + r] + s[last + r]);
        }
        for (int i = n - 2; i >= 0; i--) {
            int o = i * stride;
            int q = o + stride;
            for (int r = from; r < to; r++) {
                s[o + r] = z * (s[q + r] - s[o + r]);
            }
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
        final int plane = rx * ry;
        final double[] xy = new double[plane * nz];
        InterpParallel.forRange(nz, threads, (from, to) -> {
            double[] block = new double[nx * BLOCK];
            double[] slice = new double[rx * ny];
            for (int z = from; z < to; z++) {
                int base = nx * ny * z;
                for (int yb = 0; yb < ny; yb += BLOCK) {
                    int k = Math.min(BLOCK, ny - yb);
                    for (int r = 0; r < k; r++) {
                        int off = base + nx * (yb + r);
                        for (int x = 0; x < nx; x++) {
                            block[x * BLOCK + r] = image.get(off + x);
                        }
                    }
                    filterLines(block, nx, BLOCK, 0, k);
                    for (int r = 0; r < k; r++) {
                        int dst = rx * (yb + r);
                        for (int x = 0; x < rx; x++) {
                            slice[dst + x] = block[(x0 + x) * BLOCK + r];
                        }
                    }
                }
                // columns of the slice are interleaved lines along y (element (y, x) at y·rx + x)
                filterLines(slice, ny, rx, 0, rx);
                System.arraycopy(slice, rx * y0, xy, plane * z, plane);
            }
        });
        // pass 3 (z): lines along z are interleaved in xy (element (z, p) at z·plane + p)
        InterpParallel.forRange(plane, threads, (from, to) -> {
            for (int p = from; p < to; p += 1024) {
                filterLines(xy, nz, plane, p, Math.min(to, p + 1024));
            }
        });
        final double[] out = new double[plane * rz];
        System.arraycopy(xy, plane * z0, out, 0, plane * rz);
        return out;
    }
}
