package org.radiomics4j.core.filters;

import org.radiomics4j.core.image.Volume;

/**
 * {@code scipy.ndimage.map_coordinates(image, coords, order=3, mode='constant', cval=0, prefilter=True)} (scipy
 * 1.10) restricted to points inside a box of the image: cubic B-spline coefficients computed as
 * {@code spline_filter} does (along numpy axes 0, 1, 2 = z, y, x in that order; gain {@code (1−z)(1−1/z)}, mirror
 * causal initialisation with the full sum, mirror anticausal initialisation; pole {@code z = √3 − 2}; Unser, Aldroubi
 * and Eden 1991), then the value at a point is {@code Σ c·w_z·w_y·w_x} over the 4×4×4 knots from {@code floor(p) − 1}
 * (knots outside the image mirrored), or 0 when the point lies outside {@code [0, n−1]} on any axis.
 *
 * <p>The coefficients are exactly the whole-image ones: every filtered line is a full image line, and only the part
 * later passes need is kept (z-pass over all (x, y) but only the box's z range, y-pass over full y lines of those,
 * x-pass over full x lines of the box's y and z range), so memory is {@code nx·ny·(box depth)} doubles.
 */
final class SplineSampler {
    private static final double POLE = -0.267949192431122706472553658494127633;

    private final int nx;
    private final int ny;
    private final int nz;
    private final int x0;
    private final int y0;
    private final int z0;
    private final int bx;
    private final int by;
    private final double[] coef;

    /** Coefficients for the box {@code [x0, x1]×[y0, y1]×[z0, z1]} (inclusive, inside the image). */
    SplineSampler(Volume image, int x0, int x1, int y0, int y1, int z0, int z1) {
        this.nx = image.geometry().nx();
        this.ny = image.geometry().ny();
        this.nz = image.geometry().nz();
        this.x0 = x0;
        this.y0 = y0;
        this.z0 = z0;
        this.bx = x1 - x0 + 1;
        this.by = y1 - y0 + 1;
        final int bz = z1 - z0 + 1;
        // pass along z (numpy axis 0) for every (x, y), keeping z0..z1
        final int plane = nx * ny;
        double[] a = new double[plane * bz];
        double[] line = new double[nz];
        for (int p = 0; p < plane; p++) {
            for (int z = 0; z < nz; z++) {
                line[z] = image.get(p + plane * z);
            }
            filter(line, nz);
            for (int z = 0; z < bz; z++) {
                a[p + plane * z] = line[z0 + z];
            }
        }
        // pass along y for every (x, z in box), keeping y0..y1
        double[] b = new double[nx * by * bz];
        line = new double[ny];
        for (int z = 0; z < bz; z++) {
            for (int x = 0; x < nx; x++) {
                for (int y = 0; y < ny; y++) {
                    line[y] = a[x + nx * y + plane * z];
                }
                filter(line, ny);
                for (int y = 0; y < by; y++) {
                    b[x + nx * (y + by * z)] = line[y0 + y];
                }
            }
        }
        // pass along x for every (y, z in box), keeping x0..x1
        coef = new double[bx * by * bz];
        line = new double[nx];
        for (int r = 0; r < by * bz; r++) {
            System.arraycopy(b, nx * r, line, 0, nx);
            filter(line, nx);
            System.arraycopy(line, x0, coef, bx * r, bx);
        }
    }

    /** scipy's {@code apply_filter} for order 3 with mirror initialisation; lines of length 1 are left unchanged. */
    static void filter(double[] c, int n) {
        if (n <= 1) {
            return;
        }
        final double z = POLE;
        final double gain = (1.0 - z) * (1.0 - 1.0 / z);
        for (int i = 0; i < n; i++) {
            c[i] *= gain;
        }
        // causal initialisation (mirror)
        double zi = z;
        final double zn1 = StrictMath.pow(z, n - 1);
        c[0] = c[0] + zn1 * c[n - 1];
        for (int i = 1; i < n - 1; i++) {
            c[0] += zi * (c[i] + zn1 * c[n - 1 - i]);
            zi *= z;
        }
        c[0] /= 1 - zn1 * zn1;
        for (int i = 1; i < n; i++) {
            c[i] += z * c[i - 1];
        }
        // anticausal initialisation (mirror)
        c[n - 1] = (z * c[n - 2] + c[n - 1]) * z / (z * z - 1);
        for (int i = n - 2; i >= 0; i--) {
            c[i] = z * (c[i + 1] - c[i]);
        }
    }

    /**
     * The interpolated value at numpy coordinates {@code (pz, py, px)} (before conversion to the output dtype).
     *
     * @param w work array of 12 doubles
     */
    double sample(double pz, double py, double px, double[] w) {
        if (pz < 0 || pz > nz - 1 || py < 0 || py > ny - 1 || px < 0 || px > nx - 1) {
            return 0.0;
        }
        final int sz = (int) Math.floor(pz) - 1;
        final int sy = (int) Math.floor(py) - 1;
        final int sx = (int) Math.floor(px) - 1;
        SciPy.cubicWeights(pz, w);
        double[] wy = new double[4];
        double[] wx = new double[4];
        SciPy.cubicWeights(py, wy);
        SciPy.cubicWeights(px, wx);
        double t = 0.0;
        for (int i = 0; i < 4; i++) {
            int iz = mirror(sz + i, nz) - z0;
            for (int j = 0; j < 4; j++) {
                int iy = mirror(sy + j, ny) - y0;
                for (int k = 0; k < 4; k++) {
                    int ix = mirror(sx + k, nx) - x0;
                    double coeff = coef[ix + bx * (iy + by * iz)];
                    coeff *= w[i];
                    coeff *= wy[j];
                    coeff *= wx[k];
                    t += coeff;
                }
            }
        }
        return t;
    }

    /** scipy's mirror of a knot index outside {@code [0, len)} (whole-sample symmetric, period 2·len − 2). */
    static int mirror(int idx, int len) {
        if (len <= 1) {
            return 0;
        }
        int s2 = 2 * len - 2;
        if (idx < 0) {
            idx = s2 * (-idx / s2) + idx;
            idx = idx <= 1 - len ? idx + s2 : -idx;
        } else if (idx >= len) {
            idx -= s2 * (idx / s2);
            if (idx >= len) {
                idx = s2 - idx;
            }
        }
        return idx;
    }
}
