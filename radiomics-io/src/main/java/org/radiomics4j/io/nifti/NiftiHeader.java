package org.radiomics4j.io.nifti;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.io.ImageFormatException;
import org.radiomics4j.io.internal.Samples;

/**
 * A parsed, validated NIfTI-1 or NIfTI-2 header (byte offsets of nifti1.h / nifti2.h), with ITK 5's choice of
 * sform or qform. Package-private; see {@link Nifti} for the rules.
 */
final class NiftiHeader {
    final Path file;
    final NiftiVersion version;
    final ByteOrder order;
    final boolean compressed;
    final boolean pair;
    final long[] dim = new long[8];
    final PixelType type;
    final double[] pixdim = new double[8];
    final long voxOffset;
    final double slope;
    final double inter;
    final int xyztUnits;
    final int qformCode;
    final int sformCode;
    final double[] quatern = new double[3];
    final double[] qoffset = new double[3];
    final double[][] srow = new double[3][4];

    private NiftiHeader(Path file, NiftiVersion version, ByteOrder order, boolean compressed, boolean pair,
            ByteBuffer b) {
        this.file = file;
        this.pair = pair;
        this.version = version;
        this.order = order;
        this.compressed = compressed;
        boolean v1 = version == NiftiVersion.NIFTI_1;
        byte[] magic = new byte[v1 ? 4 : 8];
        b.get(v1 ? 344 : 4, magic);
        String m = new String(magic, StandardCharsets.ISO_8859_1);
        String expected = pair ? (v1 ? "ni1\0" : "ni2\0\r\n\032\n") : (v1 ? "n+1\0" : "n+2\0\r\n\032\n");
        if (!m.equals(expected)) {
            String hint = pair ? " (a .hdr/.img pair; Analyze 7.5 headers without magic are not supported)"
                    : m.startsWith("ni") ? " ('" + m.substring(0, 3) + "' marks a .hdr/.img pair header; read the"
                    + " .hdr file)" : "";
            throw error("magic", "expected '" + expected.substring(0, 3) + "' but found '" + printable(m) + "'"
                    + hint);
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
            xyztUnits = b.get(123) & 0xFF;
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
            xyztUnits = b.getInt(500);
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
        if (!pair && voxOffset < version.headerSize()) {
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
        long count = Samples.saturatingMultiply(Samples.saturatingMultiply(dim[1], dim[2]), nd >= 3 ? dim[3] : 1);
        if (count > Samples.MAX_VOXELS) {
            throw error("dim", "the image has " + count + " voxels per volume, more than the largest supported"
                    + " count " + Samples.MAX_VOXELS + " (dim = " + dimString() + ")");
        }
        if (volumes() < 0) {
            throw error("dim", "the volume count overflows (dim = " + dimString() + ")");
        }
    }

    static NiftiHeader read(Path file, InputStream in, boolean compressed, boolean pair) throws IOException {
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
        return new NiftiHeader(file, v, order, compressed, pair, ByteBuffer.wrap(all).order(order));
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

    /**
     * ITK's MustRescale: slope not (near) 0 and (slope, inter) not (1, 0); like ITK, a file with neither qform
     * nor sform (an Analyze-style header) is never scaled.
     */
    boolean mustRescale() {
        if (!Double.isFinite(slope) || !Double.isFinite(inter) || (qformCode == 0 && sformCode == 0)) {
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
        // ITK scales spacing (not origin) by the spatial unit: metre x1000, micron x0.001, else mm
        double unit = switch (xyztUnits & 7) {
            case 1 -> 1e3;
            case 3 -> 1e-3;
            default -> 1;
        };
        double[] spacing = {unit * spacing(pixdim[1]), unit * spacing(pixdim[2]),
            twoD ? 1 : unit * spacing(pixdim[3])};
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

    static double det(double[][] m) {
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
