package org.radiomics4j.stats.survival;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.stats.internal.OracleFiles;

/**
 * Every number of testdata/stats/survival/expected.json: R survival 3.5.3 (survfit, survdiff, coxph; exact calls
 * in produced_by) and scipy 1.17.1 {@code stats.logrank}. Tolerances in {@link SurvivalAssertions}.
 */
class SurvivalOracleTest {

    static Stream<String> cases() {
        return OracleFiles.caseIds("survival").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesSurvivalPackage(String id) {
        JsonNode c = OracleFiles.caseNode("survival", id);
        Map<String, List<String>> csv = OracleFiles.csv(OracleFiles.statsDir().resolve("survival").resolve(
                c.path("input").asText()));
        double[] time = OracleFiles.doubles(csv, "time");
        int[] ev = OracleFiles.ints(csv, "event");
        boolean[] event = new boolean[ev.length];
        for (int i = 0; i < ev.length; i++) {
            event[i] = ev[i] == 1;
        }
        double[] feature = OracleFiles.doubles(csv, "feature");
        double cutoff = c.path("params").path("cutoff").asDouble();
        SurvivalAssertions.assertMatches(c.path("expected").path("R"), time, event, feature, id);
        SurvivalAssertions.assertScipy(c.path("expected").path("scipy").path("logrank"), time, event, feature,
                cutoff, id);
    }
}
