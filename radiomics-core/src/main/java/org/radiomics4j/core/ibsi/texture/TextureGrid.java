package org.radiomics4j.core.ibsi.texture;

import java.util.List;
import org.radiomics4j.core.features.Directions;
import org.radiomics4j.core.ibsi.IbsiGreyLevels;

/**
 * The grid the IBSI texture matrix builders walk: grey levels (0 outside the intensity mask), the morphological
 * mask, and the neighbour offsets. A "unit" is one axial slice {@code z ≥ 0} (2-D and 2.5-D methods) or the whole
 * volume ({@code z = -1}, 3-D methods). The directions are the IBSI ones for Chebyshev distance 1, taken from the
 * shared {@link Directions} generator: 13 in 3-D, the 4 in-plane ones in 2-D. Package-private.
 */
final class TextureGrid {
    final int nx;
    final int ny;
    final int nz;
    final int ng;
    final int[] levels;
    final boolean[] morphological;
    final int[][] directions2d;
    final int[][] directions3d;

    TextureGrid(IbsiGreyLevels g) {
        nx = g.nx();
        ny = g.ny();
        nz = g.nz();
        ng = g.ng();
        int n = nx * ny * nz;
        levels = new int[n];
        morphological = new boolean[n];
        for (int i = 0; i < n; i++) {
            levels[i] = g.level(i);
            morphological[i] = g.roi().inMorphologicalMask(i);
        }
        // Directions drops offsets longer than the box on some axis; give it a box of at least 2 per axis so that
        // the IBSI direction sets are complete (an offset leaving a thin box simply finds no neighbour)
        int[] box = {Math.max(nz, 2), Math.max(ny, 2), Math.max(nx, 2)};
        directions2d = Directions.half(box, List.of(1), true, 0);
        directions3d = Directions.half(box, List.of(1), false, 0);
    }

    int index(int x, int y, int z) {
        return x + nx * (y + ny * z);
    }

    int firstSlice(int unit) {
        return unit < 0 ? 0 : unit;
    }

    int endSlice(int unit) {
        return unit < 0 ? nz : unit + 1;
    }

    /** Number of intensity-mask voxels in the unit. */
    int voxels(int unit) {
        int c = 0;
        for (int z = firstSlice(unit); z < endSlice(unit); z++) {
            for (int i = z * nx * ny; i < (z + 1) * nx * ny; i++) {
                if (levels[i] > 0) {
                    c++;
                }
            }
        }
        return c;
    }

    /** Whether {@code (x, y, z)} lies inside the unit. */
    boolean inside(int unit, int x, int y, int z) {
        return x >= 0 && x < nx && y >= 0 && y < ny && z >= firstSlice(unit) && z < endSlice(unit);
    }

    /** Neighbour offsets at Chebyshev distance 1 within the unit's dimensionality: 8 in-plane or 26 in 3-D. */
    int[][] neighbourhood(int unit) {
        int[][] half = unit < 0 ? directions3d : directions2d;
        int[][] all = new int[2 * half.length][];
        for (int k = 0; k < half.length; k++) {
            all[k] = half[k];
            all[half.length + k] = new int[] {-half[k][0], -half[k][1], -half[k][2]};
        }
        return all;
    }
}
