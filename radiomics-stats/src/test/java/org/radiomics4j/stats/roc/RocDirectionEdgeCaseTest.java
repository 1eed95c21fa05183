package org.radiomics4j.stats.roc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link Direction#AUTO} at and near AUC = 1/2, where it must compare exact Mann–Whitney counts. Expected values are
 * hand counts of the pairs (written out per test); AUCs that are exact binary fractions are compared with tolerance
 * 0.
 */
class RocDirectionEdgeCaseTest {

    /**
     * Falsifying example of {@code RocPropertiesTest.probabilitiesAndRatesAreInRange} (QT seed 9), values
     * [11, 9, 5, 0, 12, 10, 3, 6, 2] (label v % 2, score v / 2): positives {5, 4, 2, 1}, negatives
     * {0, 6, 5, 3, 1}. Pairs won by the positive: 5 beats 0, 3, 1 and ties 5 (3.5); 4 beats 0, 3, 1 (3); 2 beats
     * 0, 1 (2); 1 beats 0 and ties 1 (1.5): U = 10 of 20, AUC exactly 1/2. The mean of the placement values
     * rounded this to 0.49999999999999994 and AUTO flipped to LOWER_IS_POSITIVE with an AUC below 0.5.
     */
    @Test
    void aucOfExactlyOneHalfStaysHigherIsPositive() {
        double[] scores = {5, 4, 2, 0, 6, 5, 1, 3, 1};
        int[] labels = {1, 1, 1, 0, 0, 0, 1, 0, 0};
        RocCurve r = RocAnalysis.withDefaults().analyze(scores, labels);
        assertEquals(Direction.HIGHER_IS_POSITIVE, r.direction());
        assertEquals(0.5, r.auc(), 0);
        assertEquals(0.5, RocAnalysis.withDefaults().with(Direction.LOWER_IS_POSITIVE).analyze(scores, labels).auc(),
                0);
    }

    /** Tie rule: identical class distributions {1, 2} vs {1, 2}: U = 1/2 + 1 + 0 + 1/2 = 2 of 4, HIGHER chosen. */
    @Test
    void tieRuleChoosesHigherIsPositive() {
        RocCurve r = RocAnalysis.withDefaults().analyze(new double[] {1, 2, 1, 2}, new int[] {1, 1, 0, 0});
        assertEquals(Direction.HIGHER_IS_POSITIVE, r.direction());
        assertEquals(0.5, r.auc(), 0);
    }

    /**
     * Just below 1/2: positives {1, 2, 3}, negatives {1.5, 2.5, 3.5}: pairs won 0 + 1 + 2 = 3 of 9 (AUC 1/3 for
     * higher-is-positive), so AUTO takes LOWER_IS_POSITIVE with AUC 6/9. 6/9 is not a binary fraction: tolerance
     * one ulp-scale 1e-15 (the count is divided once).
     */
    @Test
    void belowOneHalfFlipsToLowerIsPositiveWithTheComplementCount() {
        RocCurve r = RocAnalysis.withDefaults().analyze(new double[] {1, 2, 3, 1.5, 2.5, 3.5},
                new int[] {1, 1, 1, 0, 0, 0});
        assertEquals(Direction.LOWER_IS_POSITIVE, r.direction());
        assertEquals(6.0 / 9, r.auc(), 1e-15);
    }
}
