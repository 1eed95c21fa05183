package org.radiomics4j.core.extract;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;

/** PyRadiomics-style diagnostics ({@code generalinfo.py}): image and mask facts, formatted as Python prints them. */
final class Diagnostics {
    private Diagnostics() {
    }

    /** {@code Image-<stage>_*}: hash (original only), spacing, size, mean, minimum, maximum. */
    static void image(Map<String, String> d, String stage, Volume image, boolean hash) {
        String p = "Image-" + stage + "_";
        if (hash) {
            d.put(p + "Hash", sha1(image));
        }
        d.put(p + "Spacing", tuple(image.geometry().spacing()));
        d.put(p + "Size", tuple(image.geometry().size()));
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0, n = image.size(); i < n; i++) {
            double v = image.get(i);
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        d.put(p + "Mean", pyFloat(sum / image.size()));
        d.put(p + "Minimum", value(min, image.pixelType()));
        d.put(p + "Maximum", value(max, image.pixelType()));
    }

    /**
     * {@code Mask-<stage>_*}: hash (original only), spacing, size, bounding box, voxel count, 26-connected
     * component count, centre of mass (index and physical) and, when {@code image} is given, the ROI's mean,
     * minimum and maximum intensity.
     */
    static void mask(Map<String, String> d, String stage, Mask mask, int label, Volume image, boolean hash) {
        String p = "Mask-" + stage + "_";
        if (hash) {
            d.put(p + "Hash", sha1(mask));
        }
        Geometry g = mask.geometry();
        d.put(p + "Spacing", tuple(g.spacing()));
        d.put(p + "Size", tuple(g.size()));
        Mask roi;
        try {
            roi = mask.select(label);
        } catch (IllegalArgumentException e) {
            return; // the extractor reports the missing label itself
        }
        BoundingBox bb = roi.boundingBox().orElseThrow();
        d.put(p + "BoundingBox", bb.toPyRadiomicsString());
        int count = roi.count();
        d.put(p + "VoxelNum", Integer.toString(count));
        d.put(p + "VolumeNum", Integer.toString(components26(roi)));
        double cx = 0;
        double cy = 0;
        double cz = 0;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int i = 0;
        for (int z = 0; z < g.nz(); z++) {
            for (int y = 0; y < g.ny(); y++) {
                for (int x = 0; x < g.nx(); x++, i++) {
                    if (roi.inside(i)) {
                        cx += x;
                        cy += y;
                        cz += z;
                        if (image != null) {
                            double v = image.get(i);
                            sum += v;
                            min = Math.min(min, v);
                            max = Math.max(max, v);
                        }
                    }
                }
            }
        }
        double[] com = {cx / count, cy / count, cz / count};
        d.put(p + "CenterOfMassIndex", tuple(com));
        d.put(p + "CenterOfMass", tuple(g.indexToPhysical(com[0], com[1], com[2])));
        if (image != null) {
            d.put(p + "Mean", pyFloat(sum / count));
            d.put(p + "Minimum", value(min, image.pixelType()));
            d.put(p + "Maximum", value(max, image.pixelType()));
        }
    }

    /** Number of 26-connected components of the non-zero voxels. */
    static int components26(Mask roi) {
        Geometry g = roi.geometry();
        int nx = g.nx();
        int ny = g.ny();
        int nz = g.nz();
        boolean[] seen = new boolean[g.voxelCount()];
        int[] queue = new int[Math.max(1, roi.count())];
        int comps = 0;
        for (int start = 0; start < seen.length; start++) {
            if (seen[start] || !roi.inside(start)) {
                continue;
            }
            comps++;
            seen[start] = true;
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            while (head < tail) {
                int v = queue[head++];
                int x = v % nx;
                int y = (v / nx) % ny;
                int z = v / (nx * ny);
                for (int dz = -1; dz <= 1; dz++) {
                    int zz = z + dz;
                    if (zz < 0 || zz >= nz) {
                        continue;
                    }
                    for (int dy = -1; dy <= 1; dy++) {
                        int yy = y + dy;
                        if (yy < 0 || yy >= ny) {
                            continue;
                        }
                        for (int dx = -1; dx <= 1; dx++) {
                            int xx = x + dx;
                            if (xx < 0 || xx >= nx) {
                                continue;
                            }
                            int w = xx + nx * (yy + ny * zz);
                            if (!seen[w] && roi.inside(w)) {
                                seen[w] = true;
                                queue[tail++] = w;
                            }
                        }
                    }
                }
            }
        }
        return comps;
    }

    /** SHA-1 of the pixel buffer, little-endian in the stored type ({@code sitk.Hash}). */
    static String sha1(Volume v) {
        PixelType t = v.pixelType();
        int n = v.size();
        int width = t.bytes();
        MessageDigest md = sha1();
        byte[] buf = new byte[CHUNK * width];
        for (int from = 0; from < n; from += CHUNK) {
            int to = Math.min(n, from + CHUNK);
            int k = 0;
            switch (t) {
                case INT8, UINT8 -> {
                    for (int i = from; i < to; i++) {
                        buf[k++] = (byte) (long) v.get(i);
                    }
                }
                case INT16, UINT16 -> {
                    for (int i = from; i < to; i++) {
                        k = putLe(buf, k, (long) v.get(i), 2);
                    }
                }
                case INT32, UINT32 -> {
                    for (int i = from; i < to; i++) {
                        k = putLe(buf, k, (long) v.get(i), 4);
                    }
                }
                case INT64 -> {
                    for (int i = from; i < to; i++) {
                        k = putLe(buf, k, (long) v.get(i), 8);
                    }
                }
                case UINT64 -> {
                    for (int i = from; i < to; i++) {
                        k = putLe(buf, k, new java.math.BigDecimal(v.get(i)).toBigInteger().longValue(), 8);
                    }
                }
                case FLOAT32 -> {
                    for (int i = from; i < to; i++) {
                        k = putLe(buf, k, Float.floatToRawIntBits((float) v.get(i)), 4);
                    }
                }
                case FLOAT64 -> {
                    for (int i = from; i < to; i++) {
                        k = putLe(buf, k, Double.doubleToRawLongBits(v.get(i)), 8);
                    }
                }
                default -> throw new IllegalStateException("unhandled pixel type " + t);
            }
            md.update(buf, 0, k);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** SHA-1 of the labels cast to little-endian uint32 (PyRadiomics hashes the mask after its UInt32 cast). */
    static String sha1(Mask m) {
        int n = m.size();
        MessageDigest md = sha1();
        byte[] buf = new byte[CHUNK * 4];
        for (int from = 0; from < n; from += CHUNK) {
            int to = Math.min(n, from + CHUNK);
            int k = 0;
            for (int i = from; i < to; i++) {
                k = putLe(buf, k, m.label(i), 4);
            }
            md.update(buf, 0, k);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static final int CHUNK = 1 << 14;

    private static int putLe(byte[] b, int k, long x, int width) {
        for (int j = 0; j < width; j++) {
            b[k++] = (byte) (x >>> (8 * j));
        }
        return k;
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java platform", e);
        }
    }

    static String tuple(double[] v) {
        StringJoiner j = new StringJoiner(", ", "(", ")");
        for (double x : v) {
            j.add(pyFloat(x));
        }
        return j.toString();
    }

    static String tuple(int[] v) {
        StringJoiner j = new StringJoiner(", ", "(", ")");
        for (int x : v) {
            j.add(Integer.toString(x));
        }
        return j.toString();
    }

    static String list(List<?> v) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (Object x : v) {
            j.add(x instanceof Double dd ? pyFloat(dd) : String.valueOf(x));
        }
        return j.toString();
    }

    private static String value(double v, PixelType t) {
        return t.isInteger() ? Long.toString((long) v) : pyFloat(v);
    }

    /** A double as Python's {@code repr} writes it (e.g. {@code 2.0}, {@code 1e-05}, {@code 385.6564080810547}). */
    static String pyFloat(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        String s = Double.toString(v);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        int exp = Integer.parseInt(s.substring(e + 1));
        String mant = s.substring(0, e);
        if (exp >= -4 && exp < 16) {
            String plain = new java.math.BigDecimal(s).stripTrailingZeros().toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        if (mant.endsWith(".0")) {
            mant = mant.substring(0, mant.length() - 2);
        }
        return String.format(Locale.ROOT, "%se%s%02d", mant, exp < 0 ? "-" : "+", Math.abs(exp));
    }
}
