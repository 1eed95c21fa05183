package org.radiomics4j.core.extract;

import java.util.Arrays;

/**
 * The raw GLCM pair counts and grey-level histogram of a voxel-based kernel, kept up to date as the kernel slides
 * along x (internal to {@link VoxelBasedExtractor}; one instance per worker, not thread-safe).
 *
 * <p>The kernel of centre {@code c} is {@code K(c)}: the voxels of the cube {@code [c - r, c + r]} (per axis,
 * clipped to the box) that are members ({@code member[i]}: in the ROI for a masked kernel, every box voxel
 * otherwise). The raw counts are, per direction {@code d} (layout {@code [a][g(v)][g(v+d)]} over levels
 * {@code 0..ng}, as {@code GlcmKernels.countPairs} lays them out), the number of ordered pairs
 * {@code (v, v + d)} with both voxels in {@code K(c)}; the histogram counts the levels of {@code K(c)}.
 *
 * <p>Moving the centre one voxel along x changes the window by at most one slab (the plane {@code x = x0} leaves,
 * the plane {@code x = x1 + 1} enters): the pairs with a voxel in the leaving slab are subtracted with the old
 * window, the pairs with a voxel in the entering slab added with the new one. A pair with both voxels in a slab is
 * counted once (from its first voxel). No pair can touch both slabs, which are {@code 2r + 1} apart, more than a
 * cube's extent. Counts are integers, so the result equals counting {@code K(c)} from scratch exactly; the cost per
 * step is {@code O(directions × (2r+1)²)} instead of {@code O(directions × (2r+1)³)}.
 */
final class SlidingGlcm {
    private final int nx;
    private final int ny;
    private final int nz;
    private final int r;
    private final int[] levels;
    private final boolean[] member;
    private final int w;
    private final int[][] dirs;
    private final int[] raw;
    private final int[] hist;
    private boolean valid;
    private int cx;
    private int cy;
    private int cz;
    private int x0;
    private int x1;
    private int y0;
    private int y1;
    private int z0;
    private int z1;

    /**
     * @param levels the box's grey levels ({@code 1..ng} at members)
     * @param member which box voxels may belong to a kernel
     * @param dirs the direction offsets {@code {dz,dy,dx}}
     */
    SlidingGlcm(int nx, int ny, int nz, int r, int[] levels, boolean[] member, int ng, int[][] dirs) {
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.r = r;
        this.levels = levels;
        this.member = member;
        this.w = ng + 1;
        this.dirs = dirs;
        this.raw = new int[dirs.length * w * w];
        this.hist = new int[w];
    }

    /** The raw counts of the current kernel, {@code [a][g(v)][g(v+d)]}; live, read-only for callers. */
    int[] raw() {
        return raw;
    }

    /** The levels present in the current kernel, increasing. */
    int[] presentLevels() {
        int n = 0;
        for (int g = 1; g < w; g++) {
            if (hist[g] > 0) {
                n++;
            }
        }
        int[] out = new int[n];
        for (int g = 1, k = 0; g < w; g++) {
            if (hist[g] > 0) {
                out[k++] = g;
            }
        }
        return out;
    }

    /** Makes {@code centre} (a box index) the kernel's centre: slides along x when it can, else counts afresh. */
    void moveTo(int centre) {
        int x = centre % nx;
        int y = (centre / nx) % ny;
        int z = centre / (nx * ny);
        if (valid && y == cy && z == cz && x >= cx && x - cx <= 2 * r + 1) {
            while (cx < x) {
                step();
            }
            return;
        }
        rebuild(x, y, z);
    }

    private void rebuild(int x, int y, int z) {
        Arrays.fill(raw, 0);
        Arrays.fill(hist, 0);
        cx = x;
        cy = y;
        cz = z;
        x0 = Math.max(0, x - r);
        x1 = Math.min(nx - 1, x + r);
        y0 = Math.max(0, y - r);
        y1 = Math.min(ny - 1, y + r);
        z0 = Math.max(0, z - r);
        z1 = Math.min(nz - 1, z + r);
        for (int xs = x0; xs <= x1; xs++) {
            slab(xs, 1, false);
        }
        valid = true;
    }

    private void step() {
        int nx0 = Math.max(0, cx + 1 - r);
        int nx1 = Math.min(nx - 1, cx + 1 + r);
        if (nx0 > x0) {
            slab(x0, -1, true);
            x0 = nx0;
        }
        cx++;
        if (nx1 > x1) {
            x1 = nx1;
            slab(x1, 1, true);
        }
    }

    /**
     * Adds {@code sign} times the pairs of the current window that have a voxel in the plane {@code x = xs}; with
     * {@code all == false}, only the pairs whose first voxel is in the plane (used to count a window plane by
     * plane from scratch).
     */
    private void slab(int xs, int sign, boolean all) {
        int na = dirs.length;
        int block = w * w;
        for (int z = z0; z <= z1; z++) {
            for (int y = y0; y <= y1; y++) {
                int q = xs + nx * (y + ny * z);
                if (!member[q]) {
                    continue;
                }
                int gq = levels[q];
                hist[gq] += sign;
                for (int a = 0; a < na; a++) {
                    int[] d = dirs[a];
                    int base = a * block;
                    // (q, q + d)
                    int zz = z + d[0];
                    int yy = y + d[1];
                    int xx = xs + d[2];
                    if (inWindow(xx, yy, zz)) {
                        int p = xx + nx * (yy + ny * zz);
                        if (member[p]) {
                            raw[base + gq * w + levels[p]] += sign;
                        }
                    }
                    // (q - d, q), unless q - d is in the plane too (then counted from q - d)
                    if (all && d[2] != 0) {
                        zz = z - d[0];
                        yy = y - d[1];
                        xx = xs - d[2];
                        if (inWindow(xx, yy, zz)) {
                            int p = xx + nx * (yy + ny * zz);
                            if (member[p]) {
                                raw[base + levels[p] * w + gq] += sign;
                            }
                        }
                    }
                }
            }
        }
    }

    private boolean inWindow(int x, int y, int z) {
        return x >= x0 && x <= x1 && y >= y0 && y <= y1 && z >= z0 && z <= z1;
    }
}
