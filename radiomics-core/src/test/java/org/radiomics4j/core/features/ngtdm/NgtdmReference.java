package org.radiomics4j.core.features.ngtdm;

import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.Directions;
import org.radiomics4j.core.features.internal.LabelCompaction;
import org.radiomics4j.core.features.internal.PaddedLevelGridReference;

/**
 * Reference (test) NGTDM builder: {@code Ngtdm.matrix} as it was before the speed work of issue 11 (one branchy
 * neighbour loop per ROI voxel).
 */
public final class NgtdmReference {
    private NgtdmReference() {
    }

    /** The NGTDM of {@code image} under {@code settings}. */
    public static NgtdmMatrix matrix(ExtractionSettings settings, GrayLevelVolume image) {
        PaddedLevelGridReference grid = PaddedLevelGridReference.of(image,
                PaddedLevelGridReference.maxDistance(settings.distances()));
        int[][] dirs = Directions.full(grid.sizeZyx(), settings.distances(), settings.force2D(),
                settings.force2Ddimension());
        int[] offsets = grid.flatOffsets(dirs);
        int[] lv = grid.levels();
        int ng = image.ng();
        int[] count = new int[ng + 1];
        double[] sum = new double[ng + 1];
        for (int idx : grid.roiIndices()) {
            int g = lv[idx];
            int nbCount = 0;
            int nbSum = 0;
            for (int off : offsets) {
                int v = lv[idx + off];
                if (v != 0) {
                    nbCount++;
                    nbSum += v;
                }
            }
            count[g]++;
            if (nbCount != 0) {
                sum[g] += Math.abs(g - (double) nbSum / nbCount);
            }
        }
        int[] flags = new int[ng + 1];
        for (int g = 1; g <= ng; g++) {
            flags[g] = count[g] != 0 ? 1 : 0;
        }
        int[] levels = LabelCompaction.compact(flags);
        int[] n = new int[levels.length];
        double[] s = new double[levels.length];
        for (int r = 0; r < levels.length; r++) {
            n[r] = count[levels[r]];
            s[r] = sum[levels[r]];
        }
        return new NgtdmMatrix(levels, n, s, grid.roiCount());
    }
}
