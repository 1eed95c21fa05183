package org.radiomics4j.stats.regression;

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

/**
 * testdata/stats/logistic and logistic_backward: R {@code glm(binomial, control = glm.control(epsilon = 1e-15,
 * maxit = 100))} and statsmodels {@code Logit.fit(method = "newton")} (exact calls in produced_by). Not compared:
 * {@code iterations} and {@code default_control} (R's stopping point at its default epsilon, not the MLE),
 * {@code boundary}, {@code profile_ci} (profile-likelihood CIs are not implemented; MedCalc reports Wald CIs)
 * and {@code step_aic} (information only). Separated cases: see {@link GlmAssertions}.
 */
class LogisticOracleTest {

    static Stream<String> cases() {
        return OracleFiles.caseIds("logistic").stream();
    }

    static Stream<String> backwardCases() {
        return OracleFiles.caseIds("logistic_backward").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void univariateMatchesGlm(String id) {
        JsonNode c = OracleFiles.caseNode("logistic", id);
        Map<String, List<String>> csv = OracleFiles.csv(OracleFiles.statsDir().resolve("logistic").resolve(
                c.path("input").asText()));
        int[] y = OracleFiles.ints(csv, "y");
        for (JsonNode pred : c.path("params").path("predictors")) {
            String name = pred.asText();
            LogisticModel m = LogisticRegression.withDefaults().fit(y, name, OracleFiles.doubles(csv, name));
            String what = id + " " + name;
            GlmAssertions.assertMatchesGlm(c.path("expected").path("R").path(name), m, what);
            GlmAssertions.assertMatchesStatsmodels(c.path("expected").path("python_debian").path(name)
                    .path("statsmodels"), m, what);
            boolean separatedInNotes = c.path("notes").toString().toLowerCase().contains("separation")
                    || c.path("notes").toString().contains("zero cell");
            assertEquals(separatedInNotes, m.separation() != Separation.NONE, what + " separation " + m.separation());
        }
    }

    /**
     * Above a row limit (20 000; lowered to 1000 here) the LP separation check is replaced by the iterative rule.
     * Replicating a case r times leaves
     * the MLE unchanged, multiplies the deviance by r and divides the SEs by sqrt(r), so R's values for the
     * original case still apply.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void largeSampleRuleOnReplicatedCases(String id) {
        JsonNode c = OracleFiles.caseNode("logistic", id);
        Map<String, List<String>> csv = OracleFiles.csv(OracleFiles.statsDir().resolve("logistic").resolve(
                c.path("input").asText()));
        int[] y = OracleFiles.ints(csv, "y");
        String name = c.path("params").path("predictors").get(0).asText();
        double[] x = OracleFiles.doubles(csv, name);
        int r = 1600 / y.length + 1;
        int[] yr = new int[y.length * r];
        double[] xr = new double[x.length * r];
        for (int i = 0; i < yr.length; i++) {
            yr[i] = y[i % y.length];
            xr[i] = x[i % x.length];
        }
        LogisticModel small = LogisticRegression.withDefaults().fit(y, name, x);
        LogisticModel big = LogisticRegression.withDefaults().withLinearProgramRowLimit(1000).fit(yr, name, xr);
        JsonNode e = c.path("expected").path("R").path(name);
        assertEquals(small.separation(), big.separation(), id + " separation");
        assertNear(e.path("deviance"), big.deviance() / r, GlmAssertions.REL, GlmAssertions.ABS, id + " deviance");
        for (int j = 0; j < big.coefficients().size(); j++) {
            JsonNode ej = e.path("coefficients").get(j);
            assertNear(ej.path("estimate"), big.coefficients().get(j).estimate(), GlmAssertions.REL, 0, id + " b");
            assertNear(ej.path("se"), big.coefficients().get(j).standardError() * Math.sqrt(r), GlmAssertions.REL,
                    0, id + " se");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backwardCases")
    void backwardEliminationMatchesOracle(String id) {
        JsonNode c = OracleFiles.caseNode("logistic_backward", id);
        Map<String, List<String>> csv = OracleFiles.csv(OracleFiles.statsDir().resolve("logistic_backward")
                .resolve(c.path("input").asText()));
        int[] y = OracleFiles.ints(csv, "y");
        List<String> names = new ArrayList<>();
        c.path("params").path("candidates").forEach(n -> names.add(n.asText()));
        double[][] cols = names.stream().map(n -> OracleFiles.doubles(csv, n)).toArray(double[][]::new);
        JsonNode r = c.path("expected").path("R");
        assertBackward(r.path("backward_p_0_10"), BackwardElimination.withDefaults().run(y, names, cols), id);
        assertBackward(r.path("backward_p_0_05"), BackwardElimination.withDefaults().withRemovalThreshold(0.05)
                .run(y, names, cols), id);
    }

    static void assertBackward(JsonNode e, BackwardEliminationResult res, String id) {
        String what = id + " threshold " + e.path("threshold_remove").asDouble();
        assertEquals(e.path("threshold_remove").asDouble(), res.removalThreshold(), what);
        assertEquals(e.path("steps").size(), res.steps().size(), what + " number of steps");
        for (int s = 0; s < res.steps().size(); s++) {
            JsonNode es = e.path("steps").get(s);
            EliminationStep st = res.steps().get(s);
            List<String> terms = new ArrayList<>();
            es.path("model_terms").forEach(n -> terms.add(n.asText()));
            assertEquals(terms, st.modelTerms(), what + " step " + s + " terms");
            assertEquals(es.path("removed").asText(), st.removed(), what + " step " + s + " removed");
            assertNear(es.path("removed_p"), st.removedPValue(), GlmAssertions.REL, 0, what + " removed p");
            for (String t : terms) {
                assertNear(es.path("p_values").path(t), st.pValues().get(t), GlmAssertions.REL, 0,
                        what + " step " + s + " p " + t);
            }
            assertEquals(es.path("warnings").size(), st.warnings().size(), what + " warnings");
        }
        List<String> fin = new ArrayList<>();
        e.path("final_terms").forEach(n -> fin.add(n.asText()));
        assertEquals(fin, res.finalTerms(), what + " final terms");
        GlmAssertions.assertMatchesGlm(e.path("final_model"), res.finalModel(), what + " final model");
    }
}
