package org.radiomics4j.core.image;

import java.util.Locale;
import java.util.Objects;

/**
 * A 3-D scalar image: voxel values on a {@link Geometry}, stored x fastest.
 *
 * <p>Storage follows the file's {@link PixelType} so that a 512×512×300 int16 CT takes 150 MB, not 600 MB:
 * {@code short[]} for INT8, UINT8 and INT16; {@code int[]} for UINT16 and INT32; {@code float[]} for FLOAT32;
 * {@code double[]} for FLOAT64, UINT32 and the 64-bit integer types (exact up to 2<sup>53</sup>). Every voxel is
 * readable as a double whatever the storage.
 *
 * <p>Factories named {@code of} copy the array they are given; factories named {@code wrap} share it, so later
 * writes to the array are visible through the volume (use them only for arrays you own and no longer change).
 * Immutable otherwise, and safe to share between threads.
 */
public final class Volume {
    private final Geometry geometry;
    private final PixelType pixelType;
    private final short[] shorts;
    private final int[] ints;
    private final float[] floats;
    private final double[] doubles;

    private Volume(Geometry geometry, PixelType pixelType, short[] s, int[] i, float[] f, double[] d) {
        this.geometry = Objects.requireNonNull(geometry, "geometry");
        this.pixelType = Objects.requireNonNull(pixelType, "pixelType");
        this.shorts = s;
        this.ints = i;
        this.floats = f;
        this.doubles = d;
        int n = s != null ? s.length : i != null ? i.length : f != null ? f.length : d.length;
        if (n != geometry.voxelCount()) {
            throw new IllegalArgumentException("data length " + n + " does not match geometry size "
                    + geometry.nx() + "x" + geometry.ny() + "x" + geometry.nz() + " = " + geometry.voxelCount());
        }
    }

    // ---- factories ---------------------------------------------------------------------------------------------

    /** A FLOAT64 volume holding a copy of {@code data} on a unit grid of size nx×ny×nz. */
    public static Volume of(double[] data, int nx, int ny, int nz) {
        return of(data, Geometry.of(nx, ny, nz));
    }

    /** A FLOAT64 volume holding a copy of {@code data}. */
    public static Volume of(double[] data, Geometry geometry) {
        return new Volume(geometry, PixelType.FLOAT64, null, null, null, data.clone());
    }

    /** A FLOAT64 volume sharing {@code data} (not copied). */
    public static Volume wrap(double[] data, Geometry geometry) {
        return new Volume(geometry, PixelType.FLOAT64, null, null, null, data);
    }

    /**
     * A volume sharing {@code data} (not copied) that reports {@code pixelType}, which must be FLOAT64, UINT32,
     * INT64 or UINT64 (types whose storage is double). Values are not checked against the type's range.
     */
    public static Volume wrap(double[] data, Geometry geometry, PixelType pixelType) {
        requireStorage(pixelType, PixelType.FLOAT64, PixelType.UINT32, PixelType.INT64, PixelType.UINT64);
        return new Volume(geometry, pixelType, null, null, null, data);
    }

    /** A FLOAT32 volume holding a copy of {@code data}. */
    public static Volume of(float[] data, Geometry geometry) {
        return new Volume(geometry, PixelType.FLOAT32, null, null, data.clone(), null);
    }

    /** A FLOAT32 volume sharing {@code data}. */
    public static Volume wrap(float[] data, Geometry geometry) {
        return new Volume(geometry, PixelType.FLOAT32, null, null, data, null);
    }

    /** An INT16 volume holding a copy of {@code data}. */
    public static Volume of(short[] data, Geometry geometry) {
        return new Volume(geometry, PixelType.INT16, data.clone(), null, null, null);
    }

    /** A volume sharing {@code data} that reports {@code pixelType}, which must be INT8, UINT8 or INT16. */
    public static Volume wrap(short[] data, Geometry geometry, PixelType pixelType) {
        requireStorage(pixelType, PixelType.INT8, PixelType.UINT8, PixelType.INT16);
        return new Volume(geometry, pixelType, data, null, null, null);
    }

    /** An INT32 volume holding a copy of {@code data}. */
    public static Volume of(int[] data, Geometry geometry) {
        return new Volume(geometry, PixelType.INT32, null, data.clone(), null, null);
    }

    /** A volume sharing {@code data} that reports {@code pixelType}, which must be UINT16 or INT32. */
    public static Volume wrap(int[] data, Geometry geometry, PixelType pixelType) {
        requireStorage(pixelType, PixelType.UINT16, PixelType.INT32);
        return new Volume(geometry, pixelType, null, data, null, null);
    }

    /**
     * A volume of the given pixel type built from double values, each converted with {@link PixelType#cast}
     * (truncation toward zero for integer types), stored in that type's storage.
     */
    public static Volume ofCast(double[] values, Geometry geometry, PixelType pixelType) {
        int n = values.length;
        switch (pixelType) {
            case INT8, UINT8, INT16 -> {
                short[] s = new short[n];
                for (int i = 0; i < n; i++) {
                    s[i] = (short) pixelType.cast(values[i]);
                }
                return new Volume(geometry, pixelType, s, null, null, null);
            }
            case UINT16, INT32 -> {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) {
                    a[i] = (int) pixelType.cast(values[i]);
                }
                return new Volume(geometry, pixelType, null, a, null, null);
            }
            case FLOAT32 -> {
                float[] f = new float[n];
                for (int i = 0; i < n; i++) {
                    f[i] = (float) values[i];
                }
                return new Volume(geometry, pixelType, null, null, f, null);
            }
            default -> {
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    d[i] = pixelType.cast(values[i]);
                }
                return new Volume(geometry, pixelType, null, null, null, d);
            }
        }
    }

    private static void requireStorage(PixelType t, PixelType... allowed) {
        for (PixelType a : allowed) {
            if (a == t) {
                return;
            }
        }
        throw new IllegalArgumentException("pixelType " + t + " cannot use this storage; allowed: "
                + java.util.Arrays.toString(allowed));
    }

    // ---- access ------------------------------------------------------------------------------------------------

    /** The {@code short[]} storage itself (INT8, UINT8, INT16), not copied, or null for other storage. */
    short[] shortsOrNull() {
        return shorts;
    }

    public Geometry geometry() {
        return geometry;
    }

    /** The scalar type the data were stored with. */
    public PixelType pixelType() {
        return pixelType;
    }

    /** Number of voxels. */
    public int size() {
        return geometry.voxelCount();
    }

    /** Value of the voxel with linear index {@code i} (x fastest). */
    public double get(int i) {
        if (shorts != null) {
            return shorts[i];
        }
        if (ints != null) {
            return ints[i];
        }
        if (floats != null) {
            return floats[i];
        }
        return doubles[i];
    }

    /** Value of voxel (x, y, z). */
    public double get(int x, int y, int z) {
        return get(geometry.index(x, y, z));
    }

    /** Value of voxel {@code i} as a float (may round FLOAT64 data). */
    public float getFloat(int i) {
        return (float) get(i);
    }

    /** All voxel values as a new double array. */
    public double[] toDoubleArray() {
        if (doubles != null) {
            return doubles.clone();
        }
        int n = size();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = get(i);
        }
        return out;
    }

    /** All voxel values as a new float array. */
    public float[] toFloatArray() {
        if (floats != null) {
            return floats.clone();
        }
        int n = size();
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) get(i);
        }
        return out;
    }

    /** The same voxels on another grid of the same size (for example after reading a detached geometry). */
    public Volume withGeometry(Geometry g) {
        if (g.nx() != geometry.nx() || g.ny() != geometry.ny() || g.nz() != geometry.nz()) {
            throw new GeometryMismatchException("withGeometry needs the same size: " + geometry.nx() + "x"
                    + geometry.ny() + "x" + geometry.nz() + " vs " + g.nx() + "x" + g.ny() + "x" + g.nz());
        }
        return new Volume(g, pixelType, shorts, ints, floats, doubles);
    }

    /**
     * The voxels inside {@code box}, copied into a new volume of the same pixel type whose origin is the box's
     * first voxel.
     *
     * @throws IllegalArgumentException if the box does not fit in this volume
     */
    public Volume crop(BoundingBox box) {
        if (!box.fitsIn(geometry)) {
            throw new IllegalArgumentException("crop box " + box.toPyRadiomicsString() + " does not fit in volume of size "
                    + geometry.nx() + "x" + geometry.ny() + "x" + geometry.nz());
        }
        Geometry g = geometry.crop(box);
        int n = g.voxelCount();
        int k = 0;
        if (shorts != null) {
            short[] out = new short[n];
            for (int z = 0; z < box.sz(); z++) {
                for (int y = 0; y < box.sy(); y++) {
                    int src = geometry.index(box.x0(), box.y0() + y, box.z0() + z);
                    System.arraycopy(shorts, src, out, k, box.sx());
                    k += box.sx();
                }
            }
            return new Volume(g, pixelType, out, null, null, null);
        }
        if (ints != null) {
            int[] out = new int[n];
            for (int z = 0; z < box.sz(); z++) {
                for (int y = 0; y < box.sy(); y++) {
                    System.arraycopy(ints, geometry.index(box.x0(), box.y0() + y, box.z0() + z), out, k, box.sx());
                    k += box.sx();
                }
            }
            return new Volume(g, pixelType, null, out, null, null);
        }
        if (floats != null) {
            float[] out = new float[n];
            for (int z = 0; z < box.sz(); z++) {
                for (int y = 0; y < box.sy(); y++) {
                    System.arraycopy(floats, geometry.index(box.x0(), box.y0() + y, box.z0() + z), out, k, box.sx());
                    k += box.sx();
                }
            }
            return new Volume(g, pixelType, null, null, out, null);
        }
        double[] out = new double[n];
        for (int z = 0; z < box.sz(); z++) {
            for (int y = 0; y < box.sy(); y++) {
                System.arraycopy(doubles, geometry.index(box.x0(), box.y0() + y, box.z0() + z), out, k, box.sx());
                k += box.sx();
            }
        }
        return new Volume(g, pixelType, null, null, null, out);
    }

    /** Smallest voxel value. */
    public double min() {
        double m = Double.POSITIVE_INFINITY;
        if (shorts != null) {
            int im = Integer.MAX_VALUE;
            for (short v : shorts) {
                im = Math.min(im, v);
            }
            return shorts.length == 0 ? m : im;
        }
        if (ints != null) {
            int im = Integer.MAX_VALUE;
            for (int v : ints) {
                im = Math.min(im, v);
            }
            return ints.length == 0 ? m : im;
        }
        for (int i = 0, n = size(); i < n; i++) {
            m = Math.min(m, get(i));
        }
        return m;
    }

    /**
     * The largest stored value as a double (NaN if any float value is NaN, like {@code Math.max}); one pass over the
     * stored type, no copy.
     */
    public double max() {
        double m = Double.NEGATIVE_INFINITY;
        if (shorts != null) {
            int im = Integer.MIN_VALUE;
            for (short v : shorts) {
                im = Math.max(im, v);
            }
            return shorts.length == 0 ? m : im;
        }
        if (ints != null) {
            int im = Integer.MIN_VALUE;
            for (int v : ints) {
                im = Math.max(im, v);
            }
            return ints.length == 0 ? m : im;
        }
        for (int i = 0, n = size(); i < n; i++) {
            m = Math.max(m, get(i));
        }
        return m;
    }

    /**
     * The sum of all stored values, equal bit for bit to adding {@code get(0), get(1), ...} in index order into a
     * double (16-bit and 8-bit storage is summed exactly in a long, which that sequential double sum also is, since
     * every partial sum stays below 2<sup>53</sup>). One pass over the stored type, no copy.
     */
    public double sum() {
        if (shorts != null) {
            long t = 0;
            for (short v : shorts) {
                t += v;
            }
            return t;
        }
        double s = 0;
        if (ints != null) {
            for (int v : ints) {
                s += v;
            }
            return s;
        }
        if (floats != null) {
            for (float v : floats) {
                s += v;
            }
            return s;
        }
        for (double v : doubles) {
            s += v;
        }
        return s;
    }

    /**
     * Sum, minimum and maximum of all stored values, as {@link #sum()}, {@link #min()} and {@link #max()} give
     * them (bit for bit), in a single pass.
     *
     * @param sum the sum in index order (exact in a long for 8- and 16-bit storage)
     * @param min the smallest value
     * @param max the largest value
     */
    public record Summary(double sum, double min, double max) {
    }

    /** {@link #sum()}, {@link #min()} and {@link #max()} in one pass over the stored values. */
    public Summary summary() {
        if (shorts != null && shorts.length > 0) {
            return summaryOfShorts(shorts);
        }
        if (ints != null && ints.length > 0) {
            return summaryOfInts(ints);
        }
        return new Summary(sum(), min(), max());
    }

    /**
     * One loop over 16-bit storage: blocks of 2<sup>15</sup> values summed in an int (|sum| &lt;= 2<sup>15</sup>
     * &middot; 2<sup>15</sup>, no overflow) and added to a long total, the same exact integer sum as adding them one
     * by one; minimum and maximum by compare-and-branch (a new extreme is rare after the first voxels, so the
     * branches predict well and, unlike {@code Math.min}/{@code max}, carry no dependency from voxel to voxel).
     */
    private static Summary summaryOfShorts(short[] a) {
        final int block = 1 << 15;
        int n = a.length;
        long total = 0;
        int lo = a[0];
        int hi = a[0];
        for (int from = 0; from < n; from += block) {
            int to = Math.min(n, from + block);
            int s = 0;
            for (int i = from; i < to; i++) {
                int v = a[i];
                s += v;
                if (v < lo) {
                    lo = v;
                }
                if (v > hi) {
                    hi = v;
                }
            }
            total += s;
        }
        return new Summary(total, lo, hi);
    }

    /** One loop over 32-bit integer storage: the double sum in index order (as {@link #sum()}), minimum, maximum. */
    private static Summary summaryOfInts(int[] a) {
        double t = 0;
        int lo = a[0];
        int hi = a[0];
        for (int v : a) {
            t += v;
            if (v < lo) {
                lo = v;
            }
            if (v > hi) {
                hi = v;
            }
        }
        return new Summary(t, lo, hi);
    }

    /**
     * Feeds the stored pixels to {@code md} as SimpleITK's {@code Hash} sees them: each value little-endian in
     * {@link #pixelType()}'s width (two's complement for signed integers, IEEE-754 raw bits for floats), in index
     * order. Bulk conversion through a small reusable buffer; no copy of the volume.
     */
    public void digest(java.security.MessageDigest md) {
        java.util.Objects.requireNonNull(md, "md");
        final int chunk = 1 << 15;
        int n = size();
        int width = pixelType.bytes();
        byte[] buf = new byte[chunk * width];
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(buf).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int from = 0; from < n; from += chunk) {
            int len = Math.min(chunk, n - from);
            bb.clear();
            switch (pixelType) {
                case INT8, UINT8 -> {
                    for (int i = 0; i < len; i++) {
                        buf[i] = (byte) shorts[from + i];
                    }
                }
                case INT16 -> bb.asShortBuffer().put(shorts, from, len);
                case UINT16 -> {
                    for (int i = 0; i < len; i++) {
                        bb.putShort(2 * i, (short) ints[from + i]);
                    }
                }
                case INT32 -> bb.asIntBuffer().put(ints, from, len);
                case UINT32 -> {
                    for (int i = 0; i < len; i++) {
                        bb.putInt(4 * i, (int) (long) doubles[from + i]);
                    }
                }
                case INT64 -> {
                    for (int i = 0; i < len; i++) {
                        bb.putLong(8 * i, (long) doubles[from + i]);
                    }
                }
                case UINT64 -> {
                    for (int i = 0; i < len; i++) {
                        bb.putLong(8 * i, new java.math.BigDecimal(doubles[from + i]).toBigInteger().longValue());
                    }
                }
                case FLOAT32 -> bb.asFloatBuffer().put(floats, from, len);
                case FLOAT64 -> bb.asDoubleBuffer().put(doubles, from, len);
                default -> throw new IllegalStateException("unhandled pixel type " + pixelType);
            }
            md.update(buf, 0, len * width);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Volume[%dx%dx%d %s, spacing (%.6g, %.6g, %.6g) mm, min %.6g, max %.6g]",
                geometry.nx(), geometry.ny(), geometry.nz(), pixelType, geometry.spacing(0), geometry.spacing(1),
                geometry.spacing(2), min(), max());
    }
}
