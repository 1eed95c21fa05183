package org.radiomics4j.core.features.gldm;

import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;

/** PLACEHOLDER until the gldm family lands (agreed signature only). */
public final class Gldm {
    private final ExtractionSettings settings;

    private Gldm(ExtractionSettings settings) {
        this.settings = settings;
    }

    /** The family configured by {@code settings}. */
    public static Gldm of(ExtractionSettings settings) {
        return new Gldm(java.util.Objects.requireNonNull(settings, "settings"));
    }

    /** Computes the enabled features. */
    public FamilyResult compute(org.radiomics4j.core.discretize.GrayLevelVolume image) {
        throw new UnsupportedOperationException("gldm is not implemented yet");
    }
}
