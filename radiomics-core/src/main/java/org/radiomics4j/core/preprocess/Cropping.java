package org.radiomics4j.core.preprocess;

import java.util.Objects;

import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * Cropping of image and ROI to the ROI's bounding box, optionally grown by {@code pad} voxels per side and clipped
 * to the grid (PyRadiomics {@code imageoperations.cropToTumorMask}; features use pad 0).
 */
public final class Cropping {
    private Cropping() {
    }

    /** A cropped image and ROI on the same (cropped) grid, and the box they were cut from. */
    public record Cropped(Volume image, Mask roi, BoundingBox box) {
        public Cropped {
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(roi, "roi");
            Objects.requireNonNull(box, "box");
        }
    }

    /**
     * Crops both to {@code box} grown by {@code pad} voxels.
     *
     * @throws IllegalArgumentException if {@code pad < 0}, the grids differ in size or the box does not fit
     */
    public static Cropped crop(Volume image, Mask roi, BoundingBox box, int pad) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(roi, "roi");
        Objects.requireNonNull(box, "box");
        if (pad < 0) {
            throw new IllegalArgumentException("pad must be >= 0 but was " + pad);
        }
        if (image.size() != roi.size() || image.geometry().nx() != roi.geometry().nx()
                || image.geometry().ny() != roi.geometry().ny()) {
            throw new IllegalArgumentException("image and roi must have the same size but were "
                    + image.geometry().nx() + "x" + image.geometry().ny() + "x" + image.geometry().nz() + " and "
                    + roi.geometry().nx() + "x" + roi.geometry().ny() + "x" + roi.geometry().nz());
        }
        BoundingBox b = pad == 0 ? box : box.pad(pad, image.geometry());
        return new Cropped(image.crop(b), roi.crop(b), b);
    }
}
