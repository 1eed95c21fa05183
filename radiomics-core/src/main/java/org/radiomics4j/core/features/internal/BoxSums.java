package org.radiomics4j.core.features.internal;

/**
 * Sums of a per-level value over a box around every voxel of a {@link PaddedLevelGrid}, slice by slice:
 * {@code B(v) = Σ_{o in box} table[level(v + o)]} with the box {@code [−rz, rz]×[−ry, ry]×[−rx, rx]} (centre
 * included). Separable: each padded slice is summed along x, then y, once; the box sum of slice {@code z} adds the
 * {@code 2rz + 1} in-plane sums around it (kept in a ring). About {@code 1} table look-up and {@code 2(rx + ry + rz)}
 * additions per voxel of the box, whatever the number of neighbours. Integer (long) arithmetic, so the order of the
 * additions does not matter.
 *
 * <p>The table packs what a family needs into the long: the NGTDM puts a level and a count 1 in separate bit ranges
 * (one sum gives both the neighbourhood's level sum and its voxel count), the GLDM a one in the bit field of each
 * level (one sum counts the voxels of every level at once). The caller sizes the fields so that no sum overflows
 * into the next. Level 0 (outside the ROI, the zero border) must map to 0.
 *
 * <p>Instances hold scratch buffers: one per thread, not thread-safe. Internal helper; not part of the public API.
 */
public final class BoxSums {
    private final PaddedLevelGrid grid;
    private final int[] lv;
    private final int rz;
    private final int ry;
    private final int rx;
    private final int px;
    private final int planeSize;
    private final long[][] ring;
    private final long[] rowSums;
    private final long[] rowValues;
    private final long[] out;
    private long[] table;
    private int next;

    /**
     * Box sums over {@code grid} for radii {@code {rz, ry, rx}}, each at most the grid's padding.
     *
     * @throws IllegalArgumentException if a radius is negative or larger than the padding
     */
    public BoxSums(PaddedLevelGrid grid, int[] radii) {
        for (int r : radii) {
            if (r < 0 || r > grid.pad()) {
                throw new IllegalArgumentException("box radius must be in 0.." + grid.pad() + " (the padding) but was "
                        + r);
            }
        }
        this.grid = grid;
        this.lv = grid.levels();
        this.rz = radii[0];
        this.ry = radii[1];
        this.rx = radii[2];
        this.px = grid.rowStart(1, 0) - grid.rowStart(0, 0);
        this.planeSize = grid.rowStart(0, 1) - grid.rowStart(0, 0);
        this.ring = new long[2 * rz + 1][planeSize];
        this.rowSums = new long[planeSize];
        this.rowValues = new long[grid.nx() + 2 * rx];
        this.out = new long[planeSize];
    }

    /** Padded index of voxel {@code (−pad, −pad, z)}: box sums of slice {@code z} are indexed relative to it. */
    public int sliceStart(int z) {
        return grid.rowStart(0, z) - grid.pad() * (px + 1);
    }

    /**
     * Starts a pass with {@code table} (indexed by level {@code 0..ng}, {@code table[0] = 0}); then call
     * {@link #slice} for {@code z = 0, 1, ..., nz − 1} in order.
     */
    public void start(long[] table) {
        this.table = table;
        for (int zz = -rz; zz < rz; zz++) {
            planeSums(zz, ring[Math.floorMod(zz, ring.length)]);
        }
        this.next = 0;
    }

    /**
     * The box sums of slice {@code z} (the next slice of the pass), at index {@code i − sliceStart(z)} for the
     * padded index {@code i} of a voxel of the slice (valid inside the box; the shared buffer is overwritten by the
     * next call).
     */
    public long[] slice(int z) {
        if (z != next) {
            throw new IllegalStateException("slices must be requested in order: expected " + next + " but got " + z);
        }
        next++;
        planeSums(z + rz, ring[Math.floorMod(z + rz, ring.length)]);
        int first = grid.pad() * px + grid.pad();
        int n = (grid.ny() - 1) * px + grid.nx();
        long[] a = ring[Math.floorMod(z - rz, ring.length)];
        System.arraycopy(a, first, out, first, n);
        for (int dz = -rz + 1; dz <= rz; dz++) {
            addInto(ring[Math.floorMod(z + dz, ring.length)], first, n, out);
        }
        return out;
    }

    private static void addInto(long[] a, int first, int n, long[] out) {
        for (int i = first; i < first + n; i++) {
            out[i] += a[i];
        }
    }

    /**
     * In-plane box sums of slice {@code zz} (box coordinates, {@code −rz ≤ zz < nz + rz}) into {@code q}, for the
     * rows {@code 0..ny−1}: along x into {@link #rowSums} for the rows {@code −ry..ny−1+ry}, then along y.
     */
    private void planeSums(int zz, long[] q) {
        int base = sliceStart(zz);
        int pad = grid.pad();
        int nx = grid.nx();
        for (int y = -ry; y < grid.ny() + ry; y++) {
            int r = (y + pad) * px + pad;
            rowSum(lv, table, base + r, nx, rx, rowValues, rowSums, r);
        }
        int first = pad * px + pad;
        int n = (grid.ny() - 1) * px + nx;
        System.arraycopy(rowSums, first - ry * px, q, first, n);
        for (int dy = -ry + 1; dy <= ry; dy++) {
            addShifted(rowSums, first + dy * px, n, q, first);
        }
    }

    /**
     * {@code dst[d + x] = Σ_{dx} table[lv[s + x + dx]]} for {@code x < nx}: the row's values looked up once into
     * {@link #rowValues}, then summed along x.
     */
    private static void rowSum(int[] lv, long[] table, int s, int nx, int rx, long[] values, long[] dst, int d) {
        int n = nx + 2 * rx;
        for (int i = 0; i < n; i++) {
            values[i] = table[lv[s - rx + i]];
        }
        for (int x = 0; x < nx; x++) {
            dst[d + x] = values[x];
        }
        for (int dx = 1; dx <= 2 * rx; dx++) {
            addShifted(values, dx, nx, dst, d);
        }
    }

    private static void addShifted(long[] src, int s, int n, long[] dst, int d) {
        for (int i = 0; i < n; i++) {
            dst[d + i] += src[s + i];
        }
    }
}
