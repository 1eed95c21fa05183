package org.radiomics4j.core.features.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.WeightingNorm;

/**
 * Seeded property test (each case prints its seed): the optimised {@link GlrlmKernels#build} returns exactly the
 * counts (bit for bit), levels, run lengths and directions of the plain {@link GlrlmReferenceKernel}, in 3-D and
 * in 2-D on each axis, with and without each weighting norm, on {@link KernelTestVolumes}.
 */
class GlrlmKernelsPropertyTest {
    private static final long BASE_SEED = 20261203L;

    static LongStream seeds() {
        return LongStream.range(0, 240).map(i -> BASE_SEED + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sameAsReferenceKernel(long seed) {
        System.out.println("GlrlmKernelsPropertyTest seed " + seed);
        GrayLevelVolume v = KernelTestVolumes.random(seed);
        WeightingNorm norm = WeightingNorm.values()[(int) Math.floorMod(seed, (long) WeightingNorm.values().length)];
        for (WeightingNorm n : new WeightingNorm[] {WeightingNorm.NONE, norm}) {
            assertSame(v, false, 0, n, seed);
            for (int dim = 0; dim < 3; dim++) {
                assertSame(v, true, dim, n, seed);
            }
        }
    }

    @Test
    void longRunsAlongEveryAxisOfOneLevel() {
        int nx = 37;
        int ny = 5;
        int nz = 29;
        int[] lv = new int[nx * ny * nz];
        java.util.Arrays.fill(lv, 3);
        lv[lv.length / 3] = 0;
        assertSame(new GrayLevelVolume(nx, ny, nz, lv, 4, new double[] {1, 1, 2}), false, 0, WeightingNorm.NONE, 0);
    }

    @Test
    void refusesALevelOutsideZeroToNg() {
        int[] lv = {1, 1, 2, 0, -3, 1};
        GrayLevelVolume v = new GrayLevelVolume(3, 2, 1, lv, 2, new double[] {1, 1, 1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GlrlmKernels.build(v, false, 0, WeightingNorm.NONE));
        assertTrue(e.getMessage().contains("must be in 0..2 but was -3 at index 4"), e.getMessage());
    }

    private static void assertSame(GrayLevelVolume v, boolean force2D, int dim, WeightingNorm norm, long seed) {
        String where = "seed " + seed + ", " + v.nx() + "x" + v.ny() + "x" + v.nz() + ", force2D " + force2D + " dim "
                + dim + ", " + norm;
        GlrlmCounts want = GlrlmReferenceKernel.build(v, force2D, dim, norm);
        GlrlmCounts got = GlrlmKernels.build(v, force2D, dim, norm);
        assertArrayEquals(want.grayLevels(), got.grayLevels(), where);
        assertArrayEquals(want.runLengths(), got.runLengths(), where);
        assertEquals(want.directions().length, got.directions().length, where);
        for (int a = 0; a < want.directions().length; a++) {
            assertArrayEquals(want.directions()[a], got.directions()[a], where);
        }
        assertEquals(want.merged(), got.merged(), where);
        assertEquals(want.matrices(), got.matrices(), where);
        assertArrayEquals(want.counts(), got.counts(), where);
    }
}
