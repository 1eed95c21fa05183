package org.radiomics4j.core.features.glszm;

import java.util.List;
import java.util.Objects;

import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.features.Directions;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.features.GrayLevelSizeMatrix;
import org.radiomics4j.core.features.internal.LabelCompaction;
import org.radiomics4j.core.features.internal.ReferencePadding;

/**
 * The plain reference GLSZM builder: the implementation of {@code Glszm.matrix} before the optimised zone labelling
 * (a union-find over every flat index of the padded box, each ROI voxel joined to all its earlier same-level
 * neighbours, zone sizes counted in a box-sized array), on its own padded copy ({@code ReferencePadding}). The
 * optimised builder must return the same matrix.
 */
final class GlszmReferenceKernel {
    private GlszmReferenceKernel() {
    }

    /** The size zone matrix of {@code image}, as {@code Glszm.matrix} computed it. */
    static GrayLevelSizeMatrix matrix(GrayLevelVolume image, boolean force2D, int force2Ddimension) {
        Objects.requireNonNull(image, "image");
        ReferencePadding grid = ReferencePadding.of(image);
        if (grid.roi().length == 0) {
            throw new IllegalArgumentException("image has no ROI voxel");
        }
        int[][] dirs = Directions.full(new int[] {image.nz(), image.ny(), image.nx()}, List.of(1), force2D,
                force2Ddimension);
        int[] offsets = new int[dirs.length];
        for (int k = 0; k < dirs.length; k++) {
            offsets[k] = grid.offset(dirs[k]);
        }
        // only the neighbours already visited in scan order (negative flat offset): half of the neighbourhood
        int nBack = 0;
        for (int off : offsets) {
            if (off < 0) {
                nBack++;
            }
        }
        int[] back = new int[nBack];
        int b = 0;
        for (int off : offsets) {
            if (off < 0) {
                back[b++] = off;
            }
        }
        int[] lv = grid.levels();
        int[] roi = grid.roi();
        // union-find over flat indices: each ROI voxel joins the zones of its earlier same-level neighbours
        int[] parent = new int[lv.length];
        for (int idx : roi) {
            int g = lv[idx];
            int root = -1;
            for (int off : back) {
                int nb = idx + off;
                if (lv[nb] == g) {
                    int r = find(parent, nb);
                    if (root < 0) {
                        root = r;
                    } else if (r != root) {
                        // link the larger root index under the smaller
                        if (root < r) {
                            parent[r] = root;
                        } else {
                            parent[root] = r;
                            root = r;
                        }
                    }
                }
            }
            parent[idx] = root < 0 ? idx : root;
        }
        // every parent link points to a smaller index, so in ascending order one step reaches the (already
        // resolved) root
        int[] sizeAtRoot = new int[lv.length];
        for (int idx : roi) {
            int root = parent[parent[idx]];
            parent[idx] = root;
            sizeAtRoot[root]++;
        }
        int nZones = 0;
        int maxSize = 0;
        for (int idx : roi) {
            if (parent[idx] == idx) {
                nZones++;
                maxSize = Math.max(maxSize, sizeAtRoot[idx]);
            }
        }
        int[] zoneLevel = new int[nZones];
        int[] zoneSize = new int[nZones];
        int z0 = 0;
        for (int idx : roi) {
            if (parent[idx] == idx) {
                zoneLevel[z0] = lv[idx];
                zoneSize[z0++] = sizeAtRoot[idx];
            }
        }
        int ng = image.ng();
        int[] rowOf = new int[ng + 1];
        int[] colOf = new int[maxSize + 1];
        for (int z = 0; z < nZones; z++) {
            rowOf[zoneLevel[z]] = 1;
            colOf[zoneSize[z]] = 1;
        }
        int[] levels = LabelCompaction.compact(rowOf);
        int[] sizes = LabelCompaction.compact(colOf);
        int[] counts = new int[levels.length * sizes.length];
        for (int z = 0; z < nZones; z++) {
            counts[rowOf[zoneLevel[z]] * sizes.length + colOf[zoneSize[z]]]++;
        }
        return new GrayLevelSizeMatrix(FeatureClass.GLSZM, levels, sizes, counts, roi.length);
    }

    /** Root of {@code x}'s set, halving the path on the way. */
    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

}
