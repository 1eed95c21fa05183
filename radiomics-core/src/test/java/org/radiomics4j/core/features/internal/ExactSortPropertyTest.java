package org.radiomics4j.core.features.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property test (prints its seed): {@link ExactSort#sortedCopy} equal bit for bit to the reference
 * {@code clone()} + {@link Arrays#sort(double[])} on random arrays: whole numbers in narrow and wide ranges (odd and
 * even lengths, around the counting-sort threshold), fractions, {@code −0.0}, NaN and infinities.
 */
class ExactSortPropertyTest {

    static LongStream seeds() {
        return LongStream.range(9000, 9200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void equalsArraysSort(long seed) {
        System.out.println("ExactSortPropertyTest seed " + seed);
        Random r = new Random(seed);
        int n = new int[] {1, 2, 63, 64, 65, 100, 1001, 5000}[r.nextInt(8)];
        double base = new double[] {0, -1024, 3000, 1e15, -7}[r.nextInt(5)];
        int spread = new int[] {0, 1, 50, 70000, 1 << 26}[r.nextInt(5)];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = base + (spread == 0 ? 0 : r.nextInt(spread));
        }
        int specials = r.nextInt(4);
        for (int s = 0; s < specials && r.nextInt(3) == 0; s++) {
            x[r.nextInt(n)] = new double[] {-0.0, 0.5, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY}[r.nextInt(5)];
        }
        double[] ref = x.clone();
        Arrays.sort(ref);
        double[] copy = x.clone();
        double[] got = ExactSort.sortedCopy(x);
        assertEquals(ref.length, got.length);
        for (int i = 0; i < n; i++) {
            assertEquals(Double.doubleToRawLongBits(ref[i]), Double.doubleToRawLongBits(got[i]), "index " + i);
        }
        assertEquals(Arrays.toString(copy), Arrays.toString(x), "input not modified");
    }
}
