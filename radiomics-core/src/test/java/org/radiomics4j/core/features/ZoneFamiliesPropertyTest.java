package org.radiomics4j.core.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.gldm.Gldm;
import org.radiomics4j.core.features.glszm.Glszm;
import org.radiomics4j.core.features.ngtdm.Ngtdm;
import org.radiomics4j.core.features.ngtdm.NgtdmMatrix;

/**
 * Seeded property tests for GLSZM, GLDM and NGTDM on random volumes of up to 8³ voxels with 1..6 grey levels
 * ({@link ZoneTestVolumes#random}). Each case's seed is in its display name; rerun one with that seed.
 */
class ZoneFamiliesPropertyTest {
    private static final long BASE_SEED = 20261127L;

    static LongStream seeds() {
        return LongStream.range(0, 300).map(i -> BASE_SEED + i);
    }

    private static List<ExtractionSettings> settingsVariants() {
        ExtractionSettings d = ExtractionSettings.defaults();
        return List.of(d, d.withForce2D(true), d.withDistances(List.of(1, 2)), d.withGldmA(1));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void matrixTotalsEqualTheRoiVoxelCount(long seed) {
        GrayLevelVolume v = ZoneTestVolumes.random(new SplittableRandom(seed));
        int np = v.roiVoxelCount();
        for (ExtractionSettings s : settingsVariants()) {
            GrayLevelSizeMatrix z = Glszm.of(s).matrix(v);
            long voxels = 0;
            for (int r = 0; r < z.rows(); r++) {
                for (int c = 0; c < z.columns(); c++) {
                    voxels += (long) z.count(r, c) * z.sizes()[c];
                }
            }
            assertEquals(np, voxels, "GLSZM Σ size·count, seed " + seed);
            assertEquals(np, z.roiVoxelCount());
            assertEquals(np, Gldm.of(s).matrix(v).total(), "GLDM total, seed " + seed);
            NgtdmMatrix n = Ngtdm.of(s).matrix(v);
            assertEquals(np, n.total(), "NGTDM Σ n_i, seed " + seed);
            for (double si : n.differenceSums()) {
                assertTrue(si >= 0, "s_i >= 0, seed " + seed);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void invariantUnderRotationsAndFlips(long seed) {
        GrayLevelVolume v = ZoneTestVolumes.random(new SplittableRandom(seed));
        List<UnaryOperator<GrayLevelVolume>> in3d = List.of(ZoneTestVolumes::rotateXy, ZoneTestVolumes::rotateXz,
                x -> ZoneTestVolumes.flip(x, 0), x -> ZoneTestVolumes.flip(x, 1), x -> ZoneTestVolumes.flip(x, 2));
        ExtractionSettings d = ExtractionSettings.defaults();
        for (ExtractionSettings s : List.of(d, d.withDistances(List.of(1, 2)), d.withGldmA(1))) {
            for (UnaryOperator<GrayLevelVolume> t : in3d) {
                assertSameFeatures(s, v, t.apply(v), seed);
            }
        }
        // force2D (slices along z): in-plane rotation and every flip keep the in-plane neighbourhoods
        ExtractionSettings f = d.withForce2D(true);
        for (UnaryOperator<GrayLevelVolume> t : List.of(in3d.get(0), in3d.get(2), in3d.get(3), in3d.get(4))) {
            assertSameFeatures(f, v, t.apply(v), seed);
        }
    }

    private static void assertSameFeatures(ExtractionSettings s, GrayLevelVolume a, GrayLevelVolume b, long seed) {
        GrayLevelSizeMatrix za = Glszm.of(s).matrix(a);
        GrayLevelSizeMatrix zb = Glszm.of(s).matrix(b);
        assertEquals(za, zb, "GLSZM matrix, seed " + seed);
        GrayLevelSizeMatrix da = Gldm.of(s).matrix(a);
        GrayLevelSizeMatrix db = Gldm.of(s).matrix(b);
        assertEquals(da, db, "GLDM matrix, seed " + seed);
        NgtdmMatrix na = Ngtdm.of(s).matrix(a);
        NgtdmMatrix nb = Ngtdm.of(s).matrix(b);
        assertArrayEquals(na.counts(), nb.counts(), "NGTDM n_i, seed " + seed);
        // s_i are sums of the same terms in another order: allow rounding (1e-12 relative)
        double[] sa = na.differenceSums();
        double[] sb = nb.differenceSums();
        for (int i = 0; i < sa.length; i++) {
            assertTrue(ZoneTestVolumes.relDiff(sa[i], sb[i]) <= 1e-12, "NGTDM s_i, seed " + seed);
        }
        for (FamilyResult<?>[] pair : new FamilyResult<?>[][] {
            {Glszm.of(s).compute(a), Glszm.of(s).compute(b)},
            {Gldm.of(s).compute(a), Gldm.of(s).compute(b)},
            {Ngtdm.of(s).compute(a), Ngtdm.of(s).compute(b)}}) {
            assertEquals(pair[0].byName().keySet(), pair[1].byName().keySet());
            pair[0].byName().forEach((k, x) -> assertTrue(ZoneTestVolumes.relDiff(x, pair[1].get(k)) <= 1e-11
                    || Math.abs(x - pair[1].get(k)) < 1e-14, k + ": " + x + " vs " + pair[1].get(k) + ", seed " + seed));
        }
    }
}
