package org.radiomics4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.radiomics4j.stats.internal.OracleFiles.assertNear;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.stats.internal.OracleFiles;
import org.radiomics4j.stats.regression.CohortRegressionChecks;
import org.radiomics4j.stats.roc.CohortRocChecks;
import org.radiomics4j.stats.roc.Direction;
import org.radiomics4j.stats.roc.RocAnalysis;
import org.radiomics4j.stats.roc.RocPoint;
import org.radiomics4j.stats.survival.CohortSurvivalChecks;

/**
 * The ROC, survival and logistic parts of testdata/stats/cohort/expected.json (R pROC / survival / glm,
 * scipy, statsmodels), per feature. Same tolerances as the per-method oracle tests. Group comparison,
 * categorical, multiple testing, ICC and ADASYN parts belong to other packages.
 */
class CohortOracleTest {
    static final String[] SURVIVAL = {"PFS", "pfs_months", "progression", "OS", "os_months", "death"};

    static JsonNode cohort() {
        return OracleFiles.caseNode("cohort", OracleFiles.caseIds("cohort").get(0));
    }

    static Map<String, List<String>> csv() {
        return OracleFiles.csv(OracleFiles.statsDir().resolve("cohort").resolve(cohort().path("input").asText()));
    }

    static Stream<String> features() {
        List<String> f = new ArrayList<>();
        cohort().path("params").path("features").forEach(n -> f.add(n.asText()));
        return f.stream();
    }

    static Stream<String> logisticVariables() {
        List<String> f = new ArrayList<>();
        cohort().path("expected").path("R").path("logistic_univariate").fieldNames().forEachRemaining(f::add);
        return f.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("features")
    void rocAndSurvivalPerFeature(String feature) {
        JsonNode e = cohort().path("expected");
        Map<String, List<String>> csv = csv();
        double[] x = OracleFiles.doubles(csv, feature);
        int[] response = OracleFiles.ints(csv, "response");
        CohortRocChecks.assertRoc(e.path("R").path("roc").path(feature), e.path("scipy").path("roc").path(feature),
                x, response, feature);

        // survival cutoff = first Youden optimum in pROC's auto direction
        JsonNode cut = e.path("R").path("survival_cutoffs").path("cutoffs").path(feature);
        RocPoint youden = RocAnalysis.withDefaults().with(Direction.AUTO_BY_MEDIANS).analyze(x, response).youden();
        assertEquals(cut.path("criterion_op").asText(), youden.criterionOperator().symbol(), feature + " cutoff op");
        assertNear(cut.path("cutoff"), youden.criterion(), 1e-9, 1e-12, feature + " cutoff");

        for (int s = 0; s < SURVIVAL.length; s += 3) {
            double[] time = OracleFiles.doubles(csv, SURVIVAL[s + 1]);
            int[] ev = OracleFiles.ints(csv, SURVIVAL[s + 2]);
            boolean[] event = new boolean[ev.length];
            for (int i = 0; i < ev.length; i++) {
                event[i] = ev[i] == 1;
            }
            JsonNode r = e.path("R").path("survival").path(feature).path(SURVIVAL[s]);
            assertNear(cut.path("cutoff"), r.path("groups").path("cutoff").asDouble(), 0, 0, feature + " cutoff used");
            CohortSurvivalChecks.assertSurvival(r, e.path("scipy").path("survival").path(feature).path(SURVIVAL[s])
                    .path("logrank"), time, event, x, feature + " " + SURVIVAL[s]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logisticVariables")
    void univariateLogistic(String variable) {
        JsonNode e = cohort().path("expected");
        Map<String, List<String>> csv = csv();
        CohortRegressionChecks.assertUnivariate(e.path("R").path("logistic_univariate").path(variable),
                e.path("python_debian").path("logistic_univariate").path(variable).path("statsmodels"),
                OracleFiles.ints(csv, "response"), variable, column(csv, variable));
    }

    @org.junit.jupiter.api.Test
    void backwardElimination() {
        JsonNode b = cohort().path("expected").path("R").path("logistic_backward");
        Map<String, List<String>> csv = csv();
        List<String> names = new ArrayList<>();
        b.path("candidates").forEach(n -> names.add(n.asText()));
        double[][] cols = names.stream().map(n -> column(csv, n)).toArray(double[][]::new);
        CohortRegressionChecks.assertBackward(b, OracleFiles.ints(csv, "response"), names, cols);
    }

    /** A cohort column, with the oracle's codings sex_male (M = 1) and grade_num (G1..G3 = 1..3). */
    static double[] column(Map<String, List<String>> csv, String name) {
        if (name.equals("sex_male")) {
            return csv.get("sex").stream().mapToDouble(s -> s.equals("M") ? 1 : 0).toArray();
        }
        if (name.equals("grade_num")) {
            return csv.get("grade").stream().mapToDouble(s -> Double.parseDouble(s.substring(1))).toArray();
        }
        return OracleFiles.doubles(csv, name);
    }
}
