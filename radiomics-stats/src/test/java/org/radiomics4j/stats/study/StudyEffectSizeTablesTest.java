package org.radiomics4j.stats.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radiomics4j.stats.internal.OracleFiles.assertNear;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radiomics4j.stats.internal.OracleFiles;
import org.radiomics4j.stats.regression.PredictorScale;
import org.radiomics4j.stats.regression.Separation;
import org.radiomics4j.stats.table.CohortTable;
import org.radiomics4j.stats.table.CsvOptions;

/**
 * Issue 8, "effect sizes and tables a reader can use", on the reference cohort testdata/stats/cohort (R 4.2.2,
 * expected.json): odds ratios per SD by default, median (IQR) where Mann–Whitney was used, one direction convention
 * between Table 3 and the survival table, separation flagged, and backward elimination without forced candidates.
 * Each fails on the previous code (per-unit ORs only, mean ± SD everywhere, "> c" in the survival table against
 * "&lt;= c" in Table 3, two forced candidates).
 */
class StudyEffectSizeTablesTest {
    private static final double ITER = 1e-6;

    private static JsonNode r() throws IOException {
        return OracleFiles.caseNode("cohort", "cohort_01").path("expected").path("R");
    }

    /** The reference design with the pipeline's own defaults for the options the issue changed. */
    private static StudyDesign defaults() {
        return StudyPipelineOracleTest.oracleDesign().toBuilder().logisticScale(PredictorScale.SD)
                .backwardMinCandidates(0).build();
    }

    @Test
    void oddsRatiosArePerStandardDeviationByDefault() throws IOException {
        CohortTable t = StudyPipelineConsistencyTest.reference();
        StudyResult s = StudyPipeline.of(defaults()).analyze(t);
        JsonNode uni = r().path("logistic_univariate");
        for (String f : List.of("original_glcm_Correlation", "original_glszm_LargeAreaLowGrayLevelEmphasis",
                "original_firstorder_Median", "age")) {
            // R's per-unit fit (glm over all 25 subjects) times the sample SD of the column over the same subjects,
            // computed here by plain arithmetic: b per SD = b per unit x SD; z and P are unchanged
            double[] v = t.doubleColumnWithNaN(f);
            double m = 0;
            for (double x : v) {
                m += x;
            }
            m /= v.length;
            double ss = 0;
            for (double x : v) {
                ss += (x - m) * (x - m);
            }
            double sd = Math.sqrt(ss / (v.length - 1));
            JsonNode c = uni.path(f).path("coefficients").get(1);
            LogisticTerm term = s.table5Univariate().stream().filter(x -> x.term().equals(f)).findFirst()
                    .orElseThrow();
            assertEquals(PredictorScale.SD, term.scale(), f);
            assertEquals(sd, term.unit(), 1e-12 * sd, f + " unit");
            double b = OracleFiles.number(c.path("estimate")) * sd;
            assertEquals(b, term.estimate(), ITER * Math.abs(b), f + " b per SD");
            assertEquals(Math.exp(b), term.oddsRatio(), ITER * Math.exp(b), f + " OR per SD");
            assertNear(c.path("p"), term.pValue(), ITER, 1e-12, f + " P unchanged");
            assertTrue(Double.isFinite(term.oddsRatioInterval().upper()) && term.oddsRatioInterval().lower() > 0,
                    f + " finite interval");
            assertNull(term.flag(), f);
        }
        String md = StudyReportTables.forMarkdown().table5Univariate(s).toMarkdown();
        assertTrue(md.contains("OR per SD"), md);
        assertTrue(md.contains("1 SD = "), md);
        assertFalse(md.lines().filter(l -> l.startsWith("| ")).anyMatch(l -> l.contains("Inf")),
                "no 0-to-Inf interval: " + md);
    }

    @Test
    void mannWhitneyRowsShowMedianAndIqr() throws IOException {
        StudyResult s = StudyPipeline.of(defaults()).analyze(StudyPipelineConsistencyTest.reference());
        String md = StudyReportTables.forMarkdown().table2(s).toMarkdown();
        // R: Skewness was compared with the exact Mann–Whitney test; responders' type-7 quartiles 0.01775, 0.2258,
        // 0.41395: IQR 0.396 -> 2 decimals (the IQR to 2 significant digits)
        String skew = md.lines().filter(l -> l.startsWith("| original_firstorder_Skewness ")).findFirst()
                .orElseThrow();
        assertTrue(skew.contains("| 0.23 (0.02–0.41) |") && skew.contains("median (IQR)")
                && skew.contains("Mann–Whitney (exact)"), skew);
        JsonNode q = r().path("group_comparison").path("original_firstorder_Skewness").path("descriptives")
                .path("x").path("quartiles_type7");
        FeatureComparison row = s.featureComparison("original_firstorder_Skewness");
        assertNear(q.get(0), row.positiveSummary().q1(), 1e-9, 1e-12, "Q1");
        assertNear(q.get(2), row.positiveSummary().q3(), 1e-9, 1e-12, "Q3");
        // t-tested rows keep mean ± SD (R: 68.3633, 6.897)
        String mean = md.lines().filter(l -> l.startsWith("| original_firstorder_Mean ")).findFirst().orElseThrow();
        assertTrue(mean.contains("| 68.4 ± 6.9 |") && mean.contains("mean ± SD"), mean);
    }

    @Test
    void survivalArmsUseTheTable3Criterion() throws IOException {
        StudyDesign d = defaults().withCorrection(MultipleTestingCorrection.NONE).withAlpha(0.999)
                .withSyntheticCohort(0, 0, 1);
        StudyResult s = StudyPipeline.of(d).analyze(StudyPipelineConsistencyTest.reference());
        StudyReportTables md = StudyReportTables.forMarkdown();
        RenderedTable t3 = md.table3(s);
        RenderedTable sv = md.survival(s);
        int crit = t3.header().indexOf("Criterion");
        int arm = sv.header().indexOf("Test-positive arm (Table 3 criterion)");
        boolean anyLower = false;
        for (List<String> row : sv.rows()) {
            String criterion = t3.rows().stream().filter(x -> x.get(0).equals(row.get(0))).findFirst().orElseThrow()
                    .get(crit);
            assertEquals(criterion, row.get(arm), row.get(0) + " " + row.get(1));
            anyLower |= criterion.startsWith("<=");
        }
        assertTrue(anyLower, "the cohort has a lower-is-positive feature (R pROC direction '>')");
        // the HR of the test-positive arm is R's high-vs-low HR or its reciprocal
        JsonNode rs = r().path("survival");
        for (SurvivalAnalysis a : s.survival()) {
            double hrHigh = OracleFiles.number(rs.path(a.feature()).path(a.endpoint()).path("hazard_ratio_logrank")
                    .path("hr_MH"));
            double expected = a.testPositiveArm() == a.high() ? hrHigh : 1 / hrHigh;
            assertEquals(expected, StudyReportTables.hazardRatioTestPositive(a)[0], 1e-9 * expected, a.feature());
        }
    }

    @Test
    void oneSignificantPredictorIsTheMultivariableModel() throws IOException {
        // R: univariate P of Median 0.0222, Sphericity 0.346, Skewness 0.687: one term below 0.05
        StudyDesign d = defaults().toBuilder().logisticScale(PredictorScale.UNIT).regressionVariables(List.of(
                "original_firstorder_Median", "original_shape_Sphericity", "original_firstorder_Skewness")).build();
        MultivariableLogistic m = StudyPipeline.of(d).analyze(StudyPipelineConsistencyTest.reference())
                .table5Multivariable();
        assertEquals(List.of("original_firstorder_Median"), m.candidates());
        assertEquals(List.of("original_firstorder_Median"), m.finalTerms());
        assertTrue(m.selectionNote().contains("alone"), m.selectionNote());
        JsonNode c = r().path("logistic_univariate").path("original_firstorder_Median").path("coefficients");
        assertNear(c.get(1).path("estimate"), m.coefficients().get(1).estimate(), ITER, 1e-12, "b");
        assertNear(c.get(0).path("estimate"), m.coefficients().get(0).estimate(), ITER, 1e-12, "intercept");
        assertNotNull(m.optimism(), "optimism-corrected AUC");
        // forcing two candidates (the reference convention) still works
        MultivariableLogistic forced = StudyPipeline.of(d.toBuilder().backwardMinCandidates(2).build())
                .analyze(StudyPipelineConsistencyTest.reference()).table5Multivariable();
        assertEquals(2, forced.candidates().size());
    }

    @Test
    void separationIsFlaggedNotPrintedAsAnInterval() {
        // x separates the outcome completely: no finite MLE (Albert and Anderson 1984)
        String csv = "patient_id,g,y,original_x\nA,1,1,5\nB,1,1,6\nC,1,1,7\nD,0,0,1\nE,0,0,2\nF,0,0,3\n";
        CohortTable t = CohortTable.parse(csv, "sep", CsvOptions.defaults());
        StudyResult s = StudyPipeline.of(StudyDesign.builder(GroupingRule.binaryColumn("g")).syntheticCohort(0, 0, 1)
                .logisticOutcomeColumn("y").build()).analyze(t);
        LogisticTerm term = s.table5Univariate().get(0);
        assertEquals(Separation.COMPLETE, term.separation());
        assertNull(term.oddsRatio());
        assertNotNull(term.flag());
        String md = StudyReportTables.forMarkdown().table5Univariate(s).toMarkdown();
        String row = md.lines().filter(l -> l.startsWith("| original_x")).findFirst().orElseThrow();
        assertTrue(row.contains("separation") && !row.contains("Inf") && row.contains("| – | – |"), row);
    }
}
