package org.radiomics4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The Jacobi solver recovers eigenvalues chosen up front: A = Q·diag(λ)·Qᵀ with a random orthogonal Q (product of
 * random plane rotations). Tolerance 1e-12 · max|λ| (backward-stable method, a few ulps per rotation).
 */
class SymmetricEigenTest {

    @Test
    void recoversChosenEigenvaluesOfRandomRotations() {
        long seed = Long.getLong("radiomics.seed", 20261127L);
        System.out.println("recoversChosenEigenvaluesOfRandomRotations seed " + seed);
        Random rnd = new Random(seed);
        for (int c = 0; c < 2000; c++) {
            int n = 2 + rnd.nextInt(2);
            double[] lambda = new double[n];
            for (int i = 0; i < n; i++) {
                // include repeated and zero eigenvalues
                lambda[i] = switch (rnd.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> i > 0 ? lambda[i - 1] : 1;
                    default -> rnd.nextDouble() * Math.pow(10, rnd.nextInt(6) - 2);
                };
            }
            double[][] q = identity(n);
            for (int r = 0; r < 6; r++) {
                int p = rnd.nextInt(n);
                int s = (p + 1 + rnd.nextInt(n - 1)) % n;
                double t = rnd.nextDouble() * 2 * Math.PI;
                for (double[] row : q) {
                    double a = row[p];
                    double b = row[s];
                    row[p] = Math.cos(t) * a - Math.sin(t) * b;
                    row[s] = Math.sin(t) * a + Math.cos(t) * b;
                }
            }
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    for (int k = 0; k < n; k++) {
                        a[i][j] += q[i][k] * lambda[k] * q[j][k];
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    a[i][j] = a[j][i];
                }
            }
            double[] expected = lambda.clone();
            Arrays.sort(expected);
            double scale = Math.max(1e-300, Arrays.stream(lambda).map(Math::abs).max().orElse(0));
            assertArrayEquals(expected, SymmetricEigen.eigenvalues(a), 1e-12 * scale, "seed " + seed + " case " + c);
        }
    }

    @Test
    void diagonalAndZeroMatrices() {
        assertArrayEquals(new double[] {-1, 2, 3}, SymmetricEigen.eigenvalues(
                new double[][] {{3, 0, 0}, {0, -1, 0}, {0, 0, 2}}), 0);
        assertArrayEquals(new double[3], SymmetricEigen.eigenvalues(new double[3][3]), 0);
        // [[2,1],[1,2]] has eigenvalues 1 and 3 (by hand: (2-λ)² = 1)
        assertArrayEquals(new double[] {1, 3}, SymmetricEigen.eigenvalues(new double[][] {{2, 1}, {1, 2}}), 1e-15);
    }

    @Test
    void rejectsNonSquareAndNonFinite() {
        assertThrows(IllegalArgumentException.class, () -> SymmetricEigen.eigenvalues(new double[][] {{1, 2}}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SymmetricEigen.eigenvalues(new double[][] {{1, Double.NaN}, {0, 1}}));
        assertEquals(true, e.getMessage().contains("(0, 1)"), e.getMessage());
    }

    private static double[][] identity(int n) {
        double[][] q = new double[n][n];
        for (int i = 0; i < n; i++) {
            q[i][i] = 1;
        }
        return q;
    }
}
