package org.radiomics4j.cli.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.cli.Main;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs every {@code radiomics stats} sub-command through {@link Main#run} on the CSV inputs of
 * {@code testdata/stats} and compares the JSON output with the outside reference values of the matching
 * {@code expected.json} (R 4.2.2: stats, survival, pROC, psych; imbalanced-learn 0.10 for ADASYN's weights).
 * Tolerances as the stats module's oracle tests: 1e-9 relative for closed-form values (the reference prints 15
 * significant digits), 1e-6 for iterative fits (glm IRLS: R stops at its own convergence criterion), exact for
 * counts.
 */
class StatsCliTest {
    static final Path DATA = Path.of(System.getProperty("radiomics.testdata", "../testdata")).resolve("stats");
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final double CLOSED = 1e-9;
    static final double ITERATIVE = 1e-6;

    record Run(int code, String out, String err) {
        JsonNode json() {
            try {
                return MAPPER.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("output is not JSON: " + out + "\nstderr: " + err, e);
            }
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static JsonNode json(String... args) {
        Run r = run(args);
        assertEquals(0, r.code(), () -> "exit code; stderr: " + r.err());
        JsonNode j = r.json();
        assertEquals("stats " + args[1], j.path("command").asText());
        return j;
    }

    static String csv(String method, String file) {
        return DATA.resolve(method).resolve("inputs").resolve(file).toString();
    }

    /** The {@code expected} block of one case of {@code <method>/expected.json}. */
    static JsonNode expected(String method, String id) throws IOException {
        JsonNode root = MAPPER.readTree(DATA.resolve(method).resolve("expected.json").toFile());
        for (JsonNode c : root.path("cases")) {
            if (c.path("id").asText().equals(id)) {
                return c.path("expected");
            }
        }
        throw new AssertionError("no case " + id + " in " + method + "/expected.json");
    }

    static double num(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            throw new AssertionError("missing number");
        }
        if (n.isNumber()) {
            return n.asDouble();
        }
        return switch (n.asText()) {
            case "Inf", "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Inf", "-Infinity" -> Double.NEGATIVE_INFINITY;
            case "NaN", "NA" -> Double.NaN;
            default -> throw new AssertionError("not a number: " + n);
        };
    }

    /** Relative comparison (absolute 1e-12 when the reference is 0; exact for non-finite references). */
    static void close(JsonNode expected, JsonNode actual, double tol, String what) {
        if (expected.isTextual() && (expected.asText().equals("NA") || expected.asText().equals("NaN"))) {
            assertTrue(actual.isNull() || actual.isMissingNode() || actual.asText().equals("NaN"),
                    () -> what + ": expected NA/NaN (null) but was " + actual);
            return;
        }
        double e = num(expected);
        double a = num(actual);
        if (!Double.isFinite(e)) {
            assertEquals(e, a, what);
            return;
        }
        double err = Math.abs(a - e);
        assertTrue(err <= tol * Math.abs(e) || (e == 0 && err <= 1e-12),
                () -> what + ": expected " + e + " but was " + a + " (tolerance " + tol + ")");
    }

    static void closeArrays(JsonNode expected, List<JsonNode> actual, double tol, String what) {
        assertEquals(expected.size(), actual.size(), what + " length");
        for (int i = 0; i < actual.size(); i++) {
            close(expected.get(i), actual.get(i), tol, what + "[" + i + "]");
        }
    }

    static List<JsonNode> field(JsonNode array, String... path) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : array) {
            JsonNode v = n;
            for (String p : path) {
                v = v.path(p);
            }
            out.add(v);
        }
        return out;
    }

    // ---------------------------------------------------------------- roc

    @Test
    void rocMatchesPROCBothDirections() throws IOException {
        JsonNode exp = expected("roc", "roc01_normal").path("R");
        for (String dir : List.of("higher", "lower")) {
            JsonNode e = exp.path(dir + "_is_positive");
            JsonNode roc = json("stats", "roc", "--csv", csv("roc", "roc01_normal.csv"), "--score", "score",
                    "--label", "label", "--direction", dir, "--format", "json").path("result").path("roc");
            JsonNode auc = e.path("auc");
            assertEquals(auc.path("n_pos").asInt(), roc.path("positives").asInt());
            assertEquals(auc.path("n_neg").asInt(), roc.path("negatives").asInt());
            close(auc.path("auc"), roc.path("auc"), CLOSED, dir + " auc");
            close(auc.path("se_delong"), roc.path("standardErrorDeLong"), CLOSED, dir + " se");
            close(auc.path("ci_lower_delong"), roc.path("confidenceIntervalDeLong").path("lower"), CLOSED, "ci lo");
            close(auc.path("ci_upper_delong"), roc.path("confidenceIntervalDeLong").path("upper"), CLOSED, "ci hi");
            close(e.path("test_auc_vs_0_5").path("z"), roc.path("testVersusHalf").path("statistic"), CLOSED, "z");
            close(e.path("test_auc_vs_0_5").path("p"), roc.path("testVersusHalf").path("pValue"), CLOSED, "P");
            close(e.path("hanley_mcneil").path("se"), roc.path("standardErrorHanleyMcNeil"), CLOSED, "HM se");
            JsonNode opt = e.path("youden").path("optima");
            JsonNode ours = roc.path("youdenOptima");
            assertEquals(opt.size(), ours.size(), "number of Youden optima");
            for (int i = 0; i < opt.size(); i++) {
                JsonNode o = opt.get(i);
                JsonNode p = ours.get(i);
                assertEquals(o.path("criterion_op").asText(), symbol(p.path("criterionOperator").asText()));
                close(o.path("criterion"), p.path("criterion"), CLOSED, "criterion");
                close(o.path("pROC_threshold"), p.path("threshold"), CLOSED, "threshold");
                close(o.path("sensitivity"), p.path("sensitivity"), CLOSED, "sens");
                close(o.path("specificity"), p.path("specificity"), CLOSED, "spec");
                close(o.path("youden_J"), p.path("youdenIndex"), CLOSED, "J");
                close(o.path("sens_ci_lower"), p.path("sensitivityInterval").path("lower"), CLOSED, "sens lo");
                close(o.path("sens_ci_upper"), p.path("sensitivityInterval").path("upper"), CLOSED, "sens hi");
                close(o.path("spec_ci_lower"), p.path("specificityInterval").path("lower"), CLOSED, "spec lo");
                close(o.path("spec_ci_upper"), p.path("specificityInterval").path("upper"), CLOSED, "spec hi");
                for (String[] k : new String[][] {{"tp", "truePositives"}, {"fp", "falsePositives"},
                        {"tn", "trueNegatives"}, {"fn", "falseNegatives"}}) {
                    assertEquals(o.path(k[0]).asInt(), p.path(k[1]).asInt(), k[0]);
                }
            }
            JsonNode all = e.path("all_thresholds");
            JsonNode th = roc.path("thresholds");
            closeArrays(all.path("pROC_threshold"), field(th, "threshold"), CLOSED, dir + " thresholds");
            closeArrays(all.path("criterion"), field(th, "criterion"), CLOSED, dir + " criteria");
            closeArrays(all.path("sensitivity"), field(th, "sensitivity"), CLOSED, dir + " sensitivity");
            closeArrays(all.path("specificity"), field(th, "specificity"), CLOSED, dir + " specificity");
            closeArrays(all.path("tp"), field(th, "truePositives"), 0, dir + " tp");
            List<String> ops = new ArrayList<>();
            field(th, "criterionOperator").forEach(n -> ops.add(symbol(n.asText())));
            List<String> expOps = new ArrayList<>();
            all.path("criterion_op").forEach(n -> expOps.add(n.asText()));
            assertEquals(expOps, ops, dir + " operators");
        }
    }

    @Test
    void rocAutoDirectionReportsAucAboveHalfAndTableShowsMedCalcCriterion() {
        Run r = run("stats", "roc", "--csv", csv("roc", "roc03_auc_below_half.csv"), "--score", "score", "--label",
                "label");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("lower score = positive"), r.out());
        assertTrue(r.out().contains("<= "), r.out());
        JsonNode roc = json("stats", "roc", "--csv", csv("roc", "roc03_auc_below_half.csv"), "--score", "score",
                "--label", "label", "--format", "json").path("result").path("roc");
        assertTrue(roc.path("auc").asDouble() >= 0.5);
        assertEquals("LOWER_IS_POSITIVE", roc.path("direction").asText());
    }

    static String symbol(String op) {
        return switch (op) {
            case "GREATER" -> ">";
            case "GREATER_OR_EQUAL" -> ">=";
            case "LESS_OR_EQUAL" -> "<=";
            case "LESS" -> "<";
            default -> throw new AssertionError(op);
        };
    }

    // ---------------------------------------------------------------- survival

    @Test
    void survivalMatchesRSurvival() throws IOException {
        JsonNode e = expected("survival", "surv01_basic").path("R");
        JsonNode res = json("stats", "survival", "--csv", csv("survival", "surv01_basic.csv"), "--time", "time",
                "--event", "event", "--feature", "feature", "--cutoff", "62.5", "--format", "json").path("result");
        JsonNode lr = res.path("logRank");
        close(e.path("logrank").path("chi2"), lr.path("statistic"), CLOSED, "log-rank chi2");
        close(e.path("logrank").path("p"), lr.path("pValue"), CLOSED, "log-rank P");
        assertEquals(e.path("logrank").path("df").asInt(), lr.path("degreesOfFreedom").asInt());
        closeArrays(e.path("logrank").path("observed"), field(lr.path("groups"), "observed"), 0, "observed");
        closeArrays(e.path("logrank").path("expected"), field(lr.path("groups"), "expected"), CLOSED, "expected");
        JsonNode hr = lr.path("hazardRatios").get(0);
        JsonNode ehr = e.path("hazard_ratio_logrank");
        close(ehr.path("hr_OE"), hr.path("observedExpectedRatio"), CLOSED, "HR O/E");
        close(ehr.path("hr_MH"), hr.path("mantelHaenszel"), CLOSED, "HR MH");
        close(ehr.path("hr_MH_ci_lower"), hr.path("mantelHaenszelInterval").path("lower"), CLOSED, "HR lo");
        close(ehr.path("hr_MH_ci_upper"), hr.path("mantelHaenszelInterval").path("upper"), CLOSED, "HR hi");

        JsonNode km = e.path("kaplan_meier");
        JsonNode groups = res.path("groups");
        assertEquals(2, groups.size());
        int k = 0;
        for (int g = 0; g < 2; g++) {
            String stratum = g == 0 ? "low" : "high";
            JsonNode curve = groups.get(g).path("curve");
            JsonNode med = e.path("median_survival").path("conf_type_log").path(stratum);
            assertEquals(med.path("n").asInt(), curve.path("subjects").asInt());
            assertEquals(med.path("events").asInt(), curve.path("events").asInt());
            for (String[] f : new String[][] {{"median", "median"}, {"ci_lower", "lower"}, {"ci_upper", "upper"}}) {
                JsonNode ours = curve.path("median").path(f[1]);
                if (med.path(f[0]).asText().equals("NA")) {
                    assertTrue(ours.isNull(), stratum + " median " + f[1] + " should be null (not reached)");
                } else {
                    close(med.path(f[0]), ours, CLOSED, stratum + " median " + f[1]);
                }
            }
            for (JsonNode step : curve.path("steps")) {
                assertEquals(stratum, km.path("strata").get(k).asText());
                String w = stratum + " t=" + step.path("time").asText();
                close(km.path("time").get(k), step.path("time"), CLOSED, w);
                assertEquals(km.path("n_risk").get(k).asInt(), step.path("atRisk").asInt(), w);
                assertEquals(km.path("n_event").get(k).asInt(), step.path("events").asInt(), w);
                assertEquals(km.path("n_censor").get(k).asInt(), step.path("censored").asInt(), w);
                close(km.path("survival").get(k), step.path("survival"), CLOSED, w + " S");
                close(km.path("se_greenwood").get(k), step.path("standardError"), CLOSED, w + " SE");
                close(km.path("ci_lower_log").get(k), step.path("interval").path("lower"), CLOSED, w + " lo");
                close(km.path("ci_upper_log").get(k), step.path("interval").path("upper"), CLOSED, w + " hi");
                k++;
            }
        }
        assertEquals(km.path("time").size(), k, "number of KM rows");
    }

    @Test
    void survivalWithoutCensoringAndWithoutGroups() throws IOException {
        JsonNode e = expected("survival", "surv06_no_censoring").path("R");
        JsonNode res = json("stats", "survival", "--csv", csv("survival", "surv06_no_censoring.csv"), "--time",
                "time", "--event", "event", "--feature", "feature", "--cutoff",
                e.path("groups").path("cutoff").asText(), "--format", "json").path("result");
        close(e.path("logrank").path("chi2"), res.path("logRank").path("statistic"), CLOSED, "log-rank chi2");
        close(e.path("logrank").path("p"), res.path("logRank").path("pValue"), CLOSED, "log-rank P");
        JsonNode all = json("stats", "survival", "--csv", csv("survival", "surv01_basic.csv"), "--time", "time",
                "--event", "event", "--format", "json").path("result");
        assertTrue(all.path("logRank").isNull());
        JsonNode med = e.path("median_survival").path("overall_conf_type_log").path("all");
        JsonNode e1 = expected("survival", "surv01_basic").path("R").path("median_survival")
                .path("overall_conf_type_log").path("all");
        JsonNode m = all.path("groups").get(0).path("curve").path("median");
        close(e1.path("median"), m.path("median"), CLOSED, "overall median");
        close(e1.path("ci_lower"), m.path("lower"), CLOSED, "overall median lo");
        close(e1.path("ci_upper"), m.path("upper"), CLOSED, "overall median hi");
        assertFalse(med.isMissingNode());
    }

    // ---------------------------------------------------------------- logistic

    static void checkModel(JsonNode e, JsonNode m) {
        JsonNode coef = m.path("coefficients");
        assertEquals(e.path("coefficients").size(), coef.size());
        for (int i = 0; i < coef.size(); i++) {
            JsonNode ec = e.path("coefficients").get(i);
            JsonNode c = coef.get(i);
            String t = ec.path("term").asText();
            assertEquals(t, c.path("term").asText());
            close(ec.path("estimate"), c.path("estimate"), ITERATIVE, t + " b");
            close(ec.path("se"), c.path("standardError"), ITERATIVE, t + " se");
            close(ec.path("z"), c.path("z"), ITERATIVE, t + " z");
            close(ec.path("p"), c.path("pValue"), ITERATIVE, t + " p");
            close(ec.path("odds_ratio"), c.path("oddsRatio"), ITERATIVE, t + " OR");
            close(ec.path("or_ci_lower"), c.path("oddsRatioInterval").path("lower"), ITERATIVE, t + " OR lo");
            close(ec.path("or_ci_upper"), c.path("oddsRatioInterval").path("upper"), ITERATIVE, t + " OR hi");
        }
        close(e.path("deviance"), m.path("deviance"), ITERATIVE, "deviance");
        close(e.path("null_deviance"), m.path("nullDeviance"), ITERATIVE, "null deviance");
        close(e.path("aic"), m.path("aic"), ITERATIVE, "aic");
        close(e.path("loglik"), m.path("logLikelihood"), ITERATIVE, "loglik");
        assertEquals(e.path("df_residual").asInt(), m.path("residualDegreesOfFreedom").asInt());
        assertEquals(e.path("df_null").asInt(), m.path("nullDegreesOfFreedom").asInt());
        assertEquals(e.path("n").asInt(), m.path("observations").asInt());
        assertEquals(e.path("n_events").asInt(), m.path("events").asInt());
        if (e.has("lr_test")) {
            close(e.path("lr_test").path("chi2"), m.path("likelihoodRatioTest").path("statistic"), ITERATIVE, "LR");
            close(e.path("lr_test").path("p"), m.path("likelihoodRatioTest").path("pValue"), ITERATIVE, "LR P");
            close(e.path("pseudo_r2").path("nagelkerke"), m.path("nagelkerkeR2"), ITERATIVE, "Nagelkerke");
            close(e.path("pseudo_r2").path("cox_snell"), m.path("coxSnellR2"), ITERATIVE, "Cox-Snell");
        }
    }

    @Test
    void logisticMatchesRGlm() throws IOException {
        JsonNode e = expected("logistic", "log01_continuous").path("R").path("x");
        JsonNode m = json("stats", "logistic", "--csv", csv("logistic", "log01_continuous.csv"), "--outcome", "y",
                "--predictors", "x", "--scale", "unit", "--format", "json").path("result").path("model");
        checkModel(e, m);
        assertEquals("NONE", m.path("separation").asText());
    }

    @Test
    void logisticPerSdIsRsPerUnitCoefficientTimesTheSd() throws IOException {
        // R: glm(y ~ x, binomial) gives b per unit; per SD, b_sd = b * sd(x) (R sd, n - 1) with the same Wald P
        JsonNode e = expected("logistic", "log01_continuous").path("R").path("x");
        JsonNode out = json("stats", "logistic", "--csv", csv("logistic", "log01_continuous.csv"), "--outcome", "y",
                "--predictors", "x", "--format", "json");
        JsonNode unit = out.path("settings").path("predictorUnits").path("x");
        assertEquals("sd", unit.path("scale").asText(), "per SD is the default");
        double sd = unit.path("unit").asDouble();
        JsonNode m = out.path("result").path("model");
        JsonNode coefUnit = null;
        for (JsonNode c : e.path("coefficients")) {
            if (c.path("term").asText().equals("x")) {
                coefUnit = c;
            }
        }
        JsonNode coefSd = null;
        for (JsonNode c : m.path("coefficients")) {
            if (c.path("term").asText().equals("x")) {
                coefSd = c;
            }
        }
        assertEquals(coefUnit.path("estimate").asDouble() * sd, coefSd.path("estimate").asDouble(),
                ITERATIVE * Math.abs(coefUnit.path("estimate").asDouble() * sd));
        close(coefUnit.path("p"), coefSd.path("pValue"), ITERATIVE, "x P per SD");
    }

    @Test
    void backwardEliminationMatchesRStepByStep() throws IOException {
        JsonNode e = expected("logistic_backward", "lb01_five_predictors").path("R").path("backward_p_0_10");
        JsonNode be = json("stats", "logistic", "--csv", csv("logistic_backward", "lb01_five_predictors.csv"),
                "--outcome", "y", "--predictors", "x1,x2,x3,x4,x5", "--scale", "unit", "--backward", "--threshold", "0.10", "--format",
                "json").path("result").path("backward");
        JsonNode steps = be.path("steps");
        assertEquals(e.path("steps").size(), steps.size());
        for (int i = 0; i < steps.size(); i++) {
            JsonNode es = e.path("steps").get(i);
            JsonNode s = steps.get(i);
            assertEquals(es.path("removed").asText(), s.path("removed").asText(), "step " + i);
            close(es.path("removed_p"), s.path("removedPValue"), ITERATIVE, "step " + i + " P");
            for (Iterator<Map.Entry<String, JsonNode>> it = es.path("p_values").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> p = it.next();
                close(p.getValue(), s.path("pValues").path(p.getKey()), ITERATIVE, "step " + i + " " + p.getKey());
            }
        }
        List<String> finalTerms = new ArrayList<>();
        be.path("finalTerms").forEach(n -> finalTerms.add(n.asText()));
        List<String> expTerms = new ArrayList<>();
        e.path("final_terms").forEach(n -> expTerms.add(n.asText()));
        assertEquals(expTerms, finalTerms);
        checkModel(e.path("final_model"), be.path("finalModel"));
    }

    // ---------------------------------------------------------------- icc

    @Test
    void iccAllFormsMatchPsych() throws IOException {
        JsonNode e = expected("icc", "icc01_good_agreement").path("R").path("psych");
        JsonNode res = json("stats", "icc", "--csv", csv("icc", "icc01_good_agreement.csv"), "--columns",
                "reader1,reader2", "--form", "all", "--format", "json").path("result");
        JsonNode list = res.path("icc");
        assertEquals(6, list.size());
        for (JsonNode item : list) {
            String name = item.path("shroutFleissName").asText();
            JsonNode ef = e.path("forms").path(name);
            JsonNode r = item.path("result");
            close(ef.path("icc"), r.path("icc"), CLOSED, name);
            close(ef.path("F"), r.path("statistic"), CLOSED, name + " F");
            close(ef.path("df1"), r.path("df1"), CLOSED, name + " df1");
            close(ef.path("df2"), r.path("df2"), CLOSED, name + " df2");
            close(ef.path("p"), r.path("pValue"), ITERATIVE, name + " P");
            close(ef.path("ci_lower"), r.path("confidenceInterval").path("lower"), CLOSED, name + " lo");
            close(ef.path("ci_upper"), r.path("confidenceInterval").path("upper"), CLOSED, name + " hi");
            assertEquals("EXCELLENT", r.path("reliability").asText(), name + " class (ICC > 0.90)");
        }
        JsonNode a = res.path("anova");
        close(e.path("anova").path("MS_subjects"), a.path("msSubjects"), CLOSED, "MS subjects");
        close(e.path("anova").path("MS_raters"), a.path("msRaters"), CLOSED, "MS raters");
        close(e.path("anova").path("MS_error"), a.path("msError"), CLOSED, "MS error");
        close(e.path("anova").path("MS_within"), a.path("msWithin"), CLOSED, "MS within");
        assertEquals(e.path("anova").path("df_subjects").asInt(), a.path("dfSubjects").asInt());
        assertEquals(e.path("anova").path("df_raters").asInt(), a.path("dfRaters").asInt());
        assertEquals(e.path("anova").path("df_error").asInt(), a.path("dfError").asInt());
    }

    @Test
    void iccDefaultFormIsIcc21() {
        JsonNode list = json("stats", "icc", "--csv", csv("icc", "icc07_three_readers.csv"), "--columns",
                "reader1,reader2,reader3", "--format", "json").path("result").path("icc");
        assertEquals(1, list.size());
        assertEquals("ICC(2,1)", list.get(0).path("shroutFleissName").asText());
    }

    // ---------------------------------------------------------------- adjust

    @Test
    void adjustMatchesRPAdjustFromCsvAndFromList() throws IOException {
        JsonNode e = expected("multiple_testing", "mt01_mixed_10").path("R").path("p_adjust");
        JsonNode adj = json("stats", "adjust", "--csv", csv("multiple_testing", "mt01_mixed_10.csv"), "--column",
                "p", "--format", "json").path("result").path("adjusted");
        for (String[] m : new String[][] {{"bonferroni", "bonferroni"}, {"holm", "holm"}, {"hochberg", "hochberg"},
                {"BH", "bh"}, {"BY", "by"}}) {
            List<JsonNode> ours = new ArrayList<>();
            adj.path(m[1]).forEach(ours::add);
            closeArrays(e.path(m[0]), ours, CLOSED, m[1]);
        }
        List<String> p = new ArrayList<>();
        e.path("p").forEach(n -> p.add(n.asText()));
        JsonNode holm = json("stats", "adjust", "--p", String.join(",", p), "--method", "holm", "--format", "json")
                .path("result").path("adjusted");
        assertEquals(1, holm.size());
        List<JsonNode> ours = new ArrayList<>();
        holm.path("holm").forEach(ours::add);
        closeArrays(e.path("holm"), ours, CLOSED, "holm from --p");
    }

    // ---------------------------------------------------------------- cohort: describe, compare, categorical

    @Test
    void describeByGroupMatchesR() throws IOException {
        JsonNode e = expected("cohort", "cohort_01").path("R").path("group_comparison")
                .path("original_firstorder_Mean").path("descriptives");
        JsonNode groups = json("stats", "describe", "--csv", csv("cohort", "cohort_01.csv"), "--columns",
                "original_firstorder_Mean", "--by", "response", "--format", "json").path("result")
                .path("original_firstorder_Mean").path("groups");
        for (String[] g : new String[][] {{"x", "1"}, {"y", "0"}}) {
            JsonNode ex = e.path(g[0]);
            JsonNode d = groups.path(g[1]);
            assertEquals(ex.path("n").asInt(), d.path("n").asInt());
            for (String f : List.of("mean", "sd", "median", "min", "max")) {
                close(ex.path(f), d.path(f), CLOSED, g[0] + " " + f);
            }
            close(ex.path("quartiles_type7").get(0), d.path("q1"), CLOSED, g[0] + " q1");
            close(ex.path("quartiles_type7").get(2), d.path("q3"), CLOSED, g[0] + " q3");
        }
    }

    @Test
    void compareAutoSaysWhichTestAndWhyAndMatchesR() throws IOException {
        JsonNode gc = expected("cohort", "cohort_01").path("R").path("group_comparison");
        for (String feature : List.of("original_firstorder_Mean", "original_firstorder_Skewness",
                "original_glcm_Correlation", "ki67")) {
            JsonNode sel = gc.path(feature).path("selection");
            JsonNode res = json("stats", "compare", "--csv", csv("cohort", "cohort_01.csv"), "--value", feature,
                    "--group", "response", "--format", "json").path("result");
            assertEquals("1", res.path("groupX").asText());
            String test = res.path("testUsed").asText();
            String expTest = sel.path("test").asText().equals("student_t") ? "STUDENT_T"
                    : sel.path("mann_whitney_variant").asText().equals("exact") ? "MANN_WHITNEY_EXACT"
                            : "MANN_WHITNEY_ASYMPTOTIC";
            assertEquals(expTest, test, feature);
            close(sel.path("p"), res.path("pValue"), CLOSED, feature + " P");
            assertFalse(res.path("reason").asText().isBlank());
            if (test.equals("STUDENT_T")) {
                JsonNode st = gc.path(feature).path("student_t");
                close(st.path("t"), res.path("statistic"), CLOSED, feature + " t");
                close(st.path("mean_diff"), res.path("tTest").path("meanDifference"), CLOSED, feature + " diff");
                close(st.path("ci_lower"), res.path("tTest").path("confidenceInterval").path("lower"), CLOSED,
                        feature + " ci lo");
                close(st.path("ci_upper"), res.path("tTest").path("confidenceInterval").path("upper"), CLOSED,
                        feature + " ci hi");
            } else {
                JsonNode ranks = gc.path(feature).path("ranks");
                close(ranks.path("U_x"), res.path("statistic"), CLOSED, feature + " U");
                close(ranks.path("rank_sum_x"), res.path("mannWhitney").path("rankSumX"), CLOSED, feature + " R_x");
                close(ranks.path("mean_rank_y"), res.path("mannWhitney").path("meanRankY"), CLOSED, feature + " mr");
            }
        }
    }

    @Test
    void compareWelchMatchesR() throws IOException {
        JsonNode w = expected("cohort", "cohort_01").path("R").path("group_comparison")
                .path("original_firstorder_Mean").path("welch_t");
        JsonNode t = json("stats", "compare", "--csv", csv("cohort", "cohort_01.csv"), "--value",
                "original_firstorder_Mean", "--group", "response", "--test", "welch", "--format", "json")
                .path("result").path("tTest");
        close(w.path("t"), t.path("statistic"), CLOSED, "t");
        close(w.path("df"), t.path("degreesOfFreedom"), CLOSED, "df");
        close(w.path("p"), t.path("pValue"), CLOSED, "p");
        close(w.path("ci_lower"), t.path("confidenceInterval").path("lower"), CLOSED, "ci lo");
        close(w.path("ci_upper"), t.path("confidenceInterval").path("upper"), CLOSED, "ci hi");
    }

    @Test
    void categoricalFisherChiSquareAndTrendMatchR() throws IOException {
        JsonNode cat = expected("cohort", "cohort_01").path("R").path("categorical");
        String f = csv("cohort", "cohort_01.csv");
        JsonNode sex = json("stats", "categorical", "--csv", f, "--row", "response", "--column", "sex", "--format",
                "json").path("result");
        assertEquals("an expected count is below 5", sex.path("reason").asText());
        close(cat.path("sex").path("fisher").path("p"), sex.path("pValue"), CLOSED, "sex Fisher P");
        JsonNode yates = json("stats", "categorical", "--csv", f, "--row", "response", "--column", "sex", "--test",
                "chisq-yates", "--format", "json").path("result");
        close(cat.path("sex").path("chi2_yates").path("chi2"), yates.path("statistic"), CLOSED, "Yates chi2");
        close(cat.path("sex").path("chi2_yates").path("p"), yates.path("pValue"), CLOSED, "Yates P");
        JsonNode expCounts = cat.path("sex").path("table").path("counts");
        JsonNode counts = sex.path("table").path("counts");
        // R's rows are response 1, 0; ours are sorted levels 0, 1
        assertEquals(expCounts.get(0), counts.get(1));
        assertEquals(expCounts.get(1), counts.get(0));
        JsonNode trend = json("stats", "categorical", "--csv", f, "--row", "response", "--column", "grade",
                "--test", "trend", "--format", "json").path("result");
        close(cat.path("grade").path("chi2_trend").path("chi2"), trend.path("statistic"), CLOSED, "trend chi2");
        close(cat.path("grade").path("chi2_trend").path("p"), trend.path("pValue"), CLOSED, "trend P");
        JsonNode grade = json("stats", "categorical", "--csv", f, "--row", "grade", "--column", "response",
                "--test", "fisher", "--format", "json").path("result");
        close(cat.path("grade").path("fisher").path("p"), grade.path("pValue"), CLOSED, "grade Freeman-Halton P");
    }

    // ---------------------------------------------------------------- adasyn

    @Test
    void adasynWritesTheRequestedCohortAndMatchesImblearnWeights(@TempDir Path dir) throws IOException {
        JsonNode det = expected("adasyn", "ad01_2d_overlap").path("python_debian").path("deterministic");
        Path out = dir.resolve("synthetic.csv");
        Run r = run("stats", "adasyn", "--csv", csv("adasyn", "ad01_2d_overlap.csv"), "--label", "label",
                "--features", "f1,f2", "--size", "0:7,1:20", "--seed", "42", "-o", out.toString(), "--format",
                "json");
        assertEquals(0, r.code(), r.err());
        JsonNode res = r.json().path("result");
        assertTrue(res.path("warning").asText().contains("not an external validation"));
        JsonNode one = res.path("classes").get(1);
        assertEquals(1, one.path("label").asInt());
        assertEquals(20, one.path("generated").asInt());
        List<JsonNode> rows = new ArrayList<>();
        one.path("weights").path("rows").forEach(rows::add);
        closeArrays(det.path("minority_row_indices"), rows, 0, "minority rows");
        List<JsonNode> rr = new ArrayList<>();
        one.path("weights").path("r").forEach(rr::add);
        closeArrays(det.path("r"), rr, CLOSED, "r");
        List<JsonNode> rh = new ArrayList<>();
        one.path("weights").path("rHat").forEach(rh::add);
        closeArrays(det.path("rhat"), rh, CLOSED, "rhat");
        assertEquals(det.path("minority_neighbours"), one.path("weights").path("neighbours"),
                "same-class neighbours (positions in rows, nearest first)");
        List<String> lines = Files.readAllLines(out);
        assertEquals("label,f1,f2", lines.get(0));
        assertEquals(1 + 7 + 20, lines.size());
        assertEquals(7, lines.stream().skip(1).filter(l -> l.startsWith("0,")).count());
        Run table = run("stats", "adasyn", "--csv", csv("adasyn", "ad01_2d_overlap.csv"), "--label", "label",
                "--features", "f1,f2", "--size", "1:5", "--seed", "1", "-o", out.toString());
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("not an external validation"), table.out());
    }
}
