package org.radiomics4j.stats.roc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 8, item 9: a score constant across all subjects. Reference: R 4.2.2 with pROC 1.18.0,
 * {@code r <- roc(c(1,1,1,0,0), c(7,7,7,7,7), direction = "<"); auc(r); var(r)} gives AUC 0.5 and DeLong variance
 * 0, so pROC's {@code (auc - 0.5) / sqrt(var)} is 0/0 = NaN: z and P are undefined, not z = 0 and P = 1 (as the
 * previous code reported). AUC and SE are exact here (every pair tied counts 1/2; every placement value is 1/2).
 */
class RocTiedScoresTest {

    @Test
    void everyScoreTiedLeavesTheAucTestUndefined() {
        for (AucStandardError se : AucStandardError.values()) {
            RocCurve r = RocAnalysis.withDefaults().with(se).analyze(new double[] {7, 7, 7, 7, 7},
                    new int[] {1, 1, 1, 0, 0});
            assertEquals(0.5, r.auc(), 0.0);
            assertEquals(0.0, r.standardErrorDeLong(), 0.0);
            AucTest t = r.testVersusHalf();
            if (se == AucStandardError.DELONG) {
                assertFalse(t.isDefined(), "0/0 is undefined");
                assertTrue(Double.isNaN(t.statistic()), "z NaN");
                assertTrue(Double.isNaN(t.pValue()), "P NaN, not 1");
                assertNotNull(t.undefinedReason());
                assertTrue(t.undefinedReason().contains("tied"), t.undefinedReason());
                assertTrue(t.toString().contains("undefined"), t.toString());
                assertThrows(IllegalStateException.class, () -> t.reject(0.05));
            }
        }
    }

    @Test
    void separatedScoresWithZeroStandardErrorStayDefined() {
        // perfect separation: AUC 1, DeLong SE 0 -> z = +Inf, P = 0 (defined)
        RocCurve r = RocAnalysis.withDefaults().analyze(new double[] {5, 6, 7, 1, 2}, new int[] {1, 1, 1, 0, 0});
        assertEquals(1.0, r.auc(), 0.0);
        assertTrue(r.testVersusHalf().isDefined());
        assertEquals(0.0, r.testVersusHalf().pValue(), 0.0);
    }
}
