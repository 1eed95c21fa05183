package org.radiomics4j.core.features.glszm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.GrayLevelSizeMatrix;
import org.radiomics4j.core.features.internal.KernelTestVolumes;

/**
 * Seeded property test (each case prints its seed): {@link Glszm#matrix} (decision-ordered union-find,
 * {@link ZoneLabelling}) returns the same matrix as the plain {@link GlszmReferenceKernel} (every same-level back
 * neighbour joined) in 3-D and in 2-D on each axis, on {@link KernelTestVolumes}; plus zones larger than
 * {@link ZoneLabelling#DENSE_SIZES} (compacted by sorting).
 */
class GlszmKernelPropertyTest {
    private static final long BASE_SEED = 20261203L;

    static LongStream seeds() {
        return LongStream.range(0, 240).map(i -> BASE_SEED + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sameAsReferenceKernel(long seed) {
        System.out.println("GlszmKernelPropertyTest seed " + seed);
        GrayLevelVolume v = KernelTestVolumes.random(seed);
        assertSame(v, false, 0, "seed " + seed);
        for (int dim = 0; dim < 3; dim++) {
            assertSame(v, true, dim, "seed " + seed);
        }
    }

    @Test
    void zonesLargerThanTheDenseSizeRange() {
        // slabs of one level, 23x19 voxels each, separated by a plane of another level or of holes: zones of
        // 23*19*k voxels for k = 10..14 (> DENSE_SIZES), some sizes twice, plus small zones
        int nx = 23;
        int ny = 19;
        int[] thickness = {10, 12, 10, 14, 11, 12};
        int nz = 0;
        for (int t : thickness) {
            nz += t + 1;
        }
        int[] lv = new int[nx * ny * nz];
        int z0 = 0;
        for (int s = 0; s < thickness.length; s++) {
            int level = 1 + s % 2;
            Arrays.fill(lv, z0 * nx * ny, (z0 + thickness[s]) * nx * ny, level);
            z0 += thickness[s];
            for (int i = 0; i < nx * ny; i++) {
                lv[z0 * nx * ny + i] = s % 3 == 0 ? 0 : 3 + (i % 7 == 0 ? 1 : 0);
            }
            z0++;
        }
        GrayLevelVolume v = new GrayLevelVolume(nx, ny, nz, lv, 5, new double[] {1, 1, 1});
        GrayLevelSizeMatrix m = assertSame(v, false, 0, "slabs");
        int large = 0;
        for (int s : m.sizes()) {
            if (s > ZoneLabelling.DENSE_SIZES) {
                large++;
            }
        }
        assertEquals(4, large, "distinct zone sizes above the dense range: " + Arrays.toString(m.sizes()));
        assertSame(v, true, 0, "slabs 2-D");
    }

    @Test
    void refusesAnEmptyRoiAndALevelAboveNg() {
        Glszm f = Glszm.of(ExtractionSettings.defaults());
        GrayLevelVolume empty = new GrayLevelVolume(3, 2, 2, new int[12], 1, new double[] {1, 1, 1});
        assertTrue(assertThrows(IllegalArgumentException.class, () -> f.matrix(empty)).getMessage()
                .contains("no ROI voxel"));
        int[] lv = {1, 1, 2, 0, 7, 1};
        GrayLevelVolume high = new GrayLevelVolume(3, 2, 1, lv, 2, new double[] {1, 1, 1});
        assertTrue(assertThrows(IllegalArgumentException.class, () -> f.matrix(high)).getMessage()
                .contains("(x=1, y=1, z=0) must be in 0..2 (ng) but was 7"));
    }

    private static GrayLevelSizeMatrix assertSame(GrayLevelVolume v, boolean force2D, int dim, String where) {
        String w = where + ", " + v.nx() + "x" + v.ny() + "x" + v.nz() + ", force2D " + force2D + " dim " + dim;
        GrayLevelSizeMatrix want = GlszmReferenceKernel.matrix(v, force2D, dim);
        GrayLevelSizeMatrix got = Glszm.of(ExtractionSettings.defaults().withForce2D(force2D)
                .withForce2Ddimension(dim)).matrix(v);
        assertEquals(want, got, w);
        return got;
    }
}
