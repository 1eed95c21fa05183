package org.radiomics4j.core.image;

import java.util.Arrays;
import java.util.Locale;

/**
 * The voxel grid of a 3-D image in LPS physical space, as ITK and SimpleITK define it: a voxel with index
 * {@code (i, j, k)} has physical position
 *
 * <pre>
 *   p = origin + D · diag(spacing) · (i, j, k)ᵀ
 * </pre>
 *
 * where {@code D} is the 3×3 direction matrix whose <em>columns</em> are the unit vectors of the x, y and z index
 * axes. Voxels are stored x fastest: linear index {@code i + nx·(j + ny·k)}, which is NRRD/NIfTI file order and
 * numpy's {@code (z, y, x)} C order. 2-D images have {@code nz = 1}.
 *
 * <p>Immutable; all array accessors return copies.
 */
public final class Geometry {
    private final int nx;
    private final int ny;
    private final int nz;
    private final double[] spacing;
    private final double[] origin;
    private final double[] direction;

    private Geometry(int nx, int ny, int nz, double[] spacing, double[] origin, double[] direction) {
        if (nx < 1 || ny < 1 || nz < 1) {
            throw new IllegalArgumentException("size must be >= 1 on every axis but was " + nx + "x" + ny + "x" + nz);
        }
        if ((long) nx * ny * nz > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("size " + nx + "x" + ny + "x" + nz + " exceeds the largest supported"
                    + " voxel count " + (Integer.MAX_VALUE - 8));
        }
        check("spacing", spacing, 3);
        check("origin", origin, 3);
        check("direction", direction, 9);
        for (int a = 0; a < 3; a++) {
            if (!(spacing[a] > 0)) {
                throw new IllegalArgumentException("spacing must be > 0 on every axis but was " + Arrays.toString(spacing));
            }
        }
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
        this.spacing = spacing.clone();
        this.origin = origin.clone();
        this.direction = direction.clone();
    }

    private static void check(String name, double[] v, int n) {
        if (v == null || v.length != n) {
            throw new IllegalArgumentException(name + " must have " + n + " elements but had "
                    + (v == null ? "null" : v.length));
        }
        for (double d : v) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException(name + " must be finite but was " + Arrays.toString(v));
            }
        }
    }

    /**
     * A grid with the given size, spacing (mm), origin (mm, LPS) and row-major direction matrix.
     *
     * @throws IllegalArgumentException if a size is below 1, a spacing not positive, or an array has the wrong length
     */
    public static Geometry of(int[] size, double[] spacing, double[] origin, double[] direction) {
        if (size == null || size.length != 3) {
            throw new IllegalArgumentException("size must have 3 elements but was " + Arrays.toString(size));
        }
        return new Geometry(size[0], size[1], size[2], spacing, origin, direction);
    }

    /** A grid with identity direction and zero origin. */
    public static Geometry of(int nx, int ny, int nz, double sx, double sy, double sz) {
        return new Geometry(nx, ny, nz, new double[] {sx, sy, sz}, new double[3], identity());
    }

    /** A grid of unit spacing, zero origin and identity direction. */
    public static Geometry of(int nx, int ny, int nz) {
        return of(nx, ny, nz, 1, 1, 1);
    }

    /** The 3×3 identity as a row-major array. */
    public static double[] identity() {
        return new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1};
    }

    public int nx() {
        return nx;
    }

    public int ny() {
        return ny;
    }

    public int nz() {
        return nz;
    }

    /** {@code {nx, ny, nz}}. */
    public int[] size() {
        return new int[] {nx, ny, nz};
    }

    /** Size along axis 0 (x), 1 (y) or 2 (z). */
    public int size(int axis) {
        return switch (axis) {
            case 0 -> nx;
            case 1 -> ny;
            case 2 -> nz;
            default -> throw new IllegalArgumentException("axis must be 0, 1 or 2 but was " + axis);
        };
    }

    /** Number of voxels {@code nx·ny·nz}. */
    public int voxelCount() {
        return nx * ny * nz;
    }

    /** Spacing in mm, {@code {sx, sy, sz}}. */
    public double[] spacing() {
        return spacing.clone();
    }

    public double spacing(int axis) {
        return spacing[axis];
    }

    /** Physical position of voxel (0,0,0), mm, LPS. */
    public double[] origin() {
        return origin.clone();
    }

    /** Direction matrix, row-major; column c is the unit vector of index axis c. */
    public double[] direction() {
        return direction.clone();
    }

    /** Element (row, col) of the direction matrix. */
    public double direction(int row, int col) {
        return direction[3 * row + col];
    }

    /** Volume of one voxel, mm³. */
    public double voxelVolume() {
        return spacing[0] * spacing[1] * spacing[2];
    }

    /** Linear index of voxel (x, y, z). */
    public int index(int x, int y, int z) {
        return x + nx * (y + ny * z);
    }

    /** Physical position of a continuous index (LPS, mm). */
    public double[] indexToPhysical(double i, double j, double k) {
        double[] idx = {i * spacing[0], j * spacing[1], k * spacing[2]};
        double[] p = new double[3];
        for (int r = 0; r < 3; r++) {
            p[r] = origin[r] + direction[3 * r] * idx[0] + direction[3 * r + 1] * idx[1] + direction[3 * r + 2] * idx[2];
        }
        return p;
    }

    /** A copy with another size and origin (used when cropping or resampling). */
    public Geometry withSizeAndOrigin(int[] size, double[] origin) {
        return new Geometry(size[0], size[1], size[2], spacing, origin, direction);
    }

    /** A copy with another spacing. */
    public Geometry withSpacing(double[] spacing) {
        return new Geometry(nx, ny, nz, spacing, origin, direction);
    }

    /** A copy with another origin. */
    public Geometry withOrigin(double[] origin) {
        return new Geometry(nx, ny, nz, spacing, origin, direction);
    }

    /** A copy with another direction matrix (row-major). */
    public Geometry withDirection(double[] direction) {
        return new Geometry(nx, ny, nz, spacing, origin, direction);
    }

    /**
     * The grid of the sub-box {@code box} of this grid: same spacing and direction, origin moved to the box's
     * first voxel.
     */
    public Geometry crop(BoundingBox box) {
        return withSizeAndOrigin(new int[] {box.sx(), box.sy(), box.sz()}, indexToPhysical(box.x0(), box.y0(), box.z0()));
    }

    /**
     * Describes how {@code other} differs from this grid, or returns {@code null} if they agree. Size must be
     * equal; spacing, origin and direction must agree within {@code tolerance} relative to this grid's spacing
     * (the rule SimpleITK's {@code geometryTolerance} applies: absolute tolerance {@code tolerance·spacing} for
     * origin, {@code tolerance} for spacing ratios and direction cosines).
     */
    public String difference(Geometry other, double tolerance) {
        if (nx != other.nx || ny != other.ny || nz != other.nz) {
            return "size differs: " + nx + "x" + ny + "x" + nz + " vs " + other.nx + "x" + other.ny + "x" + other.nz;
        }
        double minSpacing = Math.min(spacing[0], Math.min(spacing[1], spacing[2]));
        for (int a = 0; a < 3; a++) {
            if (Math.abs(spacing[a] - other.spacing[a]) > tolerance * minSpacing) {
                return "spacing differs: " + fmt(spacing) + " vs " + fmt(other.spacing);
            }
        }
        for (int a = 0; a < 3; a++) {
            if (Math.abs(origin[a] - other.origin[a]) > tolerance * minSpacing) {
                return "origin differs: " + fmt(origin) + " vs " + fmt(other.origin);
            }
        }
        for (int a = 0; a < 9; a++) {
            if (Math.abs(direction[a] - other.direction[a]) > tolerance) {
                return "direction differs: " + fmt(direction) + " vs " + fmt(other.direction);
            }
        }
        return null;
    }

    /**
     * Throws if {@code other} is not the same grid within {@code tolerance} (see {@link #difference}).
     *
     * @param what names the two sides in the message, e.g. "mask vs image"
     * @throws GeometryMismatchException naming the property that differs and both values
     */
    public void requireSameGrid(Geometry other, double tolerance, String what) {
        String d = difference(other, tolerance);
        if (d != null) {
            throw new GeometryMismatchException(what + ": " + d + " (tolerance " + tolerance + ")");
        }
    }

    private static String fmt(double[] v) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6g", v[i]));
        }
        return sb.append(')').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Geometry g && nx == g.nx && ny == g.ny && nz == g.nz && Arrays.equals(spacing, g.spacing)
                && Arrays.equals(origin, g.origin) && Arrays.equals(direction, g.direction);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * Arrays.hashCode(new int[] {nx, ny, nz}) + Arrays.hashCode(spacing))
                + Arrays.hashCode(origin)) + Arrays.hashCode(direction);
    }

    @Override
    public String toString() {
        return "Geometry[size " + nx + "x" + ny + "x" + nz + ", spacing " + fmt(spacing) + " mm, origin " + fmt(origin)
                + ", direction " + fmt(direction) + "]";
    }
}
