package org.radiomics4j.io.dicom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.io.ImageFormatException;

/**
 * A DICOM Segmentation (PS3.3 A.51, Segmentation Image Module C.8.20.2): segments (number and label) and their
 * frames, each frame placed by its per-frame Plane Position, with orientation and pixel spacing from the
 * functional groups (C.7.6.16), and tied to its segment by the Segment Identification Sequence.
 *
 * <p>BINARY segmentations are bit-packed (BitsAllocated 1); FRACTIONAL ones hold values up to Maximum Fractional
 * Value, and a voxel is inside when {@code value / MaximumFractionalValue >= threshold} (0.5 by default, i.e. at
 * least half of the voxel for OCCUPANCY, or probability at least one half for PROBABILITY).
 */
public final class DicomSeg {
    /** The Segmentation Storage SOP Class UID (PS3.4 B.5). */
    public static final String SOP_CLASS_UID = "1.2.840.10008.5.1.4.1.1.66.4";

    private final DicomFile dicom;
    private final Map<Integer, String> segments;
    private final List<FrameInfo> frames;
    private final int[] frameSegment;
    private final PixelModule pixels;
    private final boolean fractional;
    private final int maxFractional;

    private DicomSeg(DicomFile dicom, Map<Integer, String> segments, List<FrameInfo> frames, int[] frameSegment,
            PixelModule pixels, boolean fractional, int maxFractional) {
        this.dicom = dicom;
        this.segments = segments;
        this.frames = frames;
        this.frameSegment = frameSegment;
        this.pixels = pixels;
        this.fractional = fractional;
        this.maxFractional = maxFractional;
    }

    /**
     * Reads a SEG file (its pixel data are decoded per frame when a mask is requested).
     *
     * @throws ImageFormatException if the file is not a segmentation or is malformed
     */
    public static DicomSeg read(Path file) {
        DicomFile f = DicomFile.read(file);
        DicomDataset d = f.dataset();
        String sop = d.string(Tags.SOP_CLASS_UID).orElse("");
        if (!SOP_CLASS_UID.equals(sop)) {
            throw new ImageFormatException(file, Tags.name(Tags.SOP_CLASS_UID), "value '" + sop + "' is not"
                    + " Segmentation Storage " + SOP_CLASS_UID);
        }
        String type = d.requireString(Tags.SEGMENTATION_TYPE);
        boolean fractional = switch (type) {
            case "BINARY" -> false;
            case "FRACTIONAL" -> true;
            default -> throw new ImageFormatException(file, Tags.name(Tags.SEGMENTATION_TYPE), "value '" + type
                    + "' must be BINARY or FRACTIONAL");
        };
        PixelModule pm = new PixelModule(f);
        if (!fractional && pm.bitsAllocated != 1) {
            throw new ImageFormatException(file, Tags.name(Tags.BITS_ALLOCATED), "value " + pm.bitsAllocated
                    + " must be 1 for a BINARY segmentation");
        }
        int maxFrac = fractional ? d.requireInt(Tags.MAXIMUM_FRACTIONAL_VALUE, 1, 65535) : 1;
        Map<Integer, String> segs = new LinkedHashMap<>();
        for (DicomDataset s : d.sequence(Tags.SEGMENT_SEQUENCE)) {
            int n = s.requireInt(Tags.SEGMENT_NUMBER, 1, 65535);
            segs.put(n, s.string(Tags.SEGMENT_LABEL).orElse("Segment " + n));
        }
        if (segs.isEmpty()) {
            throw d.missing(Tags.SEGMENT_SEQUENCE);
        }
        List<FrameInfo> fi = FrameInfo.of(file, d, pm.frames);
        List<DicomDataset> perFrame = d.sequence(Tags.PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE);
        var shared = d.item(Tags.SHARED_FUNCTIONAL_GROUPS_SEQUENCE);
        int[] frameSeg = new int[pm.frames];
        for (int k = 0; k < pm.frames; k++) {
            var id = perFrame.get(k).item(Tags.SEGMENT_IDENTIFICATION_SEQUENCE);
            if (id.isEmpty() && shared.isPresent()) {
                id = shared.get().item(Tags.SEGMENT_IDENTIFICATION_SEQUENCE);
            }
            if (id.isEmpty()) {
                throw new ImageFormatException(file, Tags.name(Tags.SEGMENT_IDENTIFICATION_SEQUENCE), "missing for"
                        + " frame " + (k + 1));
            }
            int s = id.get().requireInt(Tags.REFERENCED_SEGMENT_NUMBER, 1, 65535);
            if (!segs.containsKey(s)) {
                throw new ImageFormatException(file, Tags.name(Tags.REFERENCED_SEGMENT_NUMBER), "frame " + (k + 1)
                        + " refers to segment " + s + " which SegmentSequence does not define (defined: "
                        + segs.keySet() + ")");
            }
            frameSeg[k] = s;
        }
        return new DicomSeg(f, segs, fi, frameSeg, pm, fractional, maxFrac);
    }

    /** Segment labels in Segment Sequence order. */
    public List<String> segmentLabels() {
        return List.copyOf(segments.values());
    }

    /** Whether the segmentation is FRACTIONAL (otherwise BINARY). */
    public boolean fractional() {
        return fractional;
    }

    private int segmentNumber(String label) {
        for (Map.Entry<Integer, String> e : segments.entrySet()) {
            if (e.getValue().equals(label)) {
                return e.getKey();
            }
        }
        throw new ImageFormatException(dicom.file(), "SegmentLabel", "no segment labelled '" + label
                + "'; segments present: " + segmentLabels());
    }

    /**
     * The segment on the SEG's own grid: all frames' planes (of every segment) sorted along the normal, which must
     * be regularly spaced (see {@link DicomSeries}).
     *
     * @throws ImageFormatException if no segment has that label (listing those present) or the planes are not a
     *     regular grid (then use {@link #mask(String, Geometry)} with the source image's grid)
     */
    public Mask mask(String label) {
        return mask(label, ownGrid(), 0.5);
    }

    /** The SEG's own grid (see {@link #mask(String)}). */
    public Geometry ownGrid() {
        List<FrameInfo> unique = new ArrayList<>();
        double[] n = frames.get(0).normal();
        outer:
        for (FrameInfo f : frames) {
            for (FrameInfo u : unique) {
                if (Math.abs(DicomSeries.dot(f.position(), n) - DicomSeries.dot(u.position(), n)) < 1e-3) {
                    continue outer;
                }
            }
            unique.add(f);
        }
        return DicomSeries.geometry(unique, pixels.rows, pixels.cols);
    }

    /** The segment on {@code grid} with the default fractional threshold 0.5. */
    public Mask mask(String label, Geometry grid) {
        return mask(label, grid, 0.5);
    }

    /**
     * The segment on {@code grid} (typically the source image's grid): each frame of the segment must lie on a
     * slice of the grid with the same in-plane orientation and spacing, its first pixel on a voxel centre (within
     * 1% of a voxel); a set pixel falling outside the grid is an error.
     *
     * @param threshold fraction of Maximum Fractional Value at or above which a FRACTIONAL voxel is inside, in (0, 1]
     * @throws ImageFormatException if no segment has that label (listing those present) or a frame does not fit
     *     the grid
     */
    public Mask mask(String label, Geometry grid, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1] but was " + threshold);
        }
        int seg = segmentNumber(label);
        Path file = dicom.file();
        double[] dir = grid.direction();
        double[] org = grid.origin();
        double[] sp = grid.spacing();
        boolean[] inside = new boolean[grid.voxelCount()];
        int cut = fractional ? (int) Math.ceil(threshold * maxFractional) : 1;
        for (int k = 0; k < frames.size(); k++) {
            if (frameSegment[k] != seg) {
                continue;
            }
            FrameInfo f = frames.get(k);
            double[] o = f.orientation();
            double[] nrm = f.normal();
            for (int a = 0; a < 3; a++) {
                if (Math.abs(o[a] - dir[3 * a]) > 1e-3 || Math.abs(o[3 + a] - dir[3 * a + 1]) > 1e-3
                        || Math.abs(nrm[a] - dir[3 * a + 2]) > 1e-3) {
                    throw new ImageFormatException(file, Tags.name(Tags.IMAGE_ORIENTATION_PATIENT), "frame " + (k + 1)
                            + " orientation " + DicomSeries.fmt(o) + " differs from the grid's direction "
                            + DicomSeries.fmt(dir));
                }
            }
            if (Math.abs(f.colSpacing() - sp[0]) > 1e-3 * sp[0] || Math.abs(f.rowSpacing() - sp[1]) > 1e-3 * sp[1]) {
                throw new ImageFormatException(file, Tags.name(Tags.PIXEL_SPACING), "frame " + (k + 1) + " spacing "
                        + f.rowSpacing() + "\\" + f.colSpacing() + " differs from the grid's in-plane spacing "
                        + sp[1] + "\\" + sp[0]);
            }
            double[] idx = new double[3];
            double[] p = f.position();
            for (int a = 0; a < 3; a++) {
                idx[a] = (dir[a] * (p[0] - org[0]) + dir[3 + a] * (p[1] - org[1]) + dir[6 + a] * (p[2] - org[2]))
                        / sp[a];
            }
            long[] r = new long[3];
            for (int a = 0; a < 3; a++) {
                r[a] = Math.round(idx[a]);
                if (Math.abs(idx[a] - r[a]) > 0.01) {
                    throw new ImageFormatException(file, Tags.name(Tags.IMAGE_POSITION_PATIENT), String.format(
                            Locale.ROOT, "frame %d position %s is at grid index (%.3f, %.3f, %.3f), not on a voxel"
                                    + " centre", k + 1, DicomSeries.fmt(p), idx[0], idx[1], idx[2]));
                }
            }
            int[] v = pixels.frame(k);
            for (int row = 0; row < pixels.rows; row++) {
                for (int col = 0; col < pixels.cols; col++) {
                    if (v[row * pixels.cols + col] < cut) {
                        continue;
                    }
                    long x = r[0] + col;
                    long y = r[1] + row;
                    long z = r[2];
                    if (x < 0 || y < 0 || z < 0 || x >= grid.nx() || y >= grid.ny() || z >= grid.nz()) {
                        throw new ImageFormatException(file, Tags.name(Tags.PIXEL_DATA), "segment '" + label
                                + "' frame " + (k + 1) + " pixel (row " + row + ", column " + col + ") lies outside"
                                + " the grid at index (" + x + ", " + y + ", " + z + ")");
                    }
                    inside[(int) (x + grid.nx() * (y + (long) grid.ny() * z))] = true;
                }
            }
        }
        return Mask.of(inside, grid);
    }

    @Override
    public String toString() {
        return "DicomSeg[" + dicom.file() + ", " + (fractional ? "FRACTIONAL" : "BINARY") + ", segments "
                + segmentLabels() + "]";
    }
}
