package org.radiomics4j.core.features.internal;

import java.util.SplittableRandom;

import org.radiomics4j.core.discretize.GrayLevelVolume;

/**
 * Seeded random grey-level boxes for the property tests that compare an optimised matrix builder with its plain
 * reference kernel. One seed gives one volume; the kinds cycle with the seed so every run covers: odd box shapes
 * (1..13 voxels per axis), 1-voxel-thick boxes along each axis, a single grey level, many grey levels (up to 60,
 * with gaps and with {@code ng} above the highest level present), holes (0 = outside the ROI) from none to most
 * voxels (several components), and smooth volumes whose runs and zones are long.
 */
public final class KernelTestVolumes {
    private KernelTestVolumes() {
    }

    /** The volume of {@code seed} (see the class comment); never empty. */
    public static GrayLevelVolume random(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int kind = (int) Math.floorMod(seed, 6L);
        int nx = 1 + rnd.nextInt(13);
        int ny = 1 + rnd.nextInt(13);
        int nz = 1 + rnd.nextInt(13);
        switch (kind) {
            case 1 -> nx = 1;
            case 2 -> ny = 1;
            case 3 -> nz = 1;
            default -> {
            }
        }
        int levelCount = switch (kind) {
            case 0 -> 1;
            case 4 -> 20 + rnd.nextInt(41);
            default -> 1 + rnd.nextInt(6);
        };
        double hole = switch (rnd.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 0.1;
            case 2 -> 0.4;
            default -> 0.8;
        };
        boolean smooth = kind == 5 || rnd.nextInt(3) == 0;
        int[] lv = new int[nx * ny * nz];
        for (int z = 0, i = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++, i++) {
                    if (rnd.nextDouble() < hole) {
                        continue;
                    }
                    lv[i] = smooth ? 1 + Math.floorMod((x / 3) + (y / 2) + z / 4 + (rnd.nextInt(8) == 0 ? 1 : 0),
                            levelCount) : 1 + rnd.nextInt(levelCount);
                }
            }
        }
        if (lv[lv.length / 2] == 0) {
            lv[lv.length / 2] = 1;
        }
        int max = 0;
        for (int v : lv) {
            max = Math.max(max, v);
        }
        int ng = max + (rnd.nextBoolean() ? 0 : rnd.nextInt(5));
        double[] spacing = {0.5 + rnd.nextInt(4) * 0.25, 0.5 + rnd.nextInt(4) * 0.25, 1 + rnd.nextInt(3) * 0.5};
        return new GrayLevelVolume(nx, ny, nz, lv, ng, spacing);
    }
}
