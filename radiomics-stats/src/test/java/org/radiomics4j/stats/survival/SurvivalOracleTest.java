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

    /**
     * Stratified log-rank over all survival cases stacked, each case one stratum: survdiff's O, E and V of the
     * high group add over strata, so chi2 = (Σ O - Σ E)² / Σ V with the oracle's per-case values (arithmetic on
     * R output; R's {@code survdiff(... + strata(case))} computes the same sums).
     */
    @org.junit.jupiter.api.Test
    void stratifiedLogRankSumsTheStrata() {
        java.util.List<Double> t = new java.util.ArrayList<>();
        java.util.List<Boolean> e = new java.util.ArrayList<>();
        java.util.List<Integer> g = new java.util.ArrayList<>();
        java.util.List<Integer> st = new java.util.ArrayList<>();
        double sumO = 0;
        double sumE = 0;
        double sumV = 0;
        int stratum = 0;
        for (String id : OracleFiles.caseIds("survival")) {
            JsonNode c = OracleFiles.caseNode("survival", id);
            Map<String, List<String>> csv = OracleFiles.csv(OracleFiles.statsDir().resolve("survival").resolve(
                    c.path("input").asText()));
            double[] time = OracleFiles.doubles(csv, "time");
            int[] ev = OracleFiles.ints(csv, "event");
            int[] grp = FeatureCutoff.of(c.path("params").path("cutoff").asDouble()).groups(OracleFiles.doubles(csv,
                    "feature"));
            for (int i = 0; i < time.length; i++) {
                t.add(time[i]);
                e.add(ev[i] == 1);
                g.add(grp[i]);
                st.add(stratum);
            }
            JsonNode l = c.path("expected").path("R").path("logrank");
            sumO += l.path("observed").get(1).asDouble();
            sumE += l.path("expected").get(1).asDouble();
            sumV += l.path("variance_high").asDouble();
            stratum++;
        }
        boolean[] events = new boolean[e.size()];
        for (int i = 0; i < events.length; i++) {
            events[i] = e.get(i);
        }
        LogRankResult r = LogRankTest.withDefaults().test(t.stream().mapToDouble(Double::doubleValue).toArray(),
                events, g.stream().mapToInt(Integer::intValue).toArray(),
                st.stream().mapToInt(Integer::intValue).toArray());
        org.junit.jupiter.api.Assertions.assertEquals(stratum, r.strata());
        OracleFiles.assertNear((sumO - sumE) * (sumO - sumE) / sumV, r.statistic(), 1e-9, 0, "stratified chi2");
        OracleFiles.assertNear(sumE, r.groups().get(1).expected(), 1e-9, 0, "stratified E");
        OracleFiles.assertNear(sumV, r.groups().get(1).variance(), 1e-9, 0, "stratified V");
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
