package org.radiomics4j.core.features.glrlm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.internal.GlrlmCounts;
import org.radiomics4j.core.features.internal.GlrlmKernels;
import org.radiomics4j.core.features.internal.TextureVolumes;
import org.radiomics4j.core.features.internal.TextureVolumes.Transform;

/**
 * Seeded property tests (each prints its seed): every kept direction accounts for every ROI voxel exactly once
 * ({@code Σ j·P(i,j,θ) = N_p}), features are invariant under 90° rotations and flips (isotropic spacing: the
 * directions are only permuted, and a run along −d is a run along d). The agreement of the Java and ND4J kernels
 * is tested in radiomics-nd4j.
 */
class GlrlmPropertyTest {

    static LongStream seeds() {
        return LongStream.range(2000, 2060);
    }

    private static GrayLevelVolume volume(long seed) {
        System.out.println("GlrlmPropertyTest seed " + seed);
        return TextureVolumes.random(seed, 8, 4, seed % 3 == 0 ? 0.0 : 0.3);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void runsCoverEveryRoiVoxelInEveryDirection(long seed) {
        GrayLevelVolume v = volume(seed);
        GlrlmMatrix m = Glrlm.of(ExtractionSettings.defaults().withForce2D(seed % 4 == 0)).matrix(v);
        int n = v.roiVoxelCount();
        for (int a = 0; a < m.matrixCount(); a++) {
            double s = 0;
            for (int i = 0; i < m.grayLevels().size(); i++) {
                for (int j = 0; j < m.runLengths().size(); j++) {
                    s += m.runLengths().get(j) * m.count(a, i, j);
                }
            }
            assertEquals(n, s, "direction " + a);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void invariantUnderRotationsAndFlips(long seed) {
        GrayLevelVolume v = volume(seed);
        FamilyResult<?> base;
        try {
            base = Glrlm.of(ExtractionSettings.defaults()).compute(v);
        } catch (RadiomicsException e) {
            assumeTrue(false, "no direction with two ROI voxels on a line");
            return;
        }
        for (Transform t : Transform.values()) {
            FamilyResult<?> r = Glrlm.of(ExtractionSettings.defaults()).compute(TextureVolumes.transform(v, t));
            for (Map.Entry<String, Double> e : base.byName().entrySet()) {
                double got = r.get(e.getKey());
                assertTrue(TextureVolumes.close(e.getValue(), got, 1e-12, 1e-13),
                        t + " " + e.getKey() + ": " + e.getValue() + " vs " + got);
            }
        }
    }
}
