package org.radiomics4j.core.ibsi.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radiomics4j.core.ibsi.preprocess.IbsiPreprocessing.ImageInterpolation;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * IBSI image processing against the manual's closed forms (IBSI manual, section 2.4 "Interpolation": grid size
 * {@code n_b = ⌈n_a s_a/s_b⌉}, origin {@code x_b = ½(n_a − 1 − (s_b/s_a)(n_b − 1))} in old index units) and
 * properties of linear and cubic-spline interpolation (exact on linear functions, interpolating at the nodes).
 */
class IbsiPreprocessingTest {

    private static Volume rampX(Geometry g) {
        double[] d = new double[g.voxelCount()];
        for (int z = 0; z < g.nz(); z++) {
            for (int y = 0; y < g.ny(); y++) {
                for (int x = 0; x < g.nx(); x++) {
                    d[g.index(x, y, z)] = 3 * x + 0.5 * y - 2 * z;
                }
            }
        }
        return Volume.of(d, g);
    }

    private static Mask all(Geometry g) {
        int[] m = new int[g.voxelCount()];
        java.util.Arrays.fill(m, 1);
        return Mask.of(m, g);
    }

    /** The CT phantom's x axis: 204 voxels of 0.9765625 mm to 2 mm gives 100 voxels starting at index 0.124. */
    @Test
    void gridSizeAndCentreAlignment() {
        Geometry g = Geometry.of(new int[] {204, 30, 12}, new double[] {0.9765625, 0.9765625, 3},
                new double[] {-10, 5, 100}, Geometry.identity());
        IbsiPreprocessing.Result r = IbsiPreprocessing.withDefaults().withVolumeSpacing(2, 2, 2)
                .apply(rampX(g), all(g));
        Geometry o = r.image().geometry();
        assertArrayEquals(new int[] {100, 15, 18}, o.size(), "ceil(204·0.977/2), ceil(30·0.977/2), ceil(12·3/2)");
        assertArrayEquals(new double[] {2, 2, 2}, o.spacing(), 0);
        double step = 2 / 0.9765625;
        double xb = 0.5 * (204 - 1 - step * (100 - 1));
        assertEquals(0.124, xb, 1e-12);
        assertEquals(-10 + xb * 0.9765625, o.origin()[0], 1e-9, "origin = old origin + x_b · s_a");
        // both grids share their centre
        for (int a = 0; a < 3; a++) {
            double oldCentre = g.origin()[a] + (g.size(a) - 1) / 2.0 * g.spacing(a);
            double newCentre = o.origin()[a] + (o.size(a) - 1) / 2.0 * o.spacing(a);
            assertEquals(oldCentre, newCentre, 1e-9, "axis " + a);
        }
        // trilinear interpolation is exact on a linear function (inside the old grid)
        double zb = 0.5 * (12 - 1 - (2.0 / 3) * (18 - 1));
        double yb = 0.5 * (30 - 1 - step * (15 - 1));
        for (int[] v : new int[][] {{0, 0, 1}, {50, 7, 8}, {99, 14, 16}}) {
            double x = xb + v[0] * step;
            double y = yb + v[1] * step;
            double z = zb + v[2] * (2.0 / 3);
            assertEquals(3 * x + 0.5 * y - 2 * z, r.image().get(v[0], v[1], v[2]), 1e-9);
        }
    }

    /** Outside the old grid the nearest boundary value is used (z of new voxel 0 lies before old voxel 0). */
    @Test
    void extrapolationUsesTheBorder() {
        Geometry g = Geometry.of(4, 4, 3, 1, 1, 3);
        IbsiPreprocessing.Result r = IbsiPreprocessing.withDefaults().withVolumeSpacing(1, 1, 2)
                .apply(rampX(g), all(g));
        // n_b = ceil(3·3/2) = 5, z_b = ½(3 − 1 − (2/3)·4) = −1/3: clamped to old z = 0
        assertEquals(5, r.image().geometry().nz());
        assertEquals(3 * 1 + 0.5 * 2 - 2 * 0, r.image().get(1, 2, 0), 1e-12);
    }

    /** In-plane resampling keeps z; rounding gives integers. */
    @Test
    void inPlaneKeepsSlicesAndRounds() {
        Geometry g = Geometry.of(10, 10, 5, 0.7, 0.7, 2.5);
        IbsiPreprocessing.Result r = IbsiPreprocessing.withDefaults().withInPlaneSpacing(2, 2).withRoundIntensities(true)
                .apply(rampX(g), all(g));
        Geometry o = r.image().geometry();
        assertEquals(5, o.nz());
        assertEquals(2.5, o.spacing(2), 0);
        assertEquals(g.origin()[2], o.origin()[2], 0);
        assertEquals(4, o.nx(), "ceil(10·0.7/2)");
        for (int i = 0; i < r.image().size(); i++) {
            assertEquals(Math.rint(r.image().get(i)), r.image().get(i), 0);
        }
    }

    /** Partial-volume threshold 0.5: a ROI of old voxels 0..4 of 10, resampled 1 → 2 mm (samples at 0.5, 2.5, ...). */
    @Test
    void maskThreshold() {
        Geometry g = Geometry.of(10, 1, 1, 1, 1, 1);
        int[] m = new int[10];
        for (int x = 0; x <= 4; x++) {
            m[x] = 1;
        }
        IbsiPreprocessing.Result r = IbsiPreprocessing.withDefaults().withInPlaneSpacing(2, 1)
                .apply(Volume.of(new double[10], g), Mask.of(m, g));
        // interpolated mask values 1, 1, 0.5, 0, 0: the 0.5 voxel is kept (R >= 0.5)
        assertEquals(3, r.morphologicalMask().count());
        assertTrue(r.morphologicalMask().inside(2));
        assertFalse(r.morphologicalMask().inside(3));
        IbsiPreprocessing.Result strict = IbsiPreprocessing.withDefaults().withInPlaneSpacing(2, 1)
                .withPartialVolumeThreshold(0.6).apply(Volume.of(new double[10], g), Mask.of(m, g));
        assertEquals(2, strict.morphologicalMask().count());
    }

    /**
     * Range [−1, 100] intersected with μ ± 1σ over the ROI before re-segmentation: ROI values 0, 0, 0, 0, 10, −50
     * have μ = −40/6, σ = √(Σ(x − μ)²/6); the morphological mask is unchanged.
     */
    @Test
    void rangeAndOutlierResegmentationIntersect() {
        Geometry g = Geometry.of(7, 1, 1);
        double[] v = {0, 0, 0, 0, 10, -50, 5};
        int[] m = {1, 1, 1, 1, 1, 1, 0};
        double mu = -40.0 / 6;
        double ss = 0;
        for (int i = 0; i < 6; i++) {
            ss += (v[i] - mu) * (v[i] - mu);
        }
        double sd = Math.sqrt(ss / 6);
        assertTrue(10 < mu + sd && -50 < mu - sd, "the test needs 10 inside and -50 outside μ ± σ");
        IbsiPreprocessing.Result r = IbsiPreprocessing.withDefaults().withRange(-1, 100).withOutlierSigma(1)
                .apply(Volume.of(v, g), Mask.of(m, g));
        assertEquals(6, r.morphologicalMask().count());
        assertEquals(5, r.intensityMask().count(), "-50 removed by both ranges");
        IbsiPreprocessing.Result narrow = IbsiPreprocessing.withDefaults().withRange(-1, 5).withOutlierSigma(1)
                .apply(Volume.of(v, g), Mask.of(m, g));
        assertEquals(4, narrow.intensityMask().count(), "10 removed by the range, -50 by both");
    }

    /** The cubic spline interpolates: on the same grid every voxel is reproduced (seeded random image). */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void cubicSplineInterpolatesAtTheNodes(long seed) {
        Random rnd = new Random(seed);
        Geometry g = Geometry.of(9, 8, 7, 1.5, 1.5, 2);
        double[] d = new double[g.voxelCount()];
        for (int i = 0; i < d.length; i++) {
            d[i] = rnd.nextInt(2000) - 1000;
        }
        IbsiPreprocessing.Result r = IbsiPreprocessing.withDefaults().withVolumeSpacing(1.5, 1.5, 2)
                .withImageInterpolation(ImageInterpolation.CUBIC_SPLINE).apply(Volume.of(d, g), all(g));
        assertArrayEquals(d, r.image().toDoubleArray(), 1e-8);
    }

    /** Far from the border (mirror boundary effects decay like 0.268^d) the cubic spline is exact on a ramp. */
    @Test
    void cubicSplineIsExactOnARampInTheInterior() {
        Geometry g = Geometry.of(80, 3, 3, 1, 1, 1);
        IbsiPreprocessing.Result r = IbsiPreprocessing.withDefaults().withInPlaneSpacing(0.7, 1)
                .withImageInterpolation(ImageInterpolation.CUBIC_SPLINE).apply(rampX(g), all(g));
        int nb = (int) Math.ceil(80 / 0.7);
        double xb = 0.5 * (79 - 0.7 * (nb - 1));
        for (int j = 40; j < 75; j++) {
            double x = xb + 0.7 * j;
            assertEquals(3 * x + 0.5 * 1 - 2 * 1, r.image().get(j, 1, 1), 1e-9, "x = " + x);
        }
    }

    @Test
    void invalidSettingsNameTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IbsiPreprocessing.withDefaults().withVolumeSpacing(2, 0, 2));
        assertTrue(e.getMessage().contains("spacingY"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> IbsiPreprocessing.withDefaults().withRange(5, 1));
        assertTrue(e.getMessage().contains("rangeMin"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> IbsiPreprocessing.ctConfiguration('F'));
        assertTrue(e.getMessage().contains("'F'"), e.getMessage());
    }
}
