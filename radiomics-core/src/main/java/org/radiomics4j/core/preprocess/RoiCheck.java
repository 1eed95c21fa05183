package org.radiomics4j.core.preprocess;

import java.util.Objects;
import java.util.OptionalInt;

import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Mask;

/**
 * PyRadiomics' ROI checks ({@code imageoperations.checkMask}): the ROI's bounding box must span more than one voxel
 * along at least {@code minimumROIDimensions} axes, it must not be a single voxel, and, when
 * {@code minimumROISize} is set, it must hold <b>more than</b> that many voxels (PyRadiomics fails when
 * {@code size <= minimumROISize}).
 */
public final class RoiCheck {
    private RoiCheck() {
    }

    /**
     * Checks the ROI and returns its bounding box.
     *
     * @param roi binary ROI (non-zero = inside)
     * @param label the label the ROI was selected with, for messages
     * @throws RadiomicsException naming the label, the voxel count and the rule that failed
     */
    public static BoundingBox check(Mask roi, int label, int minimumRoiDimensions, OptionalInt minimumRoiSize) {
        Objects.requireNonNull(roi, "roi");
        Objects.requireNonNull(minimumRoiSize, "minimumRoiSize");
        BoundingBox box = roi.boundingBox().orElseThrow(() -> new RadiomicsException("ROI with label " + label
                + " is empty (0 voxels)"));
        return check(box, roi.count(), label, minimumRoiDimensions, minimumRoiSize);
    }

    /**
     * The same checks on an ROI already measured: its bounding box {@code box} and voxel count {@code count}
     * (as {@link Mask#boundingBox()} and {@link Mask#count()} give them), so a caller that knows both need not pass
     * over the mask again.
     *
     * @return {@code box}
     * @throws RadiomicsException naming the label, voxel count, box and the failed rule
     */
    public static BoundingBox check(BoundingBox box, int count, int label, int minimumRoiDimensions,
            OptionalInt minimumRoiSize) {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(minimumRoiSize, "minimumRoiSize");
        int dims = box.dimensionality();
        if (dims == 0) {
            throw new RadiomicsException("ROI with label " + label + " has " + count
                    + " voxel; features cannot be extracted from a single voxel");
        }
        if (dims < minimumRoiDimensions) {
            throw new RadiomicsException("ROI with label " + label + " (" + count + " voxels, bounding box "
                    + box.toPyRadiomicsString() + ") spans " + dims + " dimension(s) but minimumROIDimensions is "
                    + minimumRoiDimensions);
        }
        if (minimumRoiSize.isPresent() && count <= minimumRoiSize.getAsInt()) {
            throw new RadiomicsException("ROI with label " + label + " has " + count
                    + " voxels but must have more than minimumROISize = " + minimumRoiSize.getAsInt());
        }
        return box;
    }
}
