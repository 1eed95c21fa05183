package org.radiomics4j.core.features.glszm;

import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;

/** PLACEHOLDER until the glszm family lands (agreed signature only). */
public final class Glszm {
    private final ExtractionSettings settings;

    private Glszm(ExtractionSettings settings) {
        this.settings = settings;
    }

    /** The family configured by {@code settings}. */
    public static Glszm of(ExtractionSettings settings) {
        return new Glszm(java.util.Objects.requireNonNull(settings, "settings"));
    }

    /** Computes the enabled features. */
    public FamilyResult compute(org.radiomics4j.core.discretize.GrayLevelVolume image) {
        throw new UnsupportedOperationException("glszm is not implemented yet");
    }
}
