package org.radiomics4j.stats.multiple;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.radiomics4j.stats.OracleCases.assertRel;
import static org.radiomics4j.stats.OracleCases.num;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.stats.OracleCases;

/**
 * multiple_testing cases against R 4.2.2 {@code p.adjust}, scipy {@code false_discovery_control} and statsmodels
 * {@code multipletests}; 1e-9 relative (closed forms; R prints 15 significant digits). Plus properties.
 */
class PValueAdjustmentTest {
    private static final String M = "multiple_testing";

    static Stream<String> cases() {
        return OracleCases.caseIds(M);
    }

    private static String key(PValueAdjustment a) {
        return switch (a) {
            case BONFERRONI -> "bonferroni";
            case HOLM -> "holm";
            case HOCHBERG -> "hochberg";
            case BENJAMINI_HOCHBERG -> "BH";
            case BENJAMINI_YEKUTIELI -> "BY";
        };
    }

    @ParameterizedTest
    @MethodSource("cases")
    void agreesWithRScipyStatsmodels(String id) {
        JsonNode c = OracleCases.expectedCase(M, id);
        List<String[]> rows = OracleCases.csv(M, c);
        double[] p = rows.subList(1, rows.size()).stream().mapToDouble(r -> Double.parseDouble(r[0])).toArray();
        JsonNode r = c.path("expected").path("R").path("p_adjust");
        for (int i = 0; i < p.length; i++) {
            assertRel(num(r.path("p").get(i)), p[i], 0, id + " input");
        }
        JsonNode sc = c.path("expected").path("scipy").path("fdr");
        JsonNode sm = c.path("expected").path("python_debian").path("statsmodels_multipletests");
        for (PValueAdjustment a : PValueAdjustment.values()) {
            double[] adj = a.adjust(p);
            for (JsonNode block : new JsonNode[] {r, sc, sm}) {
                JsonNode e = block.path(key(a));
                if (e.isMissingNode()) {
                    continue;
                }
                for (int i = 0; i < p.length; i++) {
                    assertRel(num(e.get(i)), adj[i], 1e-9, id + " " + a + "[" + i + "]");
                }
            }
        }
    }

    @Test
    void adjustedAreMonotoneAtLeastRawAndAtMostOne() {
        qt().withExamples(300).forAll(lists().of(doubles().between(0, 1)).ofSizeBetween(1, 40)).checkAssert(list -> {
            double[] p = list.stream().mapToDouble(Double::doubleValue).toArray();
            for (PValueAdjustment a : PValueAdjustment.values()) {
                double[] adj = a.adjust(p);
                for (int i = 0; i < p.length; i++) {
                    assertTrue(adj[i] >= p[i] && adj[i] <= 1, a + " bounds");
                    for (int j = 0; j < p.length; j++) {
                        if (p[i] < p[j]) {
                            assertTrue(adj[i] <= adj[j], a + " order");
                        }
                    }
                }
            }
        });
    }

    @Test
    void rejectsInvalidP() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> PValueAdjustment.HOLM.adjust(new double[] {0.1, Double.NaN}));
        assertTrue(ex.getMessage().contains("p[1]"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PValueAdjustment.BONFERRONI.adjust(new double[] {1.5}));
        assertThrows(IllegalArgumentException.class, () -> PValueAdjustment.BONFERRONI.adjust(new double[0]));
    }
}
