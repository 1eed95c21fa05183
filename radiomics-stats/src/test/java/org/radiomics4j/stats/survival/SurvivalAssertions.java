package org.radiomics4j.stats.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radiomics4j.stats.internal.OracleFiles.assertCount;
import static org.radiomics4j.stats.internal.OracleFiles.assertNear;
import static org.radiomics4j.stats.internal.OracleFiles.isNa;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares our survival results with an R survival 3.5.3 block (survival/expected.json and the cohort). KM,
 * log-rank and median: closed forms, 1e-9 relative (+1e-12 absolute for exact zeros). Cox: iterative,
 * 1e-6 relative. Where R reports NaN/NA (SE and CI after S reaches 0) we assert our documented null.
 */
final class SurvivalAssertions {
    static final double REL = 1e-9;
    static final double ABS = 1e-12;
    static final double COX_REL = 1e-6;

    private SurvivalAssertions() {
    }

    /** Checks every block of one survival analysis of {@code feature} dichotomised at the block's cutoff. */
    static void assertMatches(JsonNode r, double[] time, boolean[] event, double[] feature, String what) {
        double cutoff = r.path("groups").path("cutoff").asDouble();
        int[] group = FeatureCutoff.of(cutoff).groups(feature);
        JsonNode g = r.path("groups");
        int nHigh = 0;
        int eHigh = 0;
        int eLow = 0;
        for (int i = 0; i < group.length; i++) {
            if (group[i] == FeatureCutoff.HIGH) {
                nHigh++;
                eHigh += event[i] ? 1 : 0;
            } else {
                eLow += event[i] ? 1 : 0;
            }
        }
        assertCount(g.path("n_low"), group.length - nHigh, what + " n_low");
        assertCount(g.path("n_high"), nHigh, what + " n_high");
        assertCount(g.path("events_low"), eLow, what + " events_low");
        assertCount(g.path("events_high"), eHigh, what + " events_high");

        Map<Integer, SurvivalCurve> byGroup = KaplanMeier.withDefaults().estimateByGroup(time, event, group);
        List<SurvivalStep> rows = new ArrayList<>();
        List<String> strata = new ArrayList<>();
        for (Map.Entry<Integer, SurvivalCurve> e : byGroup.entrySet()) {
            for (SurvivalStep s : e.getValue().steps()) {
                rows.add(s);
                strata.add(e.getKey() == FeatureCutoff.HIGH ? "high" : "low");
            }
        }
        assertKmTable(r.path("kaplan_meier"), rows, strata, what + " KM");
        SurvivalCurve overall = KaplanMeier.withDefaults().estimate(time, event);
        List<String> all = new ArrayList<>();
        overall.steps().forEach(s -> all.add("all"));
        assertKmTable(r.path("kaplan_meier_overall"), overall.steps(), all, what + " KM overall");

        JsonNode med = r.path("median_survival");
        assertMedians(med.path("conf_type_log"), time, event, group, ConfidenceType.LOG, what);
        assertMedians(med.path("conf_type_log_log"), time, event, group, ConfidenceType.LOG_LOG, what);
        assertMedians(med.path("conf_type_plain"), time, event, group, ConfidenceType.PLAIN, what);
        assertMedian(med.path("overall_conf_type_log").path("all"), overall, what + " median overall");

        LogRankResult lr = LogRankTest.withDefaults().test(time, event, group);
        JsonNode l = r.path("logrank");
        assertEquals("low", l.path("groups").get(0).asText());
        assertEquals("high", l.path("groups").get(1).asText());
        for (int k = 0; k < 2; k++) {
            assertCount(l.path("observed").get(k), lr.groups().get(k).observed(), what + " O" + k);
            assertNear(l.path("expected").get(k), lr.groups().get(k).expected(), REL, ABS, what + " E" + k);
        }
        assertNear(l.path("variance_high"), lr.groups().get(1).variance(), REL, ABS, what + " V");
        assertNear(l.path("chi2"), lr.statistic(), REL, ABS, what + " log-rank chi2");
        assertCount(l.path("df"), lr.degreesOfFreedom(), what + " df");
        assertNear(l.path("p"), lr.pValue(), REL, ABS, what + " log-rank p");
        JsonNode h = r.path("hazard_ratio_logrank");
        LogRankHazardRatio hr = lr.hazardRatios().get(0);
        assertNear(h.path("hr_OE"), hr.observedExpectedRatio(), REL, ABS, what + " hr_OE");
        assertNear(h.path("hr_MH"), hr.mantelHaenszel(), REL, ABS, what + " hr_MH");
        assertNear(h.path("hr_MH_ci_lower"), hr.mantelHaenszelInterval().lower(), REL, ABS, what + " hr_MH lower");
        assertNear(h.path("hr_MH_ci_upper"), hr.mantelHaenszelInterval().upper(), REL, ABS, what + " hr_MH upper");

        assertCox(r.path("cox_efron"), CoxRegression.withDefaults().fit(time, event, "high", group), what + " efron");
        assertCox(r.path("cox_breslow"), CoxRegression.withDefaults().with(Ties.BRESLOW).fit(time, event, "high",
                group), what + " breslow");
    }

    /** scipy.stats.logrank block: z = (O_high - E_high)/sqrt(V). */
    static void assertScipy(JsonNode s, double[] time, boolean[] event, double[] feature, double cutoff,
            String what) {
        LogRankResult lr = LogRankTest.withDefaults().test(time, event, FeatureCutoff.of(cutoff).groups(feature));
        LogRankGroup high = lr.groups().get(1);
        assertNear(s.path("z"), (high.observed() - high.expected()) / Math.sqrt(high.variance()), REL, ABS,
                what + " scipy z");
        assertNear(s.path("chi2"), lr.statistic(), REL, ABS, what + " scipy chi2");
        assertNear(s.path("p"), lr.pValue(), REL, ABS, what + " scipy p");
    }

    static void assertKmTable(JsonNode km, List<SurvivalStep> rows, List<String> strata, String what) {
        assertEquals(km.path("time").size(), rows.size(), what + " rows");
        for (int i = 0; i < rows.size(); i++) {
            SurvivalStep s = rows.get(i);
            String w = what + " row " + i + " ";
            assertEquals(km.path("strata").get(i).asText(), strata.get(i), w + "stratum");
            assertNear(km.path("time").get(i), s.time(), REL, ABS, w + "time");
            assertCount(km.path("n_risk").get(i), s.atRisk(), w + "n_risk");
            assertCount(km.path("n_event").get(i), s.events(), w + "n_event");
            assertCount(km.path("n_censor").get(i), s.censored(), w + "n_censor");
            assertNear(km.path("survival").get(i), s.survival(), REL, ABS, w + "survival");
            JsonNode se = km.path("se_greenwood").get(i);
            if (se.isTextual()) {
                assertEquals("NaN", se.asText());
                assertEquals(0.0, s.survival(), w + "SE undefined only at S = 0");
                assertNull(s.standardError(), w + "SE null where R has NaN");
            } else {
                assertNear(se, s.standardError(), REL, ABS, w + "se");
            }
            JsonNode lo = km.path("ci_lower_log").get(i);
            if (isNa(lo)) {
                assertNull(s.interval(), w + "CI null where R has NA");
            } else {
                assertNear(lo, s.interval().lower(), REL, ABS, w + "ci lower");
                assertNear(km.path("ci_upper_log").get(i), s.interval().upper(), REL, ABS, w + "ci upper");
            }
        }
    }

    static void assertMedians(JsonNode block, double[] time, boolean[] event, int[] group, ConfidenceType type,
            String what) {
        Map<Integer, SurvivalCurve> byGroup = KaplanMeier.withDefaults().with(type).estimateByGroup(time, event,
                group);
        assertMedian(block.path("low"), byGroup.get(FeatureCutoff.LOW), what + " median low " + type);
        assertMedian(block.path("high"), byGroup.get(FeatureCutoff.HIGH), what + " median high " + type);
    }

    static void assertMedian(JsonNode m, SurvivalCurve curve, String what) {
        assertCount(m.path("n"), curve.subjects(), what + " n");
        assertCount(m.path("events"), curve.events(), what + " events");
        assertOptional(m.path("median"), curve.median().median(), what + " median");
        assertOptional(m.path("ci_lower"), curve.median().lower(), what + " lower");
        assertOptional(m.path("ci_upper"), curve.median().upper(), what + " upper");
    }

    private static void assertOptional(JsonNode e, Double actual, String what) {
        if (isNa(e)) {
            assertNull(actual, what + " not reached (R NA)");
        } else {
            assertTrue(actual != null, what + " expected " + e + " but was not reached");
            assertNear(e, actual, REL, ABS, what);
        }
    }

    static void assertCox(JsonNode c, CoxModel m, String what) {
        assertNear(c.path("score_chi2"), m.scoreTest().statistic(), COX_REL, ABS, what + " score chi2");
        assertNear(c.path("score_p"), m.scoreTest().pValue(), COX_REL, ABS, what + " score p");
        assertNear(c.path("lr_chi2"), m.likelihoodRatioTest().statistic(), COX_REL, ABS, what + " LR chi2");
        assertNear(c.path("lr_p"), m.likelihoodRatioTest().pValue(), COX_REL, ABS, what + " LR p");
        if (c.has("warnings")) {
            // R: "coefficient may be infinite" -- our defined behaviour: monotone likelihood, no coefficients
            assertTrue(m.monotoneLikelihood(), what + " monotone likelihood");
            assertFalse(m.converged(), what + " not converged");
            assertTrue(m.coefficients().isEmpty(), what + " no coefficients");
            assertNull(m.waldTest(), what + " no Wald test");
            assertFalse(m.warnings().isEmpty(), what + " warning");
            return;
        }
        assertTrue(m.converged(), what + " converged");
        CoxCoefficient k = m.coefficients().get(0);
        assertNear(c.path("coef"), k.estimate(), COX_REL, 0, what + " coef");
        assertNear(c.path("se"), k.standardError(), COX_REL, 0, what + " se");
        assertNear(c.path("hr"), k.hazardRatio(), COX_REL, 0, what + " hr");
        assertNear(c.path("z"), k.z(), COX_REL, 0, what + " z");
        assertNear(c.path("p_wald"), k.pValue(), COX_REL, 0, what + " p");
        assertNear(c.path("ci_lower"), k.hazardRatioInterval().lower(), COX_REL, 0, what + " ci lower");
        assertNear(c.path("ci_upper"), k.hazardRatioInterval().upper(), COX_REL, 0, what + " ci upper");
    }
}
