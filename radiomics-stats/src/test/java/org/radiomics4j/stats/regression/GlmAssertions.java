package org.radiomics4j.stats.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radiomics4j.stats.internal.OracleFiles.assertCount;
import static org.radiomics4j.stats.internal.OracleFiles.assertNear;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares a {@link LogisticModel} with an R glm block of the oracle (logistic, logistic_backward, cohort).
 * Tolerance 1e-6 relative (iterative fit; the oracle ran glm with epsilon = 1e-15, so both sides are at the MLE
 * and agree far closer; 1e-6 is the README's suggested bound) with a 1e-9 absolute floor for values that are 0 in
 * the limit (the deviance under complete separation).
 */
final class GlmAssertions {
    static final double REL = 1e-6;
    static final double ABS = 1e-9;

    private GlmAssertions() {
    }

    /** Checks every number of an R glm block that our model reports. */
    static void assertMatchesGlm(JsonNode r, LogisticModel m, String what) {
        assertCount(r.path("n"), m.observations(), what + " n");
        assertCount(r.path("n_events"), m.events(), what + " n_events");
        assertCount(r.path("df_residual"), m.residualDegreesOfFreedom(), what + " df_residual");
        assertCount(r.path("df_null"), m.nullDegreesOfFreedom(), what + " df_null");
        assertNear(r.path("deviance"), m.deviance(), REL, ABS, what + " deviance");
        assertNear(r.path("null_deviance"), m.nullDeviance(), REL, ABS, what + " null_deviance");
        assertNear(r.path("aic"), m.aic(), REL, ABS, what + " aic");
        assertNear(r.path("loglik"), m.logLikelihood(), REL, ABS, what + " loglik");
        JsonNode lr = r.path("lr_test");
        assertNear(lr.path("chi2"), m.likelihoodRatioTest().statistic(), REL, ABS, what + " LR chi2");
        assertCount(lr.path("df"), m.likelihoodRatioTest().degreesOfFreedom(), what + " LR df");
        assertNear(lr.path("p"), m.likelihoodRatioTest().pValue(), REL, 1e-15, what + " LR p");
        JsonNode r2 = r.path("pseudo_r2");
        assertNear(r2.path("cox_snell"), m.coxSnellR2(), REL, ABS, what + " Cox-Snell");
        assertNear(r2.path("nagelkerke"), m.nagelkerkeR2(), REL, ABS, what + " Nagelkerke");
        if (m.separation() != Separation.NONE) {
            // R's coefficients are iteration artefacts (see the case notes); our defined behaviour: none reported
            assertTrue(m.coefficients().isEmpty(), what + " separated model reports no coefficients");
            assertFalse(m.warnings().isEmpty(), what + " separated model warns");
            assertFalse(m.converged(), what + " separated model is not converged");
            return;
        }
        assertTrue(r.path("converged").asBoolean(), what + " R converged");
        assertTrue(m.converged(), what + " converged");
        assertTrue(m.warnings().isEmpty(), what + " no warnings");
        JsonNode coefs = r.path("coefficients");
        assertEquals(coefs.size(), m.coefficients().size(), what + " number of coefficients");
        for (int j = 0; j < coefs.size(); j++) {
            JsonNode e = coefs.get(j);
            LogisticCoefficient c = m.coefficients().get(j);
            String w = what + " " + e.path("term").asText();
            assertEquals(e.path("term").asText(), c.term(), w + " term");
            assertNear(e.path("estimate"), c.estimate(), REL, 0, w + " estimate");
            assertNear(e.path("se"), c.standardError(), REL, 0, w + " se");
            assertNear(e.path("z"), c.z(), REL, 0, w + " z");
            assertNear(e.path("p"), c.pValue(), REL, 0, w + " p");
            assertNear(e.path("odds_ratio"), c.oddsRatio(), REL, 0, w + " OR");
            assertNear(e.path("or_ci_lower"), c.oddsRatioInterval().lower(), REL, 0, w + " OR lower");
            assertNear(e.path("or_ci_upper"), c.oddsRatioInterval().upper(), REL, 0, w + " OR upper");
        }
    }

    /** Checks a statsmodels Logit block (coefficients and log-likelihood). */
    static void assertMatchesStatsmodels(JsonNode s, LogisticModel m, String what) {
        if (s.has("error")) {
            // statsmodels raised PerfectSeparationError: we must have diagnosed complete separation
            assertEquals(Separation.COMPLETE, m.separation(), what + " statsmodels error: " + s.path("error"));
            return;
        }
        assertNear(s.path("loglik"), m.logLikelihood(), REL, ABS, what + " statsmodels loglik");
        if (m.separation() != Separation.NONE) {
            return;
        }
        JsonNode coefs = s.path("coefficients");
        for (int j = 0; j < coefs.size(); j++) {
            JsonNode e = coefs.get(j);
            LogisticCoefficient c = m.coefficients().get(j);
            String w = what + " statsmodels " + e.path("term").asText();
            assertNear(e.path("estimate"), c.estimate(), REL, 0, w + " estimate");
            assertNear(e.path("se"), c.standardError(), REL, 0, w + " se");
            assertNear(e.path("z"), c.z(), REL, 0, w + " z");
            assertNear(e.path("p"), c.pValue(), REL, 0, w + " p");
        }
    }
}
