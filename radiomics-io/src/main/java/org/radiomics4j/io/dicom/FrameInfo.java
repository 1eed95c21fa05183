package org.radiomics4j.io.dicom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.radiomics4j.io.ImageFormatException;

/**
 * Geometry and rescale of one image plane: one frame of one file (a classic single-frame image, or one frame of an
 * enhanced multi-frame image whose per-frame and shared functional groups, PS3.3 C.7.6.16, carry the plane position,
 * orientation, pixel measures and pixel value transformation).
 *
 * @param file the file
 * @param frame 0-based frame index in the file
 * @param position Image Position (Patient) of the first transmitted pixel, mm, LPS
 * @param orientation Image Orientation (Patient): row direction cosines then column direction cosines
 * @param rowSpacing Pixel Spacing[0]: distance between rows (along the column direction), mm
 * @param colSpacing Pixel Spacing[1]: distance between columns (along the row direction), mm
 * @param slope Rescale Slope
 * @param intercept Rescale Intercept
 * @param thickness Slice Thickness (or Spacing Between Slices), NaN if absent
 */
record FrameInfo(Path file, int frame, double[] position, double[] orientation, double rowSpacing,
        double colSpacing, double slope, double intercept, double thickness) {

    /** The slice normal: row cosines x column cosines. */
    double[] normal() {
        double[] r = {orientation[0], orientation[1], orientation[2]};
        double[] c = {orientation[3], orientation[4], orientation[5]};
        return new double[] {r[1] * c[2] - r[2] * c[1], r[2] * c[0] - r[0] * c[2], r[0] * c[1] - r[1] * c[0]};
    }

    /** The frames of a parsed image file. */
    static List<FrameInfo> of(Path file, DicomDataset d, int frames) {
        List<DicomDataset> perFrame = d.sequence(Tags.PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE);
        Optional<DicomDataset> shared = d.item(Tags.SHARED_FUNCTIONAL_GROUPS_SEQUENCE);
        List<FrameInfo> out = new ArrayList<>();
        if (perFrame.isEmpty()) {
            if (frames != 1) {
                throw new ImageFormatException(file, Tags.name(Tags.PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE), "a"
                        + " multi-frame image (" + frames + " frames) without per-frame functional groups has no"
                        + " per-frame position");
            }
            out.add(classic(file, d));
            return out;
        }
        if (perFrame.size() != frames) {
            throw new ImageFormatException(file, Tags.name(Tags.PER_FRAME_FUNCTIONAL_GROUPS_SEQUENCE), "has "
                    + perFrame.size() + " items but NumberOfFrames is " + frames);
        }
        for (int k = 0; k < frames; k++) {
            DicomDataset pf = perFrame.get(k);
            DicomDataset pos = group(pf, shared, Tags.PLANE_POSITION_SEQUENCE, file, k, true);
            DicomDataset ori = group(pf, shared, Tags.PLANE_ORIENTATION_SEQUENCE, file, k, false);
            DicomDataset meas = group(pf, shared, Tags.PIXEL_MEASURES_SEQUENCE, file, k, false);
            DicomDataset pvt = group(pf, shared, Tags.PIXEL_VALUE_TRANSFORMATION_SEQUENCE, file, k, false);
            double[] ipp = pos.requireNumbers(Tags.IMAGE_POSITION_PATIENT, 3);
            double[] iop = (ori != null ? ori : d).requireNumbers(Tags.IMAGE_ORIENTATION_PATIENT, 6);
            double[] ps = (meas != null ? meas : d).requireNumbers(Tags.PIXEL_SPACING, 2);
            DicomDataset resc = pvt != null ? pvt : d;
            double th = thickness(meas != null ? meas : d);
            out.add(checked(file, new FrameInfo(file, k, ipp, iop, ps[0], ps[1],
                    resc.number(Tags.RESCALE_SLOPE).orElse(1.0), resc.number(Tags.RESCALE_INTERCEPT).orElse(0.0),
                    th)));
        }
        return out;
    }

    private static double thickness(DicomDataset d) {
        return d.number(Tags.SLICE_THICKNESS).or(() -> d.number(Tags.SPACING_BETWEEN_SLICES)).orElse(Double.NaN);
    }

    private static DicomDataset group(DicomDataset perFrame, Optional<DicomDataset> shared, int seq, Path file, int k,
            boolean required) {
        Optional<DicomDataset> g = perFrame.item(seq);
        if (g.isEmpty() && shared.isPresent()) {
            g = shared.get().item(seq);
        }
        if (g.isEmpty() && required) {
            throw new ImageFormatException(file, Tags.name(seq), "missing for frame " + (k + 1) + " (neither in the"
                    + " per-frame nor in the shared functional groups)");
        }
        return g.orElse(null);
    }

    private static FrameInfo classic(Path file, DicomDataset d) {
        double[] ipp = d.requireNumbers(Tags.IMAGE_POSITION_PATIENT, 3);
        double[] iop = d.requireNumbers(Tags.IMAGE_ORIENTATION_PATIENT, 6);
        double[] ps = d.requireNumbers(Tags.PIXEL_SPACING, 2);
        return checked(file, new FrameInfo(file, 0, ipp, iop, ps[0], ps[1], d.number(Tags.RESCALE_SLOPE).orElse(1.0),
                d.number(Tags.RESCALE_INTERCEPT).orElse(0.0), thickness(d)));
    }

    private static FrameInfo checked(Path file, FrameInfo fi) {
        if (!(fi.rowSpacing > 0) || !(fi.colSpacing > 0)) {
            throw new ImageFormatException(file, Tags.name(Tags.PIXEL_SPACING), "values " + fi.rowSpacing + "\\"
                    + fi.colSpacing + " must be > 0 (frame " + (fi.frame + 1) + ")");
        }
        double[] o = fi.orientation;
        double nr = Math.sqrt(o[0] * o[0] + o[1] * o[1] + o[2] * o[2]);
        double nc = Math.sqrt(o[3] * o[3] + o[4] * o[4] + o[5] * o[5]);
        double dot = o[0] * o[3] + o[1] * o[4] + o[2] * o[5];
        if (Math.abs(nr - 1) > 1e-3 || Math.abs(nc - 1) > 1e-3 || Math.abs(dot) > 1e-3) {
            throw new ImageFormatException(file, Tags.name(Tags.IMAGE_ORIENTATION_PATIENT), "row and column"
                    + " direction cosines must be orthogonal unit vectors (|r| = " + nr + ", |c| = " + nc + ", r.c = "
                    + dot + ")");
        }
        if (fi.slope == 0) {
            throw new ImageFormatException(file, Tags.name(Tags.RESCALE_SLOPE), "value 0 is not a valid slope");
        }
        return fi;
    }
}
