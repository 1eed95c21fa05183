package org.radiomics4j.io.dicom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.io.ImageFormatException;

/**
 * An RT Structure Set (PS3.3 A.19, modules C.8.8.5 Structure Set and C.8.8.6 ROI Contour): the named ROIs and their
 * planar contours, and their rasterisation onto an image grid.
 *
 * <p>Rasterisation ({@link #mask}): each CLOSED_PLANAR contour (also CLOSED_PLANAR_XOR) is mapped into the
 * continuous index space of the grid, {@code idx = diag(1/spacing) Dᵀ (p - origin)}, and assigned to the nearest
 * slice {@code k}; it must lie in that plane (all its points within 0.5 voxel of the slice, otherwise the contours
 * are not parallel to the image slices and an error is thrown). A voxel is inside when its centre {@code (i, j)} is
 * inside the contours of its slice by the even-odd rule over all of them together: a horizontal ray from the
 * centre crosses an odd number of contour edges (edges are half-open in {@code j}, so a vertex is counted once).
 * Holes drawn as inner contours, and several islands, therefore come out right without any contour hierarchy.
 * Voxel centres exactly on an edge are decided by the half-open rule ({@code x0 <= i < x1} between crossings),
 * which is where tools differ; tests state the boundary tolerance.
 */
public final class RtStruct {
    /** The RT Structure Set Storage SOP Class UID (PS3.4 B.5). */
    public static final String SOP_CLASS_UID = "1.2.840.10008.5.1.4.1.1.481.3";

    /**
     * One planar contour: {@code points} holds x, y, z (mm, LPS) of each vertex.
     *
     * @param type Contour Geometric Type (CLOSED_PLANAR, POINT, OPEN_PLANAR, ...)
     * @param points x0, y0, z0, x1, y1, z1, ...
     */
    public record Contour(String type, double[] points) {
        /** Number of vertices. */
        public int size() {
            return points.length / 3;
        }
    }

    private final Path file;
    private final Map<String, List<Contour>> rois;

    private RtStruct(Path file, Map<String, List<Contour>> rois) {
        this.file = file;
        this.rois = rois;
    }

    /**
     * Reads the ROIs of an RTSTRUCT file.
     *
     * @throws ImageFormatException if the file is not an RT Structure Set or its contours are malformed
     */
    public static RtStruct read(Path file) {
        DicomFile f = DicomFile.read(file);
        DicomDataset d = f.dataset();
        String sop = d.string(Tags.SOP_CLASS_UID).orElse("");
        if (!SOP_CLASS_UID.equals(sop) && !"RTSTRUCT".equals(d.string(Tags.MODALITY).orElse(""))) {
            throw new ImageFormatException(file, Tags.name(Tags.SOP_CLASS_UID), "value '" + sop + "' is not RT"
                    + " Structure Set Storage " + SOP_CLASS_UID);
        }
        Map<Integer, String> names = new LinkedHashMap<>();
        for (DicomDataset roi : d.sequence(Tags.STRUCTURE_SET_ROI_SEQUENCE)) {
            int num = roi.requireInt(Tags.ROI_NUMBER, Integer.MIN_VALUE, Integer.MAX_VALUE);
            names.put(num, roi.string(Tags.ROI_NAME).orElse("ROI " + num));
        }
        Map<String, List<Contour>> rois = new LinkedHashMap<>();
        for (String n : names.values()) {
            rois.putIfAbsent(n, new ArrayList<>());
        }
        for (DicomDataset rc : d.sequence(Tags.ROI_CONTOUR_SEQUENCE)) {
            int ref = rc.requireInt(Tags.REFERENCED_ROI_NUMBER, Integer.MIN_VALUE, Integer.MAX_VALUE);
            String name = names.get(ref);
            if (name == null) {
                throw new ImageFormatException(file, Tags.name(Tags.REFERENCED_ROI_NUMBER), "value " + ref
                        + " has no entry in StructureSetROISequence (ROI numbers there: " + names.keySet() + ")");
            }
            List<Contour> list = rois.get(name);
            for (DicomDataset c : rc.sequence(Tags.CONTOUR_SEQUENCE)) {
                String type = c.string(Tags.CONTOUR_GEOMETRIC_TYPE).orElse("CLOSED_PLANAR");
                double[] pts = c.numbers(Tags.CONTOUR_DATA);
                if (pts.length % 3 != 0) {
                    throw new ImageFormatException(file, Tags.name(Tags.CONTOUR_DATA), "ROI '" + name + "': "
                            + pts.length + " values is not a multiple of 3");
                }
                int declared = c.intOr(Tags.NUMBER_OF_CONTOUR_POINTS, pts.length / 3, 0, Integer.MAX_VALUE);
                if (declared != pts.length / 3) {
                    throw new ImageFormatException(file, Tags.name(Tags.NUMBER_OF_CONTOUR_POINTS), "ROI '" + name
                            + "': declares " + declared + " points but ContourData holds " + pts.length / 3);
                }
                list.add(new Contour(type, pts));
            }
        }
        return new RtStruct(file, rois);
    }

    /** The file read. */
    public Path file() {
        return file;
    }

    /** The ROI names, in Structure Set ROI Sequence order. */
    public List<String> roiNames() {
        return List.copyOf(rois.keySet());
    }

    /**
     * The contours of a ROI.
     *
     * @throws ImageFormatException if no ROI has that name (the message lists the names that exist)
     */
    public List<Contour> contours(String roiName) {
        List<Contour> c = rois.get(roiName);
        if (c == null) {
            throw new ImageFormatException(file, "ROIName", "no ROI named '" + roiName + "'; ROIs present: "
                    + roiNames());
        }
        return List.copyOf(c);
    }

    /**
     * Rasterises a ROI onto {@code grid} (label 1 inside, 0 outside); see the class comment for the rule.
     * Contours entirely outside the grid's slices are ignored; in-plane parts outside the grid are clipped.
     *
     * @throws ImageFormatException if no ROI has that name (listing those present), it has no closed planar
     *     contour, or a contour is not parallel to the grid's slices
     */
    public Mask mask(String roiName, Geometry grid) {
        List<Contour> cs = contours(roiName);
        int nx = grid.nx();
        int ny = grid.ny();
        int nz = grid.nz();
        double[] dir = grid.direction();
        double[] org = grid.origin();
        double[] sp = grid.spacing();
        List<List<double[]>> perSlice = new ArrayList<>();
        for (int k = 0; k < nz; k++) {
            perSlice.add(new ArrayList<>());
        }
        int closed = 0;
        for (int ci = 0; ci < cs.size(); ci++) {
            Contour c = cs.get(ci);
            if (!c.type().startsWith("CLOSED_PLANAR")) {
                continue;
            }
            closed++;
            int m = c.size();
            if (m < 3) {
                continue;
            }
            double[] ij = new double[2 * m];
            double kmin = Double.POSITIVE_INFINITY;
            double kmax = Double.NEGATIVE_INFINITY;
            double ksum = 0;
            for (int p = 0; p < m; p++) {
                double dx = c.points()[3 * p] - org[0];
                double dy = c.points()[3 * p + 1] - org[1];
                double dz = c.points()[3 * p + 2] - org[2];
                double[] idx = new double[3];
                for (int a = 0; a < 3; a++) {
                    idx[a] = (dir[a] * dx + dir[3 + a] * dy + dir[6 + a] * dz) / sp[a];
                }
                ij[2 * p] = idx[0];
                ij[2 * p + 1] = idx[1];
                kmin = Math.min(kmin, idx[2]);
                kmax = Math.max(kmax, idx[2]);
                ksum += idx[2];
            }
            if (kmax - kmin > 0.5) {
                throw new ImageFormatException(file, Tags.name(Tags.CONTOUR_DATA), String.format(Locale.ROOT,
                        "ROI '%s' contour %d spans %.3g slices of the image grid: it is not parallel to the image"
                                + " slices", roiName, ci + 1, kmax - kmin));
            }
            long k = Math.round(ksum / m);
            if (k >= 0 && k < nz) {
                perSlice.get((int) k).add(ij);
            }
        }
        if (closed == 0) {
            throw new ImageFormatException(file, Tags.name(Tags.CONTOUR_GEOMETRIC_TYPE), "ROI '" + roiName
                    + "' has no CLOSED_PLANAR contour (" + cs.size() + " contours)");
        }
        boolean[] inside = new boolean[grid.voxelCount()];
        double[] xs = new double[16];
        for (int k = 0; k < nz; k++) {
            List<double[]> polys = perSlice.get(k);
            if (polys.isEmpty()) {
                continue;
            }
            for (int j = 0; j < ny; j++) {
                int nxs = 0;
                for (double[] poly : polys) {
                    int m = poly.length / 2;
                    for (int e = 0; e < m; e++) {
                        double x1 = poly[2 * e];
                        double y1 = poly[2 * e + 1];
                        int f = (e + 1) % m;
                        double x2 = poly[2 * f];
                        double y2 = poly[2 * f + 1];
                        if ((y1 <= j) != (y2 <= j)) {
                            if (nxs == xs.length) {
                                xs = Arrays.copyOf(xs, 2 * nxs);
                            }
                            xs[nxs++] = x1 + (j - y1) * (x2 - x1) / (y2 - y1);
                        }
                    }
                }
                Arrays.sort(xs, 0, nxs);
                int base = nx * (j + ny * k);
                for (int q = 0; q + 1 < nxs; q += 2) {
                    int i0 = (int) Math.max(0, Math.ceil(xs[q]));
                    double end = xs[q + 1];
                    int i1 = (int) Math.min(nx - 1, Math.ceil(end) - 1);
                    for (int i = i0; i <= i1; i++) {
                        inside[base + i] = true;
                    }
                }
            }
        }
        return Mask.of(inside, grid);
    }

    @Override
    public String toString() {
        return "RtStruct[" + file + ", ROIs " + roiNames() + "]";
    }
}
