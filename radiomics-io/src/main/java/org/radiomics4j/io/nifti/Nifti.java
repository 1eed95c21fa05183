package org.radiomics4j.io.nifti;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageFormatException;
import org.radiomics4j.io.internal.GzipInput;
import org.radiomics4j.io.internal.Samples;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes scalar images in the NIfTI-1 and NIfTI-2 formats (single file {@code .nii}, or gzip-compressed
 * {@code .nii.gz}; gzip is recognised from the stream's magic bytes). References: {@code nifti1.h} and
 * {@code nifti2.h} (NIfTI Data Format Working Group), and the behaviour of ITK's {@code NiftiImageIO}
 * (ITK 5.x, {@code Modules/IO/NIFTI/src/itkNiftiImageIO.cxx}), which SimpleITK and therefore PyRadiomics use.
 *
 * <h2>Reading</h2>
 * <ul>
 *   <li>Both byte orders, detected from {@code sizeof_hdr} (348 = NIfTI-1, 540 = NIfTI-2); magic {@code n+1} /
 *       {@code n+2}. Header/image pairs are read too (magic {@code ni1}/{@code ni2}): pass either the
 *       {@code .hdr} or the {@code .img} (each optionally {@code .gz}); the data start at {@code vox_offset} of the
 *       image file. Analyze 7.5 headers (no NIfTI magic) are rejected.</li>
 *   <li>Datatypes uint8, int8, int16, uint16, int32, uint32, int64, uint64 (held as doubles, exact up to
 *       2<sup>53</sup>), float32, float64. RGB, complex, binary and float128 are rejected.</li>
 *   <li>{@code dim[0]} from 2 to 7; a 2-D image is read with nz = 1. Axes 4 to 7 hold volumes: a file with more
 *       than one volume is rejected by {@link #read(Path)}; pick one with {@link #read(Path, int)}.</li>
 *   <li>{@code scl_slope}/{@code scl_inter}: a slope of 0 or non-finite, or slope 1 with intercept 0, means no
 *       scaling and the file's type is kept; so does a header with both qform_code and sform_code 0 (ITK ignores the
 *       scaling of such Analyze-style headers). Otherwise each value becomes {@code slope·v + inter} computed in
 *       double precision and stored as FLOAT32, or as FLOAT64 when the file holds float64 data. This is what ITK
 *       does (it promotes every non-double scaled type to float), so values equal SimpleITK's exactly.</li>
 * </ul>
 *
 * <h2>Geometry</h2>
 * Spacing is {@code |pixdim[1..3]|} (0 or non-finite is read as 1), multiplied by 1000 when {@code xyzt_units}
 * says metres and by 0.001 for microns (ITK scales the spacing but not the origin; so do we). Origin and direction come from the sform or
 * the qform, chosen by ITK 5's rules: the sform is used when it is decomposable without skew (its normalised
 * columns are orthonormal within 1e-4) and either the qform code is 0 with a non-zero sform code, or the sform
 * code is 1 (scanner anatomical), or both codes are set and the two transforms agree (rotation within 1e-4,
 * offsets within 1e-4); it is also used when the two 4×4 matrices agree element-wise within 1e-5 (translations
 * within 1e-7). Otherwise the qform is used if its code is non-zero; if neither code is set the direction is the
 * identity and the origin 0. The qform is built from the quaternion (b, c, d), {@code qfac = pixdim[0]} (−1 flips
 * the third column) and the offsets as in {@code nifti_quatern_to_mat44}. The chosen RAS matrix is converted to
 * LPS by negating its first two rows; the direction columns are the normalised matrix columns. Voxels are in file
 * order, x (NIfTI i) fastest.
 *
 * <h2>Writing</h2>
 * {@link #write} writes a single-file NIfTI-1 or NIfTI-2 header in the volume's own pixel type, with both the
 * sform and the qform set to the geometry (converted LPS→RAS) and both codes 1 (scanner anatomical) as ITK does,
 * {@code scl_slope} 1, {@code scl_inter} 0, units mm and {@code vox_offset} 352 (NIfTI-1) or 544 (NIfTI-2). NIfTI-1
 * stores geometry in single precision, so spacing, origin and direction read back rounded to float; NIfTI-2 keeps
 * doubles.
 *
 * <h2>Errors</h2>
 * Every problem throws {@link ImageFormatException} naming the file and the header field, before the voxel array is
 * allocated whenever the header allows (sizes, types, file length, heap); no partial volume is returned. A
 * {@code .gz} file read to its last volume is checked against the CRC-32 and size of the gzip trailer. Reading
 * logs one DEBUG line (file, size, type) through SLF4J.
 */
public final class Nifti {
    private static final Logger LOG = LoggerFactory.getLogger(Nifti.class);

    private Nifti() {
    }

    /**
     * Reads a NIfTI-1/2 image holding one volume.
     *
     * @throws ImageFormatException if the file cannot be read, is not a supported scalar NIfTI, or holds more than
     *     one volume
     */
    public static Volume read(Path file) {
        return readVolume(file, -1);
    }

    /**
     * Reads volume {@code volumeIndex} (0-based, along {@code dim[4..7]} in file order) of a NIfTI-1/2 image.
     *
     * @throws IllegalArgumentException if {@code volumeIndex} is negative
     * @throws ImageFormatException if the file cannot be read or the index is outside {@code 0..volumes-1}
     */
    public static Volume read(Path file, int volumeIndex) {
        if (volumeIndex < 0) {
            throw new IllegalArgumentException("volumeIndex must be >= 0 but was " + volumeIndex);
        }
        return readVolume(file, volumeIndex);
    }

    private static Volume readVolume(Path file, int volumeIndex) {
        Path[] pair = pairFiles(file);
        Path hdrFile = pair == null ? file : pair[0];
        boolean gz = isGzip(hdrFile);
        try (InputStream in = open(hdrFile, gz)) {
            NiftiHeader h = NiftiHeader.read(hdrFile, in, gz, pair != null);
            if (pair == null) {
                return readData(h, in, file, gz, h.voxOffset - h.version.headerSize(), volumeIndex);
            }
            Path dataFile = pair[1];
            boolean dgz = isGzip(dataFile);
            try (InputStream din = open(dataFile, dgz)) {
                return readData(h, din, dataFile, dgz, h.voxOffset, volumeIndex);
            }
        } catch (ZipException e) {
            throw new ImageFormatException(file, "data", "corrupt gzip data: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImageFormatException(file, "data", "cannot read the file: " + e, e);
        }
    }

    /** For a .hdr/.img pair given by either name: {header, image}; null for a single file. */
    private static Path[] pairFiles(Path file) {
        String n = file.getFileName().toString();
        String lower = n.toLowerCase(Locale.ROOT);
        String gzSuffix = lower.endsWith(".gz") ? n.substring(n.length() - 3) : "";
        String base = n.substring(0, n.length() - gzSuffix.length());
        String lowerBase = base.toLowerCase(Locale.ROOT);
        if (!lowerBase.endsWith(".hdr") && !lowerBase.endsWith(".img")) {
            return null;
        }
        String stem = base.substring(0, base.length() - 4);
        boolean isHeader = lowerBase.endsWith(".hdr");
        String other = isHeader ? ".img" : ".hdr";
        Path partner = null;
        for (String candidate : new String[] {stem + other, stem + other + ".gz", stem + other.toUpperCase(Locale.ROOT),
            stem + other.toUpperCase(Locale.ROOT) + ".gz"}) {
            Path c = file.resolveSibling(candidate);
            if (Files.exists(c)) {
                partner = c;
                break;
            }
        }
        if (partner == null) {
            throw new ImageFormatException(file, "file name", "the " + (isHeader ? "image" : "header") + " file "
                    + stem + other + "[.gz] of this .hdr/.img pair does not exist");
        }
        return isHeader ? new Path[] {file, partner} : new Path[] {partner, file};
    }

    private static Volume readData(NiftiHeader h, InputStream in, Path dataFile, boolean compressed, long skip,
            int volumeIndex) throws IOException {
        long volumes = h.volumes();
        int index = volumeIndex;
        if (volumeIndex < 0) {
            if (volumes > 1) {
                throw h.error("dim", "the file holds " + volumes + " volumes (dim = " + h.dimString()
                        + "); choose one with Nifti.read(path, volumeIndex)");
            }
            index = 0;
        } else if (volumeIndex >= volumes) {
            throw h.error("dim", "volume index " + volumeIndex + " is outside 0.." + (volumes - 1) + " (dim = "
                    + h.dimString() + ")");
        }
        Geometry g = h.geometry();
        long count = g.voxelCount();
        int bytes = h.type.bytes();
        long skipBefore = (long) index * count * bytes;
        long dataStart = h.voxOffset;
        if (!compressed) {
            long size = Files.size(dataFile);
            long need = Samples.saturatingAdd(dataStart, Samples.saturatingMultiply(Samples.saturatingMultiply(volumes, count), bytes));
            if (size < need) {
                throw h.error("dim", "the header claims " + h.dimString() + " voxels of " + h.type + " at offset "
                        + dataStart + " (" + need + " bytes) but " + (h.pair ? dataFile.getFileName() + " has"
                        : "the file has") + " only " + size + " bytes");
            }
        }
        boolean scaled = h.mustRescale();
        PixelType out = scaled ? (h.type == PixelType.FLOAT64 ? PixelType.FLOAT64 : PixelType.FLOAT32) : h.type;
        if (scaled && out != h.type && h.type != PixelType.FLOAT32) {
            // the raw samples and the float result are held at the same time
            Samples.requireHeap(h.file, "dim", count * (Samples.storageBytes(h.type) + 4L), count, h.type);
        }
        Object array = Samples.allocate(h.file, "dim", h.type, count);
        try {
            in.skipNBytes(skip + skipBefore);
        } catch (EOFException e) {
            throw h.error("vox_offset", "the data end before offset " + (dataStart + skipBefore));
        }
        Samples.readBinary(in, h.type, h.order, array, 0, (int) count, dataFile);
        if (compressed && index == volumes - 1) {
            GzipInput.drain(in, dataFile); // checks the CRC-32 and size in the gzip trailer (the last volume ends the data)
        }
        Volume v = scaled ? rescale(array, h, out, g) : Samples.toVolume(array, h.type, g);
        LOG.debug("read NIfTI-{} {}: {}x{}x{} {}{}", h.version == NiftiVersion.NIFTI_1 ? 1 : 2, dataFile, g.nx(),
                g.ny(), g.nz(), v.pixelType(), scaled ? " (scaled from " + h.type + ")" : "");
        return v;
    }

    private static Volume rescale(Object raw, NiftiHeader h, PixelType out, Geometry g) {
        int n = g.voxelCount();
        double slope = h.slope;
        double inter = h.inter;
        if (out == PixelType.FLOAT64) {
            double[] d = (double[]) raw;
            for (int i = 0; i < n; i++) {
                d[i] = slope * d[i] + inter;
            }
            return Volume.wrap(d, g);
        }
        float[] f = raw instanceof float[] ff ? ff : new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = (float) (slope * Samples.get(raw, i) + inter);
        }
        return Volume.wrap(f, g);
    }

    private static boolean isGzip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] m = in.readNBytes(2);
            return m.length == 2 && (m[0] & 0xFF) == 0x1f && (m[1] & 0xFF) == 0x8b;
        } catch (IOException e) {
            throw new ImageFormatException(file, "header", "cannot open the file: " + e, e);
        }
    }

    private static InputStream open(Path file, boolean gz) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return gz ? new BufferedInputStream(new GzipInput(in), 1 << 16) : in;
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    /**
     * Writes {@code volume} as a single-file NIfTI ({@code .nii}, or gzip-compressed when the name ends in
     * {@code .gz}) in its own pixel type.
     *
     * @throws ImageFormatException if the file cannot be written (naming the file), or the size does not fit the
     *     NIfTI-1 header (more than 32767 voxels along an axis)
     */
    public static void write(Volume volume, Path file, NiftiWriteOptions options) {
        Geometry g = volume.geometry();
        NiftiVersion v = options.version();
        if (v == NiftiVersion.NIFTI_1 && Math.max(g.nx(), Math.max(g.ny(), g.nz())) > Short.MAX_VALUE) {
            throw new ImageFormatException(file, "dim", "size " + g.nx() + "x" + g.ny() + "x" + g.nz()
                    + " does not fit NIfTI-1's 16-bit dim fields; write NIfTI-2");
        }
        ByteOrder order = options.endian().order();
        ByteBuffer b = ByteBuffer.allocate(v.dataOffset()).order(order);
        // RAS affine: negate the first two rows of the LPS one
        double[][] m = new double[3][4];
        double[] o = g.origin();
        for (int r = 0; r < 3; r++) {
            double sign = r < 2 ? -1 : 1;
            for (int c = 0; c < 3; c++) {
                m[r][c] = sign * g.direction(r, c) * g.spacing(c);
            }
            m[r][3] = sign * o[r];
        }
        double[] quat = new double[4];
        double qfac = quaternion(g, quat);
        int datatype = datatype(volume.pixelType());
        int bitpix = volume.pixelType().bytes() * 8;
        double[] pixdim = {qfac, g.spacing(0), g.spacing(1), g.spacing(2), 1, 1, 1, 1};
        long[] dim = {3, g.nx(), g.ny(), g.nz(), 1, 1, 1, 1};
        if (v == NiftiVersion.NIFTI_1) {
            b.putInt(0, 348);
            b.put(38, (byte) 'r');
            for (int i = 0; i < 8; i++) {
                b.putShort(40 + 2 * i, (short) dim[i]);
                b.putFloat(76 + 4 * i, (float) pixdim[i]);
            }
            b.putShort(70, (short) datatype);
            b.putShort(72, (short) bitpix);
            b.putFloat(108, v.dataOffset());
            b.putFloat(112, 1f);
            b.putFloat(116, 0f);
            b.put(123, (byte) 2);
            b.putShort(252, (short) 1);
            b.putShort(254, (short) 1);
            for (int i = 0; i < 3; i++) {
                b.putFloat(256 + 4 * i, (float) quat[i + 1]);
                b.putFloat(268 + 4 * i, (float) m[i][3]);
                for (int j = 0; j < 4; j++) {
                    b.putFloat(280 + 16 * i + 4 * j, (float) m[i][j]);
                }
            }
            b.put(344, (byte) 'n').put(345, (byte) '+').put(346, (byte) '1').put(347, (byte) 0);
        } else {
            b.putInt(0, 540);
            byte[] magic = {'n', '+', '2', 0, '\r', '\n', 032, '\n'};
            b.put(4, magic);
            b.putShort(12, (short) datatype);
            b.putShort(14, (short) bitpix);
            for (int i = 0; i < 8; i++) {
                b.putLong(16 + 8 * i, dim[i]);
                b.putDouble(104 + 8 * i, pixdim[i]);
            }
            b.putLong(168, v.dataOffset());
            b.putDouble(176, 1);
            b.putDouble(184, 0);
            b.putInt(344, 1);
            b.putInt(348, 1);
            for (int i = 0; i < 3; i++) {
                b.putDouble(352 + 8 * i, quat[i + 1]);
                b.putDouble(376 + 8 * i, m[i][3]);
                for (int j = 0; j < 4; j++) {
                    b.putDouble(400 + 32 * i + 8 * j, m[i][j]);
                }
            }
            b.putInt(500, 2);
        }
        boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        try (OutputStream fo = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            OutputStream out = gzip ? new GZIPOutputStream(fo, 1 << 16) : fo;
            out.write(b.array());
            Samples.writeBinary(out, volume::get, volume.size(), volume.pixelType(), order);
            if (out instanceof GZIPOutputStream gz) {
                gz.finish();
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the original error is reported below
            }
            throw new ImageFormatException(file, "data", "cannot write the file: " + e, e);
        }
    }

    private static int datatype(PixelType t) {
        return switch (t) {
            case UINT8 -> 2;
            case INT16 -> 4;
            case INT32 -> 8;
            case FLOAT32 -> 16;
            case FLOAT64 -> 64;
            case INT8 -> 256;
            case UINT16 -> 512;
            case UINT32 -> 768;
            case INT64 -> 1024;
            case UINT64 -> 1280;
        };
    }

    /**
     * The quaternion (a, b, c, d) of the RAS rotation of {@code g} as nifti_mat44_to_quatern computes it; returns
     * qfac (−1 when the direction matrix is a reflection, whose third column is then negated first).
     */
    static double quaternion(Geometry g, double[] q) {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = (i < 2 ? -1 : 1) * g.direction(i, j);
            }
        }
        double det = NiftiHeader.det(r);
        double qfac = 1;
        if (det < 0) {
            qfac = -1;
            for (int i = 0; i < 3; i++) {
                r[i][2] = -r[i][2];
            }
        }
        double a = r[0][0] + r[1][1] + r[2][2] + 1;
        double b;
        double c;
        double d;
        if (a > 0.5) {
            a = 0.5 * Math.sqrt(a);
            b = 0.25 * (r[2][1] - r[1][2]) / a;
            c = 0.25 * (r[0][2] - r[2][0]) / a;
            d = 0.25 * (r[1][0] - r[0][1]) / a;
        } else {
            double xd = 1.0 + r[0][0] - (r[1][1] + r[2][2]);
            double yd = 1.0 + r[1][1] - (r[0][0] + r[2][2]);
            double zd = 1.0 + r[2][2] - (r[0][0] + r[1][1]);
            if (xd > 1.0) {
                b = 0.5 * Math.sqrt(xd);
                c = 0.25 * (r[0][1] + r[1][0]) / b;
                d = 0.25 * (r[0][2] + r[2][0]) / b;
                a = 0.25 * (r[2][1] - r[1][2]) / b;
            } else if (yd > 1.0) {
                c = 0.5 * Math.sqrt(yd);
                b = 0.25 * (r[0][1] + r[1][0]) / c;
                d = 0.25 * (r[1][2] + r[2][1]) / c;
                a = 0.25 * (r[0][2] - r[2][0]) / c;
            } else {
                d = 0.5 * Math.sqrt(zd);
                b = 0.25 * (r[0][2] + r[2][0]) / d;
                c = 0.25 * (r[1][2] + r[2][1]) / d;
                a = 0.25 * (r[1][0] - r[0][1]) / d;
            }
            if (a < 0.0) {
                a = -a;
                b = -b;
                c = -c;
                d = -d;
            }
        }
        q[0] = a;
        q[1] = b;
        q[2] = c;
        q[3] = d;
        return qfac;
    }
}
