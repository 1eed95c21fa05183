package org.example.radiomics;

import java.nio.file.Path;

import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.FeatureSet;
import org.radiomics4j.core.extract.RadiomicsExtractor;
import org.radiomics4j.io.ImageReaders;
import org.radiomics4j.stats.test.GroupComparison;

/** What a downstream tool does with radiomics4j: features of one image, then a comparison of two groups. */
public final class FeatureStudy {
    private FeatureStudy() {
    }

    /** The 107 default PyRadiomics features of {@code image} inside label 1 of {@code mask}. */
    public static FeatureSet extract(Path image, Path mask) {
        return RadiomicsExtractor.of(ExtractionSettings.defaults())
                .extract(ImageReaders.readVolume(image), ImageReaders.readMask(mask));
    }

    /** A feature compared between two groups: Shapiro-Wilk on each group picks Student's t or Mann-Whitney. */
    public static GroupComparison.Result compare(double[] groupA, double[] groupB) {
        return GroupComparison.withDefaults().test(groupA, groupB);
    }
}
