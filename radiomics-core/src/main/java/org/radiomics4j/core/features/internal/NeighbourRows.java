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

    /** Bits of the level sum in a packed box sum (the neighbour count sits above them). */
    public static final int PACK_SHIFT = 20;

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

    /**
     * Whether packed box sums of {@code boxVoxels} voxels with levels up to {@code ng} fit an int: the level sum
     * below bit {@link #PACK_SHIFT}, the count of non-zero levels above it.
     */
    public static boolean packedBoxFits(long boxVoxels, int ng) {
        return boxVoxels < (1L << (31 - PACK_SHIFT)) && boxVoxels * ng < (1L << PACK_SHIFT);
    }

    /**
     * Packed box sums along one row span: {@code out[x − from] = Σ_{o in box} p(lv[x + o])} for {@code x} in
     * {@code [from, from + len)}, with {@code p(v) = v + ([v ≠ 0] << PACK_SHIFT)}, so that the low
     * {@link #PACK_SHIFT} bits hold the level sum and the bits above the count of non-zero levels (the caller checks
     * {@link #packedBoxFits}). The box is the rows {@code rowOffsets} (flat offsets of its {@code (dz, dy)} rows)
     * times {@code −rx..rx} along x: first the rows are summed into {@code t} over the span widened by {@code rx}
     * on each side, then {@code t} is summed along x. Integer sums, so the order does not matter.
     *
     * @param t scratch of at least {@code len + 2·rx} ints
     */
    public static void packedBoxSums(int[] lv, int from, int len, int[] rowOffsets, int rx, int[] t, int[] out) {
        int tl = len + 2 * rx;
        for (int i = 0; i < tl; i++) {
            t[i] = 0;
        }
        for (int ro : rowOffsets) {
            addPacked(lv, from - rx + ro, tl, t);
        }
        for (int x = 0; x < len; x++) {
            out[x] = t[x];
        }
        for (int dx = 1; dx <= 2 * rx; dx++) {
            addShifted(t, dx, len, out);
        }
    }

    private static void addPacked(int[] lv, int start, int n, int[] t) {
        for (int i = 0; i < n; i++) {
            int v = lv[start + i];
            t[i] += v + (((-v) >>> 31) << PACK_SHIFT);
        }
    }

    private static void addShifted(int[] t, int dx, int len, int[] out) {
        for (int x = 0; x < len; x++) {
            out[x] += t[x + dx];
        }
    }

    /**
     * Box sums of per-voxel bit fields along one row span: {@code out[x − from] = Σ_{o in box} fields[lv[x + o]]}
     * for {@code x} in {@code [from, from + len)}. With {@code fields[g]} a one in the bit field of level {@code g}
     * (0 for the levels not handled in this pass, and for level 0), each field of the sum counts the voxels of its
     * level in the box, as long as the field is wide enough for the box's voxel count (the caller's choice). The
     * box is the rows {@code rowOffsets} times {@code −rx..rx} along x, as in {@link #packedBoxSums}.
     *
     * @param t scratch of at least {@code len + 2·rx} longs
     */
    public static void fieldBoxSums(int[] lv, long[] fields, int from, int len, int[] rowOffsets, int rx, long[] t,
            long[] out) {
        int tl = len + 2 * rx;
        for (int i = 0; i < tl; i++) {
            t[i] = 0;
        }
        for (int ro : rowOffsets) {
            addFields(lv, fields, from - rx + ro, tl, t);
        }
        for (int x = 0; x < len; x++) {
            out[x] = t[x];
        }
        for (int dx = 1; dx <= 2 * rx; dx++) {
            addShifted(t, dx, len, out);
        }
    }

    private static void addFields(int[] lv, long[] fields, int start, int n, long[] t) {
        for (int i = 0; i < n; i++) {
            t[i] += fields[lv[start + i]];
        }
    }

    private static void addShifted(long[] t, int dx, int len, long[] out) {
        for (int x = 0; x < len; x++) {
            out[x] += t[x + dx];
        }
    }

    /** Flat offsets of the {@code (dz, dy)} rows of a box of radii {@code {rz, ry, rx}} in {@code grid}. */
    public static int[] boxRowOffsets(PaddedLevelGrid grid, int[] radii) {
        int rowStep = grid.rowStart(1, 0) - grid.rowStart(0, 0);
        int sliceStep = grid.rowStart(0, 1) - grid.rowStart(0, 0);
        int[] rowOffsets = new int[(2 * radii[0] + 1) * (2 * radii[1] + 1)];
        int n = 0;
        for (int dz = -radii[0]; dz <= radii[0]; dz++) {
            for (int dy = -radii[1]; dy <= radii[1]; dy++) {
                rowOffsets[n++] = dz * sliceStep + dy * rowStep;
            }
        }
        return rowOffsets;
    }
}
