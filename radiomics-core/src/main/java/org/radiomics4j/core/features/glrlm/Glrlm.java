package org.radiomics4j.core.features.glrlm;

import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;

/** PLACEHOLDER until the glrlm family lands (agreed signature only). */
public final class Glrlm {
    private final ExtractionSettings settings;

    private Glrlm(ExtractionSettings settings) {
        this.settings = settings;
    }

    /** The family configured by {@code settings}. */
    public static Glrlm of(ExtractionSettings settings) {
        return new Glrlm(java.util.Objects.requireNonNull(settings, "settings"));
    }

    /** Computes the enabled features. */
    public FamilyResult compute(org.radiomics4j.core.discretize.GrayLevelVolume image) {
        throw new UnsupportedOperationException("glrlm is not implemented yet");
    }
}
