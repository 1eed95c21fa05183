package org.radiomics4j.core.features.internal;

/**
 * Row-wise neighbour sums over a {@link PaddedLevelGrid}, the hot loops of the GLDM and NGTDM builders.
 *
 * <p>Instead of visiting the neighbours of one ROI voxel after the other, each kernel walks one offset at a time
 * along a whole row segment of the box ({@code x0 ≤ x < x1}, the span of the row's ROI voxels) and adds that
 * neighbour's contribution to a per-voxel row buffer. Every step is plain integer arithmetic without a branch
 * (levels are {@code ≥ 0}, so {@code (−v) >>> 31} is 1 exactly for {@code v > 0} and {@code ((v ^ g) − 1) >>> 31}
 * is 1 exactly for {@code v = g}), so the JIT can vectorise the loops. The results are integers, equal to the
 * per-voxel sums whatever the order; each builder then consumes them voxel by voxel in the ROI order of
 * {@link PaddedLevelGrid#roiIndices()}, so everything it accumulates in floating point keeps its order.
 *
 * <p>Internal helper; not part of the public API.
 */
public final class NeighbourRows {
    private NeighbourRows() {
    }

    /**
     * The non-empty rows of {@code grid}'s box, in ROI order: for each row holding an ROI voxel, four ints
     * {@code from, len, k0, k1}: the padded index of the row's first ROI voxel, the length of the span up to and
     * including its last one, and the range {@code [k0, k1)} of its voxels in {@link PaddedLevelGrid#roiIndices()}.
     */
    public static int[] rowSpans(PaddedLevelGrid grid) {
        int[] roi = grid.roiIndices();
        int nx = grid.nx();
        int rows = 0;
        int[] tmp = new int[4 * Math.min(roi.length, grid.ny() * grid.nz())];
        int k = 0;
        for (int z = 0; z < grid.nz() && k < roi.length; z++) {
            for (int y = 0; y < grid.ny() && k < roi.length; y++) {
                int end = grid.rowStart(y, z) + nx;
                if (roi[k] >= end) {
                    continue;
                }
                int k1 = k + 1;
                while (k1 < roi.length && roi[k1] < end) {
                    k1++;
                }
                tmp[rows++] = roi[k];
                tmp[rows++] = roi[k1 - 1] - roi[k] + 1;
                tmp[rows++] = k;
                tmp[rows++] = k1;
                k = k1;
            }
        }
        return java.util.Arrays.copyOf(tmp, rows);
    }

    /**
     * {@code dep[x − from] = 1 + #{offsets o : lv[x + o] = lv[x]}} for {@code x} in {@code [from, from + len)} (the
     * GLDM dependence size for {@code gldm_a = 0}; a neighbour outside the ROI has level 0 and never equals an ROI
     * level).
     */
    public static void dependenceEqual(int[] lv, int from, int len, int[] offsets, int[] dep) {
        for (int x = 0; x < len; x++) {
            dep[x] = 1;
        }
        for (int off : offsets) {
            addEqual(lv, from, from + off, len, dep);
        }
    }

    private static void addEqual(int[] lv, int from, int nb, int len, int[] dep) {
        for (int x = 0; x < len; x++) {
            dep[x] += ((lv[nb + x] ^ lv[from + x]) - 1) >>> 31;
        }
    }

    /**
     * {@code dep[x − from] = 1 + #{offsets o : lv[x + o] ≠ 0, |lv[x + o] − lv[x]| ≤ alpha}} for {@code x} in
     * {@code [from, from + len)}, with {@code alpha} in {@code −1..ng} (the caller limits it: levels lie in
     * {@code 0..ng}, so a larger {@code alpha} or a negative one selects the same neighbours). {@code |d| ≤ alpha}
     * is tested as {@code d + alpha ≥ 0} and {@code alpha − d ≥ 0}, without a branch.
     */
    public static void dependenceWithin(int[] lv, int from, int len, int[] offsets, int alpha, int[] dep) {
        for (int x = 0; x < len; x++) {
            dep[x] = 1;
        }
        for (int off : offsets) {
            addWithin(lv, from, from + off, len, alpha, dep);
        }
    }

    private static void addWithin(int[] lv, int from, int nb, int len, int alpha, int[] dep) {
        for (int x = 0; x < len; x++) {
            int n = lv[nb + x];
            int d = n - lv[from + x];
            dep[x] += (~((d + alpha) | (alpha - d)) >>> 31) & ((-n) >>> 31);
        }
    }

    /**
     * {@code sum[x − from] = Σ_o lv[x + o]} and {@code count[x − from] = #{o : lv[x + o] ≠ 0}} for {@code x} in
     * {@code [from, from + len)} (the NGTDM neighbourhood sum and size; a level 0 adds nothing to either).
     */
    public static void neighbourSums(int[] lv, int from, int len, int[] offsets, int[] sum, int[] count) {
        for (int x = 0; x < len; x++) {
            sum[x] = 0;
            count[x] = 0;
        }
        for (int off : offsets) {
            addLevels(lv, from + off, len, sum, count);
        }
    }

    private static void addLevels(int[] lv, int nb, int len, int[] sum, int[] count) {
        for (int x = 0; x < len; x++) {
            int v = lv[nb + x];
            sum[x] += v;
            count[x] += (-v) >>> 31;
        }
    }

    /**
     * The radii {@code {rz, ry, rx}} of the box whose offsets (less the centre and less those that leave a box of
     * {@code sizeZyx} from every voxel, {@code |o_k| ≥ size_k}) are exactly {@code offsetsZyx}, or {@code null} if
     * the offsets are no such box (a distance set other than {@code 1..D}). For a box, the sum over the offsets
     * equals the box sum less the centre: the offsets left out reach the zero border from every voxel.
     */
    public static int[] boxRadii(int[][] offsetsZyx, int[] sizeZyx) {
        int[] r = new int[3];
        for (int[] o : offsetsZyx) {
            for (int k = 0; k < 3; k++) {
                r[k] = Math.max(r[k], Math.abs(o[k]));
            }
        }
        java.util.Set<Long> given = new java.util.HashSet<>();
        for (int[] o : offsetsZyx) {
            given.add(key(o[0], o[1], o[2]));
        }
        int expected = 0;
        for (int z = -r[0]; z <= r[0]; z++) {
            for (int y = -r[1]; y <= r[1]; y++) {
                for (int x = -r[2]; x <= r[2]; x++) {
                    boolean inBox = Math.abs(z) < sizeZyx[0] && Math.abs(y) < sizeZyx[1] && Math.abs(x) < sizeZyx[2];
                    if ((z != 0 || y != 0 || x != 0) && inBox) {
                        if (!given.contains(key(z, y, x))) {
                            return null;
                        }
                        expected++;
                    }
                }
            }
        }
        return expected == given.size() && expected == offsetsZyx.length ? r : null;
    }

    private static long key(int z, int y, int x) {
        return ((long) (z + 1024) << 22) | ((long) (y + 1024) << 11) | (x + 1024);
    }
}
