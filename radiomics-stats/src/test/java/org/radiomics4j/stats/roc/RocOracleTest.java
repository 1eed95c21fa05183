package org.radiomics4j.stats.roc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radiomics4j.stats.internal.OracleFiles.assertCount;
import static org.radiomics4j.stats.internal.OracleFiles.assertNear;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.internal.OracleFiles;

/**
 * Every number of testdata/stats/roc/expected.json (R pROC 1.18.0, stats::wilcox.test, scipy mannwhitneyu; the
 * exact calls are in each block's produced_by). Tolerances: counts exact; closed forms 1e-9 relative plus 1e-12
 * absolute (for values that are exactly 0), as the testdata README suggests; the oracle prints 15 significant
 * digits.
 */
class RocOracleTest {
    static final double REL = 1e-9;
    static final double ABS = 1e-12;

    static Stream<String> cases() {
        return OracleFiles.caseIds("roc").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPRocAndScipy(String id) {
        JsonNode c = OracleFiles.caseNode("roc", id);
        Map<String, List<String>> csv = OracleFiles.csv(OracleFiles.statsDir().resolve("roc").resolve(
                c.path("input").asText()));
        double[] score = OracleFiles.doubles(csv, "score");
        int[] label = OracleFiles.ints(csv, "label");
        assertRocBlocks(c.path("expected").path("R"), c.path("expected").path("scipy"), score, label, id);

        // DeLong's paired test of score against -score (higher-is-positive for both): the AUCs are A and 1 - A, the
        // placement values are perfectly anti-correlated, so Var(A1 - A2) = 4 Var(A) and z equals the pROC-derived
        // z of AUC = 0.5 -- an oracle check of the covariance term.
        double[] negated = java.util.Arrays.stream(score).map(v -> -v).toArray();
        RocComparison cmp = RocAnalysis.withDefaults().with(Direction.HIGHER_IS_POSITIVE).compare(score, negated,
                label);
        JsonNode t = c.path("expected").path("R").path("higher_is_positive").path("test_auc_vs_0_5");
        assertNear(t.path("z"), cmp.statistic(), REL, ABS, id + " DeLong paired z");
        assertNear(t.path("p"), cmp.pValue(), REL, ABS, id + " DeLong paired p");
        assertNear(-1.0, cmp.correlation(), 0, cmp.standardError() > 0 ? 1e-12 : 1.0, id + " correlation");
    }

    /** Checks an R pROC block (both directions, auto direction, Mann–Whitney) and the scipy block. */
    static void assertRocBlocks(JsonNode r, JsonNode scipy, double[] score, int[] label, String id) {
        checkDirection(id, r.path("higher_is_positive"), score, label, Direction.HIGHER_IS_POSITIVE);
        checkDirection(id, r.path("lower_is_positive"), score, label, Direction.LOWER_IS_POSITIVE);

        RocCurve pRocAuto = RocAnalysis.withDefaults().with(Direction.AUTO_BY_MEDIANS).analyze(score, label);
        JsonNode a = r.path("pROC_auto_direction");
        assertEquals(a.path("direction").asText().equals("<") ? Direction.HIGHER_IS_POSITIVE
                : Direction.LOWER_IS_POSITIVE, pRocAuto.direction(), id + " pROC auto direction");
        assertNear(a.path("auc"), pRocAuto.auc(), REL, ABS, id + " pROC auto auc");
        // AUTO (MedCalc): the side with AUC >= 0.5
        RocCurve auto = RocAnalysis.withDefaults().analyze(score, label);
        double aucHigher = OracleFiles.number(r.path("higher_is_positive").path("auc").path("auc"));
        assertNear(Math.max(aucHigher, 1 - aucHigher), auto.auc(), REL, ABS, id + " AUTO auc >= 0.5");

        RocCurve higher = RocAnalysis.withDefaults().with(Direction.HIGHER_IS_POSITIVE).analyze(score, label);
        JsonNode mw = r.path("mann_whitney_equivalent");
        assertNear(mw.path("W"), higher.auc() * higher.positives() * higher.negatives(), REL, ABS, id + " W");
        assertNear(mw.path("auc_from_W"), higher.auc(), REL, ABS, id + " auc_from_W");
        JsonNode sc = scipy.path("auc_from_mann_whitney");
        assertNear(sc.path("U_pos"), higher.auc() * higher.positives() * higher.negatives(), REL, ABS, id + " U");
        assertNear(sc.path("auc"), higher.auc(), REL, ABS, id + " scipy auc");
    }

    private static boolean sameThreshold(double e, double a) {
        return e == a || Math.abs(e - a) <= REL * Math.abs(e) + ABS;
    }

    private static void checkDirection(String id, JsonNode block, double[] score, int[] label, Direction d) {
        String w = id + " " + d + " ";
        RocCurve roc = RocAnalysis.withDefaults().with(d).analyze(score, label);
        assertEquals(d, roc.direction(), w + "direction");
        JsonNode auc = block.path("auc");
        assertCount(auc.path("n_pos"), roc.positives(), w + "n_pos");
        assertCount(auc.path("n_neg"), roc.negatives(), w + "n_neg");
        assertNear(auc.path("auc"), roc.auc(), REL, ABS, w + "auc");
        assertNear(auc.path("se_delong"), roc.standardErrorDeLong(), REL, ABS, w + "se_delong");
        assertNear(auc.path("var_delong"), roc.standardErrorDeLong() * roc.standardErrorDeLong(), REL, ABS,
                w + "var_delong");
        assertNear(auc.path("ci_lower_delong"), roc.confidenceIntervalDeLong().lower(), REL, ABS, w + "ci_lower");
        assertNear(auc.path("ci_upper_delong"), roc.confidenceIntervalDeLong().upper(), REL, ABS, w + "ci_upper");

        JsonNode t = block.path("test_auc_vs_0_5");
        assertEquals(AucStandardError.DELONG, roc.testVersusHalf().method());
        assertNear(t.path("z"), roc.testVersusHalf().statistic(), REL, ABS, w + "z");
        assertNear(t.path("p"), roc.testVersusHalf().pValue(), REL, ABS, w + "p");

        JsonNode hm = block.path("hanley_mcneil");
        RocCurve rocHm = RocAnalysis.withDefaults().with(d).with(AucStandardError.HANLEY_MCNEIL).analyze(score,
                label);
        assertNear(hm.path("se"), roc.standardErrorHanleyMcNeil(), REL, ABS, w + "hm se");
        assertNear(hm.path("se"), rocHm.testVersusHalf().standardError(), REL, ABS, w + "hm test se");
        assertNear(hm.path("z"), rocHm.testVersusHalf().statistic(), REL, ABS, w + "hm z");
        assertNear(hm.path("p"), rocHm.testVersusHalf().pValue(), REL, ABS, w + "hm p");
        assertNear(hm.path("ci_lower"), roc.confidenceIntervalHanleyMcNeil().lower(), REL, ABS, w + "hm lower");
        assertNear(hm.path("ci_upper"), roc.confidenceIntervalHanleyMcNeil().upper(), REL, ABS, w + "hm upper");

        // pROC compares sens + spec in floating point and can drop an exactly tied optimum (cohort Entropy:
        // 9/15 + 7/10 = 1.2999999999999998 vs 12/15 + 5/10 = 1.3); we compare exactly. So pROC's optima must be
        // ours in order, and any extra optimum of ours must have the same J to rounding.
        JsonNode optima = block.path("youden").path("optima");
        int found = 0;
        double bestJ = roc.youdenOptima().get(0).youdenIndex();
        for (RocPoint p : roc.youdenOptima()) {
            JsonNode o = found < optima.size() ? optima.get(found) : null;
            if (o == null || !sameThreshold(OracleFiles.number(o.path("pROC_threshold")), p.threshold())) {
                assertNear(bestJ, p.youdenIndex(), 0, 1e-12, w + "extra optimum at " + p.threshold() + " is tied");
                continue;
            }
            int i = found++;
            String wi = w + "optimum " + i + " ";
            assertNear(o.path("pROC_threshold"), p.threshold(), REL, ABS, wi + "threshold");
            assertEquals(o.path("criterion_op").asText(), p.criterionOperator().symbol(), wi + "op");
            assertNear(o.path("criterion"), p.criterion(), REL, ABS, wi + "criterion");
            assertNear(o.path("sensitivity"), p.sensitivity(), REL, ABS, wi + "sens");
            assertNear(o.path("specificity"), p.specificity(), REL, ABS, wi + "spec");
            assertNear(o.path("youden_J"), p.youdenIndex(), REL, ABS, wi + "J");
            assertCount(o.path("tp"), p.truePositives(), wi + "tp");
            assertCount(o.path("fp"), p.falsePositives(), wi + "fp");
            assertCount(o.path("tn"), p.trueNegatives(), wi + "tn");
            assertCount(o.path("fn"), p.falseNegatives(), wi + "fn");
            ConfidenceInterval s = p.sensitivityInterval();
            ConfidenceInterval sp = p.specificityInterval();
            assertNear(o.path("sens_ci_lower"), s.lower(), REL, ABS, wi + "sens lower");
            assertNear(o.path("sens_ci_upper"), s.upper(), REL, ABS, wi + "sens upper");
            assertNear(o.path("spec_ci_lower"), sp.lower(), REL, ABS, wi + "spec lower");
            assertNear(o.path("spec_ci_upper"), sp.upper(), REL, ABS, wi + "spec upper");
        }
        assertEquals(optima.size(), found, w + "every pROC optimum found, in order");
        assertTrue(sameThreshold(OracleFiles.number(optima.get(0).path("pROC_threshold")), roc.youden().threshold()),
                w + "reported optimum = pROC's first");
        assertEquals(roc.youdenOptima().get(0), roc.youden(), w + "reported optimum is the first");

        JsonNode all = block.path("all_thresholds");
        assertEquals(all.path("pROC_threshold").size(), roc.thresholds().size(), w + "number of thresholds");
        for (int i = 0; i < roc.thresholds().size(); i++) {
            RocPoint p = roc.thresholds().get(i);
            String wi = w + "row " + i + " ";
            assertNear(all.path("pROC_threshold").get(i), p.threshold(), REL, ABS, wi + "threshold");
            assertEquals(all.path("criterion_op").get(i).asText(), p.criterionOperator().symbol(), wi + "op");
            assertNear(all.path("criterion").get(i), p.criterion(), REL, ABS, wi + "criterion");
            assertNear(all.path("sensitivity").get(i), p.sensitivity(), REL, ABS, wi + "sens");
            assertNear(all.path("specificity").get(i), p.specificity(), REL, ABS, wi + "spec");
            assertCount(all.path("tp").get(i), p.truePositives(), wi + "tp");
            assertCount(all.path("fp").get(i), p.falsePositives(), wi + "fp");
            assertCount(all.path("tn").get(i), p.trueNegatives(), wi + "tn");
            assertCount(all.path("fn").get(i), p.falseNegatives(), wi + "fn");
        }
    }
}
