package org.radiomics4j.io.nifti;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.Endian;
import org.radiomics4j.io.ImageFormatException;
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
 *       {@code n+2}. Header/image pairs ({@code .hdr/.img}, magic {@code ni1}) are not supported.</li>
 *   <li>Datatypes uint8, int8, int16, uint16, int32, uint32, int64, uint64 (held as doubles, exact up to
 *       2<sup>53</sup>), float32, float64. RGB, complex, binary and float128 are rejected.</li>
 *   <li>{@code dim[0]} from 2 to 7; a 2-D image is read with nz = 1. Axes 4 to 7 hold volumes: a file with more
 *       than one volume is rejected by {@link #read(Path)}; pick one with {@link #read(Path, int)}.</li>
 *   <li>{@code scl_slope}/{@code scl_inter}: a slope of 0 or non-finite, or slope 1 with intercept 0, means no
 *       scaling and the file's type is kept. Otherwise each value becomes {@code slope·v + inter} computed in
 *       double precision and stored as FLOAT32, or as FLOAT64 when the file holds float64 data. This is what ITK
 *       does (it promotes every non-double scaled type to float), so values equal SimpleITK's exactly.</li>
 * </ul>
 *
 * <h2>Geometry</h2>
 * Spacing is {@code |pixdim[1..3]|} (0 or non-finite is read as 1). Origin and direction come from the sform or
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
 * allocated whenever the header allows (sizes, types, file length, heap); no partial volume is returned. Reading
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
        boolean gz = isGzip(file);
        try (InputStream in = open(file, gz)) {
            Header h = Header.read(file, in, gz);
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
            if (!h.compressed) {
                long size = Files.size(file);
                long need = saturatingAdd(h.voxOffset,
                        saturatingMultiply(saturatingMultiply(volumes, count), bytes));
                if (size < need) {
                    throw h.error("dim", "the header claims " + h.dimString() + " voxels of " + h.type + " at offset "
                            + h.voxOffset + " (" + need + " bytes) but the file has only " + size + " bytes");
                }
            }
            boolean scaled = h.mustRescale();
            PixelType out = scaled ? (h.type == PixelType.FLOAT64 ? PixelType.FLOAT64 : PixelType.FLOAT32) : h.type;
            if (scaled && out != h.type && h.type != PixelType.FLOAT32) {
                // the raw samples and the float result are held at the same time
                Samples.requireHeap(file, "dim", count * (Samples.storageBytes(h.type) + 4L), count, h.type);
            }
            Object array = Samples.allocate(file, "dim", h.type, count);
            try {
                in.skipNBytes(h.voxOffset - h.version.headerSize() + skipBefore);
            } catch (EOFException e) {
                throw h.error("vox_offset", "the data end before offset " + (h.voxOffset + skipBefore));
            }
            Samples.readBinary(in, h.type, h.order, array, 0, (int) count, file);
            Volume v;
            if (scaled) {
                v = rescale(array, h, out, g);
            } else {
                v = Samples.toVolume(array, h.type, g);
            }
            LOG.debug("read NIfTI-{} {}: {}x{}x{} {}{}", h.version == NiftiVersion.NIFTI_1 ? 1 : 2, file, g.nx(),
                    g.ny(), g.nz(), v.pixelType(), scaled ? " (scaled from " + h.type + ")" : "");
            return v;
        } catch (ZipException e) {
            throw new ImageFormatException(file, "data", "corrupt gzip data: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ImageFormatException(file, "data", "cannot read the file: " + e, e);
        }
    }

    private static long saturatingMultiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return (hi == 0 && lo >= 0) ? lo : Long.MAX_VALUE;
    }

    private static long saturatingAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }

    private static Volume rescale(Object raw, Header h, PixelType out, Geometry g) {
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
        return gz ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    }

    /** A parsed, validated NIfTI-1 or NIfTI-2 header. */
    private static final class Header {
        final Path file;
        final NiftiVersion version;
        final ByteOrder order;
        final boolean compressed;
        final long[] dim = new long[8];
        final PixelType type;
        final double[] pixdim = new double[8];
        final long voxOffset;
        final double slope;
        final double inter;
        final int qformCode;
        final int sformCode;
        final double[] quatern = new double[3];
        final double[] qoffset = new double[3];
        final double[][] srow = new double[3][4];

        private Header(Path file, NiftiVersion version, ByteOrder order, boolean compressed, ByteBuffer b) {
            this.file = file;
            this.version = version;
            this.order = order;
            this.compressed = compressed;
            boolean v1 = version == NiftiVersion.NIFTI_1;
            byte[] magic = new byte[v1 ? 4 : 8];
            b.get(v1 ? 344 : 4, magic);
            String m = new String(magic, StandardCharsets.ISO_8859_1);
            if (v1 ? m.equals("ni1\0") : m.startsWith("ni2\0")) {
                throw error("magic", "'" + m.substring(0, 3) + "' marks a .hdr/.img pair, which is not supported;"
                        + " convert to a single .nii file");
            }
            if (v1 ? !m.equals("n+1\0") : !m.equals("n+2\0\r\n\032\n")) {
                throw error("magic", "expected '" + (v1 ? "n+1" : "n+2") + "' but found '" + printable(m) + "'");
            }
            int datatype;
            if (v1) {
                for (int i = 0; i < 8; i++) {
                    dim[i] = b.getShort(40 + 2 * i);
                    pixdim[i] = b.getFloat(76 + 4 * i);
                }
                datatype = b.getShort(70);
                double vo = b.getFloat(108);
                if (!(vo >= 0) || vo != Math.rint(vo) || vo > Integer.MAX_VALUE) {
                    throw error("vox_offset", "must be a non-negative whole number but was " + vo);
                }
                voxOffset = (long) vo;
                slope = b.getFloat(112);
                inter = b.getFloat(116);
                qformCode = b.getShort(252);
                sformCode = b.getShort(254);
                for (int i = 0; i < 3; i++) {
                    quatern[i] = b.getFloat(256 + 4 * i);
                    qoffset[i] = b.getFloat(268 + 4 * i);
                    for (int j = 0; j < 4; j++) {
                        srow[i][j] = b.getFloat(280 + 16 * i + 4 * j);
                    }
                }
            } else {
                datatype = b.getShort(12);
                for (int i = 0; i < 8; i++) {
                    dim[i] = b.getLong(16 + 8 * i);
                    pixdim[i] = b.getDouble(104 + 8 * i);
                }
                voxOffset = b.getLong(168);
                slope = b.getDouble(176);
                inter = b.getDouble(184);
                qformCode = b.getInt(344);
                sformCode = b.getInt(348);
                for (int i = 0; i < 3; i++) {
                    quatern[i] = b.getDouble(352 + 8 * i);
                    qoffset[i] = b.getDouble(376 + 8 * i);
                    for (int j = 0; j < 4; j++) {
                        srow[i][j] = b.getDouble(400 + 32 * i + 8 * j);
                    }
                }
            }
            if (voxOffset < version.headerSize()) {
                throw error("vox_offset", "must be >= " + version.headerSize() + " for a single-file NIfTI but was "
                        + voxOffset);
            }
            long nd = dim[0];
            if (nd < 2 || nd > 7) {
                throw error("dim", "dim[0] must be between 2 and 7 but was " + nd);
            }
            for (int i = 1; i <= nd; i++) {
                if (dim[i] < 1) {
                    throw error("dim", "dim[" + i + "] must be >= 1 but was " + dim[i] + " (dim = " + dimString() + ")");
                }
            }
            for (int i = 1; i <= Math.min(3, nd); i++) {
                if (dim[i] > Integer.MAX_VALUE) {
                    throw error("dim", "dim[" + i + "] = " + dim[i] + " is larger than " + Integer.MAX_VALUE);
                }
            }
            this.type = switch (datatype) {
                case 2 -> PixelType.UINT8;
                case 4 -> PixelType.INT16;
                case 8 -> PixelType.INT32;
                case 16 -> PixelType.FLOAT32;
                case 64 -> PixelType.FLOAT64;
                case 256 -> PixelType.INT8;
                case 512 -> PixelType.UINT16;
                case 768 -> PixelType.UINT32;
                case 1024 -> PixelType.INT64;
                case 1280 -> PixelType.UINT64;
                case 1 -> throw error("datatype", "1 (binary, 1 bit per voxel) is not supported");
                case 32, 1792, 2048 -> throw error("datatype", datatype + " (complex) is not supported; only scalar"
                        + " types are");
                case 128, 2304 -> throw error("datatype", datatype + " (RGB/RGBA colour) is not supported; only"
                        + " scalar types are");
                case 1536 -> throw error("datatype", "1536 (float128) is not supported");
                default -> throw error("datatype", "unknown datatype code " + datatype + "; supported: 2 uint8, 4 int16,"
                        + " 8 int32, 16 float32, 64 float64, 256 int8, 512 uint16, 768 uint32, 1024 int64, 1280 uint64");
            };
            long count = saturatingMultiply(saturatingMultiply(dim[1], dim[2]), nd >= 3 ? dim[3] : 1);
            if (count > Samples.MAX_VOXELS) {
                throw error("dim", "the image has " + count + " voxels per volume, more than the largest supported"
                        + " count " + Samples.MAX_VOXELS + " (dim = " + dimString() + ")");
            }
            if (volumes() < 0) {
                throw error("dim", "the volume count overflows (dim = " + dimString() + ")");
            }
        }

        static Header read(Path file, InputStream in, boolean compressed) throws IOException {
            byte[] first = in.readNBytes(4);
            if (first.length < 4) {
                throw new ImageFormatException(file, "sizeof_hdr", "the file is too short (" + first.length
                        + " bytes) to hold a NIfTI header");
            }
            ByteBuffer fb = ByteBuffer.wrap(first);
            int le = fb.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
            int be = fb.order(ByteOrder.BIG_ENDIAN).getInt(0);
            NiftiVersion v;
            ByteOrder order;
            if (le == 348 || le == 540) {
                order = ByteOrder.LITTLE_ENDIAN;
                v = le == 348 ? NiftiVersion.NIFTI_1 : NiftiVersion.NIFTI_2;
            } else if (be == 348 || be == 540) {
                order = ByteOrder.BIG_ENDIAN;
                v = be == 348 ? NiftiVersion.NIFTI_1 : NiftiVersion.NIFTI_2;
            } else {
                throw new ImageFormatException(file, "sizeof_hdr", "expected 348 (NIfTI-1) or 540 (NIfTI-2) in either"
                        + " byte order but found " + le + " (little-endian) / " + be + " (big-endian); not a NIfTI file");
            }
            byte[] rest = in.readNBytes(v.headerSize() - 4);
            if (rest.length < v.headerSize() - 4) {
                throw new ImageFormatException(file, "header", "truncated: the " + v + " header needs "
                        + v.headerSize() + " bytes but the file ends after " + (4 + rest.length));
            }
            byte[] all = new byte[v.headerSize()];
            System.arraycopy(first, 0, all, 0, 4);
            System.arraycopy(rest, 0, all, 4, rest.length);
            return new Header(file, v, order, compressed, ByteBuffer.wrap(all).order(order));
        }

        ImageFormatException error(String field, String detail) {
            return new ImageFormatException(file, field, detail);
        }

        String dimString() {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i <= Math.max(0, Math.min(7, dim[0])); i++) {
                sb.append(i == 0 ? "" : ", ").append(dim[i]);
            }
            return sb.append(']').toString();
        }

        long volumes() {
            long v = 1;
            for (int i = 4; i <= dim[0]; i++) {
                if (v > Long.MAX_VALUE / dim[i]) {
                    return -1;
                }
                v *= dim[i];
            }
            return v;
        }

        /** ITK's MustRescale: slope not (near) 0 and (slope, inter) not (1, 0). */
        boolean mustRescale() {
            if (!Double.isFinite(slope) || !Double.isFinite(inter)) {
                return false;
            }
            double eps = Math.ulp(1.0);
            return Math.abs(slope) > eps && (Math.abs(slope - 1) > eps || Math.abs(inter) > eps);
        }

        private static double spacing(double p) {
            return Double.isFinite(p) && p != 0 ? Math.abs(p) : 1;
        }

        /** qto_xyz as in nifti_quatern_to_mat44 (RAS, 3×4). */
        double[][] qform() {
            double b = quatern[0];
            double c = quatern[1];
            double d = quatern[2];
            double a = 1.0 - (b * b + c * c + d * d);
            if (a < 1.e-7) {
                a = 1.0 / Math.sqrt(b * b + c * c + d * d);
                b *= a;
                c *= a;
                d *= a;
                a = 0.0;
            } else {
                a = Math.sqrt(a);
            }
            double xd = spacing(pixdim[1]);
            double yd = spacing(pixdim[2]);
            double zd = spacing(pixdim[3]);
            if (pixdim[0] < 0) {
                zd = -zd;
            }
            double[][] r = {
                {a * a + b * b - c * c - d * d, 2 * b * c - 2 * a * d, 2 * b * d + 2 * a * c},
                {2 * b * c + 2 * a * d, a * a + c * c - b * b - d * d, 2 * c * d - 2 * a * b},
                {2 * b * d - 2 * a * c, 2 * c * d + 2 * a * b, a * a + d * d - c * c - b * b}};
            double[] s = {xd, yd, zd};
            double[][] m = new double[3][4];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    m[i][j] = r[i][j] * s[j];
                }
                m[i][3] = qoffset[i];
            }
            return m;
        }

        Geometry geometry() {
            boolean twoD = dim[0] == 2;
            int[] size = {(int) dim[1], (int) dim[2], twoD ? 1 : (int) dim[3]};
            double[] spacing = {spacing(pixdim[1]), spacing(pixdim[2]), twoD ? 1 : spacing(pixdim[3])};
            double[] origin = new double[3];
            double[] dir = Geometry.identity();
            if (qformCode != 0 || sformCode != 0) {
                double[][] m = chooseTransform();
                double[][] cols = new double[3][3];
                for (int c = 0; c < 3; c++) {
                    double n = 0;
                    for (int r = 0; r < 3; r++) {
                        cols[c][r] = (r < 2 ? -1 : 1) * m[r][c];
                        n += cols[c][r] * cols[c][r];
                    }
                    n = Math.sqrt(n);
                    if (!(n > 0) || !Double.isFinite(n)) {
                        throw error(m == srow ? "srow" : "quatern", "column " + c + " of the transform is zero or not"
                                + " finite");
                    }
                    for (int r = 0; r < 3; r++) {
                        cols[c][r] /= n;
                    }
                }
                if (twoD) {
                    double[] a = cols[0];
                    double[] b = cols[1];
                    double[] x = {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
                    double n = Math.sqrt(x[0] * x[0] + x[1] * x[1] + x[2] * x[2]);
                    if (n < 1e-12) {
                        throw error(m == srow ? "srow" : "quatern", "the first two axes are parallel");
                    }
                    cols[2] = new double[] {x[0] / n, x[1] / n, x[2] / n};
                }
                for (int r = 0; r < 3; r++) {
                    for (int c = 0; c < 3; c++) {
                        dir[3 * r + c] = cols[c][r];
                    }
                }
                origin = new double[] {-m[0][3], -m[1][3], m[2][3]};
                for (double o : origin) {
                    if (!Double.isFinite(o)) {
                        throw error(m == srow ? "srow" : "qoffset", "origin is not finite");
                    }
                }
            }
            return Geometry.of(size, spacing, origin, dir);
        }

        /** ITK 5's choice between sto_xyz and qto_xyz (see the class javadoc). */
        private double[][] chooseTransform() {
            double[][] q = qformCode != 0 ? qform() : null;
            double[][] qm = q != null ? q : qform();
            boolean similar = true;
            double tdiff = 0;
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    if (!(Math.abs(srow[i][j] - qm[i][j]) <= 1e-5)) {
                        similar = false;
                    }
                }
                tdiff += Math.abs(srow[i][3] - qm[i][3]);
            }
            if (!(tdiff <= 1e-7)) {
                similar = false;
            }
            boolean preferSform = similar;
            if (!similar || sformCode != 0) {
                if (sformDecomposable()) {
                    if (qformCode == 0 && sformCode != 0) {
                        preferSform = true;
                    } else if (sformCode == 1) {
                        preferSform = true;
                    } else if (qformCode != 0 && sformCode != 0) {
                        preferSform = veryClose(srow, qm);
                    }
                }
            }
            if (preferSform) {
                return srow;
            }
            if (q != null) {
                return q;
            }
            throw error("sform_code", "qform_code is 0 and the sform (code " + sformCode + ") is not a rotation with"
                    + " scaling (it has skew or is singular); no orthonormal orientation is defined");
        }

        private boolean sformDecomposable() {
            double[][] r = new double[3][3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    r[i][j] = srow[i][j];
                    if (!Double.isFinite(r[i][j])) {
                        return false;
                    }
                }
            }
            double det = det(r);
            double scale = 1;
            for (int j = 0; j < 3; j++) {
                double n = Math.sqrt(r[0][j] * r[0][j] + r[1][j] * r[1][j] + r[2][j] * r[2][j]);
                if (n == 0) {
                    return false;
                }
                scale *= n;
                for (int i = 0; i < 3; i++) {
                    r[i][j] /= n;
                }
            }
            if (Math.abs(det) <= 1e-12 * scale) {
                return false;
            }
            for (int i = 0; i < 3; i++) {
                for (int k = 0; k < 3; k++) {
                    double s = r[i][0] * r[k][0] + r[i][1] * r[k][1] + r[i][2] * r[k][2];
                    if (Math.abs(s - (i == k ? 1 : 0)) > 1e-4) {
                        return false;
                    }
                }
            }
            return true;
        }

        /**
         * Whether two transforms describe the same rotation, column scales and offset within 1e-4 (ITK compares
         * the SVDs of the 3×3 parts; for the decomposable matrices that reach this test, comparing normalised
         * columns and column norms is equivalent).
         */
        private static boolean veryClose(double[][] s, double[][] q) {
            for (int j = 0; j < 3; j++) {
                double ns = Math.sqrt(s[0][j] * s[0][j] + s[1][j] * s[1][j] + s[2][j] * s[2][j]);
                double nq = Math.sqrt(q[0][j] * q[0][j] + q[1][j] * q[1][j] + q[2][j] * q[2][j]);
                if (Math.abs(ns - nq) > 1e-4) {
                    return false;
                }
                for (int i = 0; i < 3; i++) {
                    if (Math.abs(s[i][j] / ns - q[i][j] / nq) > 1e-4) {
                        return false;
                    }
                }
            }
            for (int i = 0; i < 3; i++) {
                if (Math.abs(s[i][3] - q[i][3]) > 1e-4) {
                    return false;
                }
            }
            return true;
        }

        private static double det(double[][] m) {
            return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                    + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
        }

        private static String printable(String s) {
            StringBuilder b = new StringBuilder();
            for (char ch : s.toCharArray()) {
                b.append(ch >= 32 && ch < 127 ? String.valueOf(ch) : String.format(Locale.ROOT, "\\x%02x", (int) ch));
            }
            return b.toString();
        }
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
        double det = Header.det(r);
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
