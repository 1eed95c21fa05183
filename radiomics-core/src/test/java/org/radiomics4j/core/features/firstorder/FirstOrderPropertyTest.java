package org.radiomics4j.core.features.firstorder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.core.discretize.Binning;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;

/**
 * Seeded property test (prints its seed): the one-pass sums and moments of {@link FirstOrder} against
 * {@link FirstOrderReference} (one compensated pass per sum), every feature equal bit for bit, on random intensity
 * sets: whole numbers (counting sort) and fractions, one value, flat regions, large offsets, both signs.
 */
class FirstOrderPropertyTest {

    static LongStream seeds() {
        return LongStream.range(8000, 8150);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void equalsReferenceBitForBit(long seed) {
        System.out.println("FirstOrderPropertyTest seed " + seed);
        Random r = new Random(seed);
        int n = new int[] {1, 2, 7, 63, 64, 500, 5000}[r.nextInt(7)];
        double base = new double[] {0, -1024, 3000, 1e9, -0.25}[r.nextInt(5)];
        int spread = new int[] {0, 1, 10, 1000, 100000}[r.nextInt(5)];
        boolean fractions = r.nextInt(3) == 0;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = base + (spread == 0 ? 0 : r.nextInt(spread + 1)) + (fractions ? r.nextGaussian() : 0);
        }
        double width = new double[] {25, 1, 0.1, 1000}[r.nextInt(4)];
        long[] bins = new long[1 + r.nextInt(5)];
        for (int i = 0; i < n; i++) {
            bins[r.nextInt(bins.length)]++;
        }
        ExtractionSettings s = ExtractionSettings.defaults().withBinning(new Binning.FixedBinWidth(width))
                .withVoxelArrayShift(new double[] {0, 1000, -3.5}[r.nextInt(3)]);
        FirstOrderInput in = new FirstOrderInput(x, bins, 0.5 + r.nextDouble());
        FamilyResult<FirstOrderFeature> got = FirstOrder.of(s).compute(in);
        FamilyResult<FirstOrderFeature> ref = FirstOrderReference.of(s).compute(in);
        assertEquals(ref.values().keySet(), got.values().keySet());
        for (FirstOrderFeature f : ref.values().keySet()) {
            assertEquals(Double.doubleToRawLongBits(ref.get(f)), Double.doubleToRawLongBits(got.get(f)),
                    f + ": " + ref.get(f) + " vs " + got.get(f));
        }
        assertEquals(ref.notes(), got.notes());
    }
}
