package org.radiomics4j.core.ibsi.morphology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.core.ibsi.IbsiFeatureValue;

/**
 * Every IBSI digital-phantom morphology reference value (25 rows of testdata/ibsi/reference_values.csv, IBSI manual
 * section 3.1), compared as the IBSI README recommends: |computed − value| ≤ tolerance + u/2, u one unit in the
 * third significant digit (the manual prints 3 significant digits).
 */
class IbsiMorphologyPhantomTest {

    private static final Map<String, IbsiFeatureValue> VALUES;

    static {
        IbsiTestData.Phantom p = IbsiTestData.digitalPhantom();
        VALUES = IbsiMorphology.compute(p.mask(), p.mask(), p.image()).stream()
                .collect(Collectors.toMap(IbsiFeatureValue::ibsiCode, v -> v));
    }

    static Stream<IbsiTestData.Reference> references() {
        return IbsiTestData.references("morphology", "digital_phantom").stream();
    }

    @Test
    void everyReferenceRowIsCovered() {
        List<IbsiTestData.Reference> refs = references().toList();
        assertEquals(25, refs.size(), "digital-phantom morphology rows");
        assertEquals(MorphologyFeature.values().length, VALUES.size());
        for (IbsiTestData.Reference r : refs) {
            assertTrue(VALUES.containsKey(r.ibsiCode()), "no feature for " + r.ibsiCode() + " " + r.featureName());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void matchesReference(IbsiTestData.Reference r) {
        IbsiFeatureValue v = VALUES.get(r.ibsiCode());
        assertEquals("DHQ4", v.aggregationCode());
        assertEquals("morphology", v.family());
        assertTrue(r.matches(v.value()), r.featureName() + " (" + r.ibsiCode() + "): computed " + v.value()
                + ", IBSI " + r.value() + " ± " + r.allowed());
    }
}
