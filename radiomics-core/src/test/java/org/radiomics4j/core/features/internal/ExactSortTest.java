package org.radiomics4j.core.features.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ExactSort} must equal {@code clone() + Arrays.sort} bit for bit (compared through raw long bits, so a
 * {@code -0.0}/{@code 0.0} or NaN difference fails). The expected value is the JDK's sort, not our own code.
 */
class ExactSortTest {

    private static void assertSameAsJdk(double[] x, long seed) {
        double[] expected = x.clone();
        Arrays.sort(expected);
        double[] before = x.clone();
        double[] actual = ExactSort.sortedCopy(x);
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
                    "seed " + seed + ", index " + i);
        }
        assertArrayEquals(before, x, "input modified, seed " + seed);
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, 20261127L, 987654321L})
    void integerDataWithManyTiesUsesCountingSortAndMatchesJdk(long seed) {
        System.out.println("ExactSortTest integer seed " + seed);
        Random r = new Random(seed);
        int n = 64 + r.nextInt(50_000);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextInt(400) - 1024; // CT-like HU, heavy ties
        }
        assertNotNull(ExactSort.countingSortOrNull(x), "counting path expected, seed " + seed);
        assertSameAsJdk(x, seed);
    }

    @ParameterizedTest
    @ValueSource(longs = {3L, 77L, 123456L})
    void wideOrFractionalOrSignedZeroDataFallsBackAndMatchesJdk(long seed) {
        System.out.println("ExactSortTest fallback seed " + seed);
        Random r = new Random(seed);
        int n = 100 + r.nextInt(5_000);
        double[] frac = new double[n];
        double[] wide = new double[n];
        double[] zeros = new double[n];
        for (int i = 0; i < n; i++) {
            frac[i] = Math.round(r.nextGaussian() * 8) / 4.0; // quarters: ties, some fractions
            wide[i] = (double) r.nextInt(Integer.MAX_VALUE) * (r.nextBoolean() ? 1 : -1);
            zeros[i] = r.nextInt(3) - 1;
        }
        zeros[r.nextInt(n)] = -0.0;
        assertNull(ExactSort.countingSortOrNull(frac), "seed " + seed);
        assertNull(ExactSort.countingSortOrNull(wide), "seed " + seed);
        assertNull(ExactSort.countingSortOrNull(zeros), "-0.0 must not take the counting path, seed " + seed);
        assertSameAsJdk(frac, seed);
        assertSameAsJdk(wide, seed);
        assertSameAsJdk(zeros, seed);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 63, 64, 65, 1000})
    void shortAndConstantArraysMatchJdk(int n) {
        double[] constant = new double[n];
        Arrays.fill(constant, 7);
        double[] descending = new double[n];
        for (int i = 0; i < n; i++) {
            descending[i] = n - i;
        }
        assertSameAsJdk(constant, n);
        assertSameAsJdk(descending, n);
    }
}
