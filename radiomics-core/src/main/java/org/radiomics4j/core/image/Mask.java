package org.radiomics4j.core.image;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A label image: one non-negative integer label per voxel on a {@link Geometry}, 0 meaning background.
 *
 * <p>Labels are stored in a {@code byte[]} when all fit in 0..255 (a whole-body CT mask of 512×512×300 then takes
 * 75 MB) and in an {@code int[]} otherwise. {@code of} factories copy their input. Immutable and thread-safe.
 */
public final class Mask {
    private final Geometry geometry;
    private final byte[] bytes;
    private final int[] ints;

    private Mask(Geometry geometry, byte[] bytes, int[] ints) {
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.bytes = bytes;
        this.ints = ints;
        int n = bytes != null ? bytes.length : ints.length;
        if (n != geometry.voxelCount()) {
            throw new IllegalArgumentException("mask data length " + n + " does not match geometry size "
                    + geometry.nx() + "x" + geometry.ny() + "x" + geometry.nz() + " = " + geometry.voxelCount());
        }
    }

    /**
     * A mask holding a copy of {@code labels}.
     *
     * @throws IllegalArgumentException if a label is negative (naming the first such voxel) or the length does
     *     not match the geometry
     */
    public static Mask of(int[] labels, Geometry geometry) {
        int max = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException("mask labels must be >= 0 but voxel " + i + " has " + labels[i]);
            }
            max = Math.max(max, labels[i]);
        }
        if (max <= 255) {
            byte[] b = new byte[labels.length];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) labels[i];
            }
            return new Mask(geometry, b, null);
        }
        return new Mask(geometry, null, labels.clone());
    }

    /**
     * A mask sharing {@code labels} (not copied): each byte an unsigned label 0..255, 0 meaning background. Use it
     * only for an array you own and no longer change (a reader's buffer).
     *
     * @throws IllegalArgumentException if the length does not match the geometry
     */
    public static Mask wrap(byte[] labels, Geometry geometry) {
        return new Mask(geometry, Objects.requireNonNull(labels, "labels"), null);
    }

    /** A mask of unit grid holding a copy of {@code labels}. */
    public static Mask of(int[] labels, int nx, int ny, int nz) {
        return of(labels, Geometry.of(nx, ny, nz));
    }

    /** A binary mask (1 where {@code inside[i]}, else 0). */
    public static Mask of(boolean[] inside, Geometry geometry) {
        byte[] b = new byte[inside.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (inside[i] ? 1 : 0);
        }
        return new Mask(geometry, b, null);
    }

    /**
     * A mask from the values of a volume, as PyRadiomics reads a mask file: each value is truncated to an integer
     * label.
     *
     * @throws IllegalArgumentException if a value is negative or not finite, naming the voxel
     */
    public static Mask fromVolume(Volume v) {
        int n = v.size();
        short[] s = v.shortsOrNull();
        if (s != null) {
            // 8- and 16-bit storage: straight to bytes when every label fits (no int[] of the whole grid)
            int max = 0;
            for (int i = 0; i < n; i++) {
                int x = s[i];
                if (x < 0) {
                    throw notALabel(i, v.get(i));
                }
                max = Math.max(max, x);
            }
            if (max <= 255) {
                byte[] b = new byte[n];
                for (int i = 0; i < n; i++) {
                    b[i] = (byte) s[i];
                }
                return new Mask(v.geometry(), b, null);
            }
        }
        int[] l = new int[n];
        for (int i = 0; i < n; i++) {
            double d = v.get(i);
            if (!(d >= 0) || d > Integer.MAX_VALUE) {
                throw notALabel(i, d);
            }
            l[i] = (int) d;
        }
        return of(l, v.geometry());
    }

    private static IllegalArgumentException notALabel(int voxel, double value) {
        return new IllegalArgumentException("mask values must be finite and in 0.." + Integer.MAX_VALUE + " but voxel "
                + voxel + " has " + value);
    }

    public Geometry geometry() {
        return geometry;
    }

    /** Number of voxels of the grid. */
    public int size() {
        return geometry.voxelCount();
    }

    /** Label of voxel {@code i}. */
    public int label(int i) {
        return bytes != null ? bytes[i] & 0xFF : ints[i];
    }

    /** Label of voxel (x, y, z). */
    public int label(int x, int y, int z) {
        return label(geometry.index(x, y, z));
    }

    /** Whether voxel {@code i} has a non-zero label. */
    public boolean inside(int i) {
        return label(i) != 0;
    }

    /** The distinct non-zero labels present, ascending. */
    public int[] labels() {
        if (bytes != null) {
            boolean[] seen = new boolean[256];
            for (byte b : bytes) {
                seen[b & 0xFF] = true;
            }
            int[] out = new int[256];
            int k = 0;
            for (int i = 1; i < 256; i++) {
                if (seen[i]) {
                    out[k++] = i;
                }
            }
            return Arrays.copyOf(out, k);
        }
        return Arrays.stream(ints).filter(x -> x != 0).distinct().sorted().toArray();
    }

    /**
     * The binary mask of one label: 1 where the label is {@code label}, 0 elsewhere.
     *
     * @throws IllegalArgumentException if no voxel has that label, naming the labels present
     */
    public Mask select(int label) {
        if (label <= 0) {
            throw new IllegalArgumentException("label must be > 0 but was " + label);
        }
        int n = size();
        byte[] b = new byte[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            if (label(i) == label) {
                b[i] = 1;
                any = true;
            }
        }
        if (!any) {
            throw new IllegalArgumentException("label " + label + " not in mask; present: " + Arrays.toString(labels()));
        }
        return new Mask(geometry, b, null);
    }

    /** Number of voxels with a non-zero label. */
    public int count() {
        int c = 0;
        for (int i = 0, n = size(); i < n; i++) {
            if (label(i) != 0) {
                c++;
            }
        }
        return c;
    }

    /** Number of voxels with label {@code label}. */
    public int count(int label) {
        int c = 0;
        for (int i = 0, n = size(); i < n; i++) {
            if (label(i) == label) {
                c++;
            }
        }
        return c;
    }

    /** The smallest box holding every non-zero voxel, or empty if there is none. */
    public Optional<BoundingBox> boundingBox() {
        return box(0);
    }

    /**
     * The smallest box holding every voxel with label {@code label}, found in one pass without copying the mask;
     * empty if no voxel has that label. Equal to {@code select(label).boundingBox()} for a present label.
     *
     * @throws IllegalArgumentException if {@code label <= 0}
     */
    public Optional<BoundingBox> boundingBox(int label) {
        if (label <= 0) {
            throw new IllegalArgumentException("label must be > 0 but was " + label);
        }
        return box(label);
    }

    /**
     * The box of label {@code label}, or of every non-zero label if {@code label == 0}: row by row, the first and
     * the last matching x of each row (a row with none is skipped after {@link #firstMatch} finds none).
     */
    private Optional<BoundingBox> box(int label) {
        int nx = geometry.nx();
        int ny = geometry.ny();
        int nz = geometry.nz();
        byte[] zeros = bytes != null ? new byte[nx] : null;
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int z0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        int z1 = -1;
        int i = 0;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++, i += nx) {
                int first = firstMatch(label, i, nx, zeros);
                if (first >= 0) {
                    x0 = Math.min(x0, first);
                    x1 = Math.max(x1, lastMatch(label, i, nx));
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                    z0 = Math.min(z0, z);
                    z1 = Math.max(z1, z);
                }
            }
        }
        if (x1 < 0) {
            return Optional.empty();
        }
        return Optional.of(new BoundingBox(x0, y0, z0, x1 - x0 + 1, y1 - y0 + 1, z1 - z0 + 1));
    }

    /**
     * The first x of row {@code i .. i + nx - 1} whose label is {@code label} (any non-zero label if 0), or -1. For
     * byte labels the row's leading zeros are skipped by {@link Arrays#mismatch} against {@code zeros} (a
     * vectorised comparison, several bytes at a time): most rows of a whole-image mask hold no label at all.
     */
    private int firstMatch(int label, int i, int nx, byte[] zeros) {
        if (bytes != null) {
            int x = Arrays.mismatch(bytes, i, i + nx, zeros, 0, nx);
            if (x < 0 || label == 0) {
                return x;
            }
            for (; x < nx; x++) {
                if ((bytes[i + x] & 0xFF) == label) {
                    return x;
                }
            }
            return -1;
        }
        for (int x = 0; x < nx; x++) {
            int l = ints[i + x];
            if (label == 0 ? l != 0 : l == label) {
                return x;
            }
        }
        return -1;
    }

    /** The last x of row {@code i .. i + nx - 1} whose label is {@code label} (non-zero if 0); the row has one. */
    private int lastMatch(int label, int i, int nx) {
        for (int x = nx - 1; x > 0; x--) {
            int l = label(i + x);
            if (label == 0 ? l != 0 : l == label) {
                return x;
            }
        }
        return 0;
    }

    /** The labels inside {@code box}, as a new mask whose origin is the box's first voxel. */
    public Mask crop(BoundingBox box) {
        if (!box.fitsIn(geometry)) {
            throw new IllegalArgumentException("crop box " + box.toPyRadiomicsString() + " does not fit in mask of size "
                    + geometry.nx() + "x" + geometry.ny() + "x" + geometry.nz());
        }
        Geometry g = geometry.crop(box);
        int k = 0;
        if (bytes != null) {
            byte[] out = new byte[g.voxelCount()];
            for (int z = 0; z < box.sz(); z++) {
                for (int y = 0; y < box.sy(); y++) {
                    System.arraycopy(bytes, geometry.index(box.x0(), box.y0() + y, box.z0() + z), out, k, box.sx());
                    k += box.sx();
                }
            }
            return new Mask(g, out, null);
        }
        int[] out = new int[g.voxelCount()];
        for (int z = 0; z < box.sz(); z++) {
            for (int y = 0; y < box.sy(); y++) {
                System.arraycopy(ints, geometry.index(box.x0(), box.y0() + y, box.z0() + z), out, k, box.sx());
                k += box.sx();
            }
        }
        return new Mask(g, null, out);
    }

    /** The same labels on another grid of the same size. */
    public Mask withGeometry(Geometry g) {
        if (g.nx() != geometry.nx() || g.ny() != geometry.ny() || g.nz() != geometry.nz()) {
            throw new GeometryMismatchException("withGeometry needs the same size: " + geometry.nx() + "x"
                    + geometry.ny() + "x" + geometry.nz() + " vs " + g.nx() + "x" + g.ny() + "x" + g.nz());
        }
        return new Mask(g, bytes, ints);
    }

    /**
     * Checks that this mask lies on the image's grid.
     *
     * @throws GeometryMismatchException naming what differs (size, spacing, origin or direction) and both values
     */
    public void requireSameGrid(Volume image, double tolerance) {
        image.geometry().requireSameGrid(geometry, tolerance, "mask does not match image");
    }

    /** A copy of the labels as an int array. */
    public int[] toIntArray() {
        if (ints != null) {
            return ints.clone();
        }
        int[] out = new int[bytes.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes[i] & 0xFF;
        }
        return out;
    }

    /** Dimensions, spacing, labels present and their voxel count; never the voxels. */
    /**
     * Feeds the labels to {@code md} as little-endian unsigned 32-bit integers in index order, the bytes SimpleITK's
     * {@code Hash} sees for a mask cast to {@code UInt32} (as PyRadiomics hashes it). Bulk conversion through a
     * small reusable buffer; no copy of the mask.
     */
    public void digestUInt32(java.security.MessageDigest md) {
        Objects.requireNonNull(md, "md");
        final int chunk = 1 << 16;
        int n = size();
        byte[] buf = new byte[chunk * 4];
        if (bytes != null) {
            // a chunk of background (most of a whole-image mask) is fed from an array of zeros without widening it
            byte[] zeros = new byte[chunk * 4];
            for (int from = 0; from < n; from += chunk) {
                int len = Math.min(chunk, n - from);
                if (Arrays.mismatch(bytes, from, from + len, zeros, 0, len) < 0) {
                    md.update(zeros, 0, len * 4);
                } else {
                    widen(bytes, from, len, buf);
                    md.update(buf, 0, len * 4);
                }
            }
            return;
        }
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(buf).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < n; from += chunk) {
            int len = Math.min(chunk, n - from);
            bb.clear();
            bb.asIntBuffer().put(ints, from, len);
            md.update(buf, 0, len * 4);
        }
    }

    /** Writes labels {@code from .. from + len - 1} as little-endian uint32 into {@code buf} (labels &lt; 256). */
    private static void widen(byte[] labels, int from, int len, byte[] buf) {
        for (int i = 0, k = 0; i < len; i++, k += 4) {
            buf[k] = labels[from + i]; // the three high bytes of buf stay 0
        }
    }

    @Override
    public String toString() {
        return "Mask[" + geometry.nx() + "x" + geometry.ny() + "x" + geometry.nz() + ", labels "
                + Arrays.toString(labels()) + ", " + count() + " voxels labelled]";
    }
}
