package org.radiomics4j.stats.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
     * supremum is 2 ln 2. Tolerance 1e-12: the supremum is evaluated in closed form.
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
            assertEquals(2 * Math.log(2), m.likelihoodRatioTest().statistic(), 1e-12);
            double[] x2 = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                x2[i] = 2 * x[i] - 7;
            }
            assertTrue(CoxRegression.withDefaults().with(ties).fit(time, event, "x", x2).monotoneLikelihood());
        }
    }

    /**
     * QT seed 451 (example [0, 0, 1, 1, 0, 31, 33, 0]): times {0, 0, 0, 0, 0, 7, 8, 0}, events at the two subjects
     * with x = 3.7 (time 0) and at times 7 (x = 3.6) and 8 (x = 0.9); x {0, 0, 3.7, 3.7, 0, 3.6, 0.9, 0}. Every event
     * has the largest x of its risk set, so β → +∞. By hand, the limits of the factors: at time 0 both tied events
     * sit at the maximum 3.7 held by m = 2 subjects: Breslow −2 ln 2, Efron −(ln 2 + ln 1) = −ln 2; times 7 and 8
     * contribute ln 1 = 0. So sup log L is −2 ln 2 (Breslow) and −ln 2 (Efron), whatever the scale of x (the last
     * iterate differed by 2e-6 between x and 2x − 7). Tolerance 1e-12 (closed form).
     */
    @Test
    void monotoneLogLikelihoodIsTheExactSupremumWhateverTheScale() {
        double[] time = {0, 0, 0, 0, 0, 7, 8, 0};
        boolean[] event = {false, false, true, true, false, true, true, false};
        double[] x = {0, 0, 3.7, 3.7, 0, 3.6, 0.9, 0};
        double[] x2 = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x2[i] = 2 * x[i] - 7;
        }
        for (Ties ties : Ties.values()) {
            double expected = ties == Ties.EFRON ? -Math.log(2) : -2 * Math.log(2);
            CoxModel m = CoxRegression.withDefaults().with(ties).fit(time, event, "x", x);
            CoxModel s = CoxRegression.withDefaults().with(ties).fit(time, event, "x", x2);
            assertTrue(m.monotoneLikelihood() && s.monotoneLikelihood(), ties.toString());
            assertEquals(expected, m.logLikelihood(), 1e-12);
            assertEquals(expected, s.logLikelihood(), 1e-12);
        }
    }

    /**
     * QT seed 201 after the monotone fix (example [0, 119, 4, 4, 18, 8, 18, 0]): times {0, 29, 1, 1, 4, 2, 4, 0},
     * events at 29 (alone in its risk set) and two at 4 whose risk set {29, 4, 4} all have x = 6: x is constant in
     * every event's risk set, so the partial likelihood is flat in β and the coefficient undefined. x gave a
     * "monotone" fit (the floating information at 0 was rounding noise) while 2x − 7 threw; both must throw.
     */
    @Test
    void covariateConstantInEveryRiskSetIsRejectedWhateverTheScale() {
        double[] time = {0, 29, 1, 1, 4, 2, 4, 0};
        boolean[] event = {false, true, false, false, true, false, true, false};
        double[] x = {0, 6, 4.7, 4.7, 6, 9.4, 6, 0};
        double[] x2 = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x2[i] = 2 * x[i] - 7;
        }
        for (double[] c : new double[][] {x, x2}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> CoxRegression.withDefaults().fit(time, event, "x", c));
            assertTrue(e.getMessage().contains("[x]") && e.getMessage().contains("no usable information"),
                    e.getMessage());
        }
    }
}
