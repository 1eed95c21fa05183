package org.radiomics4j.core.features.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * General eigenvalues against matrices whose eigenvalues are known in closed form, and (random matrices) the
 * identities Σλ = trace(A), Σλ² = trace(A²), Σ Im λ = 0. Tolerance 1e-12 relative to the matrix norm: the QR
 * algorithm is backward stable, so errors of a few ulps times the norm are expected for these well-conditioned
 * cases.
 */
class RealEigenvaluesTest {

    private static double[][] eig(double[] a, int n) {
        double[] re = new double[n];
        double[] im = new double[n];
        RealEigenvalues.compute(a.clone(), n, re, im);
        return new double[][] {re, im};
    }

    private static double[] sortedReal(double[][] e) {
        for (double v : e[1]) {
            assertEquals(0.0, v, "imaginary part of a real eigenvalue must be exactly 0");
        }
        double[] r = e[0].clone();
        Arrays.sort(r);
        return r;
    }

    @Test
    void upperTriangularGivesItsDiagonal() {
        double[] a = {3, 1, 4, 1, 0, -5, 9, 2, 0, 0, 6, 5, 0, 0, 0, 0.5};
        assertArrayEquals(new double[] {-5, 0.5, 3, 6}, sortedReal(eig(a, 4)), 1e-12);
    }

    @Test
    void companionMatrixGivesPolynomialRoots() {
        // (x-1)(x-2)(x-3)(x-4) = x^4 - 10x^3 + 35x^2 - 50x + 24
        double[] a = {10, -35, 50, -24, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0};
        assertArrayEquals(new double[] {1, 2, 3, 4}, sortedReal(eig(a, 4)), 1e-11);
    }

    @Test
    void rotationHasConjugatePair() {
        double[][] e = eig(new double[] {0, -1, 1, 0}, 2);
        assertArrayEquals(new double[] {0, 0}, e[0], 1e-15);
        double[] im = e[1].clone();
        Arrays.sort(im);
        assertArrayEquals(new double[] {-1, 1}, im, 1e-15);
    }

    @Test
    void similarityTransformOfDiagonal() {
        // S = L·U with unit diagonals (S⁻¹ integer); A = S·diag(7,-3,2,1)·S⁻¹ has eigenvalues 7,-3,2,1
        double[][] l = {{1, 0, 0, 0}, {2, 1, 0, 0}, {1, 1, 1, 0}, {-1, 3, 2, 1}};
        double[][] u = {{1, 1, 2, -1}, {0, 1, 1, 2}, {0, 0, 1, 1}, {0, 0, 0, 1}};
        double[][] s = mul(l, u);
        double[][] sInv = mul(invUnitUpper(u), invUnitLower(l));
        double[][] d = {{7, 0, 0, 0}, {0, -3, 0, 0}, {0, 0, 2, 0}, {0, 0, 0, 1}};
        double[][] a = mul(mul(s, d), sInv);
        double[] flat = new double[16];
        for (int i = 0; i < 4; i++) {
            System.arraycopy(a[i], 0, flat, i * 4, 4);
        }
        assertArrayEquals(new double[] {-3, 1, 2, 7}, sortedReal(eig(flat, 4)), 1e-9);
    }

    static LongStream seeds() {
        return LongStream.range(0, 30);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void traceIdentitiesOnRandomMatrices(long seed) {
        System.out.println("RealEigenvaluesTest seed " + seed);
        Random r = new Random(seed);
        int n = 1 + r.nextInt(40);
        double[] a = new double[n * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = r.nextGaussian();
        }
        double[][] e = eig(a, n);
        double tr = 0;
        double tr2 = 0;
        double norm = 0;
        for (int i = 0; i < n; i++) {
            tr += a[i * n + i];
            for (int k = 0; k < n; k++) {
                tr2 += a[i * n + k] * a[k * n + i];
                norm += a[i * n + k] * a[i * n + k];
            }
        }
        double sr = 0;
        double si = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            sr += e[0][i];
            si += e[1][i];
            s2 += e[0][i] * e[0][i] - e[1][i] * e[1][i];
        }
        assertEquals(tr, sr, 1e-11 * Math.max(1, norm));
        assertEquals(0, si, 1e-11 * Math.max(1, norm));
        assertEquals(tr2, s2, 1e-10 * Math.max(1, norm));
    }

    @Test
    void rejectsNonFinite() {
        assertThrows(IllegalArgumentException.class, () -> eig(new double[] {1, Double.NaN, 0, 1}, 2));
    }

    private static double[][] mul(double[][] x, double[][] y) {
        int n = x.length;
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    z[i][j] += x[i][k] * y[k][j];
                }
            }
        }
        return z;
    }

    private static double[][] invUnitLower(double[][] l) {
        int n = l.length;
        double[][] inv = new double[n][n];
        for (int c = 0; c < n; c++) {
            for (int i = 0; i < n; i++) {
                double s = i == c ? 1 : 0;
                for (int k = 0; k < i; k++) {
                    s -= l[i][k] * inv[k][c];
                }
                inv[i][c] = s;
            }
        }
        return inv;
    }

    private static double[][] invUnitUpper(double[][] u) {
        int n = u.length;
        double[][] inv = new double[n][n];
        for (int c = 0; c < n; c++) {
            for (int i = n - 1; i >= 0; i--) {
                double s = i == c ? 1 : 0;
                for (int k = i + 1; k < n; k++) {
                    s -= u[i][k] * inv[k][c];
                }
                inv[i][c] = s;
            }
        }
        return inv;
    }
}
