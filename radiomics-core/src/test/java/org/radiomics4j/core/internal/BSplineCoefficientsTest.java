package org.radiomics4j.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Volume;

class BSplineCoefficientsTest {

    /**
     * The prefilter inverts the cubic B-spline sampled at the integers, (1/6, 4/6, 1/6): with mirror extension
     * c[−1] = c[1], c[n] = c[n−2], the coefficients satisfy (c[k−1] + 4c[k] + c[k+1])/6 = s[k] for every k.
     * Tolerance 1e-7 absolute on data of magnitude ≤ 1000: ITK truncates the causal initialisation sum after 18
     * terms (its tolerance 1e-10), leaving a tail of at most (2 − √3)^18/(√3 − 1)·max|s| ≈ 2.6e-11·1000 at the first
     * sample; the recursions themselves lose only a few ulps.
     */
    @ParameterizedTest
    @ValueSource(ints = {2, 3, 5, 17, 18, 19, 40})
    void coefficientsReproduceTheSamples(int n) {
        long seed = 1000 + n;
        Random rnd = new Random(seed);
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = rnd.nextInt(2000) - 1000;
        }
        double[] c = s.clone();
        BSplineCoefficients.filterLine(c, n);
        for (int k = 0; k < n; k++) {
            double left = c[k == 0 ? 1 : k - 1];
            double right = c[k == n - 1 ? n - 2 : k + 1];
            assertEquals(s[k], (left + 4 * c[k] + right) / 6, 1e-7, "seed " + seed + " n " + n + " k " + k);
        }
    }

    /** The coefficients of a sub-box equal the whole-image coefficients there, to the bit, for any thread count. */
    @Test
    void regionEqualsTheWholeImageCoefficients() {
        long seed = 77;
        Random rnd = new Random(seed);
        Geometry g = Geometry.of(31, 26, 21);
        double[] v = new double[g.voxelCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextGaussian() * 100;
        }
        Volume img = Volume.of(v, g);
        double[] all = BSplineCoefficients.region(img, 0, 30, 0, 25, 0, 20, 1);
        double[] sub = BSplineCoefficients.region(img, 4, 12, 7, 19, 3, 5, 2);
        int k = 0;
        for (int z = 3; z <= 5; z++) {
            for (int y = 7; y <= 19; y++) {
                for (int x = 4; x <= 12; x++) {
                    assertEquals(Double.doubleToLongBits(all[g.index(x, y, z)]), Double.doubleToLongBits(sub[k++]));
                }
            }
        }
        assertArrayEquals(all, BSplineCoefficients.region(img, 0, 30, 0, 25, 0, 20, 3), 0);
    }

    /**
     * Why {@link BSplineCoefficients#region} filters full lines: prefiltering a cropped block with its own mirror
     * boundaries changes the coefficients next to the crop by a clearly non-negligible amount.
     */
    @Test
    void filteringACroppedLineDiffersNearTheCrop() {
        Random rnd = new Random(5);
        double[] s = new double[60];
        for (int i = 0; i < s.length; i++) {
            s[i] = rnd.nextInt(2000);
        }
        double[] whole = s.clone();
        BSplineCoefficients.filterLine(whole, 60);
        double[] part = java.util.Arrays.copyOfRange(s, 20, 40);
        BSplineCoefficients.filterLine(part, 20);
        assertTrue(Math.abs(part[0] - whole[20]) > 1e-3, "crop border coefficient should differ");
    }
}
