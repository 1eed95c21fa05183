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
    static void image(Map<String, String> d, String stage, Volume image, String hash) {
        imageHead(d, stage, image, hash);
        d.putAll(imageStatistics(stage, image));
    }

    /** The keys {@link #imageStatistics} returns for an image, in order: mean, minimum, maximum. */
    static final List<String> IMAGE_STATISTICS = List.of("Mean", "Minimum", "Maximum");

    /** The first {@code Image-<stage>_*} keys, which need no pass over the voxels: hash (if given), spacing, size. */
    static void imageHead(Map<String, String> d, String stage, Volume image, String hash) {
        String p = "Image-" + stage + "_";
        if (hash != null) {
            d.put(p + "Hash", hash);
        }
        d.put(p + "Spacing", tuple(image.geometry().spacing()));
        d.put(p + "Size", tuple(image.geometry().size()));
    }

    /**
     * The {@code Image-<stage>_*} keys that need one pass over every voxel ({@link #IMAGE_STATISTICS}), in order;
     * reads {@code image} only, so it may run on another thread while the extraction goes on.
     */
    static Map<String, String> imageStatistics(String stage, Volume image) {
        String p = "Image-" + stage + "_";
        Map<String, String> d = new java.util.LinkedHashMap<>();
        Volume.Summary summary = image.summary();
        double sum = summary.sum();
        double min = summary.min();
        double max = summary.max();
        d.put(p + "Mean", pyFloat(sum / image.size()));
        d.put(p + "Minimum", value(min, image.pixelType()));
        d.put(p + "Maximum", value(max, image.pixelType()));
        return d;
    }

    /**
     * {@code Mask-<stage>_*}: hash (original only), spacing, size, bounding box, voxel count, 26-connected
     * component count, centre of mass (index and physical) and, when {@code image} is given, the ROI's mean,
     * minimum and maximum intensity. Returns the label's bounding box, or null if the label is absent or invalid.
     */
    static BoundingBox mask(Map<String, String> d, String stage, Mask mask, int label, Volume image, String hash) {
        BoundingBox bb = maskHead(d, stage, mask, label, hash);
        if (bb != null) {
            d.putAll(maskStatistics(stage, mask, label, bb, image));
        }
        return bb;
    }

    /**
     * The keys {@link #maskStatistics} returns, in order: bounding box, voxel count, component count, centre of mass
     * (index and physical) and, with an image, the ROI's mean, minimum and maximum.
     */
    static List<String> maskStatisticsKeys(boolean withImage) {
        List<String> roi = List.of("BoundingBox", "VoxelNum", "VolumeNum", "CenterOfMassIndex", "CenterOfMass");
        if (!withImage) {
            return roi;
        }
        List<String> all = new java.util.ArrayList<>(roi);
        all.addAll(IMAGE_STATISTICS);
        return List.copyOf(all);
    }

    /**
     * The first {@code Mask-<stage>_*} keys (hash if given, spacing, size) and the label's bounding box (one pass
     * over the mask), or null if the label is not positive or absent (the extractor reports that itself).
     */
    static BoundingBox maskHead(Map<String, String> d, String stage, Mask mask, int label, String hash) {
        maskHead(d, stage, mask, hash);
        if (label <= 0) {
            return null; // the extractor reports the bad label itself
        }
        return mask.boundingBox(label).orElse(null); // absent: the extractor reports the missing label itself
    }

    /** The first {@code Mask-<stage>_*} keys, which need no pass over the mask: hash (if given), spacing, size. */
    static void maskHead(Map<String, String> d, String stage, Mask mask, String hash) {
        String p = "Mask-" + stage + "_";
        if (hash != null) {
            d.put(p + "Hash", hash);
        }
        Geometry g = mask.geometry();
        d.put(p + "Spacing", tuple(g.spacing()));
        d.put(p + "Size", tuple(g.size()));
    }

    /**
     * The {@code Mask-<stage>_*} keys of the ROI with label {@code label} inside its bounding box {@code bb}
     * ({@link #maskStatisticsKeys}), in order; reads {@code mask} and {@code image} only, so it may run on another
     * thread while the extraction goes on.
     */
    static Map<String, String> maskStatistics(String stage, Mask mask, int label, BoundingBox bb, Volume image) {
        String p = "Mask-" + stage + "_";
        Map<String, String> d = new java.util.LinkedHashMap<>();
        Geometry g = mask.geometry();
        // one pass over the box (every ROI voxel lies in it) finds the label's runs along x; the voxel count, the
        // centre-of-mass sums (exact in longs, so equal to the sequential double sums), the components and, with an
        // image, the ROI's intensity sum in index order, minimum and maximum all come from the runs
        Runs runs = Runs.of(mask, label, bb);
        long count = 0;
        long cx = 0;
        long cy = 0;
        long cz = 0;
        for (int z = 0, r = 0; z < bb.sz(); z++) {
            for (int y = 0; y < bb.sy(); y++, r++) {
                long rowCount = 0;
                for (int q = runs.rowFirst[r]; q < runs.rowFirst[r + 1]; q++) {
                    long len = runs.end[q] - runs.start[q] + 1;
                    rowCount += len;
                    cx += (runs.start[q] + (long) runs.end[q]) * len / 2; // x0 + (x0 + 1) + ... + x1, exactly
                }
                count += rowCount;
                cy += rowCount * (bb.y0() + y);
                cz += rowCount * (bb.z0() + z);
            }
        }
        d.put(p + "BoundingBox", bb.toPyRadiomicsString());
        d.put(p + "VoxelNum", Long.toString(count));
        d.put(p + "VolumeNum", Integer.toString(runs.components26()));
        double[] com = {(double) cx / count, (double) cy / count, (double) cz / count};
        d.put(p + "CenterOfMassIndex", tuple(com));
        d.put(p + "CenterOfMass", tuple(g.indexToPhysical(com[0], com[1], com[2])));
        if (image != null) {
            double[] sumMinMax = runs.intensities(image, g, bb);
            d.put(p + "Mean", pyFloat(sumMinMax[0] / count));
            d.put(p + "Minimum", value(sumMinMax[1], image.pixelType()));
            d.put(p + "Maximum", value(sumMinMax[2], image.pixelType()));
        }
        return d;
    }

    /**
     * The maximal runs along x of the voxels of one label inside a box, row by row in index order (rows ordered
     * by z, then y; runs in a row by x): {@code start[q]..end[q]} (grid x indices) for
     * {@code rowFirst[r] <= q < rowFirst[r + 1]}, where row {@code r = (y - y0) + sy * (z - z0)}.
     */
    private static final class Runs {
        final BoundingBox box;
        final int[] rowFirst;
        int[] start = new int[1024];
        int[] end = new int[1024];
        int n;

        private Runs(BoundingBox box) {
            this.box = box;
            this.rowFirst = new int[box.sy() * box.sz() + 1];
        }

        /** The runs of label {@code label} in {@code box} of {@code mask}: one pass over the box. */
        static Runs of(Mask mask, int label, BoundingBox box) {
            Runs runs = new Runs(box);
            int nx = mask.geometry().nx();
            int ny = mask.geometry().ny();
            int x0 = box.x0();
            int x1 = box.x0() + box.sx();
            for (int z = 0, r = 0; z < box.sz(); z++) {
                for (int y = 0; y < box.sy(); y++, r++) {
                    runs.rowFirst[r] = runs.n;
                    runs.scanRow(mask, label, nx * (box.y0() + y + ny * (box.z0() + z)), x0, x1);
                }
            }
            runs.rowFirst[runs.rowFirst.length - 1] = runs.n;
            return runs;
        }

        /** Adds the runs of {@code label} among voxels {@code base + x0 .. base + x1 - 1}. */
        private void scanRow(Mask m, int label, int base, int x0, int x1) {
            int x = x0;
            while (x < x1) {
                if (m.label(base + x) != label) {
                    x++;
                    continue;
                }
                int s = x;
                do {
                    x++;
                } while (x < x1 && m.label(base + x) == label);
                add(s, x - 1);
            }
        }

        private void add(int s, int e) {
            if (n == start.length) {
                start = java.util.Arrays.copyOf(start, 2 * n);
                end = java.util.Arrays.copyOf(end, 2 * n);
            }
            start[n] = s;
            end[n] = e;
            n++;
        }

        /**
         * The sum of {@code image} over the runs' voxels in index order, their minimum and maximum ({@code Math.min}
         * and {@code Math.max}, as one voxel at a time in index order gives them).
         */
        double[] intensities(Volume image, Geometry g, BoundingBox bb) {
            int nx = g.nx();
            int ny = g.ny();
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int z = 0, r = 0; z < bb.sz(); z++) {
                for (int y = 0; y < bb.sy(); y++, r++) {
                    int base = nx * (bb.y0() + y + ny * (bb.z0() + z));
                    for (int q = rowFirst[r]; q < rowFirst[r + 1]; q++) {
                        for (int i = base + start[q], last = base + end[q]; i <= last; i++) {
                            double v = image.get(i);
                            sum += v;
                            min = Math.min(min, v);
                            max = Math.max(max, v);
                        }
                    }
                }
            }
            return new double[] {sum, min, max};
        }

        /**
         * The number of 26-connected components of the runs: two runs are 26-connected when their rows are
         * neighbours (|dy| &lt;= 1, |dz| &lt;= 1) and their x ranges overlap or touch diagonally (start &lt;= other
         * end + 1 and end &gt;= other start - 1). Runs are joined with a union-find; the components are its roots.
         */
        int components26() {
            int sy = box.sy();
            int sz = box.sz();
            int[] parent = new int[n];
            for (int r = 0; r < n; r++) {
                parent[r] = r;
            }
            for (int z = 0; z < sz; z++) {
                for (int y = 0; y < sy; y++) {
                    joinBack(parent, y, z, sy);
                }
            }
            int comps = 0;
            for (int r = 0; r < n; r++) {
                if (find(parent, r) == r) {
                    comps++;
                }
            }
            return comps;
        }

        /**
         * Joins every run of row (y, z) with the touching runs of its earlier neighbour rows in scan order:
         * (dy, dz) = (-1, 0), (-1, -1), (0, -1), (1, -1).
         */
        private void joinBack(int[] parent, int y, int z, int sy) {
            int row = y + sy * z;
            for (int k = 0; k < 4; k++) {
                int yy = y + (k == 2 ? 0 : k == 3 ? 1 : -1);
                int zz = z - (k == 0 ? 0 : 1);
                if (yy < 0 || yy >= sy || zz < 0) {
                    continue;
                }
                int other = yy + sy * zz;
                for (int r = rowFirst[row]; r < rowFirst[row + 1]; r++) {
                    for (int q = rowFirst[other]; q < rowFirst[other + 1]; q++) {
                        if (start[q] <= end[r] + 1 && end[q] >= start[r] - 1) {
                            union(parent, r, q);
                        }
                    }
                }
            }
        }
    }

    private static int find(int[] parent, int r) {
        int root = r;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[r] != root) {
            int next = parent[r];
            parent[r] = root;
            r = next;
        }
        return root;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** SHA-1 of the pixel buffer, little-endian in the stored type ({@code sitk.Hash}). */
    static String sha1(Volume v) {
        MessageDigest md = sha1();
        v.digest(md);
        return HexFormat.of().formatHex(md.digest());
    }

    /** SHA-1 of the labels cast to little-endian uint32 (PyRadiomics hashes the mask after its UInt32 cast). */
    static String sha1(Mask m) {
        MessageDigest md = sha1();
        m.digestUInt32(md);
        return HexFormat.of().formatHex(md.digest());
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
