package org.radiomics4j.core.filters;

import java.util.List;

import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * One PyRadiomics image type ({@code imageType} block of a parameter file): a function from the original image,
 * and the mask where PyRadiomics uses it, to one or more derived images, each named as PyRadiomics names its image
 * type in feature keys ({@code log-sigma-1-0-mm-3D}, {@code wavelet-LLH}, {@code lbp-3D-k}, ...).
 *
 * <p>Implementations are immutable and thread-safe; {@link #apply} keeps no state between calls and never modifies
 * its arguments. The filter sees the whole image, as PyRadiomics' does (not only the ROI's bounding box).
 */
public interface ImageFilter {

    /**
     * The derived images, in the order PyRadiomics yields them.
     *
     * @param image the original (optionally normalised and resampled) image
     * @param mask  the ROI on the image's grid; filters that do not use it ignore it
     * @return the derived images; empty only where PyRadiomics yields none and the filter has logged a warning
     *     saying why (e.g. a LoG sigma too large for the image)
     */
    List<DerivedImage> apply(Volume image, Mask mask);

    /**
     * The derived images of {@link #apply}, in the same order, handed to {@code sink} one at a time. A filter whose
     * outputs can be produced one after another (the wavelet's decompositions) overrides this so that it never holds
     * more of them than its computation needs; the sink may drop each image once it has used it.
     *
     * @param image the original image
     * @param mask  the ROI on the image's grid
     * @param sink  receives each derived image once, in {@link #apply}'s order
     */
    default void forEachDerived(Volume image, Mask mask, java.util.function.Consumer<DerivedImage> sink) {
        apply(image, mask).forEach(sink);
    }
}
