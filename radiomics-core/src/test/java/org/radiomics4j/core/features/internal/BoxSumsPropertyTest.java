package org.radiomics4j.core.features.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.features.Directions;

/**
 * Seeded property tests (each prints its seed): {@link BoxSums} against a brute-force box sum over the unpadded
 * volume, and {@link NeighbourRows#boxRadii} against the distance sets it must accept ({@code 1..D}, 3-D and
 * force2D) and refuse (a shell such as {@code {2}}), on random small volumes including one-voxel-thick boxes.
 */
class BoxSumsPropertyTest {

    static LongStream seeds() {
        return LongStream.range(9500, 9580);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void boxSumsEqualBruteForce(long seed) {
        System.out.println("BoxSumsPropertyTest seed " + seed);
        Random r = new Random(seed);
        GrayLevelVolume v = TextureVolumes.random(r.nextLong(), 9, 1 + r.nextInt(30), r.nextDouble() * 0.6);
        if (v.roiVoxelCount() == 0) {
            int[] lev = v.levels().clone();
            lev[0] = 1;
            v = GrayLevelVolume.of(lev, v.nx(), v.ny(), v.nz());
        }
        int pad = 1 + r.nextInt(2);
        int[] radii = {r.nextInt(pad + 1), r.nextInt(pad + 1), r.nextInt(pad + 1)};
        long[] table = new long[v.ng() + 1];
        for (int g = 1; g <= v.ng(); g++) {
            table[g] = r.nextInt(1000) + ((long) r.nextInt(100) << 32);
        }
        PaddedLevelGrid grid = PaddedLevelGrid.of(v, pad);
        BoxSums box = new BoxSums(grid, radii);
        box.start(table);
        for (int z = 0; z < v.nz(); z++) {
            long[] b = box.slice(z);
            for (int y = 0; y < v.ny(); y++) {
                for (int x = 0; x < v.nx(); x++) {
                    long expected = 0;
                    for (int dz = -radii[0]; dz <= radii[0]; dz++) {
                        for (int dy = -radii[1]; dy <= radii[1]; dy++) {
                            for (int dx = -radii[2]; dx <= radii[2]; dx++) {
                                int xx = x + dx;
                                int yy = y + dy;
                                int zz = z + dz;
                                if (xx >= 0 && xx < v.nx() && yy >= 0 && yy < v.ny() && zz >= 0 && zz < v.nz()) {
                                    expected += table[v.level(xx, yy, zz)];
                                }
                            }
                        }
                    }
                    int idx = grid.rowStart(y, z) + x;
                    assertEquals(expected, b[idx - box.sliceStart(z)], "voxel " + x + "," + y + "," + z);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void boxRadiiOfDistanceSets(long seed) {
        System.out.println("BoxSumsPropertyTest seed " + seed);
        Random r = new Random(seed);
        int[] size = {1 + r.nextInt(6), 1 + r.nextInt(6), 1 + r.nextInt(6)};
        boolean force2D = r.nextBoolean();
        int dim = r.nextInt(3);
        int[][] one = Directions.full(size, List.of(1), force2D, dim);
        int[][] two = Directions.full(size, List.of(1, 2), force2D, dim);
        int[][] shell = Directions.full(size, List.of(2), force2D, dim);
        if (one.length > 0) {
            int[] radii = NeighbourRows.boxRadii(one, size);
            assertNotNull(radii);
            for (int k = 0; k < 3; k++) {
                int expected = (force2D && k == dim) || size[k] == 1 ? 0 : 1;
                assertEquals(expected, radii[k], "axis " + k);
            }
        }
        if (two.length > 0) {
            assertNotNull(NeighbourRows.boxRadii(two, size));
        }
        // a non-empty shell {2} reaches 2 along some axis, so the box misses the offset 1 along that axis
        if (shell.length > 0) {
            assertNull(NeighbourRows.boxRadii(shell, size));
        }
        assertNull(NeighbourRows.boxRadii(new int[][] {{0, 0, 1}}, new int[] {5, 5, 5}));
    }
}
