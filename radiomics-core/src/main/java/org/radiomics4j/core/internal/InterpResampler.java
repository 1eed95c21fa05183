package org.radiomics4j.core.internal;

import org.radiomics4j.core.extract.Interpolator;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * The kernels behind {@code Resampler}: ITK's {@code ResampleImageFilter} with the identity transform, default
 * pixel value 0 and the three interpolators PyRadiomics offers, reproduced step by step.
 *
 * <ul>
 *   <li><b>Inside test</b> ({@code ImageFunction::IsInsideBuffer} for continuous indices): a point is sampled only
 *       if every continuous index {@code c} satisfies {@code −0.5 ≤ c < n − 0.5}; otherwise the output voxel gets
 *       0.</li>
 *   <li><b>Nearest neighbour</b> ({@code NearestNeighborInterpolateImageFunction}): index {@code ⌊c + 0.5⌋}
 *       (ITK rounds halves up).</li>
 *   <li><b>Linear</b> ({@code LinearInterpolateImageFunction}, 3-D optimised path): base index {@code ⌊c⌋} clamped
 *       to 0, distance {@code d = c − base}; an axis with {@code d ≤ 0} or with {@code base + 1} outside the image
 *       takes the base voxel only; otherwise values are blended x, then y, then z as {@code a + (b − a)·d}.</li>
 *   <li><b>Cubic B-spline</b> ({@code BSplineInterpolateImageFunction}, order 3): coefficients from
 *       {@link BSplineCoefficients}; support {@code ⌊(float) c⌋ − 1 … +2} per axis (ITK floors the index after a
 *       cast to float); weights {@code w₃ = w³/6, w₀ = 1/6 + w(w−1)/2 − w₃, w₂ = w + w₀ − 2w₃,
 *       w₁ = 1 − w₀ − w₂ − w₃} with {@code w = c − (⌊c⌋)}; mirror boundaries ({@code −i}, {@code 2(n−1) − i});
 *       sum over the 4×4×4 points, x fastest, each weight the product {@code wx·wy·wz}.</li>
 * </ul>
 */
public final class InterpResampler {
    private InterpResampler() {
    }

    /**
     * Samples {@code image} on {@code grid}; returns the interpolated values (double, before the cast to a pixel
     * type), 0 for points outside the image.
     */
    public static double[] sample(Volume image, Geometry grid, Interpolator interpolator, int threads) {
        return switch (interpolator) {
            case NEAREST_NEIGHBOR -> sampleNearest(image, grid, threads);
            case LINEAR -> sampleLinear(image, grid, threads);
            case BSPLINE -> sampleBSpline(image, grid, threads);
        };
    }

    /** Nearest-neighbour labels of {@code mask} on {@code grid} (0 outside). */
    public static int[] sampleLabels(Mask mask, Geometry grid, int threads) {
        Geometry in = mask.geometry();
        InterpIndexMap map = new InterpIndexMap(in, grid);
        int nx = grid.nx();
        int ny = grid.ny();
        int nz = grid.nz();
        int inx = in.nx();
        int iny = in.ny();
        int inz = in.nz();
        int[] out = new int[grid.voxelCount()];
        InterpParallel.forRange(ny * nz, threads, (from, to) -> {
            double[] cx = new double[nx];
            double[] cy = new double[nx];
            double[] cz = new double[nx];
            for (int row = from; row < to; row++) {
                int j = row % ny;
                int k = row / ny;
                map.row(j, k, cx, cy, cz);
                int o = row * nx;
                for (int i = 0; i < nx; i++) {
                    if (inside(cx[i], inx) && inside(cy[i], iny) && inside(cz[i], inz)) {
                        out[o + i] = mask.label(nearest(cx[i]) + inx * (nearest(cy[i]) + iny * nearest(cz[i])));
                    }
                }
            }
        });
        return out;
    }

    /** ITK's continuous-index inside test, {@code −0.5 ≤ c < n − 0.5} (false for NaN). */
    static boolean inside(double c, int n) {
        return c >= -0.5 && c < n - 0.5;
    }

    /** ITK's {@code RoundHalfIntegerUp}. */
    static int nearest(double c) {
        return (int) Math.floor(c + 0.5);
    }

    private static double[] sampleNearest(Volume image, Geometry grid, int threads) {
        Geometry in = image.geometry();
        InterpIndexMap map = new InterpIndexMap(in, grid);
        int nx = grid.nx();
        int ny = grid.ny();
        int nz = grid.nz();
        int inx = in.nx();
        int iny = in.ny();
        int inz = in.nz();
        double[] out = new double[grid.voxelCount()];
        InterpParallel.forRange(ny * nz, threads, (from, to) -> {
            double[] cx = new double[nx];
            double[] cy = new double[nx];
            double[] cz = new double[nx];
            for (int row = from; row < to; row++) {
                map.row(row % ny, row / ny, cx, cy, cz);
                int o = row * nx;
                for (int i = 0; i < nx; i++) {
                    if (inside(cx[i], inx) && inside(cy[i], iny) && inside(cz[i], inz)) {
                        out[o + i] = image.get(nearest(cx[i]) + inx * (nearest(cy[i]) + iny * nearest(cz[i])));
                    }
                }
            }
        });
        return out;
    }

    private static double[] sampleLinear(Volume image, Geometry grid, int threads) {
        Geometry in = image.geometry();
        InterpIndexMap map = new InterpIndexMap(in, grid);
        int nx = grid.nx();
        int ny = grid.ny();
        int nz = grid.nz();
        int inx = in.nx();
        int iny = in.ny();
        int inz = in.nz();
        double[] out = new double[grid.voxelCount()];
        InterpParallel.forRange(ny * nz, threads, (from, to) -> {
            double[] cx = new double[nx];
            double[] cy = new double[nx];
            double[] cz = new double[nx];
            for (int row = from; row < to; row++) {
                map.row(row % ny, row / ny, cx, cy, cz);
                int o = row * nx;
                for (int i = 0; i < nx; i++) {
                    if (inside(cx[i], inx) && inside(cy[i], iny) && inside(cz[i], inz)) {
                        out[o + i] = linear(image, inx, iny, inz, cx[i], cy[i], cz[i]);
                    }
                }
            }
        });
        return out;
    }

    /** ITK's trilinear interpolation at a continuous index known to be inside the buffer. */
    static double linear(Volume image, int nx, int ny, int nz, double x, double y, double z) {
        int bx = Math.max(0, (int) Math.floor(x));
        int by = Math.max(0, (int) Math.floor(y));
        int bz = Math.max(0, (int) Math.floor(z));
        double dx = x - bx;
        double dy = y - by;
        double dz = z - bz;
        int hx = dx > 0 && bx + 1 <= nx - 1 ? bx + 1 : bx;
        int hy = dy > 0 && by + 1 <= ny - 1 ? by + 1 : by;
        int hz = dz > 0 && bz + 1 <= nz - 1 ? bz + 1 : bz;
        int plane = nx * ny;
        int y0 = nx * by;
        int y1 = nx * hy;
        int z0 = plane * bz;
        int z1 = plane * hz;
        double v000 = image.get(bx + y0 + z0);
        double v100 = image.get(hx + y0 + z0);
        double v010 = image.get(bx + y1 + z0);
        double v110 = image.get(hx + y1 + z0);
        double v001 = image.get(bx + y0 + z1);
        double v101 = image.get(hx + y0 + z1);
        double v011 = image.get(bx + y1 + z1);
        double v111 = image.get(hx + y1 + z1);
        double x00 = v000 + (v100 - v000) * dx;
        double x10 = v010 + (v110 - v010) * dx;
        double xy0 = x00 + (x10 - x00) * dy;
        double x01 = v001 + (v101 - v001) * dx;
        double x11 = v011 + (v111 - v011) * dx;
        double xy1 = x01 + (x11 - x01) * dy;
        return xy0 + (xy1 - xy0) * dz;
    }

    private static double[] sampleBSpline(Volume image, Geometry grid, int threads) {
        Geometry in = image.geometry();
        InterpIndexMap map = new InterpIndexMap(in, grid);
        final int nx = grid.nx();
        final int ny = grid.ny();
        final int nz = grid.nz();
        final int[] n = {in.nx(), in.ny(), in.nz()};
        // 1. the input box the evaluation touches (inside points only, after mirroring)
        int[] lo = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        int[] hi = {Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        double[] cx = new double[nx];
        double[] cy = new double[nx];
        double[] cz = new double[nx];
        for (int row = 0; row < ny * nz; row++) {
            map.row(row % ny, row / ny, cx, cy, cz);
            for (int i = 0; i < nx; i++) {
                if (inside(cx[i], n[0]) && inside(cy[i], n[1]) && inside(cz[i], n[2])) {
                    support(cx[i], n[0], lo, hi, 0);
                    support(cy[i], n[1], lo, hi, 1);
                    support(cz[i], n[2], lo, hi, 2);
                }
            }
        }
        double[] out = new double[grid.voxelCount()];
        if (lo[0] == Integer.MAX_VALUE) {
            return out; // every output point lies outside the image
        }
        // 2. exact whole-image coefficients of that box
        final double[] coef = BSplineCoefficients.region(image, lo[0], hi[0], lo[1], hi[1], lo[2], hi[2], threads);
        final int rx = hi[0] - lo[0] + 1;
        final int rxy = rx * (hi[1] - lo[1] + 1);
        final int ox = lo[0];
        final int oy = lo[1];
        final int oz = lo[2];
        // 3. evaluation
        InterpParallel.forRange(ny * nz, threads, (from, to) -> {
            double[] ax = new double[nx];
            double[] ay = new double[nx];
            double[] az = new double[nx];
            double[] wx = new double[4];
            double[] wy = new double[4];
            double[] wz = new double[4];
            int[] ix = new int[4];
            int[] iy = new int[4];
            int[] iz = new int[4];
            for (int row = from; row < to; row++) {
                map.row(row % ny, row / ny, ax, ay, az);
                int o = row * nx;
                for (int i = 0; i < nx; i++) {
                    double x = ax[i];
                    double y = ay[i];
                    double z = az[i];
                    if (!(inside(x, n[0]) && inside(y, n[1]) && inside(z, n[2]))) {
                        continue;
                    }
                    axis(x, n[0], wx, ix, ox, 1);
                    axis(y, n[1], wy, iy, oy, rx);
                    axis(z, n[2], wz, iz, oz, rxy);
                    double v = 0.0;
                    for (int c = 0; c < 4; c++) {
                        for (int b = 0; b < 4; b++) {
                            int yz = iy[b] + iz[c];
                            double wyz0 = wy[b];
                            for (int a = 0; a < 4; a++) {
                                double w = wx[a] * wyz0 * wz[c];
                                v += w * coef[ix[a] + yz];
                            }
                        }
                    }
                    out[o + i] = v;
                }
            }
        });
        return out;
    }

    /** First support index of the cubic B-spline at {@code c}: {@code ⌊(float) c⌋ − 1}, as ITK computes it. */
    static int supportStart(double c) {
        return (int) Math.floor((float) c) - 1;
    }

    /** ITK's mirror boundary for a support index (input size {@code n}). */
    static int mirror(int idx, int n) {
        if (n == 1) {
            return 0;
        }
        int m = idx;
        if (m < 0) {
            m = -m;
        }
        if (m >= n - 1) {
            m = (n - 1) - (m - (n - 1));
        }
        return m;
    }

    private static void support(double c, int n, int[] lo, int[] hi, int a) {
        int s = supportStart(c);
        for (int k = 0; k < 4; k++) {
            int m = mirror(s + k, n);
            if (m < lo[a]) {
                lo[a] = m;
            }
            if (m > hi[a]) {
                hi[a] = m;
            }
        }
    }

    /**
     * Cubic B-spline weights and (region-relative, pre-multiplied by {@code stride}) coefficient offsets along one
     * axis.
     */
    static void axis(double c, int n, double[] w, int[] idx, int regionStart, int stride) {
        int s = supportStart(c);
        double t = c - (double) (s + 1);
        double w3 = (1.0 / 6.0) * t * t * t;
        double w0 = (1.0 / 6.0) + 0.5 * t * (t - 1.0) - w3;
        double w2 = t + w0 - 2.0 * w3;
        double w1 = 1.0 - w0 - w2 - w3;
        w[0] = w0;
        w[1] = w1;
        w[2] = w2;
        w[3] = w3;
        for (int k = 0; k < 4; k++) {
            idx[k] = (mirror(s + k, n) - regionStart) * stride;
        }
    }
}
