package org.radiomics4j.io.metaimage;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageFormatException;
import org.radiomics4j.io.internal.Samples;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reader and writer for MetaImage (ITK MetaIO): a text header of {@code Key = Value} lines ending with
 * {@code ElementDataFile}, followed (for {@code ElementDataFile = LOCAL}, the {@code .mha} form) by the voxel data,
 * or naming a data file next to the header (the {@code .mhd} form).
 *
 * <p>Keys read: {@code ObjectType} (Image), {@code NDims} (2 or 3), {@code DimSize}, {@code ElementType}
 * ({@code MET_CHAR}, {@code MET_UCHAR}, {@code MET_SHORT}, {@code MET_USHORT}, {@code MET_INT}, {@code MET_UINT},
 * {@code MET_LONG} and {@code MET_ULONG} (32-bit in MetaIO), {@code MET_LONG_LONG}, {@code MET_ULONG_LONG},
 * {@code MET_FLOAT}, {@code MET_DOUBLE}), {@code ElementSpacing} (else {@code ElementSize}, else 1),
 * {@code Offset} (synonyms {@code Position}, {@code Origin}), {@code TransformMatrix} (synonyms {@code Rotation},
 * {@code Orientation}), {@code ElementByteOrderMSB} (synonym {@code BinaryDataByteOrderMSB}),
 * {@code CompressedData} (zlib stream), {@code ElementNumberOfChannels} (must be 1), {@code HeaderSize} (bytes to
 * skip in a separate data file; -1 means the data are the file's last bytes). Other keys are ignored.
 *
 * <p>Geometry: MetaIO's physical space is LPS (ITK's), so no flip is applied. {@code TransformMatrix} lists, for
 * each index axis in turn, that axis's direction vector (ITK's MetaImageIO sets direction column {@code i} from
 * values {@code i·n .. i·n+n-1}), i.e. the direction matrix in column-major order.
 */
public final class MetaImage {
    private static final Logger LOG = LoggerFactory.getLogger(MetaImage.class);
    private static final int MAX_HEADER = 1 << 16;

    private MetaImage() {
    }

    /**
     * Reads a {@code .mha} or {@code .mhd} file.
     *
     * @throws ImageFormatException naming the file and key for a missing or malformed key, an unsupported element
     *     type, a data file that is missing or shorter than DimSize requires, or a corrupt compressed stream
     */
    public static Volume read(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(MAX_HEADER);
        } catch (NoSuchFileException e) {
            throw new ImageFormatException(file, "file", "no such file", e);
        } catch (IOException e) {
            throw new ImageFormatException(file, "file", "cannot read: " + e.getMessage(), e);
        }
        Map<String, String> h = new LinkedHashMap<>();
        Map<String, String> originalKeys = new LinkedHashMap<>();
        int pos = 0;
        int dataStart = -1;
        while (pos < head.length) {
            int eol = pos;
            while (eol < head.length && head[eol] != '\n') {
                eol++;
            }
            if (eol == head.length && head.length == MAX_HEADER) {
                throw new ImageFormatException(file, "header", "no ElementDataFile line in the first " + MAX_HEADER
                        + " bytes");
            }
            String line = new String(head, pos, eol - pos, StandardCharsets.ISO_8859_1).strip();
            pos = Math.min(eol + 1, head.length);
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new ImageFormatException(file, "header", "line '" + line + "' is not 'Key = Value'");
            }
            String key = line.substring(0, eq).strip();
            String lk = key.toLowerCase(Locale.ROOT);
            h.put(lk, line.substring(eq + 1).strip());
            originalKeys.put(lk, key);
            if (lk.equals("elementdatafile")) {
                dataStart = pos;
                break;
            }
        }
        if (dataStart < 0) {
            throw new ImageFormatException(file, "ElementDataFile", "missing (it must be the header's last key)");
        }
        String obj = h.getOrDefault("objecttype", "Image");
        if (!obj.equalsIgnoreCase("Image")) {
            throw new ImageFormatException(file, "ObjectType", "value '" + obj + "' is not Image");
        }
        int ndims = (int) integer(file, h, "NDims", 2, 3);
        long[] dims = longs(file, h, "DimSize", ndims);
        int[] size = {1, 1, 1};
        for (int a = 0; a < ndims; a++) {
            if (dims[a] < 1 || dims[a] > Integer.MAX_VALUE) {
                throw new ImageFormatException(file, "DimSize", "value " + dims[a] + " on axis " + a
                        + " must be in [1, " + Integer.MAX_VALUE + "]");
            }
            size[a] = (int) dims[a];
        }
        long count = (long) size[0] * size[1] * size[2];
        if (count > Samples.MAX_VOXELS) {
            throw new ImageFormatException(file, "DimSize", "the image has " + count + " voxels, more than "
                    + Samples.MAX_VOXELS);
        }
        int channels = (int) (h.containsKey("elementnumberofchannels") ? integer(file, h,
                "ElementNumberOfChannels", 1, Integer.MAX_VALUE) : 1);
        if (channels != 1) {
            throw new ImageFormatException(file, "ElementNumberOfChannels", "value " + channels + ": only scalar"
                    + " images (1 channel) are supported");
        }
        PixelType t = elementType(file, h.get("elementtype"));
        double[] spacing = {1, 1, 1};
        String spKey = h.containsKey("elementspacing") ? "ElementSpacing" : h.containsKey("elementsize")
                ? "ElementSize" : null;
        if (spKey != null) {
            double[] s = doubles(file, h, spKey, ndims);
            for (int a = 0; a < ndims; a++) {
                if (!(s[a] > 0)) {
                    throw new ImageFormatException(file, spKey, "value " + s[a] + " on axis " + a + " must be > 0");
                }
                spacing[a] = s[a];
            }
        }
        double[] origin = new double[3];
        String oKey = first(h, "Offset", "Position", "Origin");
        if (oKey != null) {
            double[] o = doubles(file, h, oKey, ndims);
            System.arraycopy(o, 0, origin, 0, ndims);
        }
        double[] dir = Geometry.identity();
        String mKey = first(h, "TransformMatrix", "Rotation", "Orientation");
        if (mKey != null) {
            double[] m = doubles(file, h, mKey, ndims * ndims);
            double[][] cols = new double[3][3];
            for (int c = 0; c < ndims; c++) {
                for (int r = 0; r < ndims; r++) {
                    cols[c][r] = m[c * ndims + r];
                }
            }
            if (ndims == 2) {
                cols[2] = new double[] {0, 0, 1};
            }
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    dir[3 * r + c] = cols[c][r];
                }
            }
        }
        String msbKey = first(h, "ElementByteOrderMSB", "BinaryDataByteOrderMSB");
        boolean msb = msbKey != null && bool(file, h, msbKey);
        boolean compressed = h.containsKey("compresseddata") && bool(file, h, "CompressedData");
        if (h.containsKey("binarydata") && !bool(file, h, "BinaryData")) {
            throw new ImageFormatException(file, "BinaryData", "value False (ASCII data) is not supported");
        }
        Geometry g;
        try {
            g = Geometry.of(size, spacing, origin, dir);
        } catch (IllegalArgumentException e) {
            throw new ImageFormatException(file, "header", "invalid geometry: " + e.getMessage(), e);
        }
        String df = h.get("elementdatafile");
        Path dataFile;
        long skip;
        if (df.equalsIgnoreCase("LOCAL")) {
            dataFile = file;
            skip = dataStart;
        } else {
            if (df.toUpperCase(Locale.ROOT).startsWith("LIST") || df.contains("%")) {
                throw new ImageFormatException(file, "ElementDataFile", "value '" + df + "': only LOCAL or a single"
                        + " data file is supported");
            }
            Path parent = file.toAbsolutePath().getParent();
            dataFile = parent.resolve(df);
            long hs = h.containsKey("headersize") ? integer(file, h, "HeaderSize", -1, Long.MAX_VALUE) : 0;
            skip = hs;
        }
        Object data = Samples.allocate(file, "DimSize", t, count);
        long need = count * t.bytes();
        try {
            long fileSize = Files.size(dataFile);
            if (skip < 0) {
                skip = Math.max(0, fileSize - need);
            }
            if (!compressed && fileSize - skip < need) {
                throw new ImageFormatException(dataFile, "data", "truncated: DimSize x " + t + " needs " + need
                        + " bytes but the file has " + Math.max(0, fileSize - skip) + " after the header");
            }
            try (InputStream raw = Files.newInputStream(dataFile)) {
                raw.skipNBytes(skip);
                InputStream in = compressed ? new InflaterInputStream(raw) : raw;
                Samples.readBinary(in, t, msb ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN, data, 0, (int) count,
                        dataFile);
            }
        } catch (NoSuchFileException e) {
            throw new ImageFormatException(file, "ElementDataFile", "data file " + dataFile + " does not exist", e);
        } catch (java.util.zip.ZipException e) {
            throw new ImageFormatException(dataFile, "data", "corrupt zlib stream (CompressedData = True): "
                    + e.getMessage(), e);
        } catch (java.io.EOFException e) {
            throw new ImageFormatException(dataFile, "data", "truncated: ends before " + need + " bytes", e);
        } catch (IOException e) {
            throw new ImageFormatException(dataFile, "data", "cannot read: " + e.getMessage(), e);
        }
        LOG.debug("read MetaImage {}: {} {}", file, g, t);
        return Samples.toVolume(data, t, g);
    }

    private static String first(Map<String, String> h, String... keys) {
        for (String k : keys) {
            if (h.containsKey(k.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }

    private static boolean bool(Path file, Map<String, String> h, String key) {
        String v = h.get(key.toLowerCase(Locale.ROOT));
        if (v.equalsIgnoreCase("True") || v.equals("1")) {
            return true;
        }
        if (v.equalsIgnoreCase("False") || v.equals("0")) {
            return false;
        }
        throw new ImageFormatException(file, key, "value '" + v + "' is not True or False");
    }

    private static long integer(Path file, Map<String, String> h, String key, long min, long max) {
        String v = h.get(key.toLowerCase(Locale.ROOT));
        if (v == null) {
            throw new ImageFormatException(file, key, "missing");
        }
        try {
            long n = Long.parseLong(v);
            if (n < min || n > max) {
                throw new ImageFormatException(file, key, "value " + n + " must be in [" + min + ", " + max + "]");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ImageFormatException(file, key, "value '" + v + "' is not an integer", e);
        }
    }

    private static long[] longs(Path file, Map<String, String> h, String key, int n) {
        double[] d = doubles(file, h, key, n);
        long[] r = new long[n];
        for (int i = 0; i < n; i++) {
            if (d[i] != Math.rint(d[i])) {
                throw new ImageFormatException(file, key, "value " + d[i] + " is not an integer");
            }
            r[i] = (long) d[i];
        }
        return r;
    }

    private static double[] doubles(Path file, Map<String, String> h, String key, int n) {
        String v = h.get(key.toLowerCase(Locale.ROOT));
        if (v == null) {
            throw new ImageFormatException(file, key, "missing");
        }
        String[] t = v.trim().split("\\s+");
        if (t.length != n) {
            throw new ImageFormatException(file, key, "expected " + n + " values but found " + t.length + " in '"
                    + v + "'");
        }
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            try {
                d[i] = Double.parseDouble(t[i]);
            } catch (NumberFormatException e) {
                throw new ImageFormatException(file, key, "value '" + t[i] + "' is not a number", e);
            }
            if (!Double.isFinite(d[i])) {
                throw new ImageFormatException(file, key, "value '" + t[i] + "' is not finite");
            }
        }
        return d;
    }

    private static PixelType elementType(Path file, String v) {
        if (v == null) {
            throw new ImageFormatException(file, "ElementType", "missing");
        }
        return switch (v.toUpperCase(Locale.ROOT)) {
            case "MET_CHAR" -> PixelType.INT8;
            case "MET_UCHAR" -> PixelType.UINT8;
            case "MET_SHORT" -> PixelType.INT16;
            case "MET_USHORT" -> PixelType.UINT16;
            case "MET_INT", "MET_LONG" -> PixelType.INT32;
            case "MET_UINT", "MET_ULONG" -> PixelType.UINT32;
            case "MET_LONG_LONG" -> PixelType.INT64;
            case "MET_ULONG_LONG" -> PixelType.UINT64;
            case "MET_FLOAT" -> PixelType.FLOAT32;
            case "MET_DOUBLE" -> PixelType.FLOAT64;
            default -> throw new ImageFormatException(file, "ElementType", "value '" + v + "' is not a supported"
                    + " scalar type (MET_CHAR, MET_UCHAR, MET_SHORT, MET_USHORT, MET_INT, MET_UINT, MET_LONG, MET_ULONG,"
                    + " MET_LONG_LONG, MET_ULONG_LONG, MET_FLOAT, MET_DOUBLE)");
        };
    }

    private static String metType(PixelType t) {
        return switch (t) {
            case INT8 -> "MET_CHAR";
            case UINT8 -> "MET_UCHAR";
            case INT16 -> "MET_SHORT";
            case UINT16 -> "MET_USHORT";
            case INT32 -> "MET_INT";
            case UINT32 -> "MET_UINT";
            case INT64 -> "MET_LONG_LONG";
            case UINT64 -> "MET_ULONG_LONG";
            case FLOAT32 -> "MET_FLOAT";
            default -> "MET_DOUBLE";
        };
    }

    /**
     * Writes {@code v} in its own pixel type, little endian: a single {@code .mha} file (ElementDataFile LOCAL),
     * or, when {@code file} ends in {@code .mhd}, a header plus a {@code .raw} (or {@code .zraw} when compressed)
     * data file next to it.
     *
     * @param compress write the data as a zlib stream ({@code CompressedData = True})
     * @throws ImageFormatException if the file cannot be written
     */
    public static void write(Volume v, Path file, boolean compress) {
        Geometry g = v.geometry();
        String name = file.getFileName().toString();
        boolean mhd = name.toLowerCase(Locale.ROOT).endsWith(".mhd");
        String dataName = mhd ? name.substring(0, name.length() - 4) + (compress ? ".zraw" : ".raw") : "LOCAL";
        StringBuilder sb = new StringBuilder();
        sb.append("ObjectType = Image\nNDims = 3\nBinaryData = True\nBinaryDataByteOrderMSB = False\n");
        sb.append("CompressedData = ").append(compress ? "True" : "False").append('\n');
        sb.append("TransformMatrix =");
        for (int c = 0; c < 3; c++) {
            for (int r = 0; r < 3; r++) {
                sb.append(' ').append(num(g.direction(r, c)));
            }
        }
        sb.append("\nOffset =");
        for (double o : g.origin()) {
            sb.append(' ').append(num(o));
        }
        sb.append("\nCenterOfRotation = 0 0 0\nAnatomicalOrientation = RAI\nElementSpacing =");
        for (double s : g.spacing()) {
            sb.append(' ').append(num(s));
        }
        sb.append("\nDimSize = ").append(g.nx()).append(' ').append(g.ny()).append(' ').append(g.nz());
        sb.append("\nElementType = ").append(metType(v.pixelType()));
        sb.append("\nElementDataFile = ").append(dataName).append('\n');
        try {
            if (mhd) {
                Files.writeString(file, sb.toString(), StandardCharsets.ISO_8859_1);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file.resolveSibling(
                        dataName)))) {
                    writeData(v, out, compress);
                }
            } else {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    out.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
                    writeData(v, out, compress);
                }
            }
        } catch (IOException e) {
            throw new ImageFormatException(file, "file", "cannot write: " + e.getMessage(), e);
        }
    }

    private static void writeData(Volume v, OutputStream out, boolean compress) throws IOException {
        if (compress) {
            DeflaterOutputStream z = new DeflaterOutputStream(out);
            Samples.writeBinary(z, v::get, v.size(), v.pixelType(), ByteOrder.LITTLE_ENDIAN);
            z.finish();
        } else {
            Samples.writeBinary(out, v::get, v.size(), v.pixelType(), ByteOrder.LITTLE_ENDIAN);
        }
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

}
