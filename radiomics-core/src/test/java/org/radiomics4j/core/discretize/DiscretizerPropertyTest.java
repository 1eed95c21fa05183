package org.radiomics4j.core.discretize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * Seeded property test (prints its seed): the table-driven discretisation against {@link DiscretizerReference}
 * (a binary search of the edges per voxel) on random volumes: int16 and int32 images (the table path), whole and
 * fractional doubles (mixed paths), negative values, values at bin edges, wide ranges (no table), flat regions,
 * one-voxel ROIs, holes; fixed bin width and fixed bin count.
 */
class DiscretizerPropertyTest {

    static LongStream seeds() {
        return LongStream.range(7000, 7150);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void equalsReference(long seed) {
        System.out.println("DiscretizerPropertyTest seed " + seed);
        Random r = new Random(seed);
        int nx = 1 + r.nextInt(9);
        int ny = 1 + r.nextInt(9);
        int nz = 1 + r.nextInt(9);
        int n = nx * ny * nz;
        Geometry g = Geometry.of(nx, ny, nz, 0.5 + r.nextDouble(), 1, 2);
        int kind = r.nextInt(5);
        double base = new double[] {0, -1000, 1000, -3.5, 40000}[r.nextInt(5)];
        int spread = new int[] {0, 1, 30, 400, 5000, 200000}[r.nextInt(6)];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = base + (spread == 0 ? 0 : r.nextInt(spread + 1));
            if (kind == 3 && r.nextInt(3) == 0) {
                d[i] += r.nextDouble();
            }
        }
        Volume image = switch (kind) {
            case 0 -> {
                short[] s = new short[n];
                for (int i = 0; i < n; i++) {
                    s[i] = (short) d[i];
                }
                yield Volume.of(s, g);
            }
            case 1 -> {
                int[] s = new int[n];
                for (int i = 0; i < n; i++) {
                    s[i] = (int) d[i];
                }
                yield Volume.of(s, g);
            }
            default -> Volume.of(d, g);
        };
        int[] labels = new int[n];
        double holes = new double[] {0.0, 0.3, 0.9}[r.nextInt(3)];
        for (int i = 0; i < n; i++) {
            labels[i] = r.nextDouble() < holes ? 0 : 1 + r.nextInt(2);
        }
        labels[r.nextInt(n)] = 1;
        Mask roi = Mask.of(labels, g);
        Binning binning = r.nextBoolean()
                ? new Binning.FixedBinWidth(new double[] {25, 1, 0.5, 7.3, 100}[r.nextInt(5)])
                : new Binning.FixedBinCount(1 + r.nextInt(64));
        Discretizer.Discretized ref;
        try {
            ref = DiscretizerReference.discretize(binning, image, roi);
        } catch (RuntimeException e) {
            // too many bins for the range: the optimised code must refuse the same way
            RuntimeException got = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                    () -> Discretizer.of(binning).discretize(image, roi));
            assertEquals(e.getMessage(), got.getMessage());
            return;
        }
        Discretizer.Discretized got = Discretizer.of(binning).discretize(image, roi);
        assertArrayEquals(ref.levels().levels(), got.levels().levels());
        assertEquals(ref.ng(), got.ng());
        assertArrayEquals(ref.edges(), got.edges());
        assertArrayEquals(ref.histogram(), got.histogram());
        assertArrayEquals(ref.levels().spacing(), got.levels().spacing());
    }
}
