package org.radiomics4j.core.image;

/**
 * An axis-aligned box of voxels: first index {@code (x0, y0, z0)} and size {@code (sx, sy, sz)}, the SimpleITK
 * {@code LabelShapeStatisticsImageFilter} convention that PyRadiomics reports as {@code diagnostics_Mask-original_BoundingBox}.
 */
public record BoundingBox(int x0, int y0, int z0, int sx, int sy, int sz) {

    public BoundingBox {
        if (x0 < 0 || y0 < 0 || z0 < 0) {
            throw new IllegalArgumentException("bounding box start must be >= 0 but was (" + x0 + ", " + y0 + ", " + z0 + ")");
        }
        if (sx < 1 || sy < 1 || sz < 1) {
            throw new IllegalArgumentException("bounding box size must be >= 1 but was (" + sx + ", " + sy + ", " + sz + ")");
        }
    }

    /** Start index along axis 0, 1 or 2. */
    public int start(int axis) {
        return switch (axis) {
            case 0 -> x0;
            case 1 -> y0;
            case 2 -> z0;
            default -> throw new IllegalArgumentException("axis must be 0, 1 or 2 but was " + axis);
        };
    }

    /** Size along axis 0, 1 or 2. */
    public int size(int axis) {
        return switch (axis) {
            case 0 -> sx;
            case 1 -> sy;
            case 2 -> sz;
            default -> throw new IllegalArgumentException("axis must be 0, 1 or 2 but was " + axis);
        };
    }

    /** Number of voxels in the box. */
    public long voxelCount() {
        return (long) sx * sy * sz;
    }

    /** Number of axes along which the box spans more than one voxel (PyRadiomics' ROI dimensionality). */
    public int dimensionality() {
        return (sx > 1 ? 1 : 0) + (sy > 1 ? 1 : 0) + (sz > 1 ? 1 : 0);
    }

    /**
     * The box grown by {@code pad} voxels on every side (per axis: {@code {px, py, pz}}), clipped to the grid.
     */
    public BoundingBox pad(int[] pad, Geometry grid) {
        int[] lo = new int[3];
        int[] size = new int[3];
        for (int a = 0; a < 3; a++) {
            if (pad[a] < 0) {
                throw new IllegalArgumentException("pad must be >= 0 but was " + pad[a] + " on axis " + a);
            }
            int l = Math.max(0, start(a) - pad[a]);
            int h = Math.min(grid.size(a) - 1, start(a) + size(a) - 1 + pad[a]);
            lo[a] = l;
            size[a] = h - l + 1;
        }
        return new BoundingBox(lo[0], lo[1], lo[2], size[0], size[1], size[2]);
    }

    /** The box grown by {@code pad} voxels on every axis, clipped to the grid. */
    public BoundingBox pad(int pad, Geometry grid) {
        return pad(new int[] {pad, pad, pad}, grid);
    }

    /** Whether the box lies inside the grid. */
    public boolean fitsIn(Geometry grid) {
        return x0 + sx <= grid.nx() && y0 + sy <= grid.ny() && z0 + sz <= grid.nz();
    }

    /** PyRadiomics' diagnostics string, {@code (x0, y0, z0, sx, sy, sz)}. */
    public String toPyRadiomicsString() {
        return "(" + x0 + ", " + y0 + ", " + z0 + ", " + sx + ", " + sy + ", " + sz + ")";
    }
}
