package org.radiomics4j.core.features.glcm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.Directions;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.internal.GlcmCounts;
import org.radiomics4j.core.features.internal.GlcmKernels;
import org.radiomics4j.core.features.internal.TextureVolumes;
import org.radiomics4j.core.features.internal.TextureVolumes.Transform;

/**
 * Seeded property tests (each prints its seed): matrix invariants against a brute-force pair count, invariance of
 * the direction-averaged features under 90° rotations and flips (with isotropic spacing a rotation only permutes
 * the directions). The agreement of the Java and ND4J kernels is tested in radiomics-nd4j.
 */
class GlcmPropertyTest {

    static LongStream seeds() {
        return LongStream.range(1000, 1060);
    }

    private static GrayLevelVolume volume(long seed) {
        System.out.println("GlcmPropertyTest seed " + seed);
        return TextureVolumes.random(seed, 7, 6, seed % 3 == 0 ? 0.0 : 0.25);
    }

    private static ExtractionSettings settings(long seed) {
        Random r = new Random(seed);
        List<Integer> distances = r.nextInt(4) == 0 ? List.of(1, 2) : List.of(1);
        return ExtractionSettings.defaults().withDistances(distances).withSymmetricalGlcm(r.nextInt(5) != 0);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void symmetricAndSumsToTwiceThePairCount(long seed) {
        GrayLevelVolume v = volume(seed);
        ExtractionSettings s = settings(seed).withSymmetricalGlcm(true);
        GlcmMatrix m = Glcm.of(s).matrix(v);
        int n = m.size();
        for (int a = 0; a < m.matrixCount(); a++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertEquals(m.count(a, i, j), m.count(a, j, i));
                }
            }
            long pairs = bruteForcePairs(v, m.directions().get(a));
            assertTrue(pairs > 0);
            assertEquals(2.0 * pairs, m.total(a), "direction " + a);
        }
        int nonEmpty = 0;
        for (int[] d : Directions.half(new int[] {v.nz(), v.ny(), v.nx()}, s.distances(), false, 0)) {
            if (bruteForcePairs(v, d) > 0) {
                nonEmpty++;
            }
        }
        assertEquals(nonEmpty, m.matrixCount(), "empty directions dropped, others kept");
    }

    private static long bruteForcePairs(GrayLevelVolume v, int[] d) {
        long c = 0;
        for (int z = 0; z < v.nz(); z++) {
            for (int y = 0; y < v.ny(); y++) {
                for (int x = 0; x < v.nx(); x++) {
                    int zz = z + d[0];
                    int yy = y + d[1];
                    int xx = x + d[2];
                    if (v.level(x, y, z) != 0 && zz >= 0 && zz < v.nz() && yy >= 0 && yy < v.ny() && xx >= 0
                            && xx < v.nx() && v.level(xx, yy, zz) != 0) {
                        c++;
                    }
                }
            }
        }
        return c;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void invariantUnderRotationsAndFlips(long seed) {
        GrayLevelVolume v = volume(seed);
        ExtractionSettings s = settings(seed).withSymmetricalGlcm(true);
        FamilyResult<?> base;
        try {
            base = Glcm.of(s).compute(v);
        } catch (RadiomicsException e) {
            assumeTrue(false, "no neighbour pairs");
            return;
        }
        for (Transform t : Transform.values()) {
            FamilyResult<?> r = Glcm.of(s).compute(TextureVolumes.transform(v, t));
            for (Map.Entry<String, Double> e : base.byName().entrySet()) {
                double got = r.get(e.getKey());
                assertTrue(TextureVolumes.close(e.getValue(), got, 1e-12, 1e-13),
                        t + " " + e.getKey() + ": " + e.getValue() + " vs " + got);
            }
        }
    }
}
