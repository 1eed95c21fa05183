package org.radiomics4j.core.features.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.features.Directions;

/**
 * Seeded property tests (each prints its seed): the padded grids and the GLCM pair counting against their plain
 * reference copies ({@link PaddedLevelGridReference}, {@link DirectionalGridReference},
 * {@link GlcmCountsReference}) on random small volumes: odd shapes, one-voxel-thick boxes, one or many grey
 * levels, holes, several components.
 */
class NeighbourGridPropertyTest {

    static LongStream seeds() {
        return LongStream.range(4000, 4080);
    }

    /** A random volume: shapes 1..9 per axis, 1..(1 or 6 or 300) levels, hole fraction 0, 0.3 or 0.7. */
    static GrayLevelVolume volume(long seed) {
        Random r = new Random(seed);
        int maxLevel = switch (r.nextInt(3)) {
            case 0 -> 1;
            case 1 -> 6;
            default -> 300;
        };
        double holes = switch (r.nextInt(3)) {
            case 0 -> 0.0;
            case 1 -> 0.3;
            default -> 0.7;
        };
        GrayLevelVolume v = TextureVolumes.random(seed * 31 + 7, 9, maxLevel, holes);
        if (v.roiVoxelCount() == 0) {
            int[] lev = v.levels().clone();
            lev[lev.length / 2] = 1;
            v = GrayLevelVolume.of(lev, v.nx(), v.ny(), v.nz());
        }
        return v;
    }

    static List<Integer> distances(long seed) {
        return switch ((int) (seed % 4)) {
            case 0 -> List.of(1, 2);
            case 1 -> List.of(2);
            default -> List.of(1);
        };
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void paddedLevelGridEqualsReference(long seed) {
        System.out.println("NeighbourGridPropertyTest seed " + seed);
        GrayLevelVolume v = volume(seed);
        int pad = 1 + (int) (seed % 3);
        PaddedLevelGrid g = PaddedLevelGrid.of(v, pad);
        PaddedLevelGridReference ref = PaddedLevelGridReference.of(v, pad);
        assertArrayEquals(ref.levels(), g.levels());
        assertArrayEquals(ref.roiIndices(), g.roiIndices());
        assertEquals(ref.roiCount(), g.roiCount());
        int[][] dirs = Directions.full(g.sizeZyx(), List.of(1), false, 0);
        assertArrayEquals(ref.flatOffsets(dirs), g.flatOffsets(dirs));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void directionalGridEqualsReference(long seed) {
        System.out.println("NeighbourGridPropertyTest seed " + seed);
        GrayLevelVolume v = volume(seed);
        int pad = 1 + (int) (seed % 3);
        DirectionalGrid g = DirectionalGrid.of(v, pad);
        DirectionalGridReference ref = DirectionalGridReference.of(v, pad);
        assertArrayEquals(ref.levels(), g.levels());
        assertArrayEquals(ref.roi(), g.roi());
        assertArrayEquals(ref.histogram(), g.histogram());
        assertEquals(ref.ng(), g.ng());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void glcmPairCountsEqualReference(long seed) {
        System.out.println("NeighbourGridPropertyTest seed " + seed);
        GrayLevelVolume v = volume(seed);
        List<Integer> distances = distances(seed);
        boolean force2D = seed % 5 == 0;
        int dim = (int) (seed % 3);
        DirectionalGrid grid = DirectionalGrid.of(v, PaddedLevelGrid.maxDistance(distances));
        int[][] dirs = Directions.half(grid.sizeZyx(), distances, force2D, dim);
        assertArrayEquals(GlcmCountsReference.rawCounts(v, distances, force2D, dim),
                GlcmKernels.countPairs(grid, dirs));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void badLevelNamedAsBefore(long seed) {
        System.out.println("NeighbourGridPropertyTest seed " + seed);
        GrayLevelVolume v = volume(seed);
        int[] lev = v.levels().clone();
        Random r = new Random(seed);
        int at = r.nextInt(lev.length);
        lev[at] = r.nextBoolean() ? -1 - r.nextInt(5) : v.ng() + 1 + r.nextInt(5);
        GrayLevelVolume bad = new GrayLevelVolume(v.nx(), v.ny(), v.nz(), lev, v.ng(), v.spacing());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PaddedLevelGrid.of(bad, 1));
        IllegalArgumentException ref = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> PaddedLevelGridReference.of(bad, 1));
        assertEquals(ref.getMessage(), e.getMessage());
        IllegalArgumentException d = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> DirectionalGrid.of(bad, 1));
        IllegalArgumentException dRef = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> DirectionalGridReference.of(bad, 1));
        assertEquals(dRef.getMessage(), d.getMessage());
    }
}
