package org.radiomics4j.core.features.gldm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.GrayLevelSizeMatrix;
import org.radiomics4j.core.features.internal.TextureVolumes;

/**
 * Seeded property test (prints its seed): the branch-free GLDM builder against {@link GldmReference}, the previous
 * plain builder, on random small volumes (odd shapes, one-voxel-thick boxes, one to thousands of grey levels, so
 * both the dense and the two-pass path run; holes; several components), for {@code gldm_a} 0, fractional, small,
 * and huge, distances 1, 2 and both, in 3-D and force2D.
 */
class GldmPropertyTest {

    static LongStream seeds() {
        return LongStream.range(5000, 5150);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void matrixEqualsReference(long seed) {
        System.out.println("GldmPropertyTest seed " + seed);
        Random r = new Random(seed);
        // 1 and 5 levels: one pass of level fields; 20: two passes; 40: row kernels; 4000: the two-pass counting
        int maxLevel = new int[] {1, 5, 20, 40, 4000}[r.nextInt(5)];
        double holes = new double[] {0.0, 0.2, 0.6}[r.nextInt(3)];
        GrayLevelVolume v = TextureVolumes.random(r.nextLong(), 8, maxLevel, holes);
        if (v.roiVoxelCount() == 0) {
            int[] lev = v.levels().clone();
            lev[0] = 1;
            v = GrayLevelVolume.of(lev, v.nx(), v.ny(), v.nz());
        }
        double a = new double[] {0, 0, 1, 1.5, 2, 7, 1e12, 0.25}[r.nextInt(8)];
        List<Integer> distances = List.of(List.of(1), List.of(1), List.of(2), List.of(1, 2)).get(r.nextInt(4));
        boolean force2D = r.nextInt(4) == 0;
        ExtractionSettings s = ExtractionSettings.defaults().withGldmA(a).withDistances(distances)
                .withForce2D(force2D).withForce2Ddimension(r.nextInt(3));
        GrayLevelSizeMatrix got = Gldm.of(s).matrix(v);
        GrayLevelSizeMatrix ref = GldmReference.matrix(s, v);
        assertArrayEquals(ref.grayLevels(), got.grayLevels());
        assertArrayEquals(ref.sizes(), got.sizes());
        assertArrayEquals(ref.counts(), got.counts());
        assertEquals(ref.roiVoxelCount(), got.roiVoxelCount());
    }
}
