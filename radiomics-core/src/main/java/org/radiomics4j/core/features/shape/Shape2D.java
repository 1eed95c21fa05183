package org.radiomics4j.core.features.shape;

import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;

/** PLACEHOLDER until the shape2D family lands (agreed signature only). */
public final class Shape2D {
    private final ExtractionSettings settings;

    private Shape2D(ExtractionSettings settings) {
        this.settings = settings;
    }

    /** The family configured by {@code settings}. */
    public static Shape2D of(ExtractionSettings settings) {
        return new Shape2D(java.util.Objects.requireNonNull(settings, "settings"));
    }

    /** Computes the enabled features. */
    public FamilyResult compute(org.radiomics4j.core.image.Mask roi) {
        throw new UnsupportedOperationException("shape2D is not implemented yet");
    }
}
