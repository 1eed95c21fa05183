package org.radiomics4j.nd4j;

import java.nio.file.Path;

import org.radiomics4j.core.discretize.Discretizer;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.internal.TextureVolumes;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageReaders;

/**
 * PyRadiomics' base cases and the comparison of the agreement tests; the seeded random volumes are radiomics-core's
 * test helpers ({@link TextureVolumes}, {@code ZoneTestVolumes}, from its test-jar).
 */
final class TestVolumes {
    private TestVolumes() {
    }

    /** PyRadiomics' base-case pipeline on a test case: label 1, cropped to its bounding box, binWidth 25. */
    static GrayLevelVolume baseCase(String caseName) {
        Path images = TextureVolumes.testdata().resolve("pyradiomics").resolve("images");
        Volume image = ImageReaders.readVolume(images.resolve(caseName + "_image.nrrd"));
        Mask roi = ImageReaders.readMask(images.resolve(caseName + "_label.nrrd")).select(1);
        BoundingBox box = roi.boundingBox().orElseThrow();
        return Discretizer.of(ExtractionSettings.defaults().binning()).discretize(image.crop(box), roi.crop(box))
                .levels();
    }

    /** {@code |a − b| <= abs} or {@code <= rel·|a|}; NaN only equals NaN. */
    static boolean close(double a, double b, double rel, double abs) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b);
        }
        double d = Math.abs(a - b);
        return d <= abs || d <= rel * Math.abs(a);
    }
}
