package org.radiomics4j.stats.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radiomics4j.stats.OracleCases.assertRel;
import static org.radiomics4j.stats.OracleCases.num;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.stats.OracleCases;
import org.radiomics4j.stats.descriptive.DescriptiveSummary;
import org.radiomics4j.stats.descriptive.QuantileType;
import org.radiomics4j.stats.normality.DAgostinoPearsonTest;
import org.radiomics4j.stats.normality.LillieforsTest;
import org.radiomics4j.stats.normality.ShapiroFranciaTest;
import org.radiomics4j.stats.normality.ShapiroWilkTest;
import org.radiomics4j.stats.table.CohortTable;

/**
 * Every group_comparison case of testdata/stats, and every feature of the cohort case (same blocks), against R 4.2.2
 * and scipy 1.17.1 (calls in each block's produced_by). Tolerances: 1e-9 relative for closed forms (t, F-free P values, exact distributions, moments);
 * 1e-6 for the Shapiro–Wilk P (polynomial approximation; R vs scipy agree to ~1e-7) and for R's uniroot-based
 * Hodges–Lehmann values; counts exact.
 */
class GroupComparisonOracleTest {
    private static final String M = "group_comparison";
    private static final double CLOSED = 1e-9;
    private static final double ITER = 1e-6;

    /** Every group_comparison case, then every feature of the cohort case (responders = x) as "cohort_01/feature". */
    static Stream<String> cases() {
        List<String> ids = new ArrayList<>(OracleCases.caseIds(M).toList());
        OracleCases.caseIds("cohort").forEach(c -> OracleCases.expectedCase("cohort", c).path("params")
                .path("features").forEach(f -> ids.add(c + "/" + f.asText())));
        return ids.stream();
    }

    private record Data(double[] x, double[] y, JsonNode r, JsonNode scipy) {
    }

    private static Data data(String id) {
        if (id.contains("/")) {
            String[] parts = id.split("/", 2);
            JsonNode c = OracleCases.expectedCase("cohort", parts[0]);
            try {
                CohortTable t = CohortTable.read(OracleCases.statsDir().resolve("cohort")
                        .resolve(c.path("input").asText()));
                return new Data(t.filter(r -> r.getDouble("response") == 1).doubleColumn(parts[1]),
                        t.filter(r -> r.getDouble("response") == 0).doubleColumn(parts[1]),
                        c.path("expected").path("R").path("group_comparison").path(parts[1]),
                        c.path("expected").path("scipy").path("group_comparison").path(parts[1]));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        JsonNode c = OracleCases.expectedCase(M, id);
        Map<String, double[]> g = OracleCases.groups(M, c);
        return new Data(g.get("A"), g.get("B"), c.path("expected").path("R"), c.path("expected").path("scipy"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void descriptives(String id) {
        Data d = data(id);
        for (String side : new String[] {"x", "y"}) {
            double[] v = side.equals("x") ? d.x : d.y;
            JsonNode e = d.r.path("descriptives").path(side);
            for (QuantileType qt : new QuantileType[] {QuantileType.TYPE_6, QuantileType.TYPE_7}) {
                DescriptiveSummary s = DescriptiveSummary.of(v, qt);
                assertEquals(e.path("n").asInt(), s.n());
                assertRel(e, "mean", s.mean(), CLOSED, id + side);
                assertRel(e, "sd", s.sd(), CLOSED, id + side);
                assertRel(e, "median", s.median(), CLOSED, id + side);
                assertRel(e, "min", s.min(), 0, id + side);
                assertRel(e, "max", s.max(), 0, id + side);
                JsonNode q = e.path(qt == QuantileType.TYPE_6 ? "quartiles_type6" : "quartiles_type7");
                assertRel(num(q.get(0)), s.q1(), CLOSED, id + side + " q1 " + qt);
                assertRel(num(q.get(1)), s.median(), CLOSED, id + side + " q2 " + qt);
                assertRel(num(q.get(2)), s.q3(), CLOSED, id + side + " q3 " + qt);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void shapiroWilkAgreesWithR(String id) {
        Data d = data(id);
        for (String side : new String[] {"x", "y"}) {
            double[] v = side.equals("x") ? d.x : d.y;
            JsonNode e = d.r.path("shapiro_wilk").path(side);
            if (e.has("error")) {
                // R: "all 'x' values are identical" -> our defined behaviour: IllegalArgumentException naming x
                IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                        () -> ShapiroWilkTest.withDefaults().test(v));
                assertTrue(ex.getMessage().startsWith("x "), ex.getMessage());
                continue;
            }
            ShapiroWilkTest.Result r = ShapiroWilkTest.withDefaults().test(v);
            assertRel(e, "W", r.statistic(), CLOSED, id + side);
            assertRel(e, "p", r.pValue(), ITER, id + side);
            // scipy computes partly in single precision: agreement to ~1e-7 only
            JsonNode s = d.scipy.path("shapiro_wilk").path(side);
            assertRel(s, "W", r.statistic(), 1e-6, id + side + " scipy");
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void shapiroFranciaAndLillieforsAgreeWithNortest(String id) {
        Data d = data(id);
        for (String side : new String[] {"x", "y"}) {
            double[] v = side.equals("x") ? d.x : d.y;
            JsonNode sf = d.r.path("shapiro_francia").path(side);
            JsonNode li = d.r.path("lilliefors").path(side);
            if (sf.has("error") || Double.isNaN(num(sf.path("statistic")))) {
                // nortest errors or returns NA (n < 5, constant sample): ours throws naming x
                assertThrows(IllegalArgumentException.class, () -> ShapiroFranciaTest.withDefaults().test(v));
            } else {
                ShapiroFranciaTest.Result r = ShapiroFranciaTest.withDefaults().test(v);
                assertRel(sf, "statistic", r.statistic(), CLOSED, id + side);
                assertRel(sf, "p", r.pValue(), CLOSED, id + side);
            }
            if (li.has("error") || Double.isNaN(num(li.path("statistic")))) {
                assertThrows(IllegalArgumentException.class, () -> LillieforsTest.withDefaults().test(v));
            } else {
                LillieforsTest.Result r = LillieforsTest.withDefaults().test(v);
                assertRel(li, "statistic", r.statistic(), CLOSED, id + side);
                assertRel(li, "p", r.pValue(), CLOSED, id + side);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void dagostinoPearsonAgreesWithScipy(String id) {
        Data d = data(id);
        for (String side : new String[] {"x", "y"}) {
            double[] v = side.equals("x") ? d.x : d.y;
            JsonNode e = d.scipy.path("dagostino_pearson").path(side);
            if (Double.isNaN(num(e.path("K2")))) {
                // scipy returns NaN (n < 8 or constant): ours throws naming x
                assertThrows(IllegalArgumentException.class, () -> DAgostinoPearsonTest.withDefaults().test(v));
                continue;
            }
            DAgostinoPearsonTest.Result r = DAgostinoPearsonTest.withDefaults().test(v);
            assertRel(e, "K2", r.statistic(), CLOSED, id + side);
            assertRel(e, "p", r.pValue(), CLOSED, id + side);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void tTests(String id) {
        Data d = data(id);
        for (VarianceAssumption va : VarianceAssumption.values()) {
            JsonNode e = d.r.path(va == VarianceAssumption.EQUAL ? "student_t" : "welch_t");
            TTest.Result r = TTest.withDefaults().with(va).test(d.x, d.y);
            String w = id + " " + va;
            assertRel(e, "t", r.statistic(), CLOSED, w);
            assertRel(e, "df", r.degreesOfFreedom(), CLOSED, w);
            assertRel(e, "p", r.pValue(), CLOSED, w);
            assertRel(e, "mean_diff", r.meanDifference(), CLOSED, w);
            assertRel(e, "se_diff", r.standardError(), CLOSED, w);
            assertRel(e, "ci_lower", r.confidenceInterval().lower(), CLOSED, w);
            assertRel(e, "ci_upper", r.confidenceInterval().upper(), CLOSED, w);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void varianceTests(String id) {
        Data d = data(id);
        JsonNode f = d.r.path("f_test_variances");
        VarianceRatioTest.Result r = VarianceRatioTest.withDefaults().test(d.x, d.y);
        assertRel(f, "F", r.statistic(), CLOSED, id);
        assertEquals(f.path("df1").asInt(), r.df1());
        assertEquals(f.path("df2").asInt(), r.df2());
        assertRel(f, "p", r.pValue(), CLOSED, id);
        assertRel(f, "ci_lower", r.confidenceInterval().lower(), CLOSED, id);
        assertRel(f, "ci_upper", r.confidenceInterval().upper(), CLOSED, id);
        for (LeveneTest.Center c : LeveneTest.Center.values()) {
            JsonNode e = d.scipy.path(c == LeveneTest.Center.MEAN ? "levene_mean" : "levene_median");
            LeveneTest.Result l = LeveneTest.withDefaults().with(c).test(d.x, d.y);
            assertRel(e, "W", l.statistic(), CLOSED, id + " " + c);
            assertRel(e, "p", l.pValue(), CLOSED, id + " " + c);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void mannWhitney(String id) {
        Data d = data(id);
        JsonNode ranks = d.r.path("ranks");
        MannWhitneyUTest asy = MannWhitneyUTest.withDefaults().with(PValueMethod.ASYMPTOTIC);
        MannWhitneyUTest.Result nocc = asy.withContinuityCorrection(false).test(d.x, d.y);
        assertEquals(ranks.path("has_ties").asBoolean(), nocc.hasTies(), id);
        assertRel(ranks, "rank_sum_x", nocc.rankSumX(), CLOSED, id);
        assertRel(ranks, "rank_sum_y", nocc.rankSumY(), CLOSED, id);
        assertRel(ranks, "mean_rank_x", nocc.meanRankX(), CLOSED, id);
        assertRel(ranks, "mean_rank_y", nocc.meanRankY(), CLOSED, id);
        assertRel(ranks, "U_x", nocc.statistic(), 0, id);
        assertRel(ranks, "U_y", nocc.uY(), 0, id);
        assertRel(d.r.path("mann_whitney_normal_nocc"), "p", nocc.pValue(), CLOSED, id + " nocc");
        assertRel(d.r.path("mann_whitney_normal_nocc"), "W", nocc.statistic(), 0, id + " nocc");
        assertRel(d.scipy.path("mann_whitney_normal_nocc"), "p", nocc.pValue(), CLOSED, id + " nocc scipy");
        assertRel(d.r.path("mann_whitney_coin_asymptotic"), "z", nocc.z(), CLOSED, id + " coin z");
        assertRel(d.r.path("mann_whitney_coin_asymptotic"), "p", nocc.pValue(), CLOSED, id + " coin asy");
        MannWhitneyUTest.Result cc = asy.test(d.x, d.y);
        assertTrue(cc.continuityCorrection());
        assertRel(d.r.path("mann_whitney_normal_cc"), "p", cc.pValue(), CLOSED, id + " cc");
        assertRel(d.scipy.path("mann_whitney_normal_cc"), "p", cc.pValue(), CLOSED, id + " cc scipy");

        MannWhitneyUTest.Result exact = MannWhitneyUTest.withDefaults().with(PValueMethod.EXACT).test(d.x, d.y);
        // exact conditional permutation P: coin's exact, valid with and without ties
        assertRel(d.r.path("mann_whitney_coin_exact"), "p", exact.pValue(), CLOSED, id + " coin exact");
        JsonNode rExact = d.r.path("mann_whitney_exact");
        assertEquals(rExact.has("warnings"), exact.hasTies(), id + " R warns exactly when there are ties");
        if (rExact.has("warnings")) {
            // R could not do the exact test (ties) and used the normal approximation: so does AUTO
            MannWhitneyUTest.Result auto = MannWhitneyUTest.withDefaults().withContinuityCorrection(false)
                    .test(d.x, d.y);
            assertEquals(PValueMethod.ASYMPTOTIC, auto.method());
            assertRel(rExact, "p", auto.pValue(), CLOSED, id + " R exact->normal");
        } else {
            assertRel(rExact, "p", exact.pValue(), CLOSED, id + " exact");
            assertRel(d.scipy.path("mann_whitney_exact"), "p", exact.pValue(), CLOSED, id + " exact scipy");
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void hodgesLehmann(String id) {
        Data d = data(id);
        JsonNode e = d.r.path("hodges_lehmann");
        HodgesLehmann.Result r = HodgesLehmann.withDefaults().estimate(d.x, d.y);
        boolean exact = e.path("r_method").asText().contains("exact");
        assertEquals(exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC, r.method(), id);
        double tol = exact ? CLOSED : ITER;
        assertRel(e, "estimate", r.estimate(), tol, id);
        assertRel(e, "ci_lower", r.confidenceInterval().lower(), tol, id);
        assertRel(e, "ci_upper", r.confidenceInterval().upper(), tol, id);
        // R's warning about ties is carried as a field
        boolean rWarnsCi = e.path("warnings").toString().contains("cannot compute exact confidence intervals");
        assertEquals(rWarnsCi, r.warnings().contains("cannot compute exact confidence intervals with ties"), id);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void selectionRule(String id) {
        Data d = data(id);
        JsonNode e = d.r.path("selection");
        GroupComparison.Result r = GroupComparison.withDefaults().test(d.x, d.y);
        boolean bothNormal = e.path("both_normal").asBoolean();
        assertEquals(bothNormal, r.normalityX().normal() && r.normalityY().normal(), id);
        if (e.path("test").asText().equals("student_t")) {
            assertEquals(GroupComparison.SelectedTest.STUDENT_T, r.test(), id);
        } else {
            assertEquals(e.path("mann_whitney_variant").asText().equals("exact")
                    ? GroupComparison.SelectedTest.MANN_WHITNEY_EXACT
                    : GroupComparison.SelectedTest.MANN_WHITNEY_ASYMPTOTIC, r.test(), id);
        }
        assertRel(e, "p", r.pValue(), CLOSED, id);
        assertTrue(r.reason().contains("Shapiro–Wilk"), r.reason());
        // R's shapiro.test error (constant group) -> documented "undefined, not normal"
        JsonNode sw = d.r.path("shapiro_wilk");
        assertEquals(!sw.path("x").has("error"), r.normalityX().defined(), id);
        assertEquals(!sw.path("y").has("error"), r.normalityY().defined(), id);
        if (sw.path("x").has("error")) {
            assertEquals("all values identical", r.normalityX().note());
            assertTrue(Double.isNaN(r.normalityX().pValue()));
        } else {
            assertRel(sw.path("x"), "p", r.normalityX().pValue(), ITER, id);
        }
    }
}
