package org.radiomics4j.core.preprocess;

import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/** PLACEHOLDER until resampling lands (agreed signature only). */
public final class Resampler {
    private Resampler() {
    }

    /** An image and its ROI mask on a common grid. */
    public record Resampled(Volume image, Mask mask) {
    }

    /**
     * Resamples {@code image} and the binary ROI {@code roi} to {@code settings.resampledPixelSpacing()} with
     * PyRadiomics' grid rule (box of the ROI plus {@code padDistance}).
     */
    public static Resampled resample(Volume image, Mask roi, ExtractionSettings settings) {
        throw new UnsupportedOperationException("resampling is not implemented yet");
    }
}
