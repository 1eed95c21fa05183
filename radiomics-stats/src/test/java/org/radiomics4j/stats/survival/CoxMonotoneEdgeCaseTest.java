package org.radiomics4j.stats.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Regression case from {@code SurvivalPropertiesTest.coxIsScaleEquivariantAndMultivariableRuns} (QT seed 201,
 * shrunk example [85, 0, 0, 0, 0, 0, 0, 14]): a monotone likelihood that was reported as a converged fit with a
 * finite coefficient (b = −262 for x, −131.013 instead of −131.012 for 2x − 7, Wald P 0.72).
 */
class CoxMonotoneEdgeCaseTest {

    /**
     * Times {21, 0, 0, 0, 0, 0, 0, 3}, events at 21 and 3, x {1.4, 0, 0, 0, 0, 0, 0, 1.3}. By hand: the event at
     * t = 3 has risk set {x = 1.4, x = 1.3} and the dying subject has the smaller x, so its factor
     * e^{1.3β}/(e^{1.3β} + e^{1.4β}) = 1/(1 + e^{0.1β}) increases to 1 as β → −∞; the event at t = 21 is alone in
     * its risk set (factor 1). The partial likelihood is monotone (no finite maximum; R coxph warns that the
     * coefficient may be infinite), log L(0) = −ln 2 and sup log L = 0, so the likelihood-ratio statistic at the
     * supremum is 2 ln 2. Tolerance 1e-8: the iteration stops where the remaining gain is below ~1e-11.
     */
    @Test
    void monotoneLikelihoodIsReportedNotAFiniteCoefficient() {
        double[] time = {21, 0, 0, 0, 0, 0, 0, 3};
        boolean[] event = {true, false, false, false, false, false, false, true};
        double[] x = {1.4, 0, 0, 0, 0, 0, 0, 1.3};
        for (Ties ties : Ties.values()) {
            CoxModel m = CoxRegression.withDefaults().with(ties).fit(time, event, "x", x);
            assertTrue(m.monotoneLikelihood(), ties + ": " + m);
            assertFalse(m.converged());
            assertTrue(m.coefficients().isEmpty());
            assertFalse(m.warnings().isEmpty());
            assertEquals(2 * Math.log(2), m.likelihoodRatioTest().statistic(), 1e-8);
            double[] x2 = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                x2[i] = 2 * x[i] - 7;
            }
            assertTrue(CoxRegression.withDefaults().with(ties).fit(time, event, "x", x2).monotoneLikelihood());
        }
    }
}
