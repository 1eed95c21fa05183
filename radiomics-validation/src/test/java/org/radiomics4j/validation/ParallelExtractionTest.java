package org.radiomics4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.extract.ExecutionSettings;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.FeatureSet;
import org.radiomics4j.core.extract.RadiomicsExtractor;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/** A default extraction of brain1 gives bit-identical features with 1 and 4 threads (families run in parallel). */
class ParallelExtractionTest {

    @Test
    void threadsDoNotChangeResults() {
        Volume image = BaselineData.image("brain1_image.nrrd");
        Mask mask = BaselineData.mask("brain1_label.nrrd");
        FeatureSet one = RadiomicsExtractor.of(ExtractionSettings.defaults()).extract(image, mask);
        FeatureSet four = RadiomicsExtractor.of(ExtractionSettings.defaults(),
                ExecutionSettings.defaults().withThreads(4)).extract(image, mask);
        assertEquals(107, one.size());
        assertEquals(one.toMap(), four.toMap());
    }

    /**
     * With threads > 1 the image and mask hashes and the full-image and mask statistics are computed on helper threads
     * while the features are: the diagnostics (apart from the configuration, which names the thread count) must be
     * the same, in the same key order, as a sequential run, with no placeholder left.
     */
    @Test
    void threadsDoNotChangeDiagnosticsOrTheirOrder() {
        Volume image = BaselineData.image("brain1_image.nrrd");
        Mask mask = BaselineData.mask("brain1_label.nrrd");
        FeatureSet one = RadiomicsExtractor.of(ExtractionSettings.defaults()).extract(image, mask);
        FeatureSet two = RadiomicsExtractor.of(ExtractionSettings.defaults(),
                ExecutionSettings.defaults().withThreads(2)).extract(image, mask);
        java.util.List<String> a = new java.util.ArrayList<>();
        java.util.List<String> b = new java.util.ArrayList<>();
        one.diagnostics().forEach((k, v) -> a.add(k.startsWith("Configuration_") ? k : k + "=" + v));
        two.diagnostics().forEach((k, v) -> b.add(k.startsWith("Configuration_") ? k : k + "=" + v));
        assertEquals(a, b);
        org.junit.jupiter.api.Assertions.assertFalse(two.diagnostics().containsValue("(pending)"));
        org.junit.jupiter.api.Assertions.assertTrue(a.stream().anyMatch(x -> x.startsWith("Image-original_Hash=")));
    }
}
