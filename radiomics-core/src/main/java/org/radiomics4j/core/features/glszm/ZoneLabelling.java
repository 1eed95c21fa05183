package org.radiomics4j.core.features.glszm;

import java.util.Arrays;

import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.features.GrayLevelSizeMatrix;
import org.radiomics4j.core.features.internal.LabelCompaction;

/**
 * The zones of a grey-level volume (connected sets of equal non-zero levels) and their size zone matrix.
 *
 * <p><b>Labelling.</b> One scan in increasing index (x fastest) over a zero-padded copy of the levels with a
 * union-find of provisional labels whose links always point to a smaller label. A voxel {@code p} of level
 * {@code g} only looks at its already-scanned ("back") neighbours {@code B}, in a fixed order of candidates
 * {@code s₁, s₂, …}: at the first candidate of level {@code g} it joins that neighbour's zone and then checks only
 * the back neighbours {@code b} that are not adjacent to {@code p + s} ({@code b − s ∉ N}, {@code N} the whole
 * neighbourhood) and not an earlier candidate (those are known to have another level). A back neighbour adjacent to
 * {@code p + s} was compared with it earlier (whichever of the two came later in the scan saw the other as a back
 * neighbour), so if it has level {@code g} it is in that zone already. Candidates are ordered by how few neighbours
 * they leave to check (in 3-D the voxel at {@code z − 1} is adjacent to every other back neighbour, so it leaves
 * none), then by distance in the flat array. When no back neighbour has level {@code g} all were compared and
 * {@code p} starts a zone. This is the decision-tree idea of Wu, Otoo and Suzuki, "Optimizing two-pass
 * connected-component labeling algorithms", Pattern Anal. Appl. 12 (2009) 117-135, derived from the offsets
 * instead of hand-written, so it holds for every neighbourhood {@code Directions.full} returns (3-D,
 * {@code force2D} on any axis, offsets dropped on thin boxes).
 *
 * <p><b>Memory.</b> Back neighbours lie in the current or the previous slice, so only two padded slices of levels
 * and of labels are kept; each root label holds its zone's size, so no box-sized array is allocated. Zone sizes
 * are compacted without a flag array as long as the largest zone (which may hold millions of voxels): sizes up to
 * {@link #DENSE_SIZES} through a small flag array, larger ones (at most {@code N_p / DENSE_SIZES} zones) by
 * sorting.
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
     * The plan for the neighbourhood {@code dirs} ({@code {dz,dy,dx}}, closed under negation, each component in
     * {@code -1..1}) in a padded layout of rows of {@code px} and slices of {@code px·py} entries.
     */
    static Plan plan(int[][] dirs, int px, int py) {
        int[] offsets = new int[dirs.length];
        for (int k = 0; k < dirs.length; k++) {
            offsets[k] = dirs[k][2] + px * (dirs[k][1] + py * dirs[k][0]);
        }
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
     * Labels the zones of {@code image}, slice by slice. Only two zero-padded slices of levels and of provisional
     * labels are kept ({@code [previous | current]}, each {@code (nx+2)·(ny+2)}; every back neighbour lies in one of
     * them), so nothing as large as the box is allocated; the plan's flat offsets are those of that padded layout.
     * The provisional labels form a union-find whose links point to a smaller label, with the zone size kept at the
     * root.
     *
     * @throws IllegalArgumentException if a level lies outside {@code 0..ng} or the ROI is empty
     */
    static Zones label(GrayLevelVolume image, Plan plan) {
        int nx = image.nx();
        int ny = image.ny();
        int nz = image.nz();
        int px = nx + 2;
        long slice = (long) px * (ny + 2);
        if (2 * slice > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("slice of " + nx + "x" + ny + " voxels is too large to label");
        }
        int s = (int) slice;
        int[] src = image.levels();
        int[] lvl = new int[2 * s];
        int[] lab = new int[2 * s];
        // labels never outnumber the voxels; small boxes (voxel-based maps) get small tables
        ZoneTable t = new ZoneTable((int) Math.min(1024L, (long) nx * ny * nz));
        long roiVoxels = 0;
        for (int z = 0; z < nz; z++) {
            // the current slice becomes the previous one; the padding border is never written, so stays 0
            System.arraycopy(lvl, s, lvl, 0, s);
            System.arraycopy(lab, s, lab, 0, s);
            for (int y = 0; y < ny; y++) {
                System.arraycopy(src, (z * ny + y) * nx, lvl, s + (y + 1) * px + 1, nx);
            }
            roiVoxels += labelSlice(lvl, lab, s, px, nx, ny, z, image.ng(), plan, t);
        }
        if (roiVoxels == 0) {
            throw new IllegalArgumentException("image has no ROI voxel (every grey level is 0); texture matrices "
                    + "need at least one");
        }
        return t.zones((int) roiVoxels);
    }

    /**
     * Labels the ROI voxels of the current slice (at {@code [s, 2s)} of {@code lvl} and {@code lab}); returns their
     * number.
     */
    private static int labelSlice(int[] lvl, int[] lab, int s, int px, int nx, int ny, int z, int ng, Plan plan,
            ZoneTable t) {
        int[] cand = plan.candidates();
        int[] restFrom = plan.restFrom();
        int[] rest = plan.rest();
        int nc = cand.length;
        int n = 0;
        for (int y = 0; y < ny; y++) {
            int row = s + (y + 1) * px + 1;
            for (int x = 0; x < nx; x++) {
                int q = row + x;
                int g = lvl[q];
                if (g == 0) {
                    continue;
                }
                if (g < 0 || g > ng) {
                    throw new IllegalArgumentException("grey level at (x=" + x + ", y=" + y + ", z=" + z
                            + ") must be in 0.." + ng + " (ng) but was " + g);
                }
                n++;
                int root = -1;
                for (int j = 0; j < nc; j++) {
                    int c = q + cand[j];
                    if (lvl[c] == g) {
                        root = t.find(lab[c]);
                        for (int k = restFrom[j], e = restFrom[j + 1]; k < e; k++) {
                            int b = q + rest[k];
                            if (lvl[b] == g) {
                                root = t.union(root, t.find(lab[b]));
                            }
                        }
                        break;
                    }
                }
                if (root < 0) {
                    root = t.add(g);
                }
                t.size[root]++;
                lab[q] = root;
            }
        }
        return n;
    }

    /** Provisional labels: a union-find (links to a smaller label), each root holding its zone's size. */
    private static final class ZoneTable {
        int[] parent;
        int[] size;
        int[] level;
        int count;

        ZoneTable(int capacity) {
            parent = new int[capacity];
            size = new int[capacity];
            level = new int[capacity];
        }

        /** A new label (its own root, size 0) for level {@code g}. */
        int add(int g) {
            if (count == parent.length) {
                parent = Arrays.copyOf(parent, 2 * count);
                size = Arrays.copyOf(size, 2 * count);
                level = Arrays.copyOf(level, 2 * count);
            }
            parent[count] = count;
            level[count] = g;
            return count++;
        }

        /** Root of {@code x}'s set, halving the path on the way. */
        int find(int x) {
            int[] p = parent;
            while (p[x] != x) {
                p[x] = p[p[x]];
                x = p[x];
            }
            return x;
        }

        /** Merges the sets of roots {@code a} and {@code b} under the smaller label; returns it. */
        int union(int a, int b) {
            if (a == b) {
                return a;
            }
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            parent[hi] = lo;
            size[lo] += size[hi];
            return lo;
        }

        /** The zones (the roots), numbered by label, i.e. by their first voxel. */
        Zones zones(int roiVoxels) {
            int n = 0;
            for (int l = 0; l < count; l++) {
                if (parent[l] == l) {
                    n++;
                }
            }
            int[] zl = new int[n];
            int[] zs = new int[n];
            for (int l = 0, k = 0; l < count; l++) {
                if (parent[l] == l) {
                    zl[k] = level[l];
                    zs[k++] = size[l];
                }
            }
            return new Zones(n, zl, zs, roiVoxels);
        }
    }

    /** Zones as parallel arrays, numbered by their first voxel, and the number of ROI voxels {@code N_p}. */
    record Zones(int count, int[] levels, int[] sizes, int roiVoxels) {
    }

    /**
     * The size zone matrix: rows the levels that occur, columns the zone sizes that occur, both increasing.
     *
     * @param ng highest possible level
     */
    static GrayLevelSizeMatrix matrix(Zones zones, int ng) {
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
        return new GrayLevelSizeMatrix(FeatureClass.GLSZM, levels, sizes, counts, zones.roiVoxels());
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
