package org.radiomics4j.core;

import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.FeatureSet;
import org.radiomics4j.core.extract.RadiomicsExtractor;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * Short entry points for JShell and scripts; each is one line over {@link RadiomicsExtractor}.
 *
 * <pre>{@code
 * FeatureSet f = Radiomics.extract(image, mask);                        // PyRadiomics defaults
 * FeatureSet g = Radiomics.extract(image, mask, Radiomics.settings().binWidth(10).build());
 * }</pre>
 *
 * Reading files ({@code extract(Path, Path)}) needs radiomics-io and lives there.
 */
public final class Radiomics {
    private Radiomics() {
    }

    /** Features of label 1 of {@code mask} with PyRadiomics' default settings. */
    public static FeatureSet extract(Volume image, Mask mask) {
        return RadiomicsExtractor.of(ExtractionSettings.defaults()).extract(image, mask);
    }

    /** Features with the given settings. */
    public static FeatureSet extract(Volume image, Mask mask, ExtractionSettings settings) {
        return RadiomicsExtractor.of(settings).extract(image, mask);
    }

    /** A settings builder starting from PyRadiomics' defaults. */
    public static ExtractionSettings.Builder settings() {
        return ExtractionSettings.builder();
    }
}
