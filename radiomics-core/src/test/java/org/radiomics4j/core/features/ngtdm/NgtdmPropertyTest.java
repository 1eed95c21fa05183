package org.radiomics4j.core.features.ngtdm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.internal.TextureVolumes;

/**
 * Seeded property test (prints its seed): the branch-free NGTDM builder against {@link NgtdmReference}, the
 * previous plain builder, bit for bit ({@code s_i} are doubles summed in voxel order), on random small volumes (odd
 * shapes, one-voxel-thick boxes, one to hundreds of grey levels, holes, several components, isolated voxels with no
 * ROI neighbour), distances 1, 2 and both, in 3-D and force2D.
 */
class NgtdmPropertyTest {

    static LongStream seeds() {
        return LongStream.range(6000, 6120);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void matrixEqualsReference(long seed) {
        System.out.println("NgtdmPropertyTest seed " + seed);
        Random r = new Random(seed);
        int maxLevel = new int[] {1, 5, 40, 400}[r.nextInt(4)];
        double holes = new double[] {0.0, 0.2, 0.8}[r.nextInt(3)];
        GrayLevelVolume v = TextureVolumes.random(r.nextLong(), 8, maxLevel, holes);
        if (v.roiVoxelCount() == 0) {
            int[] lev = v.levels().clone();
            lev[0] = 1;
            v = GrayLevelVolume.of(lev, v.nx(), v.ny(), v.nz());
        }
        List<Integer> distances = List.of(List.of(1), List.of(1), List.of(2), List.of(1, 2)).get(r.nextInt(4));
        ExtractionSettings s = ExtractionSettings.defaults().withDistances(distances)
                .withForce2D(r.nextInt(4) == 0).withForce2Ddimension(r.nextInt(3));
        NgtdmMatrix got = Ngtdm.of(s).matrix(v);
        NgtdmMatrix ref = NgtdmReference.matrix(s, v);
        assertArrayEquals(ref.grayLevels(), got.grayLevels());
        assertArrayEquals(ref.counts(), got.counts());
        assertEquals(ref.differenceSums().length, got.differenceSums().length);
        for (int k = 0; k < ref.differenceSums().length; k++) {
            assertEquals(Double.doubleToRawLongBits(ref.differenceSums()[k]),
                    Double.doubleToRawLongBits(got.differenceSums()[k]), "s_i of level " + ref.grayLevels()[k]);
        }
        assertEquals(ref.roiVoxelCount(), got.roiVoxelCount());
    }
}
