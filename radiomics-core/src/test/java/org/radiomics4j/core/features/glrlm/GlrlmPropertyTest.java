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
import org.radiomics4j.core.features.internal.GlrlmNd4jKernel;
import org.radiomics4j.core.features.internal.TextureVolumes;
import org.radiomics4j.core.features.internal.TextureVolumes.Transform;

/**
 * Seeded property tests (each prints its seed): every kept direction accounts for every ROI voxel exactly once
 * ({@code Σ j·P(i,j,θ) = N_p}), features are invariant under 90° rotations and flips (isotropic spacing: the
 * directions are only permuted, and a run along −d is a run along d), and the Java and ND4J kernels agree to 1e-12
 * relative.
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
        FamilyResult base;
        try {
            base = Glrlm.of(ExtractionSettings.defaults()).compute(v);
        } catch (RadiomicsException e) {
            assumeTrue(false, "no direction with two ROI voxels on a line");
            return;
        }
        for (Transform t : Transform.values()) {
            FamilyResult r = Glrlm.of(ExtractionSettings.defaults()).compute(TextureVolumes.transform(v, t));
            for (Map.Entry<String, Double> e : base.values().entrySet()) {
                double got = r.get(e.getKey());
                assertTrue(TextureVolumes.close(e.getValue(), got, 1e-12, 1e-13),
                        t + " " + e.getKey() + ": " + e.getValue() + " vs " + got);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void javaAndNd4jKernelsAgree(long seed) {
        GrayLevelVolume v = volume(seed);
        ExtractionSettings s = ExtractionSettings.defaults()
                .withWeightingNorm(seed % 5 == 0 ? org.radiomics4j.core.extract.WeightingNorm.MANHATTAN
                        : org.radiomics4j.core.extract.WeightingNorm.NONE);
        FamilyResult java;
        try {
            java = Glrlm.of(s).compute(v);
        } catch (RadiomicsException e) {
            assumeTrue(false, "no direction with two ROI voxels on a line");
            return;
        }
        FamilyResult nd4j = Glrlm.of(s.withBackend(ComputeBackend.ND4J)).compute(v);
        for (Map.Entry<String, Double> e : java.values().entrySet()) {
            assertTrue(TextureVolumes.close(e.getValue(), nd4j.get(e.getKey()), 1e-12, 1e-13),
                    e.getKey() + ": java " + e.getValue() + " nd4j " + nd4j.get(e.getKey()));
        }
    }

    /** Random count matrices (gappy grey levels and run lengths, real-valued weights) straight into both kernels. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void javaAndNd4jKernelsAgreeOnRandomMatrices(long seed) {
        System.out.println("GlrlmPropertyTest random matrix seed " + seed);
        Random r = new Random(seed);
        int ng = 1 + r.nextInt(30);
        int nr = 1 + r.nextInt(20);
        int na = 1 + r.nextInt(13);
        int[] levels = new int[ng];
        int[] lengths = new int[nr];
        for (int i = 0, g = 0; i < ng; i++) {
            g += 1 + r.nextInt(3);
            levels[i] = g;
        }
        for (int j = 0, l = 0; j < nr; j++) {
            l += 1 + r.nextInt(3);
            lengths[j] = l;
        }
        double[] counts = new double[na * ng * nr];
        for (int k = 0; k < counts.length; k++) {
            counts[k] = r.nextDouble() < 0.4 ? 0 : r.nextInt(50) + r.nextDouble();
        }
        for (int a = 0; a < na; a++) {
            counts[a * ng * nr] += 1;
        }
        int[][] dirs = new int[na][];
        for (int a = 0; a < na; a++) {
            dirs[a] = new int[] {0, 0, 1};
        }
        GlrlmCounts c = new GlrlmCounts(levels, lengths, dirs, false, na, counts);
        double[] vj = GlrlmKernels.aggregate(GlrlmKernels.perDirection(c));
        double[] vn = GlrlmKernels.aggregate(GlrlmNd4jKernel.perDirection(c));
        for (int f = 0; f < vj.length; f++) {
            assertTrue(TextureVolumes.close(vj[f], vn[f], 1e-12, 1e-13), f + ": java " + vj[f] + " nd4j " + vn[f]);
        }
    }
}
