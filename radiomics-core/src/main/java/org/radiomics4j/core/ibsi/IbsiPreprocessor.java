package org.radiomics4j.core.ibsi;

import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * The IBSI image-processing step the {@link IbsiExtractor} runs before any family (IBSI manual, chapter 2):
 * interpolation on the centre-aligned grid, intensity rounding, mask resampling with a partial-volume threshold,
 * and range / outlier re-segmentation, giving the intensity and morphological masks. Implementations live in
 * {@code org.radiomics4j.core.ibsi.preprocess}; without one the extractor accepts only settings that ask for no
 * processing (the IBSI digital phantom).
 */
@FunctionalInterface
public interface IbsiPreprocessor {
    /**
     * Processes {@code image} and {@code mask} as {@code settings} ask.
     *
     * @throws IllegalArgumentException if the settings cannot be applied to these inputs, naming the setting
     */
    IbsiRoi process(Volume image, Mask mask, IbsiSettings settings);
}
