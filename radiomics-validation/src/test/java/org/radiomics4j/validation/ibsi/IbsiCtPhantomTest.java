package org.radiomics4j.validation.ibsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.core.extract.ComplianceMode;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.PyRadiomicsParameters;
import org.radiomics4j.core.ibsi.IbsiExtractor;
import org.radiomics4j.core.ibsi.IbsiFeatureValue;
import org.radiomics4j.core.ibsi.IbsiSettings;

/**
 * IBSI CT radiomics phantom, configuration A (no interpolation, 2-D, range re-segmentation [−500, 400] HU, FBS 25
 * from −500), settings read from the shipped radiomics-examples/params/ibsi/config-A.yaml: every config-A reference
 * value of our families (319 = 346 − 25 morphology − 2 local intensity). Expected values:
 * testdata/ibsi/reference_values.csv (IBSI reference manual). Rule: |computed − value| ≤ tolerance + ½·u (u one
 * unit in the third significant digit). The range re-segmentation is done by {@link CtPhantom#rangeResegmented}
 * until the IBSI preprocessing step is available to the extractor.
 */
class IbsiCtPhantomTest {
    static final Path CONFIG_A = Path.of("..", "radiomics-examples", "params", "ibsi", "config-A.yaml");
    private static final Map<String, Double> COMPUTED = computeConfigA();

    static Map<String, Double> computeConfigA() {
        ExtractionSettings s = PyRadiomicsParameters.read(CONFIG_A);
        IbsiSettings ibsi = s.ibsi();
        CtPhantom ct = CtPhantom.read();
        // through the preprocessing hook, as core.ibsi.preprocess will plug in
        List<IbsiFeatureValue> values = IbsiExtractor.of(ibsi)
                .withPreprocessor((image, mask, settings) -> CtPhantom.rangeResegmented(image, mask, settings))
                .extract(ct.image, ct.mask);
        Map<String, Double> m = new HashMap<>();
        for (IbsiFeatureValue v : values) {
            if (m.put(IbsiReference.key(v), v.value()) != null) {
                throw new IllegalStateException("two values for " + IbsiReference.key(v));
            }
        }
        return m;
    }

    static Stream<IbsiReference.Row> rows() {
        return IbsiReference.rows().stream().filter(r -> r.configuration().equals("config_A"))
                .filter(r -> !r.family().equals("morphology") && !r.family().equals("local_intensity"));
    }

    @Test
    void configurationFileIsConfigA() {
        ExtractionSettings s = PyRadiomicsParameters.read(CONFIG_A);
        assertEquals(ComplianceMode.IBSI, s.mode());
        assertEquals(-500, s.ibsi().resegmentationLower());
        assertEquals(400, s.ibsi().resegmentationUpper());
        assertEquals(319, rows().count());
        assertEquals(319, COMPUTED.size(), "one value per reference row, nothing else");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void matchesReference(IbsiReference.Row r) {
        Double computed = COMPUTED.get(r.key());
        assertNotNull(computed, "not computed: " + r);
        assertTrue(r.matches(computed), r + ": computed " + computed + ", IBSI " + r.value() + " ± " + r.allowed());
    }
}
