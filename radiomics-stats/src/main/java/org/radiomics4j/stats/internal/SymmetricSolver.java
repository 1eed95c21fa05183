package org.radiomics4j.stats.internal;

/**
 * Cholesky factorisation of a small symmetric positive-definite matrix (information matrices of logistic and Cox
 * models) with a relative singularity check. Not thread-confined state: each instance holds one factor.
 */
public final class SymmetricSolver {
    private final double[][] l;

    private SymmetricSolver(double[][] l) {
        this.l = l;
    }

    /**
     * Factorises {@code a = L Lᵀ}.
     *
     * @return the solver, or {@code null} if a pivot is not above {@code 1e-13 × max |a_ii|} (numerically
     *         singular or not positive definite)
     */
    public static SymmetricSolver factor(double[][] a) {
        int n = a.length;
        double maxDiag = 0;
        for (int i = 0; i < n; i++) {
            maxDiag = Math.max(maxDiag, Math.abs(a[i][i]));
        }
        double tol = 1e-13 * maxDiag;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= l[j][k] * l[j][k];
            }
            if (!(d > tol)) {
                return null;
            }
            l[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        return new SymmetricSolver(l);
    }

    /** Solves {@code a x = b}. */
    public double[] solve(double[] b) {
        int n = l.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    /** The inverse of {@code a}. */
    public double[][] inverse() {
        int n = l.length;
        double[][] inv = new double[n][n];
        for (int j = 0; j < n; j++) {
            double[] e = new double[n];
            e[j] = 1;
            double[] col = solve(e);
            for (int i = 0; i < n; i++) {
                inv[i][j] = col[i];
            }
        }
        return inv;
    }
}
