package org.radiomics4j.stats.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * QT seed 373 of {@code LogisticPropertiesTest.pValuesInRangeAndModelAucEqualsPredictorAuc} (example
 * [183, 4, 3, 0, 4, 15]): outcomes {1, 0, 1, 0, 0, 1}, x {1.4, 4.7, 2.0, 0.0, 4.7, 6.0}. Both classes have mean x
 * 9.4/3, so the slope's score equation Σ (y − ȳ) x = 0 holds at b = 0 and the MLE is b = 0 (LR statistic 0, P = 1).
 * All fitted probabilities are then equal, so the model's AUC is 1/2 (every pair tied), whereas x alone has AUC
 * 4/9 or 5/9; the property compared the two and was corrected.
 */
class LogisticZeroSlopeTest {

    @Test
    void zeroSlopeGivesConstantProbabilitiesAndAucOneHalf() {
        LogisticModel m = LogisticRegression.withDefaults().fit(new int[] {1, 0, 1, 0, 0, 1}, "x",
                new double[] {1.4, 4.7, 2.0, 0.0, 4.7, 6.0});
        assertEquals(Separation.NONE, m.separation());
        assertEquals(0.0, m.coefficient("x").estimate(), 1e-12);
        assertEquals(0.0, m.likelihoodRatioTest().statistic(), 1e-12);
        assertEquals(0.5, m.discrimination().auc(), 0);
    }
}
