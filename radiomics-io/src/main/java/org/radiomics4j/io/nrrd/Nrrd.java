package org.radiomics4j.io.nrrd;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageFormatException;
import org.radiomics4j.io.internal.GzipInput;
import org.radiomics4j.io.internal.Samples;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes scalar images in the NRRD format (Teem, <a href="http://teem.sourceforge.net/nrrd/format.html">
 * teem.sourceforge.net/nrrd/format.html</a>).
 *
 * <h2>Reading</h2>
 * <ul>
 *   <li>Magic {@code NRRD0001} to {@code NRRD0005}; attached headers ({@code .nrrd}) and detached headers
 *       ({@code .nhdr}) whose {@code data file:} is one file (relative to the header's folder, or absolute), a
 *       {@code LIST} of files, or a {@code printf}-style format with min/max/step.</li>
 *   <li>Types signed/unsigned char, short, int, long long (and every NRRD alias such as {@code int16},
 *       {@code uint8_t}, {@code unsigned short int}), float and double. The {@link Volume} keeps the file's type:
 *       {@code short} gives {@link PixelType#INT16}, {@code int} gives {@link PixelType#INT32}, and so on
 *       (64-bit integers are held as doubles, exact up to 2<sup>53</sup>).</li>
 *   <li>Encodings {@code raw}, {@code gzip}/{@code gz} and {@code ascii}/{@code text}/{@code txt}; endian
 *       {@code little}/{@code big}; {@code line skip}; {@code byte skip} (bytes of decompressed data for gzip;
 *       {@code -1} = data at the end of the file, raw only).</li>
 *   <li>{@code dimension} 2 (read as nz = 1) or 3; a 4-D file is read only if one axis has size 1.</li>
 * </ul>
 *
 * <h2>Geometry</h2>
 * The result is in LPS like ITK: for {@code space: right-anterior-superior} the x and y components of the space
 * directions and origin are negated, for {@code left-anterior-superior} the y components; LPS, {@code scanner-xyz}
 * and {@code 3D-right/left-handed} are taken as they are (ITK's NrrdImageIO does the same). Spacing is the norm of
 * each space direction and the direction matrix has the normalised space directions as its <em>columns</em>
 * (x, y, z index axes). Without {@code space directions}, spacing comes from {@code spacings} (1 if absent), the
 * direction is the identity and the origin 0. For a 2-D image the third column is the cross product of the first
 * two and the z spacing 1. Voxels are in file order, x fastest.
 *
 * <h2>Writing</h2>
 * {@link #write} writes {@code NRRD0004} with {@code space: left-posterior-superior}, {@code space directions}
 * (direction columns times spacing), {@code space origin}, {@code kinds: domain domain domain}, the volume's own
 * pixel type, and the encoding and byte order of {@link NrrdWriteOptions}. A path ending in {@code .nhdr} gets a
 * detached header and a data file next to it ({@code <name>.raw} or {@code <name>.raw.gz}).
 *
 * <h2>Errors</h2>
 * Every problem throws {@link ImageFormatException} naming the file and the field, before the voxel array is
 * allocated when the header allows it (sizes, types, file length, heap); no partial volume is ever returned. gzip
 * data are inflated to the end of the stream and checked against the CRC-32 and size of every member's trailer
 * (concatenated members are read as one stream). Reading logs one DEBUG line (file, size, type) through SLF4J.
 */
public final class Nrrd {
    private static final Logger LOG = LoggerFactory.getLogger(Nrrd.class);

    private Nrrd() {
    }

    /**
     * Reads a NRRD image ({@code .nrrd} or {@code .nhdr}) into a volume of the file's pixel type.
     *
     * @throws ImageFormatException if the file cannot be read or is not a supported scalar 2-D/3-D NRRD, naming the
     *     file and the field
     */
    public static Volume read(Path file) {
        NrrdHeader h = NrrdHeader.read(file);
        int[] spatial = spatialAxes(h);
        Geometry g = geometry(h, spatial);
        Object data = readData(h);
        Volume v = Samples.toVolume(data, h.type, g);
        LOG.debug("read NRRD {}: {}x{}x{} {} ({} encoding)", file, g.nx(), g.ny(), g.nz(), h.type,
                h.encoding.nrrdName());
        return v;
    }

    /**
     * Reads a NRRD label map as a mask, as {@code Mask.fromVolume(read(file))} does; an unsigned 8-bit file (the
     * usual label map) is inflated straight into the mask's byte labels, without an intermediate volume.
     *
     * @throws ImageFormatException as {@link #read}, or if a value is not a valid label (negative or not finite)
     */
    public static Mask readMask(Path file) {
        NrrdHeader h = NrrdHeader.read(file);
        if (h.type != PixelType.UINT8 || h.encoding == NrrdEncoding.ASCII) {
            Volume v = read(file);
            try {
                return Mask.fromVolume(v);
            } catch (IllegalArgumentException e) {
                throw new ImageFormatException(file, "data", "not a label mask: " + e.getMessage(), e);
            }
        }
        Geometry g = geometry(h, spatialAxes(h));
        byte[] labels = (byte[]) readData(h, true);
        LOG.debug("read NRRD mask {}: {}x{}x{} {} ({} encoding)", file, g.nx(), g.ny(), g.nz(), h.type,
                h.encoding.nrrdName());
        return Mask.wrap(labels, g);
    }

    private static int[] spatialAxes(NrrdHeader h) {
        if (h.dimension == 2) {
            return new int[] {0, 1};
        }
        if (h.dimension == 3) {
            return new int[] {0, 1, 2};
        }
        if (h.dimension == 4) {
            int single = -1;
            for (int a = 0; a < 4; a++) {
                boolean none = h.spaceDirections != null && h.spaceDirections[a] == null;
                if (h.sizes[a] == 1 && (single < 0 || none)) {
                    single = a;
                }
            }
            if (single >= 0) {
                int[] axes = new int[3];
                for (int a = 0, k = 0; a < 4; a++) {
                    if (a != single) {
                        axes[k++] = a;
                    }
                }
                return axes;
            }
            throw h.error("dimension", "4-D image with sizes " + Arrays.toString(h.sizes) + " is not a scalar"
                    + " volume (no axis of size 1); for a 3D Slicer segmentation use SlicerSegmentation.read");
        }
        throw h.error("dimension", "must be 2 or 3 (or 4 with one axis of size 1) but was " + h.dimension);
    }

    /** Builds the LPS geometry from the header's spatial axes (2 or 3 of them). */
    static Geometry geometry(NrrdHeader h, int[] spatial) {
        int[] size = {1, 1, 1};
        for (int a = 0; a < spatial.length; a++) {
            if (h.sizes[spatial[a]] > Integer.MAX_VALUE) {
                throw h.error("sizes", "axis " + spatial[a] + " has " + h.sizes[spatial[a]] + " samples, more than "
                        + Integer.MAX_VALUE);
            }
            size[a] = (int) h.sizes[spatial[a]];
        }
        long count = (long) size[0] * size[1] * size[2];
        if (count > Samples.MAX_VOXELS) {
            throw h.error("sizes", "the image has " + count + " voxels, more than the largest supported count "
                    + Samples.MAX_VOXELS);
        }
        double[] flip = h.toLps();
        double[][] cols = new double[3][];
        double[] spacing = {1, 1, 1};
        if (h.spaceDirections != null) {
            for (int a = 0; a < spatial.length; a++) {
                double[] v = h.spaceDirections[spatial[a]];
                if (v == null) {
                    throw h.error("space directions", "axis " + spatial[a] + " is a spatial axis but its direction"
                            + " is 'none'");
                }
                double[] v3 = embed(v);
                double norm = 0;
                for (int r = 0; r < 3; r++) {
                    v3[r] *= flip[r];
                    norm += v3[r] * v3[r];
                }
                norm = Math.sqrt(norm);
                if (!(norm > 0) || !Double.isFinite(norm)) {
                    throw h.error("space directions", "axis " + spatial[a] + " has the zero (or non-finite) vector "
                            + Arrays.toString(v));
                }
                spacing[a] = norm;
                for (int r = 0; r < 3; r++) {
                    v3[r] /= norm;
                }
                cols[a] = v3;
            }
        } else {
            for (int a = 0; a < spatial.length; a++) {
                double s = h.spacings == null ? Double.NaN : h.spacings[spatial[a]];
                spacing[a] = Double.isNaN(s) ? 1 : Math.abs(s);
                if (!(spacing[a] > 0)) {
                    throw h.error("spacings", "axis " + spatial[a] + " has spacing " + s + "; must be non-zero");
                }
                cols[a] = new double[3];
                cols[a][a] = 1;
            }
        }
        if (spatial.length == 2) {
            double[] c = cross(cols[0], cols[1]);
            double n = Math.sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]);
            if (n < 1e-12) {
                throw h.error("space directions", "the two axis directions are parallel");
            }
            cols[2] = new double[] {c[0] / n, c[1] / n, c[2] / n};
        } else {
            double det = dot(cross(cols[0], cols[1]), cols[2]);
            if (Math.abs(det) < 1e-12) {
                throw h.error("space directions", "the three axis directions are linearly dependent");
            }
        }
        double[] dir = new double[9];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                dir[3 * r + c] = cols[c][r];
            }
        }
        double[] origin = new double[3];
        if (h.spaceOrigin != null) {
            double[] o = embed(h.spaceOrigin);
            for (int r = 0; r < 3; r++) {
                origin[r] = o[r] * flip[r];
            }
        }
        return Geometry.of(size, spacing, origin, dir);
    }

    private static double[] embed(double[] v) {
        double[] v3 = new double[3];
        System.arraycopy(v, 0, v3, 0, Math.min(3, v.length));
        return v3;
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    /**
     * Reads all {@code prod(sizes)} samples of the header's data into a storage array of its type, checking the
     * count, the raw file lengths and the free heap before allocating.
     */
    static Object readData(NrrdHeader h) {
        return readData(h, false);
    }

    /** {@link #readData(NrrdHeader)}; with {@code bytes} an 8-bit type is read into a {@code byte[]} as it is. */
    static Object readData(NrrdHeader h, boolean bytes) {
        long count = h.elementCount();
        if (count < 0 || count > Samples.MAX_VOXELS) {
            throw h.error("sizes", "the data have " + (count < 0 ? "more than " + Long.MAX_VALUE : count)
                    + " samples, more than the largest supported count " + Samples.MAX_VOXELS);
        }
        List<Path> files = h.dataFiles.isEmpty() ? List.of(h.file) : h.dataFiles;
        if (count % files.size() != 0) {
            throw h.error("data file", files.size() + " data files cannot share " + count + " samples evenly");
        }
        int perFile = (int) (count / files.size());
        long bytesPerFile = (long) perFile * h.type.bytes();
        long start = h.dataFiles.isEmpty() ? h.dataOffset : 0;
        if (h.encoding == NrrdEncoding.RAW) {
            for (Path f : files) {
                long size = fileSize(h, f);
                long skip = h.byteSkip > 0 ? h.byteSkip : 0;
                if (size - start - skip < bytesPerFile) {
                    throw new ImageFormatException(f, "sizes", "the header claims " + count + " samples of "
                            + h.type + " (" + bytesPerFile + " bytes" + (files.size() > 1 ? " per file" : "")
                            + ") but the file holds only " + Math.max(0, size - start - skip) + " data bytes"
                            + (f.equals(h.file) ? "" : " (header " + h.file + ")"));
                }
            }
        }
        Object array;
        if (bytes && h.type.bytes() == 1) {
            Samples.requireHeap(h.file, "sizes", count, count, h.type);
            array = new byte[(int) count];
        } else {
            array = Samples.allocate(h.file, "sizes", h.type, count);
        }
        int offset = 0;
        for (Path f : files) {
            readOne(h, f, start, array, offset, perFile, bytesPerFile);
            offset += perFile;
        }
        return array;
    }

    private static long fileSize(NrrdHeader h, Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            throw new ImageFormatException(h.file, "data file", "cannot open data file " + f + ": " + e, e);
        }
    }

    private static void readOne(NrrdHeader h, Path f, long start, Object array, int offset, int count,
            long bytes) {
        long begin = start;
        if (h.byteSkip == -1) {
            begin = fileSize(h, f) - bytes;
        }
        try (InputStream raw = Files.newInputStream(f)) {
            raw.skipNBytes(begin);
            InputStream in = new BufferedInputStream(raw, 1 << 16);
            for (int i = 0; i < h.lineSkip; i++) {
                int c;
                while ((c = in.read()) >= 0 && c != '\n') {
                    // skip the line
                }
                if (c < 0) {
                    throw new ImageFormatException(f, "line skip", "the file ends before " + h.lineSkip
                            + " lines could be skipped");
                }
            }
            if (h.encoding == NrrdEncoding.GZIP) {
                in = new GzipInput(in); // inflates straight into the caller's buffer (or the mask's labels)
            }
            if (h.byteSkip > 0) {
                try {
                    in.skipNBytes(h.byteSkip);
                } catch (EOFException e) {
                    throw new ImageFormatException(f, "byte skip", "the data end before " + h.byteSkip
                            + " bytes could be skipped");
                }
            }
            if (h.encoding == NrrdEncoding.ASCII) {
                Samples.readAscii(in, h.type, array, offset, count, f);
            } else {
                Samples.readBinary(in, h.type, h.order, array, offset, count, f);
            }
            if (h.encoding == NrrdEncoding.GZIP) {
                GzipInput.drain(in, f); // checks the CRC-32 and size in the gzip trailer
            }
        } catch (ZipException e) {
            throw new ImageFormatException(f, "data", "corrupt gzip data: " + e.getMessage(), e);
        } catch (EOFException e) {
            throw new ImageFormatException(f, "data", "truncated: the file ends before the data start", e);
        } catch (IOException e) {
            throw new ImageFormatException(f, "data", "cannot read the data: " + e, e);
        }
    }

    /**
     * Writes {@code volume} as NRRD (attached header for {@code .nrrd}, detached for {@code .nhdr}) in its own
     * pixel type, in LPS space.
     *
     * @throws ImageFormatException if the file cannot be written (naming the file)
     */
    public static void write(Volume volume, Path file, NrrdWriteOptions options) {
        Geometry g = volume.geometry();
        double[][] dirs = new double[3][];
        for (int c = 0; c < 3; c++) {
            dirs[c] = new double[3];
            for (int r = 0; r < 3; r++) {
                dirs[c][r] = g.direction(r, c) * g.spacing(c);
            }
        }
        writeFile(file, options, volume.pixelType(), new long[] {g.nx(), g.ny(), g.nz()},
                new String[] {"domain", "domain", "domain"}, dirs, g.origin(), volume::get, volume.size());
    }

    /** Writes a NRRD file of any dimension; {@code dirs[a] == null} writes {@code none} for axis a. */
    static void writeFile(Path file, NrrdWriteOptions o, PixelType type, long[] sizes, String[] kinds,
            double[][] dirs, double[] origin, IntToDoubleFunction values, int count) {
        String name = file.getFileName().toString();
        boolean detached = name.toLowerCase(Locale.ROOT).endsWith(".nhdr");
        Path dataFile = null;
        StringBuilder hd = new StringBuilder();
        hd.append("NRRD0004\n");
        hd.append("# Complete NRRD file format specification at:\n");
        hd.append("# http://teem.sourceforge.net/nrrd/format.html\n");
        hd.append("type: ").append(typeName(type)).append('\n');
        hd.append("dimension: ").append(sizes.length).append('\n');
        hd.append("space: left-posterior-superior\n");
        hd.append("sizes:");
        for (long s : sizes) {
            hd.append(' ').append(s);
        }
        hd.append('\n');
        hd.append("space directions:");
        for (double[] d : dirs) {
            hd.append(' ').append(d == null ? "none" : vector(d));
        }
        hd.append('\n');
        hd.append("kinds: ").append(String.join(" ", kinds)).append('\n');
        if (type.bytes() > 1 && o.encoding() != NrrdEncoding.ASCII) {
            hd.append("endian: ").append(o.endian() == org.radiomics4j.io.Endian.LITTLE ? "little" : "big")
                    .append('\n');
        }
        hd.append("encoding: ").append(o.encoding().nrrdName()).append('\n');
        hd.append("space origin: ").append(vector(origin)).append('\n');
        if (detached) {
            String base = name.substring(0, name.length() - 5);
            String dn = base + switch (o.encoding()) {
                case RAW -> ".raw";
                case GZIP -> ".raw.gz";
                case ASCII -> ".txt";
            };
            dataFile = file.resolveSibling(dn);
            hd.append("data file: ").append(dn).append('\n');
        }
        for (Map.Entry<String, String> e : o.keyValues().entrySet()) {
            hd.append(escape(e.getKey())).append(":=").append(escape(e.getValue())).append('\n');
        }
        List<Path> written = new ArrayList<>();
        try {
            written.add(file);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                out.write(hd.toString().getBytes(StandardCharsets.UTF_8));
                if (!detached) {
                    out.write('\n');
                    writeBody(out, o, type, values, count);
                }
            }
            if (detached) {
                written.add(dataFile);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dataFile), 1 << 16)) {
                    writeBody(out, o, type, values, count);
                }
            }
        } catch (IOException e) {
            for (Path p : written) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // the original error is reported below
                }
            }
            throw new ImageFormatException(file, "data", "cannot write the file: " + e, e);
        }
    }

    private static void writeBody(OutputStream out, NrrdWriteOptions o, PixelType type, IntToDoubleFunction values,
            int count) throws IOException {
        switch (o.encoding()) {
            case RAW -> Samples.writeBinary(out, values, count, type, o.endian().order());
            case GZIP -> {
                GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
                Samples.writeBinary(gz, values, count, type, o.endian().order());
                gz.finish();
            }
            case ASCII -> Samples.writeAscii(out, values, count, type, 16);
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n");
    }

    static String vector(double[] v) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            b.append(i == 0 ? "" : ",").append(number(v[i]));
        }
        return b.append(')').toString();
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    static String typeName(PixelType t) {
        return switch (t) {
            case INT8 -> "signed char";
            case UINT8 -> "unsigned char";
            case INT16 -> "short";
            case UINT16 -> "unsigned short";
            case INT32 -> "int";
            case UINT32 -> "unsigned int";
            case INT64 -> "long long int";
            case UINT64 -> "unsigned long long int";
            case FLOAT32 -> "float";
            case FLOAT64 -> "double";
        };
    }
}
