package org.radiomics4j.core.ibsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every IBSI digital-phantom reference value, all eleven families (morphology and local intensity through the
 * extractor's standard computers): 482 values. Expected values: testdata/ibsi/reference_values.csv (IBSI reference
 * manual, ibsi-doc @ b952e71). Rule (testdata/ibsi/README.md): |computed − value| ≤ tolerance + ½·u, u one unit in
 * the third significant digit of the printed value (1e-6 for the exact 0).
 */
class IbsiDigitalPhantomTest {
    private static final Map<String, Double> COMPUTED = compute();

    static Map<String, Double> compute() {
        List<IbsiFeatureValue> values = IbsiExtractor.of(IbsiSettings.withDefaults())
                .extract(IbsiReference.phantomImage(), IbsiReference.phantomMask());
        Map<String, Double> m = new HashMap<>();
        for (IbsiFeatureValue v : values) {
            Double old = m.put(IbsiReference.key(v), v.value());
            if (old != null) {
                throw new IllegalStateException("two values for " + IbsiReference.key(v));
            }
        }
        return m;
    }

    static Stream<IbsiReference.Row> rows() {
        return IbsiReference.rows().stream().filter(r -> r.configuration().equals("digital_phantom"));
    }

    @Test
    void coversEveryDigitalPhantomValueOfOurFamilies() {
        assertEquals(482, rows().count());
    }

    @Test
    void comparisonRuleRejectsAValueOffByMoreThanTheTolerance() {
        IbsiReference.Row r = rows().filter(x -> x.ibsiCode().equals("GYBY") && x.aggregationCode().equals("IAZD"))
                .findFirst().orElseThrow();
        double computed = COMPUTED.get(r.key());
        assertTrue(r.matches(computed));
        assertTrue(!r.matches(computed + 2 * r.allowed()) && !r.matches(computed - 2 * r.allowed()));
        assertTrue(!r.matches(Double.NaN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void matchesReference(IbsiReference.Row r) {
        Double computed = COMPUTED.get(r.key());
        assertNotNull(computed, "not computed: " + r);
        assertTrue(r.matches(computed), r + ": computed " + computed + ", IBSI " + r.value() + " ± " + r.allowed());
    }
}
