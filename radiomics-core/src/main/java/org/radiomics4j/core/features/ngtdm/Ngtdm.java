package org.radiomics4j.core.features.ngtdm;

import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;

/** PLACEHOLDER until the ngtdm family lands (agreed signature only). */
public final class Ngtdm {
    private final ExtractionSettings settings;

    private Ngtdm(ExtractionSettings settings) {
        this.settings = settings;
    }

    /** The family configured by {@code settings}. */
    public static Ngtdm of(ExtractionSettings settings) {
        return new Ngtdm(java.util.Objects.requireNonNull(settings, "settings"));
    }

    /** Computes the enabled features. */
    public FamilyResult compute(org.radiomics4j.core.discretize.GrayLevelVolume image) {
        throw new UnsupportedOperationException("ngtdm is not implemented yet");
    }
}
