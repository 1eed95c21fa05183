package org.radiomics4j.stats.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radiomics4j.stats.roc.RocAnalysis;
import org.radiomics4j.stats.table.CohortTable;
import org.radiomics4j.stats.table.CsvOptions;

/**
 * Issue 8, item 9 in the study tables: with every score tied the test of AUC = 0.5 is undefined (pROC: 0/0 =
 * NaN, see {@code RocTiedScoresTest}); a study row carries a null P (JSON null), the Markdown table prints a dash,
 * the CSV an empty cell, and the ROC step warns with the reason. Previously the row held P = 1.
 */
class UndefinedAucTestInTablesTest {

    @Test
    void tiedScoresGiveANullPAndADash() {
        RocSummary row = RocSummary.of("f", "study", RocAnalysis.withDefaults().analyze(new double[] {3, 3, 3, 3},
                new int[] {1, 1, 0, 0}));
        assertNull(row.pValue(), "undefined, not 1");
        assertEquals(0.5, row.auc(), 0.0);
    }

    @Test
    void rocStepWarnsWithTheReason() {
        // a column constant over the analysed subjects: the ROC step (run directly, as Table 2 would drop it)
        CohortTable t = CohortTable.parse("patient_id,g,x\nA,1,2\nB,1,2\nC,0,2\nD,0,2\n", "t", CsvOptions.defaults());
        StudyCohort c = StudyCohort.of(StudyDesign.builder(GroupingRule.binaryColumn("g")).featureColumns(
                List.of("x")).build().cohort(), t);
        RocStep.Result r = RocStep.of(RocSettings.withDefaults()).run(c, List.of("x"));
        assertNull(r.rows().get(0).pValue());
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).message().contains("undefined"), r.warnings().get(0).message());
        assertTrue(r.warnings().get(0).message().contains("tied"), r.warnings().get(0).message());
    }
}
