package org.radiomics4j.core.discretize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * Expected values are derived by hand from the rules in testdata/pyradiomics/README.md §2 (PyRadiomics
 * {@code getBinEdges}/{@code binImage}); all comparisons of bins are exact (integers).
 */
class DiscretizerTest {

    private static Volume line(double... v) {
        return Volume.of(v, v.length, 1, 1);
    }

    private static Mask all(int n) {
        int[] l = new int[n];
        java.util.Arrays.fill(l, 1);
        return Mask.of(l, n, 1, 1);
    }

    @Test
    void valuesOneToFiveWidthOneGiveBinsOneToFive() {
        // README §2: with values 1..5 and W = 1, 5 maps to bin 5; edges arange(1, 5 + 2, 1) = 1..6.
        Discretizer.Discretized d = Discretizer.of(new Binning.FixedBinWidth(1)).discretize(line(1, 2, 3, 4, 5), all(5));
        assertArrayEquals(new int[] {1, 2, 3, 4, 5}, d.levels().levels());
        assertEquals(5, d.ng());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, d.edges());
        assertArrayEquals(new long[] {1, 1, 1, 1, 1}, d.histogram());
    }

    @Test
    void negativeMinimumUsesFlooredModulo() {
        // README §2: min = -1024, W = 25 -> lowBound = -1025 (Java's % would give -1000 and bin 0).
        Discretizer.Discretized d = Discretizer.of(new Binning.FixedBinWidth(25))
                .discretize(line(-1024, -1001, -1000, -976, -975), all(5));
        assertEquals(-1025.0, d.edges()[0]);
        // bin = floor(x/25) - floor(-1024/25) + 1 = floor(x/25) + 42
        assertArrayEquals(new int[] {1, 1, 2, 2, 3}, d.levels().levels());
        assertEquals(3, d.ng());
    }

    @Test
    void voxelsOutsideTheRoiGetZeroAndDoNotSetTheRange() {
        Volume img = line(-500, 10, 20, 30, 9999);
        Mask roi = Mask.of(new int[] {0, 1, 1, 1, 0}, 5, 1, 1);
        Discretizer.Discretized d = Discretizer.of(new Binning.FixedBinWidth(10)).discretize(img, roi);
        assertArrayEquals(new int[] {0, 1, 2, 3, 0}, d.levels().levels());
        assertEquals(10.0, d.edges()[0]);
        assertEquals(3, d.roiVoxelCount());
    }

    @Test
    void ngIsTheHighestBinNotTheOccupiedCount() {
        Discretizer.Discretized d = Discretizer.of(new Binning.FixedBinWidth(1)).discretize(line(0, 0, 4), all(3));
        assertEquals(5, d.ng());
        assertEquals(2, d.occupiedLevels());
        assertArrayEquals(new long[] {2, 0, 0, 0, 1}, d.histogram());
        assertArrayEquals(new long[] {2, 1}, d.occupiedHistogram());
    }

    @Test
    void flatRegionIsOneBin() {
        // README §2 flat-region rule: edges [min - 0.5, min + 0.5] when min = max is a multiple of W.
        Discretizer.Discretized d = Discretizer.of(new Binning.FixedBinWidth(5)).discretize(line(10, 10, 10), all(3));
        assertArrayEquals(new int[] {1, 1, 1}, d.levels().levels());
        assertArrayEquals(new double[] {9.5, 10.5}, d.edges());
        // flatRegion baseline case: binWidth 5000 puts every voxel in bin 1
        Discretizer.Discretized e = Discretizer.of(new Binning.FixedBinWidth(5000)).discretize(line(468, 1266), all(2));
        assertArrayEquals(new int[] {1, 1}, e.levels().levels());
        assertEquals(1, e.ng());
    }

    @Test
    void fixedBinCountUsesNumpyHistogramEdges() {
        // numpy.histogram(0..10, 5) edges 0,2,4,6,8,10; last edge + 1 -> 11. Max goes into bin 5.
        double[] v = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        Discretizer.Discretized d = Discretizer.of(new Binning.FixedBinCount(5)).discretize(line(v), all(v.length));
        assertArrayEquals(new double[] {0, 2, 4, 6, 8, 11}, d.edges());
        assertArrayEquals(new int[] {1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 5}, d.levels().levels());
        assertEquals(5, d.ng());
    }

    @Test
    void fixedBinCountFlatRegionWidensTheRange() {
        // numpy.histogram of a constant c uses [c - 0.5, c + 0.5]; with 2 bins the edges are c-0.5, c, c+0.5(+1).
        Discretizer.Discretized d = Discretizer.of(new Binning.FixedBinCount(2)).discretize(line(3, 3), all(2));
        assertArrayEquals(new double[] {2.5, 3, 4.5}, d.edges());
        assertArrayEquals(new int[] {2, 2}, d.levels().levels());
    }

    @Test
    void keepsGridAndSpacing() {
        Geometry g = Geometry.of(2, 1, 1, 0.5, 0.7, 2.0);
        Discretizer.Discretized d = Discretizer.of(Binning.defaults())
                .discretize(Volume.of(new double[] {1, 2}, g), Mask.of(new int[] {1, 1}, g));
        assertArrayEquals(new double[] {0.5, 0.7, 2.0}, d.levels().spacing());
    }

    @Test
    void rejectsEmptyRoiNonFiniteValuesAndSizeMismatch() {
        Discretizer z = Discretizer.of(Binning.defaults());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> z.discretize(line(1, 2), Mask.of(new int[] {0, 0}, 2, 1, 1)));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> z.discretize(line(1, Double.NaN), all(2)));
        assertTrue(e.getMessage().contains("voxel 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> z.discretize(line(1, 2), all(3)));
    }

    @Test
    void floorModMatchesPython() {
        // Python: -1024 % 25 == 1, 1024 % 25 == 24, -0.5 % 1 == 0.5, 7.5 % 2.5 == 0
        assertEquals(1.0, Discretizer.floorMod(-1024, 25));
        assertEquals(24.0, Discretizer.floorMod(1024, 25));
        assertEquals(0.5, Discretizer.floorMod(-0.5, 1));
        assertEquals(0.0, Discretizer.floorMod(7.5, 2.5));
    }

    /** Property: with integer data and width, bin(x) = floor(x/W) - floor(min/W) + 1 (README §2), within 1..Ng. */
    @Test
    void fixedWidthBinsFollowClosedForm() {
        qt().withExamples(300).forAll(lists().of(integers().between(-3000, 3000)).ofSizeBetween(1, 40),
                integers().between(1, 200)).checkAssert((List<Integer> vals, Integer w) -> {
                    double[] v = vals.stream().mapToDouble(Integer::doubleValue).toArray();
                    Discretizer.Discretized d = Discretizer.of(new Binning.FixedBinWidth(w)).discretize(line(v), all(v.length));
                    int min = vals.stream().mapToInt(Integer::intValue).min().getAsInt();
                    int[] lv = d.levels().levels();
                    for (int i = 0; i < v.length; i++) {
                        int expected = Math.floorDiv(vals.get(i), w) - Math.floorDiv(min, w) + 1;
                        assertEquals(expected, lv[i], "value " + vals.get(i) + " W " + w);
                        assertTrue(lv[i] >= 1 && lv[i] <= d.ng());
                    }
                });
    }

    /** Property: bins are within 1..Ng, monotone non-decreasing in intensity, and the histogram sums to N. */
    @Test
    void binsAreMonotoneAndWithinRangeForBothModes() {
        qt().withExamples(300).forAll(lists().of(integers().between(-100000, 100000)).ofSizeBetween(1, 40),
                integers().between(1, 100), integers().between(0, 1)).checkAssert((List<Integer> vals, Integer p, Integer mode) -> {
                    double[] v = vals.stream().mapToDouble(x -> x / 37.0).toArray();
                    Binning b = mode == 0 ? new Binning.FixedBinWidth(p / 7.0) : new Binning.FixedBinCount(p);
                    Discretizer.Discretized d;
                    try {
                        d = Discretizer.of(b).discretize(line(v), all(v.length));
                    } catch (org.radiomics4j.core.InvalidSettingException e) {
                        // more than MAX_GRAY_LEVELS bins: refused, and only then
                        double range = java.util.Arrays.stream(v).max().getAsDouble()
                                - java.util.Arrays.stream(v).min().getAsDouble();
                        assertTrue(mode == 0 && range / (p / 7.0) > Discretizer.MAX_GRAY_LEVELS - 3, e.getMessage());
                        return;
                    }
                    int[] lv = d.levels().levels();
                    long total = 0;
                    for (long h : d.histogram()) {
                        total += h;
                    }
                    assertEquals(v.length, total);
                    boolean ngSeen = false;
                    for (int i = 0; i < v.length; i++) {
                        assertTrue(lv[i] >= 1 && lv[i] <= d.ng(), "bin " + lv[i] + " outside 1.." + d.ng());
                        ngSeen |= lv[i] == d.ng();
                        for (int j = 0; j < v.length; j++) {
                            if (v[i] < v[j]) {
                                assertTrue(lv[i] <= lv[j], "not monotone: " + v[i] + "->" + lv[i] + ", " + v[j] + "->" + lv[j]);
                            }
                        }
                    }
                    assertTrue(ngSeen, "Ng must be a bin that is present");
                    if (b instanceof Binning.FixedBinCount c) {
                        assertTrue(d.ng() <= c.count());
                    }
                });
    }

    @Test
    void aBinWidthImplyingTooManyGreyLevelsFailsBeforeAllocatingAndNamesTheAlternative() {
        // issue 8, item 5: binWidth 0.001 on an intensity range of 1000 is 10^6 bins (+ 1: numpy.arange reaches max + 2W)
        org.radiomics4j.core.InvalidSettingException e = assertThrows(
                org.radiomics4j.core.InvalidSettingException.class,
                () -> Discretizer.of(new Binning.FixedBinWidth(0.001)).edges(0, 1000));
        assertTrue(e.getMessage().contains("binWidth 0.001") && e.getMessage().contains("1000001 grey levels")
                && e.getMessage().contains("binCount"), e.getMessage());
        assertThrows(org.radiomics4j.core.InvalidSettingException.class,
                () -> Discretizer.of(new Binning.FixedBinCount(Discretizer.MAX_GRAY_LEVELS + 1)).edges(0, 1));
        // the bound itself is allowed: range [0, 4094.5] at width 1 gives edges 0..4096, i.e. 4096 bins
        assertEquals(Discretizer.MAX_GRAY_LEVELS + 1, Discretizer.of(new Binning.FixedBinWidth(1)).edges(0, 4094.5)
                .length);
        assertEquals(Discretizer.MAX_GRAY_LEVELS + 1,
                Discretizer.of(new Binning.FixedBinCount(Discretizer.MAX_GRAY_LEVELS)).edges(0, 1).length);
    }
}
