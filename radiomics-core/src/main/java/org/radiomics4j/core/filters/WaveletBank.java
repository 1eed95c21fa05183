package org.radiomics4j.core.filters;

import java.util.List;

/**
 * The orthogonal wavelet filter banks the {@link WaveletFilter} supports, built from the closed-form scaling
 * coefficients published with each wavelet, in PyWavelets' conventions ({@code pywt.Wavelet(name).dec_lo} and
 * {@code dec_hi}).
 *
 * <p>With \(h_0 \dots h_{F-1}\) the scaling (reconstruction low-pass) filter, normalised so that
 * \(\sum_k h_k = \sqrt2\): \(\mathrm{dec\_lo}[k] = h_{F-1-k}\) and \(\mathrm{dec\_hi}[k] = (-1)^{k+1} h_k\).
 *
 * <ul>
 *   <li>{@code haar}, {@code db1}: \(h = (1, 1)/\sqrt2\) (Haar 1910).</li>
 *   <li>{@code db2} (and {@code sym2}, the same wavelet): \(h = (1+\sqrt3, 3+\sqrt3, 3-\sqrt3, 1-\sqrt3)/(4\sqrt2)\)
 *       (Daubechies, Comm. Pure Appl. Math. 41 (1988) 909-996, Table 1).</li>
 *   <li>{@code db3} (and {@code sym3}): with \(a = \sqrt{10}\), \(b = \sqrt{5 + 2\sqrt{10}}\),
 *       \(h = (1+a+b,\ 5+a+3b,\ 10-2a+2b,\ 10-2a-2b,\ 5+a-3b,\ 1+a-b)/(16\sqrt2)\) (Daubechies 1988).</li>
 *   <li>{@code db4} to {@code db10}: Daubechies' construction (Ten Lectures on Wavelets, SIAM 1992, section 6.1):
 *       \(H(z) = \sqrt2\,((1+z^{-1})/2)^N \prod_k (1 - z_k z^{-1}) / \prod_k (1 - z_k)\), where the \(z_k\) are
 *       the roots inside the unit circle of \(z^2 - (2 - 4y_k) z + 1\) for each root \(y_k\) of
 *       \(P_N(y) = \sum_{j=0}^{N-1} \binom{N-1+j}{j} y^j\) (the minimum-phase factor, as the published tables
 *       list them); the roots are found numerically (Durand-Kerner, then Newton polishing).</li>
 *   <li>{@code coif1}: \(h = (1-\sqrt7,\ 5+\sqrt7,\ 14+2\sqrt7,\ 14-2\sqrt7,\ 1-\sqrt7,\ -3+\sqrt7)/(16\sqrt2)\)
 *       (the 6-tap coiflet, Daubechies, SIAM J. Math. Anal. 24 (1993) 499-519).</li>
 * </ul>
 * These equal PyWavelets 1.1.1's tables to 1 ulp for haar, db1 to db3 and coif1, and to 1e-14 for db4 to db10;
 * PyWavelets stores sym2 and sym3 with fewer digits (they differ from the exact values by up to 4e-12).
 *
 * @param name    the PyWavelets name
 * @param decLo   the decomposition low-pass filter
 * @param decHi   the decomposition high-pass filter
 */
record WaveletBank(String name, double[] decLo, double[] decHi) {

    /** The supported names, in the order the error message lists them. */
    static final List<String> SUPPORTED = List.of("coif1", "haar", "db1", "db2", "db3", "db4", "db5", "db6", "db7",
            "db8", "db9", "db10", "sym2", "sym3");

    /**
     * The bank for a PyWavelets name.
     *
     * @throws IllegalArgumentException naming the setting {@code wavelet}, the value and the supported names
     */
    static WaveletBank of(String name) {
        double s2 = Math.sqrt(2);
        double[] h = switch (name) {
            case "haar", "db1" -> new double[] {1 / s2, 1 / s2};
            case "db2", "sym2" -> {
                double r3 = Math.sqrt(3);
                double d = 4 * s2;
                yield new double[] {(1 + r3) / d, (3 + r3) / d, (3 - r3) / d, (1 - r3) / d};
            }
            case "db3", "sym3" -> {
                double a = Math.sqrt(10);
                double b = Math.sqrt(5 + 2 * a);
                double d = 16 * s2;
                yield new double[] {(1 + a + b) / d, (5 + a + 3 * b) / d, (10 - 2 * a + 2 * b) / d,
                    (10 - 2 * a - 2 * b) / d, (5 + a - 3 * b) / d, (1 + a - b) / d};
            }
            case "coif1" -> {
                double r7 = Math.sqrt(7);
                double d = 16 * s2;
                yield new double[] {(1 - r7) / d, (5 + r7) / d, (14 + 2 * r7) / d, (14 - 2 * r7) / d, (1 - r7) / d,
                    (-3 + r7) / d};
            }
            case "db4", "db5", "db6", "db7", "db8", "db9", "db10" -> daubechies(Integer.parseInt(name.substring(2)));
            default -> throw new IllegalArgumentException("setting 'wavelet': '" + name
                    + "' is not supported; supported: " + SUPPORTED);
        };
        int f = h.length;
        double[] lo = new double[f];
        double[] hi = new double[f];
        for (int k = 0; k < f; k++) {
            lo[k] = h[f - 1 - k];
            hi[k] = (k % 2 == 0 ? -1 : 1) * h[k];
        }
        return new WaveletBank(name, lo, hi);
    }

    /** The Daubechies scaling filter with {@code n} vanishing moments (see the class documentation). */
    static double[] daubechies(int n) {
        // P(y) = sum_j C(n-1+j, j) y^j, made monic, degree n-1
        int deg = n - 1;
        double[] a = new double[n];
        double c = 1;
        for (int j = 0; j < n; j++) {
            a[j] = c;
            c = c * (n + j) / (j + 1);
        }
        double[][] yRoots = roots(a);
        // H(z) as a polynomial in z^-1 with complex coefficients: (1 + z^-1)^n prod (1 - z_k z^-1)
        double[] re = {1};
        double[] im = {0};
        for (int i = 0; i < n; i++) {
            double[][] p = multiply(re, im, 1, 0, 1, 0);
            re = p[0];
            im = p[1];
        }
        for (int k = 0; k < deg; k++) {
            // z^2 - b z + 1 = 0 with b = 2 - 4 y
            double br = 2 - 4 * yRoots[k][0];
            double bi = -4 * yRoots[k][1];
            // disc = b^2 - 4
            double dr = br * br - bi * bi - 4;
            double di = 2 * br * bi;
            double[] sq = csqrt(dr, di);
            double z1r = (br + sq[0]) / 2;
            double z1i = (bi + sq[1]) / 2;
            double z2r = (br - sq[0]) / 2;
            double z2i = (bi - sq[1]) / 2;
            boolean first = Math.hypot(z1r, z1i) < Math.hypot(z2r, z2i);
            double zr = first ? z1r : z2r;
            double zi = first ? z1i : z2i;
            double[][] p = multiply(re, im, 1, 0, -zr, -zi);
            re = p[0];
            im = p[1];
        }
        double sum = 0;
        for (double v : re) {
            sum += v;
        }
        double scale = Math.sqrt(2) / sum;
        double[] h = new double[re.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = re[i] * scale;
        }
        return h;
    }

    /** (re + i im)(x) times (c0 + c1 x), coefficients lowest power first. */
    private static double[][] multiply(double[] re, double[] im, double c0r, double c0i, double c1r, double c1i) {
        int m = re.length;
        double[] or = new double[m + 1];
        double[] oi = new double[m + 1];
        for (int i = 0; i < m; i++) {
            or[i] += re[i] * c0r - im[i] * c0i;
            oi[i] += re[i] * c0i + im[i] * c0r;
            or[i + 1] += re[i] * c1r - im[i] * c1i;
            oi[i + 1] += re[i] * c1i + im[i] * c1r;
        }
        return new double[][] {or, oi};
    }

    private static double[] csqrt(double re, double im) {
        double r = Math.hypot(re, im);
        double sr = Math.sqrt((r + re) / 2);
        double si = Math.copySign(Math.sqrt((r - re) / 2), im);
        return new double[] {sr, si};
    }

    /** The complex roots of the real polynomial sum a[j] y^j (Durand-Kerner, then Newton on the original). */
    private static double[][] roots(double[] a) {
        int deg = a.length - 1;
        double[][] r = new double[deg][2];
        if (deg == 0) {
            return r;
        }
        double lead = a[deg];
        for (int k = 0; k < deg; k++) {
            double ang = 2 * Math.PI * k / deg + 0.4;
            r[k][0] = 0.9 * Math.cos(ang);
            r[k][1] = 0.9 * Math.sin(ang);
        }
        for (int iter = 0; iter < 2000; iter++) {
            double change = 0;
            for (int k = 0; k < deg; k++) {
                double[] p = eval(a, r[k][0], r[k][1]);
                double nr = p[0] / lead;
                double ni = p[1] / lead;
                double dr = 1;
                double di = 0;
                for (int j = 0; j < deg; j++) {
                    if (j != k) {
                        double er = r[k][0] - r[j][0];
                        double ei = r[k][1] - r[j][1];
                        double t = dr * er - di * ei;
                        di = dr * ei + di * er;
                        dr = t;
                    }
                }
                double den = dr * dr + di * di;
                double qr = (nr * dr + ni * di) / den;
                double qi = (ni * dr - nr * di) / den;
                r[k][0] -= qr;
                r[k][1] -= qi;
                change = Math.max(change, Math.hypot(qr, qi));
            }
            if (change < 1e-15) {
                break;
            }
        }
        for (int k = 0; k < deg; k++) {
            for (int iter = 0; iter < 5; iter++) {
                double[] p = eval(a, r[k][0], r[k][1]);
                double[] d = evalDerivative(a, r[k][0], r[k][1]);
                double den = d[0] * d[0] + d[1] * d[1];
                if (den == 0) {
                    break;
                }
                r[k][0] -= (p[0] * d[0] + p[1] * d[1]) / den;
                r[k][1] -= (p[1] * d[0] - p[0] * d[1]) / den;
            }
        }
        return r;
    }

    private static double[] eval(double[] a, double xr, double xi) {
        double pr = 0;
        double pi = 0;
        for (int j = a.length - 1; j >= 0; j--) {
            double t = pr * xr - pi * xi + a[j];
            pi = pr * xi + pi * xr;
            pr = t;
        }
        return new double[] {pr, pi};
    }

    private static double[] evalDerivative(double[] a, double xr, double xi) {
        double pr = 0;
        double pi = 0;
        for (int j = a.length - 1; j >= 1; j--) {
            double t = pr * xr - pi * xi + j * a[j];
            pi = pr * xi + pi * xr;
            pr = t;
        }
        return new double[] {pr, pi};
    }
}
