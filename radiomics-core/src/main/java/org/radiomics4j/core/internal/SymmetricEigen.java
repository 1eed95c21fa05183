package org.radiomics4j.core.internal;

import java.util.Arrays;

/**
 * Eigenvalues of a small real symmetric matrix by the cyclic Jacobi method (Golub and Van Loan, <i>Matrix
 * Computations</i>, 4th ed., section 8.5): plane rotations annihilate each off-diagonal element in turn until the
 * off-diagonal mass is negligible. Accurate to a few ulps of the largest eigenvalue and unconditionally stable, which
 * is what the shape family needs for 2×2 and 3×3 covariance matrices. Not meant for large matrices (O(n³) per sweep).
 */
public final class SymmetricEigen {

    private static final int MAX_SWEEPS = 100;

    private SymmetricEigen() {
    }

    /**
     * The eigenvalues of the symmetric matrix {@code a}, sorted ascending. Only the upper triangle is read;
     * {@code a} is not modified.
     *
     * @throws IllegalArgumentException if {@code a} is not square or holds a non-finite value
     */
    public static double[] eigenvalues(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            if (a[i].length != n) {
                throw new IllegalArgumentException("matrix must be square but row " + i + " has " + a[i].length
                        + " elements, expected " + n);
            }
            m[i] = a[i].clone();
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(m[i][j])) {
                    throw new IllegalArgumentException("matrix must be finite but element (" + i + ", " + j + ") is "
                            + m[i][j]);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                m[i][j] = m[j][i];
            }
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            double diag = 0;
            for (int i = 0; i < n; i++) {
                diag += m[i][i] * m[i][i];
                for (int j = i + 1; j < n; j++) {
                    off += m[i][j] * m[i][j];
                }
            }
            if (off == 0 || off <= 1e-34 * diag) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(m, p, q);
                }
            }
        }
        double[] ev = new double[n];
        for (int i = 0; i < n; i++) {
            ev[i] = m[i][i];
        }
        Arrays.sort(ev);
        return ev;
    }

    /** Applies the Jacobi rotation that zeroes m[p][q] (symmetric storage, both triangles kept). */
    private static void rotate(double[][] m, int p, int q) {
        double apq = m[p][q];
        double app = m[p][p];
        double aqq = m[q][q];
        if (apq == 0 || (Math.abs(app) + 1e3 * Math.abs(apq) == Math.abs(app)
                && Math.abs(aqq) + 1e3 * Math.abs(apq) == Math.abs(aqq))) {
            m[p][q] = 0;
            m[q][p] = 0;
            return;
        }
        double theta = (aqq - app) / (2 * apq);
        double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        if (theta == 0) {
            t = 1;
        }
        if (Double.isInfinite(theta * theta)) {
            t = 1 / (2 * theta);
        }
        double c = 1 / Math.sqrt(t * t + 1);
        double s = t * c;
        int n = m.length;
        for (int k = 0; k < n; k++) {
            if (k != p && k != q) {
                double akp = m[k][p];
                double akq = m[k][q];
                double nkp = c * akp - s * akq;
                double nkq = s * akp + c * akq;
                m[k][p] = nkp;
                m[p][k] = nkp;
                m[k][q] = nkq;
                m[q][k] = nkq;
            }
        }
        m[p][p] = app - t * apq;
        m[q][q] = aqq + t * apq;
        m[p][q] = 0;
        m[q][p] = 0;
    }
}
