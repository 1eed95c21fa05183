package org.radiomics4j.stats.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Regression cases found by {@code PValuePropertiesTest.iccPValuesValidAndCiOrdered} (QT seeds 4, 8, 10), with
 * expected values worked by hand from the McGraw–Wong (1996) formulas (derivation in each test).
 */
class IccEdgeCaseTest {

    /**
     * Readers {0, 0, 0} and {−1, 1, 0.8} (property example {[0.0, 0.0, 0.0], 1}), n = 3, k = 2. By hand: subject
     * means −0.5, 0.5, 0.4, grand mean 2/15; MS_R = 91/150, MS_C = 16/150, MS_E = 91/150, so F = 1, ICC(2,1) = 0,
     * McGraw–Wong v = (k−1)(n−1)n²/n² = 2 and F_0.975(2, 2) = 39 exactly (the F(2,2) CDF is x/(1+x)). Single-measure
     * bounds L = n(MS_R − 39 MS_E)/(39(k MS_C + (kn−k−n) MS_E) + n MS_R) = −10374/5070 and
     * U = n(39 MS_R − MS_E)/(k MS_C + (kn−k−n) MS_E + 39 n MS_R) = 10374/10770. L is below the Spearman–Brown pole
     * −1/(k−1) = −1, so the ICC(2,k) lower bound is −∞ (psych 2.2.9 wraps it round to 3.91 > upper); the upper
     * bound is 2U/(1 + U) = 20748/21144. Tolerance 1e-9: the only non-closed-form step is the F quantile of
     * commons-statistics (accurate to ~1e-14 here).
     */
    @Test
    void averageMeasureLowerBoundBelowThePoleIsMinusInfinity() {
        double[][] x = IntraclassCorrelation.ratingsFromReaders(new double[] {0, 0, 0}, new double[] {-1, 1, 0.8});
        IntraclassCorrelation icc = IntraclassCorrelation.withDefaults();
        IccResult single = icc.compute(x, IccForm.ICC2_1);
        assertEquals(0.0, single.icc(), 1e-12);
        assertEquals(1.0, single.statistic(), 1e-12);
        assertEquals(-10374.0 / 5070, single.confidenceInterval().lower(), 1e-9);
        assertEquals(10374.0 / 10770, single.confidenceInterval().upper(), 1e-9);
        IccResult average = icc.compute(x, IccForm.ICC2_K);
        assertEquals(0.0, average.icc(), 1e-12);
        assertEquals(Double.NEGATIVE_INFINITY, average.confidenceInterval().lower());
        assertEquals(20748.0 / 21144, average.confidenceInterval().upper(), 1e-9);
        for (IccResult r : icc.computeAll(x)) {
            assertTrue(r.pValue() >= 0 && r.pValue() <= 1, r.toString());
            assertTrue(r.confidenceInterval().lower() <= r.confidenceInterval().upper(), r.toString());
        }
    }

    /** Mirror image (property example {[0.0, 0.0, 0.0], −1}: readers {0, 0, 0} and {1, −1, −0.8}): same ANOVA. */
    @Test
    void mirroredRatingsGiveTheSameBounds() {
        double[][] x = IntraclassCorrelation.ratingsFromReaders(new double[] {0, 0, 0}, new double[] {1, -1, -0.8});
        IccResult average = IntraclassCorrelation.withDefaults().compute(x, IccForm.ICC2_K);
        assertEquals(Double.NEGATIVE_INFINITY, average.confidenceInterval().lower());
        assertEquals(20748.0 / 21144, average.confidenceInterval().upper(), 1e-9);
    }

    /** All subjects rated identically: MS_R = 0, every ICC form is 0/0, so the input is outside the domain. */
    @Test
    void identicalSubjectsAreRejectedNamingTheReason() {
        double[][] x = IntraclassCorrelation.ratingsFromReaders(new double[] {0, 0, 0}, new double[] {0, 0, 0});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IntraclassCorrelation.withDefaults().computeAll(x));
        assertTrue(e.getMessage().contains("ratings") && e.getMessage().contains("subjects"), e.getMessage());
    }

    /**
     * Two readers giving identical values: MS_E = MS_W = 0, so F = +∞ and P = 0 (documented). A plain Jackson
     * ObjectMapper (as the CLI uses) must write F as the JSON string "Infinity", not a bare non-standard token: the
     * text is re-read with a strict parser (non-numeric numbers not allowed).
     */
    @Test
    void identicalReadersGiveInfiniteFWrittenAsAJsonString() throws Exception {
        double[] r = {1, 2, 4, 7};
        IccResult icc = IntraclassCorrelation.withDefaults().compute(IntraclassCorrelation.ratingsFromReaders(r, r),
                IccForm.ICC3_1);
        assertEquals(Double.POSITIVE_INFINITY, icc.statistic());
        assertEquals(0.0, icc.pValue());
        assertEquals(1.0, icc.icc(), 0);
        String json = new ObjectMapper().writeValueAsString(icc);
        JsonNode n = new ObjectMapper().readTree(json);
        assertTrue(n.path("statistic").isTextual(), json);
        assertEquals("Infinity", n.path("statistic").asText());
    }

    /**
     * ICC(2,k) estimate beyond the Spearman–Brown pole (property falsified on QT seeds 21 and 27, e.g.
     * {[55.72697056301866, 56.474621324637354, 56.0794715403346], −1}, where psych's formula gave ICC(2,k) = 27.7,
     * "excellent"). Hand-worked case, ratings {{1, −1}, {−1, 1}, {0.1, 0.1}}, n = 3, k = 2: subject means 0, 0, 0.1,
     * rater means both 1/30, so MS_C = 0, MS_R = 1/150, SS_total = 4.02 − 6/900, SS_E = 4, MS_E = 2.
     * ICC(2,1) = (1/150 − 2)/(1/150 + 2 − 2·2/3) = −299/101 (below −1/(k−1) = −1); the ICC(2,k) denominator
     * MS_R + (MS_C − MS_E)/n = 1/150 − 2/3 &lt; 0, so ICC(2,k) = −∞ (psych: (−299/150)/(−99/150) = 3.02).
     * ICC(3,k) = (MS_R − MS_E)/MS_R = −299.
     */
    @Test
    void averageMeasureEstimateBeyondThePoleIsMinusInfinity() {
        double[][] x = {{1, -1}, {-1, 1}, {0.1, 0.1}};
        IntraclassCorrelation icc = IntraclassCorrelation.withDefaults();
        assertEquals(-299.0 / 101, icc.compute(x, IccForm.ICC2_1).icc(), 1e-12);
        IccResult average = icc.compute(x, IccForm.ICC2_K);
        assertEquals(Double.NEGATIVE_INFINITY, average.icc());
        assertEquals(IccReliability.UNSTABLE, average.reliability());
        assertTrue(average.confidenceInterval().lower() <= average.confidenceInterval().upper());
        assertEquals(-299.0, icc.compute(x, IccForm.ICC3_K).icc(), 1e-9);
    }
}
