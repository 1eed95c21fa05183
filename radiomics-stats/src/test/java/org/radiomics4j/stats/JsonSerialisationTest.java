package org.radiomics4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.radiomics4j.stats.categorical.ChiSquareTest;
import org.radiomics4j.stats.categorical.FisherExactTest;
import org.radiomics4j.stats.reliability.IntraclassCorrelation;
import org.radiomics4j.stats.resampling.Smote;
import org.radiomics4j.stats.test.GroupComparison;

/** Result records serialise with a plain Jackson ObjectMapper (as the CLI does): plain data, no cycles. */
class JsonSerialisationTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void resultsSerialiseAsPlainJson() throws Exception {
        double[] x = {5, 5, 5, 5, 5};
        double[] y = {4.1, 5.3, 6.2, 3.8, 5.9, 4.7};
        JsonNode gc = MAPPER.readTree(MAPPER.writeValueAsString(GroupComparison.withDefaults().test(x, y)));
        assertEquals("MANN_WHITNEY_ASYMPTOTIC", gc.path("test").asText());
        assertEquals(false, gc.path("normalityX").path("defined").asBoolean());
        assertTrue(gc.path("summaryY").has("q1"));
        JsonNode f = MAPPER.readTree(MAPPER.writeValueAsString(FisherExactTest.withDefaults()
                .test2x2(new int[][] {{7, 0}, {3, 5}})));
        assertTrue(f.path("oddsRatioInterval").has("lower"));
        JsonNode c = MAPPER.readTree(MAPPER.writeValueAsString(ChiSquareTest.withDefaults()
                .test(new int[][] {{12, 3}, {4, 6}})));
        assertEquals(2, c.path("expected").size());
        assertEquals(1, c.path("warnings").size());
        JsonNode icc = MAPPER.readTree(MAPPER.writeValueAsString(IntraclassCorrelation.withDefaults()
                .computeAll(new double[][] {{1, 1.1}, {2, 2.3}, {3, 2.9}, {4, 4.2}})));
        assertEquals(6, icc.size());
        assertEquals("ICC1_1", icc.get(0).path("form").asText());
        double[][] pts = new double[12][];
        int[] labels = new int[12];
        for (int i = 0; i < 12; i++) {
            pts[i] = new double[] {i, i % 3};
            labels[i] = i < 7 ? 0 : 1;
        }
        JsonNode r = MAPPER.readTree(MAPPER.writeValueAsString(Smote.withDefaults().withNeighbours(3)
                .syntheticCohort(pts, labels, Map.of(1, 4), 3L)));
        assertEquals(4, r.path("labels").size());
    }
}
