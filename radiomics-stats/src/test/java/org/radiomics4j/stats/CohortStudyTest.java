package org.radiomics4j.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.radiomics4j.stats.OracleCases.assertRel;
import static org.radiomics4j.stats.OracleCases.num;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radiomics4j.stats.categorical.ChiSquareCorrection;
import org.radiomics4j.stats.categorical.ChiSquareTest;
import org.radiomics4j.stats.categorical.FisherExactTest;
import org.radiomics4j.stats.categorical.TrendTest;
import org.radiomics4j.stats.multiple.PValueAdjustment;
import org.radiomics4j.stats.reliability.IccResult;
import org.radiomics4j.stats.reliability.IntraclassCorrelation;
import org.radiomics4j.stats.resampling.Adasyn;
import org.radiomics4j.stats.resampling.AdasynWeights;
import org.radiomics4j.stats.resampling.ResampledData;
import org.radiomics4j.stats.table.CohortTable;
import org.radiomics4j.stats.test.GroupComparison;

/**
 * The synthetic study cohort (testdata/stats/cohort, case cohort_01) read with {@link CohortTable} and run through
 * this module's methods, against the R / python_debian blocks of cohort/expected.json (same tolerances as the
 * per-method tests: 1e-9 closed forms, 1e-6 Shapiro–Wilk-dependent and uniroot values, exact counts).
 */
class CohortStudyTest {
    private static JsonNode expected;
    private static CohortTable table;
    private static List<String> features;

    @BeforeAll
    static void load() throws IOException {
        OracleCases.caseIds("cohort").forEach(id -> assertEquals("cohort_01", id, "new cohort case: extend this test"));
        JsonNode c = OracleCases.expectedCase("cohort", "cohort_01");
        expected = c.path("expected");
        table = CohortTable.read(OracleCases.statsDir().resolve("cohort").resolve(c.path("input").asText()));
        features = new ArrayList<>();
        c.path("params").path("features").forEach(f -> features.add(f.asText()));
    }

    private static double[] group(String feature, int response) {
        return table.filter(r -> r.getDouble("response") == response).doubleColumn(feature);
    }

    @Test
    void groupComparisonPerFeatureAndAdjustedP() {
        double[] p = new double[features.size()];
        for (int i = 0; i < features.size(); i++) {
            String f = features.get(i);
            JsonNode sel = expected.path("R").path("group_comparison").path(f).path("selection");
            GroupComparison.Result r = GroupComparison.withDefaults().test(group(f, 1), group(f, 0));
            assertEquals(sel.path("test").asText().equals("student_t"),
                    r.test() == GroupComparison.SelectedTest.STUDENT_T, f);
            assertRel(sel, "p", r.pValue(), 1e-9, f);
            p[i] = r.pValue();
        }
        JsonNode adj = expected.path("R").path("multiple_testing").path("p_adjust");
        for (PValueAdjustment a : PValueAdjustment.values()) {
            String key = switch (a) {
                case BONFERRONI -> "bonferroni";
                case HOLM -> "holm";
                case HOCHBERG -> "hochberg";
                case BENJAMINI_HOCHBERG -> "BH";
                case BENJAMINI_YEKUTIELI -> "BY";
            };
            double[] v = a.adjust(p);
            for (int i = 0; i < v.length; i++) {
                assertRel(num(adj.path(key).get(i)), v[i], 1e-9, key + "[" + i + "]");
            }
        }
    }

    @Test
    void categoricalVariablesByResponse() {
        JsonNode cat = expected.path("R").path("categorical");
        cat.fieldNames().forEachRemaining(var -> {
            JsonNode e = cat.path(var);
            JsonNode cols = e.path("table").path("cols");
            int[][] t = new int[2][cols.size()];
            String[] values = table.stringColumn(var);
            double[] resp = table.doubleColumn("response");
            for (int i = 0; i < values.length; i++) {
                for (int j = 0; j < cols.size(); j++) {
                    if (values[i].equals(cols.get(j).asText())) {
                        t[resp[i] == 1 ? 0 : 1][j]++;
                    }
                }
            }
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < cols.size(); j++) {
                    assertEquals(e.path("table").path("counts").get(i).get(j).asInt(), t[i][j], var);
                }
            }
            assertRel(e.path("fisher"), "p", FisherExactTest.withDefaults().test(t).pValue(), 1e-9, var);
            if (cols.size() == 2) {
                FisherExactTest.TwoByTwoResult f = FisherExactTest.withDefaults().test2x2(t);
                assertRel(e.path("fisher"), "odds_ratio_cond_mle", f.oddsRatio(), 1e-6, var);
                assertRel(e.path("fisher"), "ci_lower", f.oddsRatioInterval().lower(), 1e-6, var);
                assertRel(e.path("fisher"), "ci_upper", f.oddsRatioInterval().upper(), 1e-6, var);
                assertRel(e.path("chi2_n_minus_1"), "chi2", ChiSquareTest.withDefaults()
                        .with(ChiSquareCorrection.N_MINUS_ONE).test(t).statistic(), 1e-9, var);
            }
            assertRel(e.path("chi2_yates"), "p", ChiSquareTest.withDefaults().test(t).pValue(), 1e-9, var);
            assertRel(e.path("chi2_uncorrected"), "p", ChiSquareTest.withDefaults().with(ChiSquareCorrection.NONE)
                    .test(t).pValue(), 1e-9, var);
            if (e.has("chi2_trend")) {
                assertRel(e.path("chi2_trend"), "chi2", TrendTest.withDefaults().test(t).statistic(), 1e-9, var);
            }
        });
    }

    @Test
    void iccPerFeatureBetweenReaders() {
        for (String f : features) {
            double[][] x = IntraclassCorrelation.ratingsFromReaders(table.doubleColumn(f),
                    table.doubleColumn("r2_" + f));
            JsonNode forms = expected.path("R").path("icc").path(f).path("psych").path("forms");
            for (IccResult r : IntraclassCorrelation.withDefaults().computeAll(x)) {
                JsonNode e = forms.path(r.form().shroutFleissName());
                assertRel(e, "icc", r.icc(), 1e-9, f);
                assertRel(e, "p", r.pValue(), 1e-9, f);
                assertRel(e, "ci_lower", r.confidenceInterval().lower(), 1e-9, f);
                assertRel(e, "ci_upper", r.confidenceInterval().upper(), 1e-9, f);
            }
        }
    }

    @Test
    void adasynWeightsOnRawAndStandardizedFeatures() {
        int n = table.rowCount();
        double[][] raw = new double[n][features.size()];
        for (int j = 0; j < features.size(); j++) {
            double[] v = table.doubleColumn(features.get(j));
            for (int i = 0; i < n; i++) {
                raw[i][j] = v[i];
            }
        }
        int[] labels = java.util.Arrays.stream(table.doubleColumn("response")).mapToInt(d -> (int) d).toArray();
        double[][] std = new double[n][features.size()];
        for (int j = 0; j < features.size(); j++) {
            double m = 0;
            for (int i = 0; i < n; i++) {
                m += raw[i][j];
            }
            m /= n;
            double ss = 0;
            for (int i = 0; i < n; i++) {
                ss += (raw[i][j] - m) * (raw[i][j] - m);
            }
            double sd = Math.sqrt(ss / n); // sklearn StandardScaler: ddof = 0
            for (int i = 0; i < n; i++) {
                std[i][j] = (raw[i][j] - m) / sd;
            }
        }
        for (Map.Entry<String, double[][]> e : Map.of("adasyn_raw", raw, "adasyn_standardized", std).entrySet()) {
            JsonNode det = expected.path("python_debian").path(e.getKey()).path("deterministic");
            AdasynWeights w = Adasyn.withDefaults().weights(e.getValue(), labels);
            assertEquals(det.path("sum_g").asInt(), w.generated(), e.getKey());
            for (int i = 0; i < w.g().length; i++) {
                assertEquals(det.path("minority_row_indices").get(i).asInt(), w.rows()[i], e.getKey());
                assertEquals(num(det.path("r").get(i)), w.r()[i], 0.0, e.getKey());
                // standardisation is our own arithmetic: r̂ exact for raw, 1e-12 for standardized
                assertEquals(num(det.path("rhat").get(i)), w.rHat()[i], 1e-12, e.getKey());
                assertEquals(det.path("g").get(i).asInt(), w.g()[i], e.getKey());
            }
            // the study's synthetic cohort: 87 responders + 90 non-responders, exact sizes, all synthetic
            ResampledData cohort = Adasyn.withDefaults().syntheticCohort(e.getValue(), labels, Map.of(1, 87, 0, 90),
                    20240601L);
            assertEquals(87, cohort.count(1));
            assertEquals(90, cohort.count(0));
            assertEquals(177, cohort.syntheticCount());
            int[][] nn = w.neighbours();
            for (int i = 0; i < nn.length; i++) {
                int[] exp = new int[det.path("minority_neighbours").get(i).size()];
                for (int k = 0; k < exp.length; k++) {
                    exp[k] = det.path("minority_neighbours").get(i).get(k).asInt();
                }
                assertArrayEquals(exp, nn[i], e.getKey() + " neighbours of " + i);
            }
        }
    }
}
