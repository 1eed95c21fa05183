package org.radiomics4j.io.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.function.IntToDoubleFunction;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageFormatException;

/**
 * Decoding and encoding of voxel samples between byte streams and the primitive storage arrays of {@link Volume}
 * (short[] for INT8/UINT8/INT16, int[] for UINT16/INT32, float[] for FLOAT32, double[] otherwise). Streams are
 * processed in chunks (1 MiB when reading, 64 KiB when writing) so that no second copy of the image is held in
 * memory. Not part of the public API.
 */
public final class Samples {
    /** Largest voxel count an array may hold (the JVM's practical array limit). */
    public static final long MAX_VOXELS = Integer.MAX_VALUE - 8L;

    private static final int CHUNK = 1 << 16;
    /** Bytes inflated (or read) and converted at a time by {@link #readBinary}. */
    private static final int READ_CHUNK = 1 << 20;
    private static final double TWO_64 = 18446744073709551616.0;

    private Samples() {
    }

    /** {@code a·b} for non-negative arguments, or {@link Long#MAX_VALUE} if it overflows. */
    public static long saturatingMultiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return (hi == 0 && lo >= 0) ? lo : Long.MAX_VALUE;
    }

    /** {@code a+b} for non-negative arguments, or {@link Long#MAX_VALUE} if it overflows. */
    public static long saturatingAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    /** Bytes one voxel occupies in the storage array of {@code t}. */
    public static int storageBytes(PixelType t) {
        return switch (t) {
            case INT8, UINT8, INT16 -> 2;
            case UINT16, INT32, FLOAT32 -> 4;
            default -> 8;
        };
    }

    /**
     * Checks that {@code count} voxels fit in one Java array and in the free heap, then allocates the storage
     * array. Never throws OutOfMemoryError for a size the check let through except under races with other threads.
     *
     * @throws ImageFormatException naming {@code file} and {@code field} if the count is too large for an array or
     *     for the heap
     */
    public static Object allocate(Path file, String field, PixelType t, long count) {
        if (count < 0 || count > MAX_VOXELS) {
            throw new ImageFormatException(file, field, "the image has " + count + " voxels, more than the largest"
                    + " supported count " + MAX_VOXELS);
        }
        requireHeap(file, field, count * storageBytes(t), count, t);
        int n = (int) count;
        return switch (t) {
            case INT8, UINT8, INT16 -> new short[n];
            case UINT16, INT32 -> new int[n];
            case FLOAT32 -> new float[n];
            default -> new double[n];
        };
    }

    /**
     * Checks that {@code need} bytes fit in the heap still available ({@code maxMemory - used}); when they do not
     * but could fit in an empty heap, a garbage collection is requested once and the check repeated, so that
     * uncollected garbage does not cause a false refusal.
     *
     * @throws ImageFormatException naming {@code file} and {@code field} otherwise
     */
    public static void requireHeap(Path file, String field, long need, long count, PixelType t) {
        Runtime rt = Runtime.getRuntime();
        long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (need > available && need <= rt.maxMemory()) {
            // garbage not yet collected counts as used; collect once before refusing (only on this rare path)
            System.gc();
            available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        }
        if (need > available) {
            throw new ImageFormatException(file, field, "the image needs " + need + " bytes (" + count + " voxels of "
                    + t + ") but only " + available + " bytes of heap are free (max heap " + rt.maxMemory()
                    + "; raise -Xmx)");
        }
    }

    /** Wraps a storage array made by {@link #allocate} into a volume (no copy). */
    public static Volume toVolume(Object array, PixelType t, Geometry g) {
        return switch (t) {
            case INT8, UINT8, INT16 -> Volume.wrap((short[]) array, g, t);
            case UINT16, INT32 -> Volume.wrap((int[]) array, g, t);
            case FLOAT32 -> Volume.wrap((float[]) array, g);
            default -> Volume.wrap((double[]) array, g, t);
        };
    }

    /** Value {@code i} of a storage array as a double. */
    public static double get(Object array, int i) {
        if (array instanceof short[] s) {
            return s[i];
        }
        if (array instanceof int[] a) {
            return a[i];
        }
        if (array instanceof float[] f) {
            return f[i];
        }
        return ((double[]) array)[i];
    }

    /** Converts an unsigned 64-bit value to the nearest double. */
    public static double unsignedToDouble(long v) {
        double d = (double) (v & Long.MAX_VALUE);
        return v < 0 ? d + 9223372036854775808.0 : d;
    }

    /** Converts a double in [0, 2^64) to the unsigned 64-bit pattern truncating toward zero. */
    public static long doubleToUnsigned(double d) {
        if (!(d > 0)) {
            return 0;
        }
        if (d >= TWO_64) {
            return -1L;
        }
        if (d >= 9223372036854775808.0) {
            return ((long) (d - 9223372036854775808.0)) | Long.MIN_VALUE;
        }
        return (long) d;
    }

    /**
     * Reads exactly {@code count} binary samples of type {@code t} (into a {@code byte[]} as they are, for an 8-bit
     * type read as unsigned bytes; else into the storage array of {@link #allocate}) in byte order {@code order} from {@code in} into
     * {@code array}.
     *
     * @throws ImageFormatException (field "data") if the stream ends early, naming how many bytes were expected
     * @throws IOException on an I/O error (including a corrupt compressed stream)
     */
    public static void readBinary(InputStream in, PixelType t, ByteOrder order, Object array, int offset, int count,
            Path file) throws IOException {
        int bytes = t.bytes();
        if (array instanceof byte[] direct) {
            // 8-bit samples kept as bytes (a label mask): straight from the stream into the array, no buffer
            int got;
            try {
                got = in.readNBytes(direct, offset, count);
            } catch (EOFException e) {
                throw truncated(file, (long) count, t, count, e);
            }
            if (got < count) {
                throw new ImageFormatException(file, "data", "truncated: expected " + count + " bytes of " + t
                        + " data (" + count + " voxels) but the data end after " + got + " bytes");
            }
            return;
        }
        // large chunks: zlib inflates faster into 1 MiB than into 64 KiB (measured: about 10% of a 157 MB read)
        byte[] buf = new byte[(int) Math.min(READ_CHUNK, Math.max(bytes, (long) count * bytes))];
        ByteBuffer bb = ByteBuffer.wrap(buf).order(order);
        int perChunk = buf.length / bytes;
        int done = 0;
        while (done < count) {
            int k = Math.min(perChunk, count - done);
            int want = k * bytes;
            int got;
            try {
                got = in.readNBytes(buf, 0, want);
            } catch (EOFException e) {
                throw truncated(file, (long) count * bytes, t, count, e);
            }
            if (got < want) {
                long have = (long) done * bytes + got;
                throw new ImageFormatException(file, "data", "truncated: expected " + (long) count * bytes
                        + " bytes of " + t + " data (" + count + " voxels) but the data end after " + have
                        + " bytes");
            }
            decodeChunk(bb, t, array, offset + done, k);
            done += k;
        }
    }

    /** A compressed stream that ended inside the data ({@code e} says where, if the decoder knows). */
    private static ImageFormatException truncated(Path file, long expectedBytes, PixelType t, int count,
            EOFException e) {
        return new ImageFormatException(file, "data", "truncated: expected " + expectedBytes + " bytes of " + t
                + " data (" + count + " voxels) but the compressed stream ends early: " + e.getMessage(), e);
    }

    private static void decodeChunk(ByteBuffer bb, PixelType t, Object array, int off, int k) {
        switch (t) {
            case INT8 -> {
                short[] a = (short[]) array;
                for (int i = 0; i < k; i++) {
                    a[off + i] = bb.get(i);
                }
            }
            case UINT8 -> {
                short[] a = (short[]) array;
                for (int i = 0; i < k; i++) {
                    a[off + i] = (short) (bb.get(i) & 0xFF);
                }
            }
            case INT16 -> bb.asShortBuffer().get((short[]) array, off, k);
            case UINT16 -> {
                int[] a = (int[]) array;
                for (int i = 0; i < k; i++) {
                    a[off + i] = bb.getShort(2 * i) & 0xFFFF;
                }
            }
            case INT32 -> bb.asIntBuffer().get((int[]) array, off, k);
            case UINT32 -> {
                double[] a = (double[]) array;
                for (int i = 0; i < k; i++) {
                    a[off + i] = bb.getInt(4 * i) & 0xFFFFFFFFL;
                }
            }
            case INT64 -> {
                double[] a = (double[]) array;
                for (int i = 0; i < k; i++) {
                    a[off + i] = bb.getLong(8 * i);
                }
            }
            case UINT64 -> {
                double[] a = (double[]) array;
                for (int i = 0; i < k; i++) {
                    a[off + i] = unsignedToDouble(bb.getLong(8 * i));
                }
            }
            case FLOAT32 -> bb.asFloatBuffer().get((float[]) array, off, k);
            case FLOAT64 -> bb.asDoubleBuffer().get((double[]) array, off, k);
            default -> throw new IllegalStateException("unhandled pixel type " + t);
        }
    }

    /**
     * Reads {@code count} whitespace- or comma-separated numbers (NRRD {@code ascii} encoding) into {@code array}.
     *
     * @throws ImageFormatException (field "data") if the text ends early or holds a token that is not a number of
     *     type {@code t}
     */
    public static void readAscii(InputStream in, PixelType t, Object array, int offset, int count, Path file)
            throws IOException {
        StringBuilder tok = new StringBuilder();
        int done = 0;
        byte[] buf = new byte[CHUNK];
        int n;
        boolean eof = false;
        while (done < count && !eof) {
            n = in.read(buf);
            if (n < 0) {
                eof = true;
                n = 0;
            }
            for (int p = 0; p <= n && done < count; p++) {
                boolean sep = p == n ? eof : isSeparator(buf[p]);
                if (p == n && !eof) {
                    break;
                }
                if (sep) {
                    if (tok.length() > 0) {
                        storeAscii(array, t, offset + done++, tok.toString(), file);
                        tok.setLength(0);
                    }
                } else {
                    tok.append((char) (buf[p] & 0xFF));
                }
            }
        }
        if (done < count) {
            throw new ImageFormatException(file, "data", "truncated: expected " + count + " ascii values but found "
                    + done);
        }
    }

    private static boolean isSeparator(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == ',' || b == '\f';
    }

    private static void storeAscii(Object array, PixelType t, int i, String s, Path file) {
        try {
            if (t.isInteger()) {
                double v;
                if (t == PixelType.UINT64) {
                    v = unsignedToDouble(Long.parseUnsignedLong(s));
                } else {
                    v = Long.parseLong(s);
                }
                if (v < t.min() || v > t.max()) {
                    throw new ImageFormatException(file, "data", "ascii value " + s + " at voxel " + i
                            + " is outside the range of " + t);
                }
                set(array, i, v);
            } else if (t == PixelType.FLOAT32) {
                ((float[]) array)[i] = Float.parseFloat(s);
            } else {
                set(array, i, Double.parseDouble(s));
            }
        } catch (NumberFormatException e) {
            throw new ImageFormatException(file, "data", "ascii value '" + s + "' at voxel " + i + " is not a valid "
                    + t + " number", e);
        }
    }

    private static void set(Object array, int i, double v) {
        if (array instanceof short[] s) {
            s[i] = (short) v;
        } else if (array instanceof int[] a) {
            a[i] = (int) v;
        } else if (array instanceof float[] f) {
            f[i] = (float) v;
        } else {
            ((double[]) array)[i] = v;
        }
    }

    /**
     * Writes values {@code v(0) .. v(count-1)} as a binary sample of type {@code t} (values converted with
     * {@link PixelType#cast}) in byte order {@code order}.
     */
    public static void writeBinary(OutputStream out, IntToDoubleFunction v, int count, PixelType t, ByteOrder order)
            throws IOException {
        int bytes = t.bytes();
        byte[] buf = new byte[CHUNK];
        ByteBuffer bb = ByteBuffer.wrap(buf).order(order);
        int perChunk = CHUNK / bytes;
        for (int done = 0; done < count; done += perChunk) {
            int k = Math.min(perChunk, count - done);
            for (int i = 0; i < k; i++) {
                double d = v.applyAsDouble(done + i);
                switch (t) {
                    case INT8, UINT8 -> bb.put(i, (byte) (long) t.cast(d));
                    case INT16, UINT16 -> bb.putShort(2 * i, (short) (long) t.cast(d));
                    case INT32, UINT32 -> bb.putInt(4 * i, (int) (long) t.cast(d));
                    case INT64 -> bb.putLong(8 * i, (long) t.cast(d));
                    case UINT64 -> bb.putLong(8 * i, doubleToUnsigned(t.cast(d)));
                    case FLOAT32 -> bb.putFloat(4 * i, (float) d);
                    case FLOAT64 -> bb.putDouble(8 * i, d);
                    default -> throw new IllegalStateException("unhandled pixel type " + t);
                }
            }
            out.write(buf, 0, k * bytes);
        }
    }

    /**
     * Writes values {@code v(0) .. v(count-1)} as decimal text, one line per {@code perLine} values; integer types
     * as integers after {@link PixelType#cast}, floats with the shortest representation that reads back exactly.
     */
    public static void writeAscii(OutputStream out, IntToDoubleFunction v, int count, PixelType t, int perLine)
            throws IOException {
        StringBuilder sb = new StringBuilder(CHUNK + 64);
        for (int i = 0; i < count; i++) {
            double d = v.applyAsDouble(i);
            switch (t) {
                case UINT64 -> sb.append(Long.toUnsignedString(doubleToUnsigned(d)));
                case FLOAT32 -> sb.append(Float.toString((float) d));
                case FLOAT64 -> sb.append(Double.toString(d));
                default -> sb.append((long) t.cast(d));
            }
            sb.append((i + 1) % perLine == 0 || i == count - 1 ? '\n' : ' ');
            if (sb.length() >= CHUNK) {
                out.write(sb.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                sb.setLength(0);
            }
        }
        out.write(sb.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
