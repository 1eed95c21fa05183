package org.radiomics4j.core.features.internal;

import java.util.List;

import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.features.Directions;

/**
 * Reference (test) GLCM pair counting: {@code GlcmKernels.countPairs} over {@link DirectionalGridReference} as it
 * was before the speed work of issue 11.
 */
public final class GlcmCountsReference {
    private GlcmCountsReference() {
    }

    /** Raw pair counts {@code [a][g(v)][g(v+d)]} over levels {@code 0..ng} for the half directions. */
    public static int[] rawCounts(GrayLevelVolume volume, List<Integer> distances, boolean force2D, int dim) {
        DirectionalGridReference grid = DirectionalGridReference.of(volume, PaddedLevelGrid.maxDistance(distances));
        int[][] dirs = Directions.half(grid.sizeZyx(), distances, force2D, dim);
        int na = dirs.length;
        int w = grid.ng() + 1;
        int[] off = new int[na];
        for (int a = 0; a < na; a++) {
            off[a] = grid.linearOffset(dirs[a]);
        }
        int[] cnt = new int[na * w * w];
        int[] lev = grid.levels();
        int block = w * w;
        for (int p : grid.roi()) {
            int row = lev[p] * w;
            for (int a = 0, base = 0; a < na; a++, base += block) {
                cnt[base + row + lev[p + off[a]]]++;
            }
        }
        return cnt;
    }
}
