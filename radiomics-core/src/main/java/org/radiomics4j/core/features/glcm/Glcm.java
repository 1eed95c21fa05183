package org.radiomics4j.core.features.glcm;

import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;

/** PLACEHOLDER until the glcm family lands (agreed signature only). */
public final class Glcm {
    private final ExtractionSettings settings;

    private Glcm(ExtractionSettings settings) {
        this.settings = settings;
    }

    /** The family configured by {@code settings}. */
    public static Glcm of(ExtractionSettings settings) {
        return new Glcm(java.util.Objects.requireNonNull(settings, "settings"));
    }

    /** Computes the enabled features. */
    public FamilyResult compute(org.radiomics4j.core.discretize.GrayLevelVolume image) {
        throw new UnsupportedOperationException("glcm is not implemented yet");
    }
}
