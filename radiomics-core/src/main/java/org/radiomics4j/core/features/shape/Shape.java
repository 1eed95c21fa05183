package org.radiomics4j.core.features.shape;

import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;

/** PLACEHOLDER until the shape family lands (agreed signature only). */
public final class Shape {
    private final ExtractionSettings settings;

    private Shape(ExtractionSettings settings) {
        this.settings = settings;
    }

    /** The family configured by {@code settings}. */
    public static Shape of(ExtractionSettings settings) {
        return new Shape(java.util.Objects.requireNonNull(settings, "settings"));
    }

    /** Computes the enabled features. */
    public FamilyResult compute(org.radiomics4j.core.image.Mask roi) {
        throw new UnsupportedOperationException("shape is not implemented yet");
    }
}
