package org.radiomics4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
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
        FeatureSet four = RadiomicsExtractor.of(ExtractionSettings.defaults().withThreads(4)).extract(image, mask);
        assertEquals(107, one.size());
        assertEquals(one.toMap(), four.toMap());
    }
}
