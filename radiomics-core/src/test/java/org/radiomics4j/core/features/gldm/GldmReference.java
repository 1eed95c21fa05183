package org.radiomics4j.core.features.gldm;

import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.Directions;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.features.GrayLevelSizeMatrix;
import org.radiomics4j.core.features.internal.LabelCompaction;
import org.radiomics4j.core.features.internal.PaddedLevelGridReference;

/**
 * Reference (test) GLDM matrix builder: {@code Gldm.matrix} as it was before the speed work of issue 11 (one
 * branchy neighbour loop per ROI voxel, dependence sizes stored, then counted).
 */
public final class GldmReference {
    private GldmReference() {
    }

    /** The dependence matrix of {@code image} under {@code settings}. */
    public static GrayLevelSizeMatrix matrix(ExtractionSettings settings, GrayLevelVolume image) {
        PaddedLevelGridReference grid = PaddedLevelGridReference.of(image,
                PaddedLevelGridReference.maxDistance(settings.distances()));
        int[][] dirs = Directions.full(grid.sizeZyx(), settings.distances(), settings.force2D(),
                settings.force2Ddimension());
        int[] offsets = grid.flatOffsets(dirs);
        int[] lv = grid.levels();
        int alpha = (int) Math.floor(settings.gldmA());
        int ng = image.ng();
        int[] roi = grid.roiIndices();
        int[] depOf = new int[roi.length];
        int[] rowOf = new int[ng + 1];
        int[] colOf = new int[offsets.length + 2];
        for (int k = 0; k < roi.length; k++) {
            int idx = roi[k];
            int g = lv[idx];
            int dep = 1;
            if (alpha == 0) {
                for (int off : offsets) {
                    if (lv[idx + off] == g) {
                        dep++;
                    }
                }
            } else {
                for (int off : offsets) {
                    int n = lv[idx + off];
                    if (n != 0 && Math.abs(n - g) <= alpha) {
                        dep++;
                    }
                }
            }
            depOf[k] = dep;
            rowOf[g] = 1;
            colOf[dep] = 1;
        }
        int[] levels = LabelCompaction.compact(rowOf);
        int[] sizes = LabelCompaction.compact(colOf);
        int[] counts = new int[levels.length * sizes.length];
        for (int k = 0; k < roi.length; k++) {
            counts[rowOf[lv[roi[k]]] * sizes.length + colOf[depOf[k]]]++;
        }
        return new GrayLevelSizeMatrix(FeatureClass.GLDM, levels, sizes, counts, grid.roiCount());
    }
}
