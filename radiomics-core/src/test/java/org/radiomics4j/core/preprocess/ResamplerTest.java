package org.radiomics4j.core.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.Interpolator;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;

/**
 * Expected values come from the mathematics (hand-worked PyRadiomics grid formulas, exactness of linear
 * interpolation on ramps, reproduction properties of interpolating cubic B-splines), never from this code.
 */
class ResamplerTest {

    private static final double[] FLIP_Y = {1, 0, 0, 0, -1, 0, 0, 0, 1};

    /**
     * PyRadiomics' grid rule worked by hand. Mask grid: size (100, 12, 6), spacing (0.5, 1, 3), origin (10, 20, 30),
     * direction diag(1, −1, 1). ROI box L = (40, 8, 1), S = (10, 3, 1). Requested spacing (2, 0, 2), padDistance 2.
     * <pre>
     * spacing: x 2; y requested 0 → keeps 1; z ROI spans one slice → keeps 3.
     * x: r = 0.5/2 = 0.25; lo = ⌊(40 − 0.5)·0.25 − 2⌋ = ⌊7.875⌋ = 7; hi = ⌈(50 − 0.5)·0.25 + 2⌉ = ⌈14.375⌉ = 15
     *    (max ⌈100·0.25⌉ − 1 = 24); size 9; origin index 0.5·(2 − 0.5)/0.5 + 7/0.25 = 1.5 + 28 = 29.5
     * y: r = 1; lo = ⌊7.5 − 2⌋ = 5; hi = ⌈10.5 + 2⌉ = 13 → clipped to 11; size 7; origin index 0 + 5/1 = 5
     * z: r = 1; lo = ⌊0.5 − 2⌋ = −2 → 0; hi = ⌈1.5 + 2⌉ = 4 (max 5); size 5; origin index 0
     * origin = (10 + 0.5·29.5, 20 − 1·5, 30 + 3·0) = (24.75, 15, 30)   (the y axis points along −y)
     * </pre>
     */
    @Test
    void gridFollowsPyRadiomicsFormulas() {
        Geometry mask = Geometry.of(new int[] {100, 12, 6}, new double[] {0.5, 1, 3}, new double[] {10, 20, 30}, FLIP_Y);
        BoundingBox box = new BoundingBox(40, 8, 1, 10, 3, 1);
        double[] spacing = Resampler.effectiveSpacing(mask, box, List.of(2.0, 0.0, 2.0));
        assertArrayEquals(new double[] {2, 1, 3}, spacing, 0);
        Geometry g = Resampler.resampledGrid(mask, box, spacing, 2);
        assertArrayEquals(new int[] {9, 7, 5}, g.size());
        assertArrayEquals(new double[] {24.75, 15, 30}, g.origin(), 1e-12);
        assertArrayEquals(FLIP_Y, g.direction(), 0);
    }

    /**
     * Lower bound clipped at 0 and upper bound clipped at ⌈n·r⌉ − 1. Mask grid 10³, unit spacing; ROI box
     * L = (3,3,3), S = (4,4,4); spacing 2; padDistance 1: r = 0.5, lo = ⌊2.5·0.5 − 1⌋ = ⌊0.25⌋ = 0,
     * hi = ⌈6.5·0.5 + 1⌉ = ⌈4.25⌉ = 5 → clipped to ⌈10·0.5⌉ − 1 = 4; size 5; origin index 0.5·(2 − 1)/1 = 0.5.
     */
    @Test
    void gridIsClippedToTheImage() {
        Geometry mask = Geometry.of(10, 10, 10);
        Geometry g = Resampler.resampledGrid(mask, new BoundingBox(3, 3, 3, 4, 4, 4), new double[] {2, 2, 2}, 1);
        assertArrayEquals(new int[] {5, 5, 5}, g.size());
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, g.origin(), 0);
    }

    private static double ramp(double x, double y, double z) {
        return 3 * x + 5 * y - 2 * z + 100;
    }

    private static Volume rampVolume(int n) {
        double[] v = new double[n * n * n];
        for (int z = 0, i = 0; z < n; z++) {
            for (int y = 0; y < n; y++) {
                for (int x = 0; x < n; x++, i++) {
                    v[i] = ramp(x, y, z);
                }
            }
        }
        return Volume.of(v, Geometry.of(n, n, n));
    }

    /** Trilinear interpolation reproduces a linear function exactly between grid points (tolerance: rounding). */
    @Test
    void linearInterpolationOfARampIsExactInside() {
        Volume img = rampVolume(12);
        Geometry out = Geometry.of(new int[] {15, 14, 13}, new double[] {0.7, 0.75, 0.8}, new double[] {0.3, 0.1, 0.2},
                Geometry.identity());
        Volume r = Resampler.resampleImage(img, out, Interpolator.LINEAR, 1);
        int checked = 0;
        for (int z = 0; z < out.nz(); z++) {
            for (int y = 0; y < out.ny(); y++) {
                for (int x = 0; x < out.nx(); x++) {
                    double[] p = out.indexToPhysical(x, y, z);
                    if (p[0] <= 11 && p[1] <= 11 && p[2] <= 11) {
                        assertEquals(ramp(p[0], p[1], p[2]), r.get(x, y, z), 1e-9, "at " + x + "," + y + "," + z);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 1000);
    }

    /** A constant image is reproduced exactly by the cubic B-spline everywhere (mirror boundaries). */
    @Test
    void bsplineReproducesConstants() {
        double[] v = new double[9 * 7 * 5];
        java.util.Arrays.fill(v, 42.25);
        Volume img = Volume.of(v, Geometry.of(9, 7, 5));
        Geometry out = Geometry.of(new int[] {20, 16, 12}, new double[] {0.45, 0.43, 0.41},
                new double[] {-0.4, -0.45, -0.3}, Geometry.identity());
        Volume r = Resampler.resampleImage(img, out, Interpolator.BSPLINE, 1);
        for (int i = 0; i < r.size(); i++) {
            double[] p = out.indexToPhysical(i % 20, (i / 20) % 16, i / 320);
            boolean inside = p[0] >= -0.5 && p[0] < 8.5 && p[1] >= -0.5 && p[1] < 6.5 && p[2] >= -0.5 && p[2] < 4.5;
            assertEquals(inside ? 42.25 : 0.0, r.get(i), 1e-12, "voxel " + i);
        }
    }

    /**
     * Away from the boundary (≥ 20 voxels; the mirror boundary's influence decays as (2 − √3)^d < 4e-12) the cubic
     * B-spline reproduces linear functions exactly.
     */
    @Test
    void bsplineReproducesARampAwayFromBoundaries() {
        int n = 48;
        Volume img = rampVolume(n);
        Geometry out = Geometry.of(new int[] {11, 11, 11}, new double[] {0.7, 0.7, 0.7}, new double[] {20.1, 20.2, 20.3},
                Geometry.identity());
        Volume r = Resampler.resampleImage(img, out, Interpolator.BSPLINE, 1);
        for (int z = 0; z < 11; z++) {
            for (int y = 0; y < 11; y++) {
                for (int x = 0; x < 11; x++) {
                    double[] p = out.indexToPhysical(x, y, z);
                    assertEquals(ramp(p[0], p[1], p[2]), r.get(x, y, z), 1e-8);
                }
            }
        }
    }

    /**
     * The cubic B-spline with its prefilter is interpolating: sampled on the input grid itself it returns the input
     * values, including at the borders (where prefilter and evaluation use the same mirror extension). Random data
     * in [−1000, 1000), seeded. Tolerance 1e-7: ITK's causal initialisation is truncated after 18 terms, an error of
     * up to ~2.6e-11·max|s| per line and axis at the first samples (see BSplineCoefficientsTest).
     */
    @ParameterizedTest
    @ValueSource(longs = {1L, 20260127L})
    void bsplineInterpolatesTheData(long seed) {
        Random rnd = new Random(seed);
        int nx = 23;
        int ny = 9;
        int nz = 4;
        double[] v = new double[nx * ny * nz];
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextInt(2000) - 1000;
        }
        Geometry g = Geometry.of(new int[] {nx, ny, nz}, new double[] {0.8, 1.1, 2.5}, new double[] {-3, 4, 7}, FLIP_Y);
        Volume img = Volume.of(v, g);
        Volume r = Resampler.resampleImage(img, g, Interpolator.BSPLINE, 1);
        for (int i = 0; i < v.length; i++) {
            assertEquals(v[i], r.get(i), 1e-7, "seed " + seed + " voxel " + i);
        }
    }

    /**
     * Nearest neighbour on a grid upsampled ×2 with PyRadiomics' origin rule (voxel k samples continuous index
     * −0.25 + 0.5k, rounded half up) repeats every input voxel twice along each axis.
     */
    @Test
    void nearestNeighbourOfAnUpsampledGridRepeatsVoxels() {
        int n = 4;
        double[] v = new double[n * n * n];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        Volume img = Volume.of(v, Geometry.of(n, n, n));
        Geometry up = Resampler.resampledGrid(img.geometry(), new BoundingBox(0, 0, 0, n, n, n),
                new double[] {0.5, 0.5, 0.5}, 0);
        assertArrayEquals(new int[] {8, 8, 8}, up.size());
        assertArrayEquals(new double[] {-0.25, -0.25, -0.25}, up.origin(), 0);
        Volume r = Resampler.resampleImage(img, up, Interpolator.NEAREST_NEIGHBOR, 1);
        for (int z = 0; z < 8; z++) {
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 8; x++) {
                    assertEquals(img.get(x / 2, y / 2, z / 2), r.get(x, y, z));
                }
            }
        }
    }

    /**
     * ITK's inside rule −0.5 ≤ c < n − 0.5: a 1-D line of 4 voxels sampled at c = −0.6, −0.5, 3.4, 3.5 gives
     * 0, v[0], v[3], 0.
     */
    @Test
    void pointsOutsideTheImageGetZero() {
        Volume img = Volume.of(new double[] {5, 6, 7, 8}, Geometry.of(4, 1, 1));
        Geometry out = Geometry.of(new int[] {2, 1, 1}, new double[] {0.1, 1, 1}, new double[] {-0.6, 0, 0},
                Geometry.identity());
        Volume r = Resampler.resampleImage(img, out, Interpolator.NEAREST_NEIGHBOR, 1);
        assertEquals(0.0, r.get(0));
        assertEquals(5.0, r.get(1));
        Geometry out2 = Geometry.of(new int[] {2, 1, 1}, new double[] {0.1, 1, 1}, new double[] {3.4, 0, 0},
                Geometry.identity());
        Volume r2 = Resampler.resampleImage(img, out2, Interpolator.NEAREST_NEIGHBOR, 1);
        assertEquals(8.0, r2.get(0));
        assertEquals(0.0, r2.get(1));
    }

    /** Integer images are cast back by truncation toward zero: 1.5 → 1 and −1.5 → −1 (ITK static_cast). */
    @Test
    void integerOutputIsTruncatedTowardZero() {
        Geometry g = Geometry.of(4, 1, 1);
        Volume img = Volume.of(new short[] {1, 2, -1, -2}, g);
        Geometry out = Geometry.of(new int[] {3, 1, 1}, new double[] {1, 1, 1}, new double[] {0.5, 0, 0},
                Geometry.identity());
        Volume r = Resampler.resampleImage(img, out, Interpolator.LINEAR, 1);
        assertEquals(PixelType.INT16, r.pixelType());
        assertEquals(1.0, r.get(0));   // 1.5
        assertEquals(0.0, r.get(1));   // 0.5
        assertEquals(-1.0, r.get(2));  // -1.5
    }

    private static Volume randomImage(long seed, Geometry g) {
        Random rnd = new Random(seed);
        short[] s = new short[g.voxelCount()];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (rnd.nextInt(400) - 100);
        }
        return Volume.of(s, g);
    }

    private static Mask boxMask(Geometry g, BoundingBox b) {
        int[] l = new int[g.voxelCount()];
        for (int z = b.z0(); z < b.z0() + b.sz(); z++) {
            for (int y = b.y0(); y < b.y0() + b.sy(); y++) {
                for (int x = b.x0(); x < b.x0() + b.sx(); x++) {
                    l[g.index(x, y, z)] = 1;
                }
            }
        }
        return Mask.of(l, g);
    }

    @Test
    void resampleBuildsThePyRadiomicsGridAndABinaryMask() {
        Geometry g = Geometry.of(new int[] {40, 30, 12}, new double[] {0.7, 0.7, 2.5}, new double[] {-5, 3, 1}, FLIP_Y);
        BoundingBox box = new BoundingBox(10, 8, 3, 12, 9, 4);
        Volume img = randomImage(7, g);
        ExtractionSettings s = ExtractionSettings.defaults().withResampledPixelSpacing(List.of(2.0, 2.0, 2.0));
        Resampler.Resampled r = Resampler.resample(img, boxMask(g, box), s);
        Geometry expected = Resampler.resampledGrid(g, box, new double[] {2, 2, 2}, 5);
        assertEquals(expected, r.image().geometry());
        assertEquals(expected, r.mask().geometry());
        assertEquals(PixelType.INT16, r.image().pixelType());
        int[] labels = r.mask().labels();
        assertArrayEquals(new int[] {1}, labels);
        // the resampled ROI covers the same physical box: 12·0.7 × 9·0.7 × 4·2.5 mm ≈ 8.4 × 6.3 × 10 mm → ~4×3×5
        BoundingBox rb = r.mask().boundingBox().orElseThrow();
        assertTrue(Math.abs(rb.sx() - 8.4 / 2) <= 1 && Math.abs(rb.sy() - 6.3 / 2) <= 1 && Math.abs(rb.sz() - 10 / 2.0) <= 1,
                rb.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"NEAREST_NEIGHBOR", "LINEAR", "BSPLINE"})
    void threadCountDoesNotChangeTheResult(String interp) {
        Geometry g = Geometry.of(new int[] {37, 29, 11}, new double[] {0.7, 0.7, 2.5}, new double[] {0, 0, 0}, FLIP_Y);
        Volume img = randomImage(11, g);
        ExtractionSettings s = ExtractionSettings.defaults().withResampledPixelSpacing(List.of(1.1, 1.3, 1.7))
                .withInterpolator(Interpolator.valueOf(interp)).withPadDistance(2);
        Mask m = boxMask(g, new BoundingBox(5, 6, 2, 20, 10, 5));
        Resampler.Resampled one = Resampler.resample(img, m, s, 1);
        Resampler.Resampled three = Resampler.resample(img, m, s, 3);
        assertArrayEquals(one.image().toDoubleArray(), three.image().toDoubleArray(), 0);
        assertArrayEquals(one.mask().toIntArray(), three.mask().toIntArray());
    }

    @Test
    void preCropWithoutResamplingCropsToTheRoiBoxPlusPad() {
        Geometry g = Geometry.of(30, 20, 10);
        Volume img = randomImage(3, g);
        Mask m = boxMask(g, new BoundingBox(2, 8, 4, 5, 3, 2));
        ExtractionSettings s = ExtractionSettings.defaults().withPreCrop(true).withPadDistance(3);
        Resampler.Resampled r = Resampler.resample(img, m, s);
        // x: 2-3 → 0 (clipped) .. 6+3 = 9; y: 5 .. 13; z: 1 .. 8
        BoundingBox expected = new BoundingBox(0, 5, 1, 10, 9, 8);
        assertEquals(img.crop(expected).geometry(), r.image().geometry());
        assertArrayEquals(img.crop(expected).toDoubleArray(), r.image().toDoubleArray(), 0);
        assertEquals(15 * 2, r.mask().count());
        Resampler.Resampled none = Resampler.resample(img, m, s.withPreCrop(false));
        assertEquals(g, none.image().geometry());
    }

    @Test
    void preCropIsIgnoredWhenResampling() {
        Geometry g = Geometry.of(new int[] {30, 20, 10}, new double[] {0.8, 0.8, 3}, new double[3], Geometry.identity());
        Volume img = randomImage(5, g);
        Mask m = boxMask(g, new BoundingBox(6, 5, 3, 8, 6, 3));
        ExtractionSettings s = ExtractionSettings.defaults().withResampledPixelSpacing(List.of(1.5, 1.5, 1.5));
        Resampler.Resampled a = Resampler.resample(img, m, s);
        Resampler.Resampled b = Resampler.resample(img, m, s.withPreCrop(true));
        assertEquals(a.image().geometry(), b.image().geometry());
        assertArrayEquals(a.image().toDoubleArray(), b.image().toDoubleArray(), 0);
    }

    /** Requested spacing equal to the image's: no interpolation, crop to ROI box ± padDistance (5) only. */
    @Test
    void sameSpacingOnlyCrops() {
        Geometry g = Geometry.of(new int[] {30, 20, 10}, new double[] {2, 2, 2}, new double[] {1, 2, 3}, FLIP_Y);
        Volume img = randomImage(9, g);
        Mask m = boxMask(g, new BoundingBox(10, 2, 4, 3, 3, 2));
        ExtractionSettings s = ExtractionSettings.defaults().withResampledPixelSpacing(List.of(2.0, 2.0, 2.0));
        Resampler.Resampled r = Resampler.resample(img, m, s);
        BoundingBox expected = new BoundingBox(5, 0, 0, 13, 10, 10);
        assertEquals(img.crop(expected).geometry(), r.image().geometry());
        assertArrayEquals(img.crop(expected).toDoubleArray(), r.image().toDoubleArray(), 0);
    }

    @Test
    void emptyRoiIsRejectedWithAMessage() {
        Geometry g = Geometry.of(5, 5, 5);
        ExtractionSettings s = ExtractionSettings.defaults().withResampledPixelSpacing(List.of(2.0, 2.0, 2.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Resampler.resample(randomImage(1, g), Mask.of(new int[125], g), s));
        assertTrue(e.getMessage().contains("roi is empty"), e.getMessage());
    }

    @Test
    void roiOutsideTheImageIsRejected() {
        Geometry img = Geometry.of(new int[] {10, 10, 10}, new double[] {1, 1, 1}, new double[3], Geometry.identity());
        Geometry msk = Geometry.of(new int[] {10, 10, 10}, new double[] {1, 1, 1}, new double[] {5, 0, 0},
                Geometry.identity());
        ExtractionSettings s = ExtractionSettings.defaults().withResampledPixelSpacing(List.of(2.0, 2.0, 2.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Resampler.resample(randomImage(1, img), boxMask(msk, new BoundingBox(6, 2, 2, 3, 3, 3)), s));
        assertTrue(e.getMessage().contains("outside the image"), e.getMessage());
    }
}
