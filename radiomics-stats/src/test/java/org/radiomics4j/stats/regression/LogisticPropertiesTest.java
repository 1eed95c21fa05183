package org.radiomics4j.stats.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radiomics4j.stats.roc.Direction;
import org.radiomics4j.stats.roc.RocAnalysis;

/**
 * Properties of logistic regression (QuickTheories). Each subject is an integer v in [0, 200): y = v % 2,
 * x = (v * 37 % 101) / 10 + y (overlapping classes, sometimes separated).
 */
class LogisticPropertiesTest {

    private static boolean usable(List<Integer> v) {
        long ev = v.stream().filter(x -> x % 2 == 1).count();
        return ev >= 2 && v.size() - ev >= 2 && v.stream().map(LogisticPropertiesTest::x).distinct().count() > 1;
    }

    private static double x(int v) {
        return (v * 37 % 101) / 10.0 + v % 2;
    }

    @Test
    void pValuesInRangeAndModelAucEqualsPredictorAuc() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 199)).ofSizeBetween(6, 40))
                .assuming(LogisticPropertiesTest::usable).checkAssert(v -> {
                    int[] y = v.stream().mapToInt(a -> a % 2).toArray();
                    double[] xs = v.stream().mapToDouble(LogisticPropertiesTest::x).toArray();
                    LogisticModel m = LogisticRegression.withDefaults().fit(y, "x", xs);
                    double lr = m.likelihoodRatioTest().pValue();
                    assertTrue(lr >= 0 && lr <= 1);
                    assertTrue(m.nagelkerkeR2() >= 0 && m.nagelkerkeR2() <= 1 + 1e-12);
                    for (LogisticCoefficient c : m.coefficients()) {
                        assertTrue(c.pValue() >= 0 && c.pValue() <= 1);
                        assertTrue(c.oddsRatioInterval().contains(c.oddsRatio()));
                    }
                    // the fitted probabilities rank subjects like x (direction of the sign of b)
                    if (m.separation() == Separation.NONE && m.coefficient("x").estimate() == 0) {
                        // b = 0 exactly (equal class means of x: the score equation holds at b = 0, QT seeds 358,
                        // 373): every fitted probability is the same, so the model ranks nobody and its AUC is 1/2,
                        // not the AUC of x
                        assertEquals(0.5, m.discrimination().auc(), 0);
                    } else if (m.separation() == Separation.NONE) {
                        Direction d = m.coefficient("x").estimate() >= 0 ? Direction.HIGHER_IS_POSITIVE
                                : Direction.LOWER_IS_POSITIVE;
                        assertEquals(RocAnalysis.withDefaults().with(d).analyze(xs, y).auc(),
                                m.discrimination().auc(), 1e-12);
                    } else {
                        assertTrue(m.coefficients().isEmpty() && !m.warnings().isEmpty());
                    }
                });
    }

    @Test
    void completeSeparationIsDiagnosed() {
        // every y = 1 has larger x than every y = 0: separated by definition (Albert & Anderson 1984)
        LogisticModel m = LogisticRegression.withDefaults().fit(new int[] {0, 0, 0, 1, 1, 1}, "x",
                new double[] {1, 2, 3, 4, 5, 6});
        assertEquals(Separation.COMPLETE, m.separation());
        assertEquals(1.0, m.discrimination().auc());
        assertTrue(m.toString().contains("WARNING"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.predictProbability(1));
        assertTrue(e.getMessage().contains("separation"));
    }

    @Test
    void backwardEliminationCanRemoveEveryPredictor() {
        // x is balanced across outcomes (two of each value in each class): b = 0, Wald P = 1, so it is removed
        int[] y = {0, 1, 0, 1, 0, 1, 0, 1};
        double[] x = {1, 1, 2, 2, 3, 3, 4, 4};
        BackwardEliminationResult r = BackwardElimination.withDefaults().run(y, List.of("x"), new double[][] {x});
        assertEquals(1, r.steps().size());
        assertEquals("x", r.steps().get(0).removed());
        assertTrue(r.finalTerms().isEmpty());
        assertEquals(1, r.finalModel().coefficients().size(), "intercept only");
        assertEquals(0.0, r.finalModel().likelihoodRatioTest().statistic(), 0);
        assertTrue(r.toString().contains("final terms"));
    }

    @Test
    void rescalingAPredictorRescalesItsCoefficient() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 199)).ofSizeBetween(8, 40))
                .assuming(LogisticPropertiesTest::usable).checkAssert(v -> {
                    int[] y = v.stream().mapToInt(a -> a % 2).toArray();
                    double[] xs = v.stream().mapToDouble(LogisticPropertiesTest::x).toArray();
                    double[] scaled = java.util.Arrays.stream(xs).map(a -> 1000 * a + 5).toArray();
                    LogisticModel m = LogisticRegression.withDefaults().fit(y, "x", xs);
                    LogisticModel s = LogisticRegression.withDefaults().fit(y, "x", scaled);
                    assertEquals(m.separation(), s.separation());
                    assertEquals(m.deviance(), s.deviance(), 1e-9 * (1 + m.deviance()));
                    if (m.separation() == Separation.NONE) {
                        assertEquals(m.coefficient("x").estimate() / 1000, s.coefficient("x").estimate(),
                                1e-9 * Math.abs(m.coefficient("x").estimate()) + 1e-15);
                        assertEquals(m.coefficient("x").z(), s.coefficient("x").z(), 1e-7);
                    }
                });
    }

    @Test
    void rejectsBadInputNamingTheArgument() {
        LogisticRegression r = LogisticRegression.withDefaults();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> r.fit(new int[] {0, 1, 2, 1, 0}, "x", new double[] {1, 2, 3, 4, 5}));
        assertTrue(e.getMessage().contains("outcome[2]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> r.fit(new int[] {0, 1, 0, 1, 0}, "age", new double[] {1, 2, Double.NaN, 4, 5}));
        assertTrue(e.getMessage().contains("age[2]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> r.fit(new int[] {0, 1, 0, 1, 0}, "age", new double[] {1, 2, 4, 5}));
        assertTrue(e.getMessage().contains("age"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> r.fit(new int[] {0, 0, 0, 1, 0}, "age", new double[] {1, 2, 3, 4, 5}));
        assertTrue(e.getMessage().contains("events"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> r.fit(new int[] {0, 1, 0, 1, 0, 1},
                List.of("a", "b"), new double[][] {{1, 2, 3, 4, 5, 7}, {2, 4, 6, 8, 10, 14}}));
        assertTrue(e.getMessage().contains("collinear"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> BackwardElimination.withDefaults()
                .withRemovalThreshold(0));
        assertTrue(e.getMessage().contains("removalThreshold"), e.getMessage());
    }
}
