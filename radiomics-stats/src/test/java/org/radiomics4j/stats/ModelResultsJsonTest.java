package org.radiomics4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radiomics4j.stats.regression.BackwardElimination;
import org.radiomics4j.stats.regression.LogisticModel;
import org.radiomics4j.stats.regression.LogisticRegression;
import org.radiomics4j.stats.roc.RocAnalysis;
import org.radiomics4j.stats.roc.RocCurve;
import org.radiomics4j.stats.survival.CoxRegression;
import org.radiomics4j.stats.survival.KaplanMeier;
import org.radiomics4j.stats.survival.LogRankTest;
import org.radiomics4j.stats.survival.SurvivalCurve;

/** The result records of roc, survival and regression serialise with a plain ObjectMapper (as the CLI will). */
class ModelResultsJsonTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private final double[] x = {1.2, 3.4, 2.2, 5.1, 0.3, 4.4, 2.9, 3.9, 1.8, 4.8};
    private final int[] y = {0, 1, 0, 1, 0, 1, 1, 0, 0, 1};
    private final boolean[] event = {true, true, false, true, true, false, true, true, false, true};

    @Test
    void resultsSerialiseAsPlainData() throws Exception {
        RocCurve roc = RocAnalysis.withDefaults().analyze(x, y);
        JsonNode r = mapper.readTree(mapper.writeValueAsString(roc));
        assertEquals(roc.auc(), r.path("auc").asDouble());
        assertEquals(roc.thresholds().size(), r.path("thresholds").size());
        assertEquals(roc.youden().criterionOperator().name(),
                r.path("youdenOptima").get(0).path("criterionOperator").asText());

        SurvivalCurve km = KaplanMeier.withDefaults().estimate(x, event);
        JsonNode k = mapper.readTree(mapper.writeValueAsString(km));
        assertEquals(km.steps().size(), k.path("steps").size());
        assertTrue(k.path("median").has("median"));

        LogisticModel m = LogisticRegression.withDefaults().fit(y, "x", x);
        JsonNode l = mapper.readTree(mapper.writeValueAsString(m));
        assertEquals(2, l.path("coefficients").size());
        assertEquals("NONE", l.path("separation").asText());

        String all = mapper.writeValueAsString(List.of(LogRankTest.withDefaults().test(x, event, y),
                CoxRegression.withDefaults().fit(x, event, "y", y),
                BackwardElimination.withDefaults().run(y, List.of("x"), new double[][] {x})));
        assertTrue(all.contains("likelihoodRatioTest") && all.contains("hazardRatios") && all.contains("finalModel"));
    }
}
