package org.radiomics4j.stats.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radiomics4j.stats.internal.OracleFiles.assertCount;
import static org.radiomics4j.stats.internal.OracleFiles.assertNear;
import static org.radiomics4j.stats.internal.OracleFiles.isNa;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.internal.OracleFiles;
import org.radiomics4j.stats.regression.EliminationStep;
import org.radiomics4j.stats.regression.PredictorScale;
import org.radiomics4j.stats.roc.Direction;
import org.radiomics4j.stats.survival.MedianSurvival;
import org.radiomics4j.stats.survival.SurvivalStep;
import org.radiomics4j.stats.table.CohortTable;

/**
 * The whole pipeline on the synthetic study cohort testdata/stats/cohort (case cohort_01): every number of the
 * expected blocks that the pipeline reports is compared with R (stats, pROC, survival, psych), scipy and
 * imbalanced-learn as recorded in cohort/expected.json. The per-method oracle tests (CohortStudyTest,
 * CohortOracleTest) check the methods; this test checks that the tables of {@link StudyResult} carry those
 * numbers.
 *
 * <p>Tolerances (testdata/stats/README.md): exact for counts and test choices; 1e-9 relative for closed forms
 * (descriptives, t / Mann–Whitney P, Fisher, chi-square, Bonferroni, ROC, Kaplan–Meier, log-rank, ICC); 1e-6 for
 * the iterative fits (glm) and anything depending on the Shapiro–Wilk P.
 *
 * <p>The oracle's coding: outcome of the logistic regressions = response; sex_male = indicator of M (our term
 * {@code sex_M}); grade_num = linear score of G1..G3 (our ORDINAL {@code grade}). Survival cutoffs use pROC's
 * direction = "auto" (our {@link Direction#AUTO_BY_MEDIANS}).
 */
class StudyPipelineOracleTest {
    private static final double CLOSED = 1e-9;
    private static final double ITER = 1e-6;
    private static final double ABS = 1e-12;

    private static JsonNode params;
    private static JsonNode r;
    private static JsonNode scipy;
    private static JsonNode debian;
    private static CohortTable table;
    private static List<String> features;

    @BeforeAll
    static synchronized void load() throws IOException {
        if (table != null) {
            return;
        }
        List<String> ids = OracleFiles.caseIds("cohort");
        assertEquals(List.of("cohort_01"), ids, "new cohort case: extend this test");
        JsonNode c = OracleFiles.caseNode("cohort", "cohort_01");
        params = c.path("params");
        r = c.path("expected").path("R");
        scipy = c.path("expected").path("scipy");
        debian = c.path("expected").path("python_debian");
        features = new ArrayList<>();
        params.path("features").forEach(f -> features.add(f.asText()));
        table = CohortTable.read(OracleFiles.statsDir().resolve("cohort").resolve(c.path("input").asText()));
    }

    /** The study design the oracle applied (params + conventions of the expected block). */
    static StudyDesign oracleDesign() {
        try {
            load();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals("response", params.path("outcome").asText());
        assertEquals(1, params.path("positive_class").asInt());
        List<String> regression = new ArrayList<>(features);
        regression.addAll(List.of("age", "ki67", "sex", "grade"));
        return StudyDesign.builder(GroupingRule.binaryColumn("response"))
                .featureColumns(features)
                .reader2Prefix(params.path("reader2_prefix").asText())
                .clinicalVariables(List.of(ClinicalVariable.continuous("age"), ClinicalVariable.categorical("sex",
                        "F", "M"), ClinicalVariable.ordinal("grade", "G1", "G2", "G3"),
                        ClinicalVariable.continuous("ki67"), ClinicalVariable.categorical("primary_site",
                        "pancreas", "small_intestine", "other")))
                .survivalEndpoint("PFS", "pfs_months", "progression")
                .survivalEndpoint("OS", "os_months", "death")
                .logisticOutcomeColumn("response")
                .regressionVariables(regression)
                .rocDirection(Direction.AUTO_BY_MEDIANS)
                // the reference's conventions (expected.R.conventions): odds ratios per raw unit, and "if fewer
                // than 2 candidates, the 2 smallest P" (the pipeline's defaults are per SD and no forcing)
                .logisticScale(PredictorScale.UNIT)
                .backwardMinCandidates(2)
                .build();
    }

    private static String ourTerm(String oracleTerm) {
        return switch (oracleTerm) {
            case "sex_male" -> "sex_M";
            case "grade_num" -> "grade";
            default -> oracleTerm;
        };
    }

    private static TestUsed expectedTest(JsonNode selection) {
        if (selection.path("test").asText().equals("student_t")) {
            return TestUsed.STUDENT_T;
        }
        return selection.path("mann_whitney_variant").asText().equals("exact") ? TestUsed.MANN_WHITNEY_EXACT
                : TestUsed.MANN_WHITNEY_ASYMPTOTIC;
    }

    @Test
    void table2GroupComparisonsAndBonferroni() {
        StudyResult s = StudyPipeline.of(oracleDesign()).analyze(table);
        assertEquals(features, s.features());
        assertEquals(features.size(), s.numberOfTests());
        assertEquals(15, s.positiveCount());
        assertEquals(10, s.negativeCount());
        JsonNode adj = r.path("multiple_testing").path("p_adjust");
        List<String> family = new ArrayList<>();
        r.path("multiple_testing").path("family").forEach(n -> family.add(n.asText()));
        assertEquals(features, family);
        List<String> significant = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            String f = features.get(i);
            JsonNode g = r.path("group_comparison").path(f);
            FeatureComparison row = s.featureComparison(f);
            assertDescriptives(g.path("descriptives"), row.positiveSummary(), row.negativeSummary(), f);
            assertNear(g.path("shapiro_wilk").path("x").path("p"), row.shapiroPositiveP(), ITER, 0, f + " SW x");
            assertNear(g.path("shapiro_wilk").path("y").path("p"), row.shapiroNegativeP(), ITER, 0, f + " SW y");
            assertEquals(expectedTest(g.path("selection")), row.test(), f + " test");
            assertNear(g.path("selection").path("p"), row.pValue(), CLOSED, ABS, f + " P");
            assertNear(adj.path("p").get(i), row.pValue(), CLOSED, ABS, f + " P (multiple_testing family)");
            assertNear(adj.path("bonferroni").get(i), row.correctedPValue(), CLOSED, ABS, f + " Bonferroni");
            boolean sig = OracleFiles.number(adj.path("bonferroni").get(i)) < 0.05;
            assertEquals(sig, row.significant(), f + " significant");
            if (sig) {
                significant.add(f);
                assertNotNull(row.syntheticPValue(), f + " synthetic P");
            } else {
                assertNull(row.syntheticPValue(), f + " synthetic P only for significant features");
            }
        }
        assertEquals(significant, s.significantFeatures());
        assertEquals(significant, s.table3().stream().map(RocSummary::feature).toList());
        assertEquals(significant, s.table4().stream().map(RocSummary::feature).toList());
    }

    private static void assertDescriptives(JsonNode d, org.radiomics4j.stats.descriptive.DescriptiveSummary x,
            org.radiomics4j.stats.descriptive.DescriptiveSummary y, String what) {
        assertCount(d.path("x").path("n"), x.n(), what + " n x");
        assertCount(d.path("y").path("n"), y.n(), what + " n y");
        assertNear(d.path("x").path("mean"), x.mean(), CLOSED, ABS, what + " mean x");
        assertNear(d.path("y").path("mean"), y.mean(), CLOSED, ABS, what + " mean y");
        assertNear(d.path("x").path("sd"), x.sd(), CLOSED, ABS, what + " sd x");
        assertNear(d.path("y").path("sd"), y.sd(), CLOSED, ABS, what + " sd y");
        assertNear(d.path("x").path("median"), x.median(), CLOSED, ABS, what + " median x");
        assertNear(d.path("y").path("median"), y.median(), CLOSED, ABS, what + " median y");
    }

    @Test
    void everyCorrectionMethodInTable2() {
        JsonNode adj = r.path("multiple_testing").path("p_adjust");
        Map<MultipleTestingCorrection, String> keys = Map.of(MultipleTestingCorrection.BONFERRONI, "bonferroni",
                MultipleTestingCorrection.HOLM, "holm", MultipleTestingCorrection.HOCHBERG, "hochberg",
                MultipleTestingCorrection.BENJAMINI_HOCHBERG, "BH", MultipleTestingCorrection.BENJAMINI_YEKUTIELI,
                "BY", MultipleTestingCorrection.NONE, "p");
        StudyDesign base = oracleDesign().withSyntheticCohort(0, 0, 1);
        keys.forEach((c, key) -> {
            StudyResult s = StudyPipeline.of(base.withCorrection(c)).analyze(table);
            for (int i = 0; i < features.size(); i++) {
                double e = OracleFiles.number(adj.path(key).get(i));
                FeatureComparison row = s.featureComparison(features.get(i));
                assertNear(e, row.correctedPValue(), CLOSED, ABS, key + " " + features.get(i));
                assertEquals(e < 0.05, row.significant(), key + " significant " + features.get(i));
            }
        });
    }

    @Test
    void table1ClinicalVariables() {
        StudyResult s = StudyPipeline.of(oracleDesign()).analyze(table);
        assertEquals(List.of("age", "sex", "grade", "ki67", "primary_site"),
                s.table1().stream().map(ClinicalComparison::variable).toList());
        for (ClinicalComparison row : s.table1()) {
            String v = row.variable();
            if (row.kind() == VariableKind.CONTINUOUS) {
                JsonNode g = r.path("group_comparison").path(v);
                assertDescriptives(g.path("descriptives"), row.positiveSummary(), row.negativeSummary(), v);
                assertEquals(expectedTest(g.path("selection")), row.test(), v + " test");
                assertNear(g.path("selection").path("p"), row.pValue(), CLOSED, ABS, v + " P");
                continue;
            }
            JsonNode e = r.path("categorical").path(v);
            JsonNode cols = e.path("table").path("cols");
            assertEquals(cols.size(), row.levels().size(), v + " levels");
            for (int j = 0; j < cols.size(); j++) {
                LevelCount l = row.levels().get(j);
                assertEquals(cols.get(j).asText(), l.level(), v + " level order");
                assertCount(e.path("table").path("counts").get(0).get(j), l.positiveCount(), v + " " + l.level());
                assertCount(e.path("table").path("counts").get(1).get(j), l.negativeCount(), v + " " + l.level());
            }
            assertNear(e.path("fisher").path("p"), row.fisherPValue(), CLOSED, ABS, v + " Fisher");
            assertNear(e.path("chi2_yates").path("p"), row.chiSquarePValue(), CLOSED, ABS, v + " chi-square");
            boolean low = e.path("chi2_yates").path("warnings").size() > 0;
            assertEquals(low, row.lowExpectedCounts(), v + " low expected");
            // the design's rule: Fisher when an expected count is below 5
            assertEquals(low ? TestUsed.FISHER_EXACT : cols.size() == 2 ? TestUsed.CHI_SQUARE_YATES
                    : TestUsed.CHI_SQUARE, row.test(), v + " test");
        }
    }

    /** Table 3 and survival for the significant feature(s) under the study's Bonferroni design. */
    @Test
    void table3AndSurvivalOfSignificantFeatures() {
        StudyResult s = StudyPipeline.of(oracleDesign()).analyze(table);
        assertFalse(s.table3().isEmpty(), "the cohort has a Bonferroni-significant feature");
        for (RocSummary roc : s.table3()) {
            assertRoc(roc);
        }
        assertEquals(s.table3().size() * 2, s.survival().size());
        s.survival().forEach(StudyPipelineOracleTest::assertSurvival);
    }

    /**
     * With no correction and alpha = 0.999 every feature of this cohort is "significant", so the pipeline's ROC and
     * survival tables can be checked for all ten features against the oracle.
     */
    @Test
    void rocAndSurvivalOfEveryFeature() {
        StudyDesign d = oracleDesign().withCorrection(MultipleTestingCorrection.NONE).withAlpha(0.999)
                .withSyntheticCohort(0, 0, 1);
        StudyResult s = StudyPipeline.of(d).analyze(table);
        assertEquals(features, s.significantFeatures());
        assertEquals(features.size(), s.table3().size());
        assertTrue(s.table4().isEmpty(), "no synthetic cohort requested");
        s.table3().forEach(StudyPipelineOracleTest::assertRoc);
        assertEquals(2 * features.size(), s.survival().size());
        s.survival().forEach(StudyPipelineOracleTest::assertSurvival);
    }

    private static void assertRoc(RocSummary roc) {
        String f = roc.feature();
        JsonNode cut = r.path("survival_cutoffs").path("cutoffs").path(f);
        String side = cut.path("direction").asText().equals("<") ? "higher_is_positive" : "lower_is_positive";
        assertEquals(side.equals("higher_is_positive") ? Direction.HIGHER_IS_POSITIVE : Direction.LOWER_IS_POSITIVE,
                roc.direction(), f + " direction");
        JsonNode e = r.path("roc").path(f).path(side);
        assertCount(e.path("auc").path("n_pos"), roc.positives(), f);
        assertCount(e.path("auc").path("n_neg"), roc.negatives(), f);
        assertNear(e.path("auc").path("auc"), roc.auc(), CLOSED, ABS, f + " AUC");
        assertNear(e.path("auc").path("se_delong"), roc.standardError(), CLOSED, ABS, f + " SE");
        assertNear(e.path("auc").path("ci_lower_delong"), roc.aucInterval().lower(), CLOSED, ABS, f + " CI lo");
        assertNear(e.path("auc").path("ci_upper_delong"), roc.aucInterval().upper(), CLOSED, ABS, f + " CI hi");
        assertNear(e.path("test_auc_vs_0_5").path("p"), roc.pValue(), CLOSED, 1e-15, f + " P");
        JsonNode y = e.path("youden").path("optima");
        // pROC compares J in floating point and can miss an exact tie (9/15 + 7/10 vs 12/15 + 5/10; see
        // RocOracleTest): our list of tied optima contains pROC's, and the first ones agree
        assertTrue(roc.tiedOptima() >= y.size(), f + " tied optima");
        JsonNode o = y.get(0);
        assertEquals(o.path("criterion_op").asText(), roc.criterionOperator().symbol(), f + " op");
        assertNear(o.path("criterion"), roc.criterion(), CLOSED, ABS, f + " criterion");
        assertNear(cut.path("cutoff"), roc.criterion(), CLOSED, ABS, f + " survival cutoff");
        assertNear(o.path("sensitivity"), roc.sensitivity(), CLOSED, ABS, f + " sens");
        assertNear(o.path("specificity"), roc.specificity(), CLOSED, ABS, f + " spec");
        assertNear(o.path("youden_J"), roc.youdenIndex(), CLOSED, ABS, f + " J");
        assertInterval(o, "sens_ci_lower", "sens_ci_upper", roc.sensitivityInterval(), f + " sens CI");
        assertInterval(o, "spec_ci_lower", "spec_ci_upper", roc.specificityInterval(), f + " spec CI");
    }

    private static void assertInterval(JsonNode e, String lo, String hi, ConfidenceInterval ci, String what) {
        assertNear(e.path(lo), ci.lower(), CLOSED, ABS, what + " lower");
        assertNear(e.path(hi), ci.upper(), CLOSED, ABS, what + " upper");
    }

    private static void assertSurvival(SurvivalAnalysis a) {
        String what = a.feature() + " " + a.endpoint();
        JsonNode e = r.path("survival").path(a.feature()).path(a.endpoint());
        JsonNode g = e.path("groups");
        assertNear(g.path("cutoff"), a.cutoff(), 0, 0, what + " cutoff");
        assertCount(g.path("n_low"), a.low().subjects(), what + " n low");
        assertCount(g.path("n_high"), a.high().subjects(), what + " n high");
        assertCount(g.path("events_low"), a.low().events(), what + " events low");
        assertCount(g.path("events_high"), a.high().events(), what + " events high");
        JsonNode lr = e.path("logrank");
        assertNear(lr.path("chi2"), a.logRankChiSquare(), CLOSED, ABS, what + " log-rank chi2");
        assertNear(lr.path("p"), a.logRankPValue(), CLOSED, ABS, what + " log-rank P");
        assertNear(lr.path("expected").get(0), a.low().expectedEvents(), CLOSED, ABS, what + " E low");
        assertNear(lr.path("expected").get(1), a.high().expectedEvents(), CLOSED, ABS, what + " E high");
        JsonNode hr = e.path("hazard_ratio_logrank");
        assertNear(hr.path("hr_OE"), a.hazardRatio().observedExpectedRatio(), CLOSED, ABS, what + " HR O/E");
        assertNear(hr.path("hr_MH"), a.hazardRatio().mantelHaenszel(), CLOSED, ABS, what + " HR MH");
        // scipy's log-rank (independent implementation) agrees too
        JsonNode sl = scipy.path("survival").path(a.feature()).path(a.endpoint()).path("logrank");
        assertNear(sl.path("chi2"), a.logRankChiSquare(), CLOSED, ABS, what + " scipy log-rank chi2");
        JsonNode km = e.path("kaplan_meier");
        List<SurvivalStep> low = a.low().curve();
        List<SurvivalStep> high = a.high().curve();
        for (int i = 0; i < km.path("strata").size(); i++) {
            boolean isLow = km.path("strata").get(i).asText().equals("low");
            SurvivalStep st = isLow ? low.get(i) : high.get(i - low.size());
            assertNear(km.path("time").get(i), st.time(), 0, 0, what + " KM time " + i);
            assertCount(km.path("n_risk").get(i), st.atRisk(), what + " KM at risk " + i);
            assertCount(km.path("n_event").get(i), st.events(), what + " KM events " + i);
            assertCount(km.path("n_censor").get(i), st.censored(), what + " KM censored " + i);
            assertNear(km.path("survival").get(i), st.survival(), CLOSED, ABS, what + " KM S " + i);
            JsonNode se = km.path("se_greenwood").get(i);
            if (!isNa(se) && !se.asText().equals("NaN")) {
                assertNear(se, st.standardError(), CLOSED, ABS, what + " KM SE " + i);
            }
        }
        assertEquals(km.path("strata").size(), low.size() + high.size(), what + " KM rows");
        JsonNode med = e.path("median_survival").path("conf_type_log");
        assertMedian(med.path("low"), a.low().median(), what + " median low");
        assertMedian(med.path("high"), a.high().median(), what + " median high");
        // numbers at risk at time 0 are the arm sizes
        assertEquals(a.low().subjects(), a.numbersAtRisk().get(0).low(), what + " at risk 0");
        assertEquals(a.high().subjects(), a.numbersAtRisk().get(0).high(), what + " at risk 0");
    }

    private static void assertMedian(JsonNode e, MedianSurvival m, String what) {
        assertOptional(e.path("median"), m.median(), what);
        assertOptional(e.path("ci_lower"), m.lower(), what + " CI lower");
        assertOptional(e.path("ci_upper"), m.upper(), what + " CI upper");
    }

    private static void assertOptional(JsonNode e, Double actual, String what) {
        if (isNa(e)) {
            assertNull(actual, what + " (NA: not reached)");
        } else {
            assertNotNull(actual, what);
            assertNear(e, actual, CLOSED, ABS, what);
        }
    }

    @Test
    void table5UnivariateLogistic() {
        StudyResult s = StudyPipeline.of(oracleDesign()).analyze(table);
        JsonNode uni = r.path("logistic_univariate");
        List<String> expectedTerms = new ArrayList<>();
        uni.fieldNames().forEachRemaining(v -> expectedTerms.add(ourTerm(v)));
        assertEquals(expectedTerms, s.table5Univariate().stream().map(LogisticTerm::term).toList());
        uni.fieldNames().forEachRemaining(v -> {
            JsonNode e = uni.path(v);
            LogisticTerm t = s.table5Univariate().stream().filter(x -> x.term().equals(ourTerm(v))).findFirst()
                    .orElseThrow();
            assertCount(e.path("n"), t.observations(), v + " n");
            assertCount(e.path("n_events"), t.events(), v + " events");
            assertCoefficient(e.path("coefficients").get(1), t, v);
            // statsmodels (independent fit) agrees within the same tolerance
            JsonNode sm = debian.path("logistic_univariate").path(v).path("statsmodels");
            if (sm.has("coefficients")) { // statsmodels was run on the numeric columns only
                assertNear(sm.path("coefficients").get(1).path("estimate"), t.estimate(), ITER, ABS,
                        v + " statsmodels b");
                assertNear(sm.path("coefficients").get(1).path("p"), t.pValue(), ITER, ABS, v + " statsmodels P");
            }
        });
    }

    private static void assertCoefficient(JsonNode c, LogisticTerm t, String what) {
        assertEquals(ourTerm(c.path("term").asText()), t.term(), what);
        assertNear(c.path("estimate"), t.estimate(), ITER, ABS, what + " b");
        assertNear(c.path("se"), t.standardError(), ITER, ABS, what + " SE");
        assertNear(c.path("p"), t.pValue(), ITER, ABS, what + " P");
        assertNear(c.path("odds_ratio"), t.oddsRatio(), ITER, ABS, what + " OR");
        assertNear(c.path("or_ci_lower"), t.oddsRatioInterval().lower(), ITER, ABS, what + " OR CI lower");
        assertNear(c.path("or_ci_upper"), t.oddsRatioInterval().upper(), ITER, ABS, what + " OR CI upper");
    }

    @Test
    void table5BackwardElimination() {
        JsonNode b = r.path("logistic_backward");
        for (String key : List.of("backward_p_0_10", "backward_p_0_05")) {
            JsonNode e = b.path(key);
            double threshold = e.path("threshold_remove").asDouble();
            MultivariableLogistic m = StudyPipeline.of(oracleDesign().withBackwardRemovalThreshold(threshold))
                    .analyze(table).table5Multivariable();
            assertTrue(m.performed(), key);
            List<String> cand = new ArrayList<>();
            b.path("candidates").forEach(n -> cand.add(ourTerm(n.asText())));
            assertEquals(cand, m.candidates(), key + " candidates");
            assertEquals(e.path("steps").size(), m.steps().size(), key + " steps");
            for (int i = 0; i < m.steps().size(); i++) {
                JsonNode se = e.path("steps").get(i);
                EliminationStep st = m.steps().get(i);
                assertEquals(ourTerm(se.path("removed").asText()), st.removed(), key + " removed " + i);
                assertNear(se.path("removed_p"), st.removedPValue(), ITER, ABS, key + " removed P " + i);
            }
            List<String> fin = new ArrayList<>();
            e.path("final_terms").forEach(n -> fin.add(ourTerm(n.asText())));
            assertEquals(fin, m.finalTerms(), key + " final terms");
            JsonNode fm = e.path("final_model");
            assertCount(fm.path("n"), m.observations(), key + " n");
            assertCount(fm.path("n_events"), m.events(), key + " events");
            assertEquals(fm.path("coefficients").size(), m.coefficients().size(), key + " coefficients");
            for (int i = 0; i < m.coefficients().size(); i++) {
                assertCoefficient(fm.path("coefficients").get(i), m.coefficients().get(i), key + " " + i);
            }
            assertNotNull(m.auc(), key + " model AUC");
            assertTrue(m.auc() >= 0.5 && m.auc() <= 1, key + " model AUC in [0.5, 1]");
        }
    }

    @Test
    void iccTableTwoWayRandomAbsoluteAgreementSingle() {
        StudyResult s = StudyPipeline.of(oracleDesign()).analyze(table);
        assertEquals(features, s.icc().stream().map(InterReaderIcc::feature).toList());
        for (InterReaderIcc row : s.icc()) {
            JsonNode e = r.path("icc").path(row.feature()).path("psych").path("forms").path("ICC(2,1)");
            assertEquals("ICC2", e.path("psych_type").asText());
            assertTrue(row.formDescription().startsWith("ICC(2,1): two-way random effects, absolute agreement, "
                    + "single measures"), row.formDescription());
            assertNear(e.path("icc"), row.icc(), CLOSED, ABS, row.feature() + " ICC");
            assertNear(e.path("F"), row.fStatistic(), CLOSED, ABS, row.feature() + " F");
            assertNear(e.path("df1"), row.df1(), 0, 0, row.feature() + " df1");
            assertNear(e.path("df2"), row.df2(), 0, 0, row.feature() + " df2");
            assertNear(e.path("p"), row.pValue(), CLOSED, 1e-300, row.feature() + " P");
            assertNear(e.path("ci_lower"), row.confidenceInterval().lower(), CLOSED, ABS, row.feature() + " CI");
            assertNear(e.path("ci_upper"), row.confidenceInterval().upper(), CLOSED, ABS, row.feature() + " CI");
            double icc = OracleFiles.number(e.path("icc"));
            assertEquals(icc < 0.75 ? "UNSTABLE" : icc < 0.9 ? "STABLE" : "EXCELLENT", row.reliability().name(),
                    row.feature() + " class");
            assertEquals(25, row.subjects());
        }
    }

    /**
     * ADASYN's deterministic part (imbalanced-learn 0.10.0 + scikit-learn NearestNeighbors) as the pipeline reports
     * it for the negative group (the oracle's minority class 0): seed rows, r, r̂ and minority neighbours, on raw
     * and on z-scored features. The oracle's g_i use rint with G = 5 ('auto'); the pipeline apportions exactly the
     * requested size by largest remainders, so only the total is compared for g.
     */
    @Test
    void adasynDeterministicPartsOfTheSyntheticCohort() {
        for (boolean standardize : new boolean[] {false, true}) {
            String key = standardize ? "adasyn_standardized" : "adasyn_raw";
            JsonNode setup = debian.path(key).path("setup");
            JsonNode det = debian.path(key).path("deterministic");
            int g = setup.path("G_requested").asInt();
            StudyDesign d = oracleDesign().toBuilder().syntheticCohort(0, g, 7).adasynStandardize(standardize)
                    .adasynNeighbours(5).build();
            StudyResult s = StudyPipeline.of(d).analyze(table);
            assertTrue(s.synthetic().generated(), key);
            assertEquals(g, s.synthetic().negativeCount(), key + " size");
            assertEquals(0, s.synthetic().positiveCount(), key + " size");
            SyntheticClassWeights w = s.synthetic().weights().get(0);
            assertEquals(setup.path("minority_label").asInt(), w.label(), key);
            for (int i = 0; i < w.seedRows().size(); i++) {
                assertEquals(det.path("minority_row_indices").get(i).asInt(), w.seedRows().get(i), key + " row " + i);
                assertNear(det.path("r").get(i), w.r().get(i), 0, ABS, key + " r " + i);
                assertNear(det.path("rhat").get(i), w.rHat().get(i), 0, ABS, key + " rhat " + i);
                List<Integer> nn = new ArrayList<>();
                det.path("minority_neighbours").get(i).forEach(n -> nn.add(n.asInt()));
                assertEquals(nn, w.neighbours().get(i), key + " neighbours " + i);
            }
            assertEquals(det.path("minority_row_indices").size(), w.seedRows().size(), key);
            assertEquals(g, w.generated().stream().mapToInt(Integer::intValue).sum(), key + " generated");
        }
    }
}
