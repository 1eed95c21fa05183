package org.radiomics4j.core.features.glszm;

import java.util.Arrays;

import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.features.GrayLevelSizeMatrix;
import org.radiomics4j.core.features.internal.LabelCompaction;

/**
 * The zones of a padded level grid (connected sets of equal non-zero levels) and their size zone matrix.
 *
 * <p><b>Labelling.</b> One scan in increasing flat index with a union-find whose links always point to a smaller
 * index. A voxel {@code p} of level {@code g} only looks at its already-scanned ("back") neighbours {@code B}, in a
 * fixed order of candidates {@code s₁, s₂, …}: at the first candidate of level {@code g} it joins that
 * neighbour's zone and then checks only the back neighbours {@code b} that are not adjacent to {@code p + s}
 * ({@code b − s ∉ N}, {@code N} the whole neighbourhood) and not an earlier candidate (those are known to have
 * another level). A back neighbour adjacent to {@code p + s} was compared with it earlier (whichever of the two
 * came later in the scan saw the other as a back neighbour), so if it has level {@code g} it is in that zone
 * already. Candidates are ordered by how few neighbours they leave to check (in 3-D the voxel at {@code z − 1} is
 * adjacent to every other back neighbour, so it leaves none), then by distance in the flat array. When no back
 * neighbour has level {@code g} all were compared and {@code p} starts a zone. This is the decision-tree idea of
 * Wu, Otoo and Suzuki, "Optimizing two-pass connected-component labeling algorithms", Pattern Anal. Appl. 12
 * (2009) 117-135, derived from the offsets instead of hand-written, so it holds for every neighbourhood
 * {@code Directions.full} returns (3-D, {@code force2D} on any axis, offsets dropped on thin boxes).
 *
 * <p><b>Counting.</b> A second scan in increasing order numbers the zones by their first voxel and writes
 * {@code −1 − zone} over each voxel's parent: a voxel's parent is an earlier voxel of its zone, already numbered.
 * Zone sizes are compacted without a flag array as long as the largest zone (which may hold millions of voxels):
 * sizes up to {@link #DENSE_SIZES} through a small flag array, larger ones (at most {@code N_p / DENSE_SIZES}
 * zones) by sorting.
 *
 * <p>Internal to {@link Glszm}; the plain reference builder it must agree with is in the tests.
 */
final class ZoneLabelling {
    /** Zone sizes up to this value are compacted through a dense flag array, larger ones by sorting. */
    static final int DENSE_SIZES = 4096;

    private ZoneLabelling() {
    }

    /**
     * The decision order for the back neighbours: {@code candidates[j]} (flat offsets), and for each the flat offsets
     * still to check when it is the first same-level one, {@code rest[restFrom[j] .. restFrom[j+1])}.
     */
    record Plan(int[] candidates, int[] restFrom, int[] rest) {
    }

    /**
     * The plan for the neighbourhood {@code dirs} ({@code {dz,dy,dx}}, closed under negation) with flat offsets
     * {@code offsets} (same order).
     */
    static Plan plan(int[][] dirs, int[] offsets) {
        int nBack = 0;
        for (int off : offsets) {
            if (off < 0) {
                nBack++;
            }
        }
        int[][] vec = new int[nBack][];
        int[] flat = new int[nBack];
        for (int k = 0, b = 0; k < offsets.length; k++) {
            if (offsets[k] < 0) {
                vec[b] = dirs[k];
                flat[b++] = offsets[k];
            }
        }
        int[] uncovered = new int[nBack];
        for (int j = 0; j < nBack; j++) {
            for (int k = 0; k < nBack; k++) {
                if (k != j && !adjacent(dirs, vec[k], vec[j])) {
                    uncovered[j]++;
                }
            }
        }
        // selection sort: fewest uncovered first, then the nearest (largest negative offset); ties keep input order
        int[] order = new int[nBack];
        boolean[] taken = new boolean[nBack];
        for (int j = 0; j < nBack; j++) {
            int best = -1;
            for (int k = 0; k < nBack; k++) {
                if (!taken[k] && (best < 0 || uncovered[k] < uncovered[best]
                        || uncovered[k] == uncovered[best] && flat[k] > flat[best])) {
                    best = k;
                }
            }
            taken[best] = true;
            order[j] = best;
        }
        int[] candidates = new int[nBack];
        int[] restFrom = new int[nBack + 1];
        int[] rest = new int[nBack * nBack];
        int nRest = 0;
        boolean[] earlier = new boolean[nBack];
        for (int j = 0; j < nBack; j++) {
            int c = order[j];
            candidates[j] = flat[c];
            restFrom[j] = nRest;
            for (int k = 0; k < nBack; k++) {
                if (k != c && !earlier[k] && !adjacent(dirs, vec[k], vec[c])) {
                    rest[nRest++] = flat[k];
                }
            }
            earlier[c] = true;
        }
        restFrom[nBack] = nRest;
        return new Plan(candidates, restFrom, Arrays.copyOf(rest, nRest));
    }

    /** Whether {@code b − s} is one of the offsets {@code dirs} (the voxels at {@code b} and {@code s} touch). */
    private static boolean adjacent(int[][] dirs, int[] b, int[] s) {
        int dz = b[0] - s[0];
        int dy = b[1] - s[1];
        int dx = b[2] - s[2];
        for (int[] d : dirs) {
            if (d[0] == dz && d[1] == dy && d[2] == dx) {
                return true;
            }
        }
        return false;
    }

    /**
     * Union-find over flat indices: after the call {@code parent[p]} is, for every ROI voxel {@code p}, a voxel of
     * its zone with index {@code ≤ p} (equal only for the zone's first voxel, its root).
     *
     * @param lv padded levels (0 outside the ROI and in the border)
     * @param roi padded indices of the ROI voxels, increasing
     * @param parent box-sized, zero on entry
     */
    static void link(int[] lv, int[] roi, int[] parent, Plan plan) {
        int[] cand = plan.candidates();
        int[] restFrom = plan.restFrom();
        int[] rest = plan.rest();
        int nc = cand.length;
        for (int p : roi) {
            int g = lv[p];
            int root = p;
            for (int j = 0; j < nc; j++) {
                int s = p + cand[j];
                if (lv[s] == g) {
                    root = find(parent, s);
                    for (int k = restFrom[j], e = restFrom[j + 1]; k < e; k++) {
                        int b = p + rest[k];
                        if (lv[b] == g) {
                            int r = find(parent, b);
                            // link the larger root under the smaller
                            if (r < root) {
                                parent[root] = r;
                                root = r;
                            } else if (r > root) {
                                parent[r] = root;
                            }
                        }
                    }
                    break;
                }
            }
            parent[p] = root;
        }
    }

    /** Root of {@code x}'s set, halving the path on the way. */
    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Zones as parallel arrays, numbered by their first voxel. */
    record Zones(int count, int[] levels, int[] sizes) {
    }

    /**
     * Numbers the zones after {@link #link}; overwrites {@code parent[p]} with {@code −1 − zone} for every ROI voxel.
     */
    static Zones zones(int[] lv, int[] roi, int[] parent) {
        int[] levels = new int[Math.max(16, roi.length >>> 6)];
        int[] sizes = new int[levels.length];
        int n = 0;
        for (int p : roi) {
            int q = parent[p];
            int z;
            if (q == p) {
                if (n == levels.length) {
                    levels = Arrays.copyOf(levels, 2 * n);
                    sizes = Arrays.copyOf(sizes, 2 * n);
                }
                z = n++;
                levels[z] = lv[p];
            } else {
                // q < p is in the same zone and already numbered
                z = -1 - parent[q];
            }
            sizes[z]++;
            parent[p] = -1 - z;
        }
        return new Zones(n, levels, sizes);
    }

    /**
     * The size zone matrix: rows the levels that occur, columns the zone sizes that occur, both increasing.
     *
     * @param ng highest possible level
     * @param roiVoxels {@code N_p}
     */
    static GrayLevelSizeMatrix matrix(Zones zones, int ng, int roiVoxels) {
        int n = zones.count();
        int[] zl = zones.levels();
        int[] zs = zones.sizes();
        int[] rowOf = new int[ng + 1];
        int[] denseCol = new int[DENSE_SIZES + 1];
        int nLarge = 0;
        for (int z = 0; z < n; z++) {
            rowOf[zl[z]] = 1;
            if (zs[z] <= DENSE_SIZES) {
                denseCol[zs[z]] = 1;
            } else {
                nLarge++;
            }
        }
        int[] levels = LabelCompaction.compact(rowOf);
        int[] small = LabelCompaction.compact(denseCol);
        int[] large = distinctLarge(zs, n, nLarge);
        int cols = small.length + large.length;
        int[] sizes = Arrays.copyOf(small, cols);
        System.arraycopy(large, 0, sizes, small.length, large.length);
        int[] counts = new int[levels.length * cols];
        for (int z = 0; z < n; z++) {
            int s = zs[z];
            int col = s <= DENSE_SIZES ? denseCol[s] : small.length + Arrays.binarySearch(large, s);
            counts[rowOf[zl[z]] * cols + col]++;
        }
        return new GrayLevelSizeMatrix(FeatureClass.GLSZM, levels, sizes, counts, roiVoxels);
    }

    /** The distinct sizes above {@link #DENSE_SIZES} among {@code sizes[0..n)}, increasing. */
    private static int[] distinctLarge(int[] sizes, int n, int nLarge) {
        int[] large = new int[nLarge];
        int k = 0;
        for (int z = 0; z < n; z++) {
            if (sizes[z] > DENSE_SIZES) {
                large[k++] = sizes[z];
            }
        }
        Arrays.sort(large);
        int d = 0;
        for (int i = 0; i < nLarge; i++) {
            if (d == 0 || large[i] != large[d - 1]) {
                large[d++] = large[i];
            }
        }
        return Arrays.copyOf(large, d);
    }
}
