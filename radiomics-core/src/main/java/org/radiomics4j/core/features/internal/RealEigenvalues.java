package org.radiomics4j.core.features.internal;

import org.radiomics4j.core.RadiomicsException;

/**
 * Eigenvalues of a general (non-symmetric) real square matrix, as LAPACK's {@code dgeev} (numpy's
 * {@code linalg.eigvals}) computes them: balancing, Householder reduction to upper Hessenberg form, then the
 * implicitly double-shifted (Francis) QR iteration. Real eigenvalues come out with an imaginary part of exactly 0;
 * complex ones in conjugate pairs. Algorithm as described in Golub &amp; Van Loan, <i>Matrix Computations</i>
 * (4th ed.), §7.4–7.5, and Parlett &amp; Reinsch (1969) for the balancing.
 *
 * <p>Meant for the small matrices of texture features (n &lt; a few hundred); O(n³) time, no allocation besides the
 * output arrays passed in.
 */
public final class RealEigenvalues {
    private static final double EPS = Math.ulp(1.0);
    private static final int MAX_ITERATIONS_PER_EIGENVALUE = 60;

    private RealEigenvalues() {
    }

    /**
     * Computes the eigenvalues of the {@code n×n} row-major matrix {@code a}, which is overwritten.
     *
     * @param a the matrix, row-major, destroyed
     * @param n its order
     * @param re receives the real parts (length ≥ n)
     * @param im receives the imaginary parts (length ≥ n)
     * @throws RadiomicsException if the QR iteration does not converge (not seen for finite input)
     */
    public static void compute(double[] a, int n, double[] re, double[] im) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("matrix must be finite but contained " + v);
            }
        }
        balance(a, n);
        toHessenberg(a, n);
        hessenbergQr(a, n, re, im);
    }

    /** Diagonal similarity scaling by powers of 2 so that row and column norms are comparable. */
    private static void balance(double[] a, int n) {
        final double radix = 2.0;
        final double radix2 = radix * radix;
        boolean done = false;
        while (!done) {
            done = true;
            for (int i = 0; i < n; i++) {
                double r = 0;
                double c = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        c += Math.abs(a[j * n + i]);
                        r += Math.abs(a[i * n + j]);
                    }
                }
                if (c != 0 && r != 0) {
                    double g = r / radix;
                    double f = 1;
                    double s = c + r;
                    while (c < g) {
                        f *= radix;
                        c *= radix2;
                    }
                    g = r * radix;
                    while (c > g) {
                        f /= radix;
                        c /= radix2;
                    }
                    if ((c + r) / f < 0.95 * s) {
                        done = false;
                        double ginv = 1 / f;
                        for (int j = 0; j < n; j++) {
                            a[i * n + j] *= ginv;
                        }
                        for (int j = 0; j < n; j++) {
                            a[j * n + i] *= f;
                        }
                    }
                }
            }
        }
    }

    /** Householder similarity reduction to upper Hessenberg form. */
    private static void toHessenberg(double[] a, int n) {
        double[] v = new double[n];
        for (int k = 0; k < n - 2; k++) {
            double scale = 0;
            for (int i = k + 1; i < n; i++) {
                scale += Math.abs(a[i * n + k]);
            }
            if (scale == 0) {
                continue;
            }
            double h = 0;
            for (int i = k + 1; i < n; i++) {
                v[i] = a[i * n + k] / scale;
                h += v[i] * v[i];
            }
            double g = v[k + 1] > 0 ? -Math.sqrt(h) : Math.sqrt(h);
            h -= v[k + 1] * g;
            v[k + 1] -= g;
            // H = I - v v^T / h ; apply from the left: rows k+1..n-1, columns k..n-1
            for (int j = k; j < n; j++) {
                double f = 0;
                for (int i = k + 1; i < n; i++) {
                    f += v[i] * a[i * n + j];
                }
                f /= h;
                for (int i = k + 1; i < n; i++) {
                    a[i * n + j] -= f * v[i];
                }
            }
            // from the right: all rows, columns k+1..n-1
            for (int i = 0; i < n; i++) {
                double f = 0;
                for (int j = k + 1; j < n; j++) {
                    f += v[j] * a[i * n + j];
                }
                f /= h;
                for (int j = k + 1; j < n; j++) {
                    a[i * n + j] -= f * v[j];
                }
            }
            a[(k + 1) * n + k] = scale * g;
            for (int i = k + 2; i < n; i++) {
                a[i * n + k] = 0;
            }
        }
    }

    /** Francis double-shift QR on an upper Hessenberg matrix; eigenvalues only. */
    private static void hessenbergQr(double[] a, int n, double[] re, double[] im) {
        double anorm = 0;
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(i - 1, 0); j < n; j++) {
                anorm += Math.abs(a[i * n + j]);
            }
        }
        int nn = n - 1;
        double t = 0;
        double p = 0;
        double q = 0;
        double r = 0;
        double s;
        double w;
        double x;
        double y;
        double z;
        while (nn >= 0) {
            int its = 0;
            int l;
            do {
                for (l = nn; l >= 1; l--) {
                    s = Math.abs(a[(l - 1) * n + l - 1]) + Math.abs(a[l * n + l]);
                    if (s == 0) {
                        s = anorm;
                    }
                    if (Math.abs(a[l * n + l - 1]) <= EPS * s) {
                        a[l * n + l - 1] = 0;
                        break;
                    }
                }
                x = a[nn * n + nn];
                if (l == nn) {
                    re[nn] = x + t;
                    im[nn] = 0;
                    nn--;
                } else {
                    y = a[(nn - 1) * n + nn - 1];
                    w = a[nn * n + nn - 1] * a[(nn - 1) * n + nn];
                    if (l == nn - 1) {
                        p = 0.5 * (y - x);
                        q = p * p + w;
                        z = Math.sqrt(Math.abs(q));
                        x += t;
                        if (q >= 0) {
                            z = p + Math.copySign(z, p);
                            re[nn - 1] = x + z;
                            re[nn] = z != 0 ? x - w / z : x + z;
                            im[nn - 1] = 0;
                            im[nn] = 0;
                        } else {
                            re[nn - 1] = x + p;
                            re[nn] = x + p;
                            im[nn - 1] = -z;
                            im[nn] = z;
                        }
                        nn -= 2;
                    } else {
                        if (its == MAX_ITERATIONS_PER_EIGENVALUE) {
                            throw new RadiomicsException("eigenvalue QR iteration did not converge for a "
                                    + n + "x" + n + " matrix");
                        }
                        if (its == 10 || its == 20 || its == 40) {
                            // exceptional shift
                            t += x;
                            for (int i = 0; i <= nn; i++) {
                                a[i * n + i] -= x;
                            }
                            s = Math.abs(a[nn * n + nn - 1]) + Math.abs(a[(nn - 1) * n + nn - 2]);
                            x = 0.75 * s;
                            y = x;
                            w = -0.4375 * s * s;
                        }
                        its++;
                        int m;
                        for (m = nn - 2; m >= l; m--) {
                            z = a[m * n + m];
                            r = x - z;
                            s = y - z;
                            p = (r * s - w) / a[(m + 1) * n + m] + a[m * n + m + 1];
                            q = a[(m + 1) * n + m + 1] - z - r - s;
                            r = a[(m + 2) * n + m + 1];
                            s = Math.abs(p) + Math.abs(q) + Math.abs(r);
                            p /= s;
                            q /= s;
                            r /= s;
                            if (m == l) {
                                break;
                            }
                            double u = Math.abs(a[m * n + m - 1]) * (Math.abs(q) + Math.abs(r));
                            double v = Math.abs(p) * (Math.abs(a[(m - 1) * n + m - 1]) + Math.abs(z)
                                    + Math.abs(a[(m + 1) * n + m + 1]));
                            if (u <= EPS * v) {
                                break;
                            }
                        }
                        for (int i = m + 2; i <= nn; i++) {
                            a[i * n + i - 2] = 0;
                            if (i != m + 2) {
                                a[i * n + i - 3] = 0;
                            }
                        }
                        for (int k = m; k <= nn - 1; k++) {
                            if (k != m) {
                                p = a[k * n + k - 1];
                                q = a[(k + 1) * n + k - 1];
                                r = 0;
                                if (k != nn - 1) {
                                    r = a[(k + 2) * n + k - 1];
                                }
                                x = Math.abs(p) + Math.abs(q) + Math.abs(r);
                                if (x != 0) {
                                    p /= x;
                                    q /= x;
                                    r /= x;
                                }
                            }
                            s = Math.copySign(Math.sqrt(p * p + q * q + r * r), p);
                            if (s != 0) {
                                if (k == m) {
                                    if (l != m) {
                                        a[k * n + k - 1] = -a[k * n + k - 1];
                                    }
                                } else {
                                    a[k * n + k - 1] = -s * x;
                                }
                                p += s;
                                x = p / s;
                                y = q / s;
                                z = r / s;
                                q /= p;
                                r /= p;
                                for (int j = k; j <= nn; j++) {
                                    p = a[k * n + j] + q * a[(k + 1) * n + j];
                                    if (k != nn - 1) {
                                        p += r * a[(k + 2) * n + j];
                                        a[(k + 2) * n + j] -= p * z;
                                    }
                                    a[(k + 1) * n + j] -= p * y;
                                    a[k * n + j] -= p * x;
                                }
                                int mmin = Math.min(nn, k + 3);
                                for (int i = l; i <= mmin; i++) {
                                    p = x * a[i * n + k] + y * a[i * n + k + 1];
                                    if (k != nn - 1) {
                                        p += z * a[i * n + k + 2];
                                        a[i * n + k + 2] -= p * r;
                                    }
                                    a[i * n + k + 1] -= p * q;
                                    a[i * n + k] -= p;
                                }
                            }
                        }
                    }
                }
            } while (l < nn - 1);
        }
    }
}
