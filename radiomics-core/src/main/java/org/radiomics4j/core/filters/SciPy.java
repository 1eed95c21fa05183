package org.radiomics4j.core.filters;

import org.radiomics4j.core.image.PixelType;

/**
 * The numerical routines of numpy 1.24 / scipy 1.10 that PyRadiomics' {@code getLBP3DImage} calls, restated from
 * their published algorithms with the same operation order: numpy's pairwise summation, the associated Legendre
 * function of scipy's {@code lpmv} (Zhang and Jin, "Computation of Special Functions", 1996, routine LPMV with
 * DLMF 14.3.4 and the degree recurrence DLMF 14.10.3), scipy's {@code poch}, {@code sph_harm}, the cubic B-spline
 * interpolation weights of {@code scipy.ndimage} and its conversion of an interpolated value to an integer dtype.
 */
final class SciPy {
    private SciPy() {
    }

    /** numpy's {@code pairwise_sum} of {@code a[off], ..., a[off+n-1]} (8 accumulators, blocks of 128). */
    static double pairwiseSum(double[] a, int off, int n) {
        if (n < 8) {
            double res = 0.0;
            for (int i = 0; i < n; i++) {
                res += a[off + i];
            }
            return res;
        }
        if (n <= 128) {
            double r0 = a[off];
            double r1 = a[off + 1];
            double r2 = a[off + 2];
            double r3 = a[off + 3];
            double r4 = a[off + 4];
            double r5 = a[off + 5];
            double r6 = a[off + 6];
            double r7 = a[off + 7];
            int i;
            for (i = 8; i < n - (n % 8); i += 8) {
                r0 += a[off + i];
                r1 += a[off + i + 1];
                r2 += a[off + i + 2];
                r3 += a[off + i + 3];
                r4 += a[off + i + 4];
                r5 += a[off + i + 5];
                r6 += a[off + i + 6];
                r7 += a[off + i + 7];
            }
            double res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++) {
                res += a[off + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwiseSum(a, off, n2) + pairwiseSum(a, off + n2, n - n2);
    }

    /** numpy's complex pairwise sum of {@code n} complex values stored (re, im) interleaved from {@code off}. */
    static void complexPairwiseSum(double[] a, int off, int n, double[] out) {
        int m = 2 * n;
        if (m < 8) {
            double rr = 0.0;
            double ri = 0.0;
            for (int i = 0; i < m; i += 2) {
                rr += a[off + i];
                ri += a[off + i + 1];
            }
            out[0] = rr;
            out[1] = ri;
            return;
        }
        if (m <= 128) {
            double[] r = new double[8];
            System.arraycopy(a, off, r, 0, 8);
            int i;
            for (i = 8; i < m - (m % 8); i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] += a[off + i + j];
                }
            }
            double rr = (r[0] + r[2]) + (r[4] + r[6]);
            double ri = (r[1] + r[3]) + (r[5] + r[7]);
            for (; i < m; i += 2) {
                rr += a[off + i];
                ri += a[off + i + 1];
            }
            out[0] = rr;
            out[1] = ri;
            return;
        }
        int n2 = m / 2;
        n2 -= n2 % 8;
        double[] lo = new double[2];
        double[] hi = new double[2];
        complexPairwiseSum(a, off, n2 / 2, lo);
        complexPairwiseSum(a, off + n2, (m - n2) / 2, hi);
        out[0] = lo[0] + hi[0];
        out[1] = lo[1] + hi[1];
    }

    /** scipy's {@code poch(a, m)} = Γ(a+m)/Γ(a) for the integer {@code m} sph_harm needs. */
    static double poch(double a, double m) {
        double r = 1.0;
        while (m >= 1.0) {
            if (a + m == 1) {
                break;
            }
            m -= 1.0;
            r *= (a + m);
            if (Double.isInfinite(r) || Double.isNaN(r) || r == 0) {
                break;
            }
        }
        while (m <= -1.0) {
            if (a + m == 0) {
                break;
            }
            r /= (a + m);
            m += 1.0;
            if (Double.isInfinite(r) || Double.isNaN(r) || r == 0) {
                break;
            }
        }
        if (m == 0) {
            return r;
        }
        throw new IllegalArgumentException("poch(" + a + ", " + m + ") with a non-integer step is not supported");
    }

    /** LPMV0 of Zhang and Jin for an integer degree {@code v ≥ 0} and order {@code m ≥ 0}: P_v^m(x), Condon-Shortley phase. */
    static double lpmv0(int nv, int m, double x) {
        double v = nv;
        double c0 = 1.0;
        if (m != 0) {
            double rg = v * (v + m);
            for (int j = 1; j <= m - 1; j++) {
                rg = rg * (v * v - j * j);
            }
            double xq = Math.sqrt(1.0 - x * x);
            double r0 = 1.0;
            for (int j = 1; j <= m; j++) {
                r0 = .5 * r0 * xq / j;
            }
            c0 = r0 * rg;
        }
        double pmv = 1.0;
        double r = 1.0;
        for (int k = 1; k <= nv - m; k++) {
            r = 0.5 * r * ((-nv + m + k) - 1.0) * (nv + m + k) / (k * (k + m)) * (1.0 + x);
            pmv = pmv + r;
        }
        return ((nv % 2 == 0) ? 1 : -1) * c0 * pmv;
    }

    /** scipy's {@code lpmv(m, v, x)} for integers {@code v ≥ 0}, {@code m ≥ 0} (up-recursion in degree above 2). */
    static double lpmv(int m, int nv, double x) {
        if (nv > 2 && nv > m) {
            double p0 = lpmv0(m, m, x);
            double p1 = lpmv0(m + 1, m, x);
            double pmv = p1;
            for (int j = m + 2; j <= nv; j++) {
                pmv = ((2 * j - 1 + 0.0) * x * p1 - (j - 1 + m + 0.0) * p0) / (j - m + 0.0);
                p0 = p1;
                p1 = pmv;
            }
            return pmv;
        }
        return lpmv0(nv, m, x);
    }

    /**
     * scipy 1.10's {@code sph_harm(m, n, theta, phi)} = √((2n+1)/(4π)·(n−m)!/(n+m)!)·P_n^m(cos φ)·e^{imθ}
     * (θ azimuth, φ polar in scipy's naming), as {@code {re, im}}.
     */
    static double[] sphHarm(int m, int n, double theta, double phi) {
        double x = Math.cos(phi);
        int mp = Math.abs(m);
        double val = lpmv(mp, n, x);
        if (m < 0) {
            double prefactor = ((mp % 2 == 0) ? 1 : -1) * poch(n + mp + 1, -2 * mp);
            val *= prefactor;
        }
        val *= Math.sqrt((2 * n + 1) / 4.0 / Math.PI);
        val *= Math.sqrt(poch(n + m + 1, -2 * m));
        double mt = m * theta;
        return new double[] {val * Math.cos(mt), val * Math.sin(mt)};
    }

    /** scipy.ndimage's cubic B-spline weights at {@code x} for the 4 knots from {@code floor(x) − 1}. */
    static void cubicWeights(double x, double[] w) {
        x -= Math.floor(x);
        double y = x;
        double z = 1.0 - x;
        w[1] = (y * y * (y - 2.0) * 3.0 + 4.0) / 6.0;
        w[2] = (z * z * (z - 2.0) * 3.0 + 4.0) / 6.0;
        w[0] = z * z * z / 6.0;
        w[3] = 1.0;
        for (int i = 0; i < 3; i++) {
            w[3] -= w[i];
        }
    }

    /** scipy.ndimage's storage of an interpolated value {@code t} in an array of {@code type}. */
    static double store(double t, PixelType type) {
        switch (type) {
            case FLOAT64 -> {
                return t;
            }
            case FLOAT32 -> {
                return (float) t;
            }
            case UINT8, UINT16, UINT32, UINT64 -> {
                t = t > 0 ? t + 0.5 : 0;
                t = Math.min(t, type.max());
                return Math.floor(Math.max(t, 0));
            }
            default -> {
                t = t > 0 ? t + 0.5 : t - 0.5;
                t = Math.min(t, type.max());
                t = Math.max(t, type.min());
                return t < 0 ? Math.ceil(t) : Math.floor(t);
            }
        }
    }
}
