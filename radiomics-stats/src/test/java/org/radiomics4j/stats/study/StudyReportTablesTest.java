package org.radiomics4j.stats.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radiomics4j.stats.table.CohortTable;
import org.radiomics4j.stats.table.CsvOptions;

/**
 * Text rendering of the study tables. Expected strings are the formatting rules written out by hand (they test
 * the format, not a statistic); the statistics inside come from the pipeline, whose values are checked against the
 * oracle in {@link StudyPipelineOracleTest}.
 */
class StudyReportTablesTest {

    @Test
    void pValueFormat() {
        assertEquals("<0.001", StudyReportTables.formatP(0.000394838774572964));
        assertEquals("0.004", StudyReportTables.formatP(0.00394838774572964));
        assertEquals("0.023", StudyReportTables.formatP(0.0234));
        assertEquals("0.0496", StudyReportTables.formatP(0.04957), "no rounding across 0.05");
        assertEquals("0.051", StudyReportTables.formatP(0.0514));
        assertEquals("1.000", StudyReportTables.formatP(1));
        assertEquals("0.001", StudyReportTables.formatP(0.001));
        assertThrows(IllegalArgumentException.class, () -> StudyReportTables.formatP(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> StudyReportTables.formatP(1.5));
    }

    @Test
    void meanSdFormat() {
        assertEquals("68.4 ± 6.9", StudyReportTables.formatMeanSd(68.3633333333333, 6.89698450325178));
        assertEquals("0.215 ± 0.044", StudyReportTables.formatMeanSd(0.214813333333333, 0.0440920282180459));
        assertEquals("86085 ± 56923", StudyReportTables.formatMeanSd(86085.26, 56923.4158886783));
        assertEquals("4.58 ± 0.34", StudyReportTables.formatMeanSd(4.57658666666667, 0.338748125702072));
        assertEquals("5 ± 0", StudyReportTables.formatMeanSd(5, 0));
    }

    @Test
    void significantAndExactFormats() {
        assertEquals("2.18", StudyReportTables.formatSignificant(2.17624875987452, 3));
        assertEquals("1460", StudyReportTables.formatSignificant(1455.45551337889, 3));
        assertEquals("1.69e-06", StudyReportTables.formatSignificant(1.68757001308629e-06, 3));
        assertEquals("0.000975", StudyReportTables.formatSignificant(0.000974997, 3));
        assertEquals("130033.1", StudyReportTables.formatExact(130033.1));
        assertEquals("-0.1387", StudyReportTables.formatExact(-0.1387));
        assertEquals("Inf", StudyReportTables.formatExact(Double.POSITIVE_INFINITY));
        assertEquals("0.9999747", StudyReportTables.formatOddsRatio(0.999974660467162), "OR close to 1 keeps digits");
        assertEquals("0.628", StudyReportTables.formatOddsRatio(0.627639379640407));
        assertEquals("130033.1", StudyReportTables.formatCriterion(130033.1));
        assertEquals("129863", StudyReportTables.formatCriterion(129863.27688745463));
    }

    @Test
    void markdownAndCsvOfTheReferenceCohort() throws IOException {
        StudyResult s = StudyPipeline.of(StudyPipelineOracleTest.oracleDesign()).analyze(
                StudyPipelineConsistencyTest.reference());
        RenderedTable md = StudyReportTables.forMarkdown().table2(s);
        String text = md.toMarkdown();
        assertTrue(text.startsWith("**Table 2."), text);
        assertTrue(text.contains("| original_glszm_LargeAreaLowGrayLevelEmphasis | 86085 ± 56923 | 193127 ± 72100 "
                + "| mean ± SD | Student t | <0.001 | 0.004 | yes |"), text);
        assertEquals(s.table2().size() + 2, text.lines().filter(l -> l.startsWith("|")).count());
        RenderedTable csv = StudyReportTables.forCsv().table2(s);
        assertEquals(List.of("Feature", "Responders mean", "Responders SD", "Responders median", "Responders Q1",
                "Responders Q3", "Non-responders mean", "Non-responders SD", "Non-responders median",
                "Non-responders Q1", "Non-responders Q3", "Test", "P", "P corrected", "Significant", "P synthetic"),
                csv.header());
        String c = csv.toCsv();
        assertEquals(s.table2().size() + 1, c.lines().count());
        // full precision in CSV: the Bonferroni P round-trips
        String row = c.lines().filter(l -> l.startsWith("original_glszm_LargeAreaLowGrayLevelEmphasis")).findFirst()
                .orElseThrow();
        assertEquals(s.featureComparison("original_glszm_LargeAreaLowGrayLevelEmphasis").correctedPValue(),
                Double.parseDouble(row.split(",")[13]), 0.0);
        String report = StudyReportTables.markdownReport(s);
        for (String title : List.of("Table 1.", "Table 2.", "Table 3.", "Table 4a.", "Table 4b.", "Survival", "Table 5a.",
                "Table 5b.", "ICC", "Warnings")) {
            assertTrue(report.contains(title), title);
        }
        assertTrue(report.contains("not an external validation"));
        for (RenderedTable t : StudyReportTables.forCsv().all(s)) {
            int cols = t.header().size();
            t.rows().forEach(r -> assertEquals(cols, r.size(), t.title()));
        }
    }

    @Test
    void csvQuotesAndMarkdownEscapes() {
        RenderedTable t = new RenderedTable("T", List.of("a", "b"), List.of(List.of("x,y", "p|q \"r\"")),
                List.of("n_1"));
        assertEquals("a,b\n\"x,y\",\"p|q \"\"r\"\"\"\n", t.toCsv());
        assertTrue(t.toMarkdown().contains("| x,y | p\\|q \"r\" |"), t.toMarkdown());
        assertThrows(IllegalArgumentException.class, () -> new RenderedTable("T", List.of("a"),
                List.of(List.of("1", "2")), List.of()));
    }

    @Test
    void emptyTablesSayNone() {
        String text = "patient_id,g,original_a,original_b\nA,1,1,5\nB,1,2,5\nC,0,1.5,5\nD,0,2.5,5\n";
        CohortTable t = CohortTable.parse(text, "tiny", CsvOptions.defaults());
        StudyResult s = StudyPipeline.of(StudyDesign.builder(GroupingRule.binaryColumn("g")).idColumn("patient_id")
                .syntheticCohort(0, 0, 1).build()).analyze(t);
        assertEquals(List.of("original_b"), s.droppedFeatures());
        assertTrue(s.significantFeatures().isEmpty());
        String md = StudyReportTables.forMarkdown().survival(s).toMarkdown();
        assertTrue(md.contains("(none)") && md.contains("No feature was significant"), md);
        assertTrue(StudyReportTables.forMarkdown().table5Multivariable(s).toMarkdown().contains("Not fitted"));
    }
}
