package org.radiomics4j.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.WeightingNorm;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.glcm.Glcm;
import org.radiomics4j.core.features.gldm.Gldm;
import org.radiomics4j.core.features.glrlm.Glrlm;
import org.radiomics4j.core.features.glszm.Glszm;
import org.radiomics4j.core.features.ngtdm.Ngtdm;

/**
 * The texture families give the same values with {@code ComputeBackend.ND4J} (this module, found through the
 * ServiceLoader) as with the plain-Java kernels: 1e-12 relative, since both evaluate the same formulas in double
 * precision and differ only in summation order (1e-13 to 1e-15 absolute for values near 0, such as the −3.2e-16
 * entropy of a single cell; ClusterShade, a centred third moment that can cancel, relative to its scale
 * ClusterTendency^1.5). Seeded random volumes (seed in each test name) and PyRadiomics' brain1 and breast1 cases.
 * Moved here from radiomics-core's GlcmPropertyTest, GlrlmPropertyTest and ZoneKernelsAgreementTest and from
 * radiomics-validation's matrix tests when ND4J left radiomics-core.
 */
class Nd4jFamiliesAgreementTest {

    static LongStream glcmSeeds() {
        return LongStream.range(1000, 1060);
    }

    static LongStream glrlmSeeds() {
        return LongStream.range(2000, 2060);
    }

    static LongStream zoneSeeds() {
        return LongStream.range(0, 30).map(i -> 977L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("glcmSeeds")
    void glcmAgreesOnRandomVolumes(long seed) {
        GrayLevelVolume v = TestVolumes.random(seed, 7, 6, seed % 3 == 0 ? 0.0 : 0.25);
        Random r = new Random(seed);
        ExtractionSettings s = ExtractionSettings.defaults()
                .withDistances(r.nextInt(4) == 0 ? List.of(1, 2) : List.of(1))
                .withSymmetricalGlcm(r.nextInt(5) != 0);
        FamilyResult<?> java;
        try {
            java = Glcm.of(s).compute(v);
        } catch (RadiomicsException e) {
            assumeTrue(false, "no neighbour pairs");
            return;
        }
        assertGlcmLike(java, Glcm.of(s, ComputeBackend.ND4J).compute(v), "seed " + seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("glrlmSeeds")
    void glrlmAgreesOnRandomVolumes(long seed) {
        GrayLevelVolume v = TestVolumes.random(seed, 7, 6, seed % 3 == 0 ? 0.0 : 0.25);
        ExtractionSettings s = ExtractionSettings.defaults()
                .withWeightingNorm(seed % 5 == 0 ? WeightingNorm.MANHATTAN : WeightingNorm.NONE);
        FamilyResult<?> java;
        try {
            java = Glrlm.of(s).compute(v);
        } catch (RadiomicsException e) {
            assumeTrue(false, "no direction with two ROI voxels on a line");
            return;
        }
        FamilyResult<?> nd4j = Glrlm.of(s, ComputeBackend.ND4J).compute(v);
        for (Map.Entry<String, Double> e : java.byName().entrySet()) {
            assertTrue(TestVolumes.close(e.getValue(), nd4j.get(e.getKey()), 1e-12, 1e-13),
                    e.getKey() + ", seed " + seed + ": java " + e.getValue() + " nd4j " + nd4j.get(e.getKey()));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("zoneSeeds")
    void zoneFamiliesAgreeOnRandomVolumes(long seed) {
        GrayLevelVolume v = TestVolumes.randomZones(new SplittableRandom(seed));
        ExtractionSettings java = ExtractionSettings.defaults();
        assertZoneLike(Glszm.of(java).compute(v), Glszm.of(java, ComputeBackend.ND4J).compute(v), "seed " + seed);
        assertZoneLike(Gldm.of(java).compute(v), Gldm.of(java, ComputeBackend.ND4J).compute(v), "seed " + seed);
        assertZoneLike(Ngtdm.of(java).compute(v), Ngtdm.of(java, ComputeBackend.ND4J).compute(v), "seed " + seed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"brain1", "breast1"})
    void allTextureFamiliesAgreeOnBaseCases(String caseName) {
        GrayLevelVolume v = TestVolumes.baseCase(caseName);
        ExtractionSettings java = ExtractionSettings.defaults();
        assertGlcmLike(Glcm.of(java).compute(v), Glcm.of(java, ComputeBackend.ND4J).compute(v), caseName);
        assertGlcmLike(Glrlm.of(java).compute(v), Glrlm.of(java, ComputeBackend.ND4J).compute(v), caseName);
        assertZoneLike(Glszm.of(java).compute(v), Glszm.of(java, ComputeBackend.ND4J).compute(v), caseName);
        assertZoneLike(Gldm.of(java).compute(v), Gldm.of(java, ComputeBackend.ND4J).compute(v), caseName);
        assertZoneLike(Ngtdm.of(java).compute(v), Ngtdm.of(java, ComputeBackend.ND4J).compute(v), caseName);
    }

    private static void assertGlcmLike(FamilyResult<?> java, FamilyResult<?> nd4j, String what) {
        assertEquals(java.byName().keySet(), nd4j.byName().keySet());
        for (Map.Entry<String, Double> e : java.byName().entrySet()) {
            double scale = e.getKey().equals("ClusterShade")
                    ? Math.pow(java.get("ClusterTendency"), 1.5) : Math.abs(e.getValue());
            assertTrue(TestVolumes.close(e.getValue(), nd4j.get(e.getKey()), 0, 1e-13 + 1e-12 * scale),
                    e.getKey() + ", " + what + ": java " + e.getValue() + " nd4j " + nd4j.get(e.getKey()));
        }
    }

    private static void assertZoneLike(FamilyResult<?> java, FamilyResult<?> nd4j, String what) {
        assertEquals(java.byName().keySet(), nd4j.byName().keySet());
        assertEquals(java.notes(), nd4j.notes());
        for (Map.Entry<String, Double> e : java.byName().entrySet()) {
            double a = e.getValue();
            double b = nd4j.get(e.getKey());
            assertTrue(TestVolumes.close(a, b, 1e-12, 1e-15) || TestVolumes.close(b, a, 1e-12, 1e-15),
                    e.getKey() + ", " + what + ": java " + a + " nd4j " + b);
        }
    }
}
