package org.radiomics4j.io.dicom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageFormatException;
import org.radiomics4j.io.internal.Samples;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One image series (all files sharing a Series Instance UID, or one enhanced multi-frame file) and its assembly
 * into a {@link Volume}.
 *
 * <p>Assembly: the planes are sorted by the projection of Image Position (Patient) on the slice normal
 * {@code n = r x c} (row cosines cross column cosines of Image Orientation (Patient)); every plane must share the
 * orientation, rows, columns and pixel spacing; each position must lie on the line through the first along
 * {@code n} (otherwise the series has a gantry tilt, which is refused rather than resampled), and consecutive
 * distances must agree with their median within 1% (otherwise a slice is missing, and the error names the gap).
 * The geometry is LPS, as DICOM's patient coordinate system already is: origin = position of the first sorted
 * plane, direction columns = {@code r}, {@code c}, {@code n}, spacing = (Pixel Spacing[1], Pixel Spacing[0], mean
 * slice distance). Voxel {@code (i, j, k)} is column {@code i}, row {@code j} of plane {@code k} (PS3.3
 * C.7.6.2.1.1).
 *
 * <p>Values are the modality LUT output {@code stored x RescaleSlope + RescaleIntercept} (PS3.3 C.11.1), i.e.
 * Hounsfield units for CT. They are stored as INT16 when every slope and intercept is an integer and the range of
 * the stored values maps into INT16, INT32 when it maps into INT32, and FLOAT64 otherwise. MONOCHROME1 images keep
 * their values (the photometric interpretation only affects display).
 */
public final class DicomSeries {
    private static final Logger LOG = LoggerFactory.getLogger(DicomSeries.class);

    /** Relative tolerance on slice distances (1% of the median distance). */
    public static final double SPACING_TOLERANCE = 0.01;

    private final String seriesUid;
    private final String modality;
    private final List<Path> files;

    DicomSeries(String seriesUid, String modality, List<Path> files) {
        this.seriesUid = seriesUid;
        this.modality = modality;
        this.files = List.copyOf(files);
    }

    /** Series Instance UID (empty string if the files had none). */
    public String seriesUid() {
        return seriesUid;
    }

    /** Modality (e.g. CT, MR), empty if absent. */
    public String modality() {
        return modality;
    }

    /** The files of the series, in the order found. */
    public List<Path> files() {
        return files;
    }

    /**
     * Reads the pixel data of every file and assembles the volume.
     *
     * @throws ImageFormatException naming the file and element for unreadable files, and naming the files around
     *     the gap for missing slices, tilt or inconsistent geometry
     */
    public Volume read() {
        // pass 1: geometry and pixel modules, one file at a time, so the series' bytes are never all in memory
        List<FrameInfo> planes = new ArrayList<>();
        List<int[]> bits = new ArrayList<>(); // per plane: {bitsStored, signed}
        int rows = -1;
        int cols = -1;
        Path firstFile = null;
        for (Path f : files) {
            // the whole file is parsed and its pixel module validated (lengths, dimensions), then dropped
            DicomFile df = DicomFile.read(f);
            PixelModule pm = new PixelModule(df);
            if (rows < 0) {
                rows = pm.rows;
                cols = pm.cols;
                firstFile = f;
            } else if (pm.rows != rows || pm.cols != cols) {
                throw new ImageFormatException(f, Tags.name(Tags.ROWS), "Rows x Columns " + pm.rows + " x " + pm.cols
                        + " differs from " + rows + " x " + cols + " in " + firstFile + " (same series " + seriesUid
                        + ")");
            }
            List<FrameInfo> fi = FrameInfo.of(f, df.dataset(), pm.frames);
            planes.addAll(fi);
            for (int k = 0; k < fi.size(); k++) {
                bits.add(new int[] {pm.bitsStored, pm.signed ? 1 : 0});
            }
        }
        return assemble(planes, bits, rows, cols);
    }

    private Volume assemble(List<FrameInfo> planes, List<int[]> bits, int rows, int cols) {
        Geometry g = geometry(planes, rows, cols);
        List<Integer> order = sortedOrder(planes);
        // choose the storage type from the range the stored values can take after rescale
        boolean integral = true;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < planes.size(); i++) {
            FrameInfo p = planes.get(i);
            int bitsStored = bits.get(i)[0];
            boolean signed = bits.get(i)[1] == 1;
            double smin = signed ? -Math.pow(2, bitsStored - 1) : 0;
            double smax = signed ? Math.pow(2, bitsStored - 1) - 1 : Math.pow(2, bitsStored) - 1;
            double a = smin * p.slope() + p.intercept();
            double b = smax * p.slope() + p.intercept();
            lo = Math.min(lo, Math.min(a, b));
            hi = Math.max(hi, Math.max(a, b));
            integral &= p.slope() == Math.rint(p.slope()) && p.intercept() == Math.rint(p.intercept());
        }
        PixelType t = !integral ? PixelType.FLOAT64
                : lo >= Short.MIN_VALUE && hi <= Short.MAX_VALUE ? PixelType.INT16
                : lo >= Integer.MIN_VALUE && hi <= Integer.MAX_VALUE ? PixelType.INT32 : PixelType.FLOAT64;
        Object data = Samples.allocate(files.get(0), "PixelData", t, (long) rows * cols * planes.size());
        int n = rows * cols;
        // pass 2: one file at a time, each of its frames into its sorted slice
        int[] sliceOf = new int[planes.size()];
        for (int k = 0; k < order.size(); k++) {
            sliceOf[order.get(k)] = k;
        }
        int idx = 0;
        while (idx < planes.size()) {
            Path file = planes.get(idx).file();
            PixelModule pm = new PixelModule(DicomFile.read(file));
            if (pm.rows != rows || pm.cols != cols) {
                throw new ImageFormatException(file, Tags.name(Tags.ROWS), "changed while reading");
            }
            for (; idx < planes.size() && planes.get(idx).file().equals(file); idx++) {
                FrameInfo p = planes.get(idx);
                int[] stored = pm.frame(p.frame());
                int base = sliceOf[idx] * n;
                double s = p.slope();
                double c = p.intercept();
                switch (t) {
                    case INT16 -> {
                        short[] a = (short[]) data;
                        for (int i = 0; i < n; i++) {
                            a[base + i] = (short) Math.round(stored[i] * s + c);
                        }
                    }
                    case INT32 -> {
                        int[] a = (int[]) data;
                        for (int i = 0; i < n; i++) {
                            a[base + i] = (int) Math.round(stored[i] * s + c);
                        }
                    }
                    default -> {
                        double[] a = (double[]) data;
                        for (int i = 0; i < n; i++) {
                            a[base + i] = stored[i] * s + c;
                        }
                    }
                }
            }
        }
        LOG.debug("DICOM series {}: {} planes, {}, {}", seriesUid, planes.size(), g, t);
        return Samples.toVolume(data, t, g);
    }

    private static List<Integer> sortedOrder(List<FrameInfo> planes) {
        double[] n = planes.get(0).normal();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < planes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> dot(planes.get(i).position(), n)));
        return order;
    }

    /**
     * The LPS grid of the planes (see the class comment for the rules).
     *
     * @throws ImageFormatException if the planes do not form a regular grid
     */
    static Geometry geometry(List<FrameInfo> planes, int rows, int cols) {
        FrameInfo first = planes.get(0);
        double[] iop = first.orientation();
        for (FrameInfo p : planes) {
            for (int a = 0; a < 6; a++) {
                if (Math.abs(p.orientation()[a] - iop[a]) > 1e-4) {
                    throw new ImageFormatException(p.file(), Tags.name(Tags.IMAGE_ORIENTATION_PATIENT), "orientation "
                            + fmt(p.orientation()) + " differs from " + fmt(iop) + " in " + first.file()
                            + " (frame " + (p.frame() + 1) + "); a series must share one orientation");
                }
            }
            if (Math.abs(p.rowSpacing() - first.rowSpacing()) > 1e-4 * first.rowSpacing()
                    || Math.abs(p.colSpacing() - first.colSpacing()) > 1e-4 * first.colSpacing()) {
                throw new ImageFormatException(p.file(), Tags.name(Tags.PIXEL_SPACING), "pixel spacing "
                        + p.rowSpacing() + "\\" + p.colSpacing() + " differs from " + first.rowSpacing() + "\\"
                        + first.colSpacing() + " in " + first.file());
            }
        }
        double[] r = unit(iop[0], iop[1], iop[2]);
        double[] c = unit(iop[3], iop[4], iop[5]);
        double[] n = first.normal();
        n = unit(n[0], n[1], n[2]);
        List<Integer> order = sortedOrder(planes);
        FrameInfo p0 = planes.get(order.get(0));
        double dz;
        if (planes.size() == 1) {
            dz = Double.isNaN(p0.thickness()) || !(p0.thickness() > 0) ? 1.0 : p0.thickness();
        } else {
            double[] pos = new double[planes.size()];
            for (int k = 0; k < order.size(); k++) {
                FrameInfo p = planes.get(order.get(k));
                double[] d = sub(p.position(), p0.position());
                double along = dot(d, n);
                double off = Math.sqrt(Math.max(0, dot(d, d) - along * along));
                if (off > 0.01 * Math.min(first.rowSpacing(), first.colSpacing()) + 1e-3) {
                    throw new ImageFormatException(p.file(), Tags.name(Tags.IMAGE_POSITION_PATIENT), "position "
                            + fmt(p.position()) + " is " + String.format(Locale.ROOT, "%.4g", off) + " mm off the"
                            + " slice normal through " + fmt(p0.position()) + " (" + p0.file() + "): gantry tilt or"
                            + " sheared series; resample it first (e.g. dcm2niix) since radiomics4j does not");
                }
                pos[k] = along;
            }
            double[] gaps = new double[pos.length - 1];
            for (int k = 0; k < gaps.length; k++) {
                gaps[k] = pos[k + 1] - pos[k];
                if (gaps[k] < 1e-6) {
                    FrameInfo a = planes.get(order.get(k));
                    FrameInfo b = planes.get(order.get(k + 1));
                    throw new ImageFormatException(b.file(), Tags.name(Tags.IMAGE_POSITION_PATIENT), "two planes at"
                            + " the same position " + fmt(b.position()) + ": " + where(a) + " and " + where(b)
                            + " (duplicate slice or several acquisitions in one series)");
                }
            }
            double[] sorted = gaps.clone();
            java.util.Arrays.sort(sorted);
            double median = sorted[sorted.length / 2];
            for (int k = 0; k < gaps.length; k++) {
                if (Math.abs(gaps[k] - median) > SPACING_TOLERANCE * median) {
                    FrameInfo a = planes.get(order.get(k));
                    FrameInfo b = planes.get(order.get(k + 1));
                    double ratio = gaps[k] / median;
                    String what = Math.abs(ratio - Math.rint(ratio)) < SPACING_TOLERANCE && ratio > 1.5
                            ? "missing slice(s): about " + (Math.round(ratio) - 1) + " plane(s) absent"
                            : "inconsistent slice spacing";
                    throw new ImageFormatException(b.file(), Tags.name(Tags.IMAGE_POSITION_PATIENT), what + ": gap of "
                            + String.format(Locale.ROOT, "%.4g", gaps[k]) + " mm between " + where(a) + " at "
                            + fmt(a.position()) + " and " + where(b) + " at " + fmt(b.position()) + ", while the"
                            + " median distance is " + String.format(Locale.ROOT, "%.4g", median) + " mm");
                }
            }
            dz = (pos[pos.length - 1] - pos[0]) / (pos.length - 1);
        }
        double[] dir = {r[0], c[0], n[0], r[1], c[1], n[1], r[2], c[2], n[2]};
        return Geometry.of(new int[] {cols, rows, planes.size()}, new double[] {first.colSpacing(),
                first.rowSpacing(), dz}, p0.position(), dir);
    }

    private static String where(FrameInfo p) {
        return p.frame() == 0 && p.file() != null ? p.file().getFileName().toString()
                : p.file().getFileName() + " frame " + (p.frame() + 1);
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] sub(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    private static double[] unit(double x, double y, double z) {
        double l = Math.sqrt(x * x + y * y + z * z);
        return new double[] {x / l, y / l, z / l};
    }

    static String fmt(double[] v) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < v.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6g", v[i]));
        }
        return sb.append(')').toString();
    }

    @Override
    public String toString() {
        return "DicomSeries[" + seriesUid + ", " + modality + ", " + files.size() + " files]";
    }
}
