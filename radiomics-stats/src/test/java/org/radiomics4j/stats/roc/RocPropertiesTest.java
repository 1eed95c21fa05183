package org.radiomics4j.stats.roc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties of the ROC analysis (QuickTheories; a failing example is reported with its seed). Each subject is
 * one integer v in [0, 20): label v % 2, score v / 2 (few distinct scores, so ties are common).
 */
class RocPropertiesTest {

    private static boolean bothClasses(List<Integer> v) {
        long pos = v.stream().filter(x -> x % 2 == 1).count();
        return pos >= 2 && v.size() - pos >= 2;
    }

    private static double[] scores(List<Integer> v) {
        return v.stream().mapToDouble(x -> x / 2).toArray();
    }

    private static int[] labels(List<Integer> v, boolean swap) {
        return v.stream().mapToInt(x -> swap ? 1 - x % 2 : x % 2).toArray();
    }

    @Test
    void swappingLabelsComplementsTheAuc() {
        qt().forAll(lists().of(integers().between(0, 19)).ofSizeBetween(4, 40)).assuming(RocPropertiesTest::bothClasses)
                .checkAssert(v -> {
                    RocAnalysis a = RocAnalysis.withDefaults().with(Direction.HIGHER_IS_POSITIVE);
                    RocCurve xy = a.analyze(scores(v), labels(v, false));
                    RocCurve yx = a.analyze(scores(v), labels(v, true));
                    assertEquals(1 - xy.auc(), yx.auc(), 1e-12);
                    assertEquals(xy.standardErrorDeLong(), yx.standardErrorDeLong(), 1e-12);
                    RocCurve lower = RocAnalysis.withDefaults().with(Direction.LOWER_IS_POSITIVE)
                            .analyze(scores(v), labels(v, false));
                    assertEquals(1 - xy.auc(), lower.auc(), 1e-12);
                });
    }

    @Test
    void probabilitiesAndRatesAreInRange() {
        qt().forAll(lists().of(integers().between(0, 19)).ofSizeBetween(4, 40)).assuming(RocPropertiesTest::bothClasses)
                .checkAssert(v -> {
                    for (AucStandardError se : AucStandardError.values()) {
                        RocCurve r = RocAnalysis.withDefaults().with(se).analyze(scores(v), labels(v, false));
                        assertTrue(r.auc() >= 0.5, "AUTO gives AUC >= 0.5");
                        double p = r.testVersusHalf().pValue();
                        if (r.testVersusHalf().isDefined()) {
                            assertTrue(p >= 0 && p <= 1, "P in [0,1]: " + p);
                        } else {
                            assertTrue(Double.isNaN(p) && r.auc() == 0.5 && r.standardErrorDeLong() == 0,
                                    "undefined only when every score is tied: " + r.testVersusHalf());
                        }
                        RocPoint first = r.thresholds().get(0);
                        assertEquals(1.0, first.sensitivity());
                        assertEquals(0.0, r.thresholds().get(r.thresholds().size() - 1).sensitivity());
                        double prev = 1;
                        for (RocPoint pt : r.thresholds()) {
                            assertTrue(pt.sensitivity() <= prev, "sensitivity non-increasing");
                            prev = pt.sensitivity();
                            assertTrue(pt.sensitivityInterval().contains(pt.sensitivity()));
                            assertTrue(pt.specificityInterval().contains(pt.specificity()));
                        }
                    }
                });
    }

    @Test
    void delongComparisonOfAScoreWithItself() {
        qt().forAll(lists().of(integers().between(0, 19)).ofSizeBetween(4, 40)).assuming(RocPropertiesTest::bothClasses)
                .checkAssert(v -> {
                    double[] s = scores(v);
                    double[] transformed = java.util.Arrays.stream(s).map(x -> Math.exp(x) + 3).toArray();
                    RocComparison c = RocAnalysis.withDefaults().compare(s, transformed, labels(v, false));
                    assertEquals(0.0, c.difference(), 1e-12);
                    assertEquals(1.0, c.pValue(), 1e-12);
                });
    }

    @Test
    void delongComparisonIsAntisymmetric() {
        qt().forAll(lists().of(integers().between(0, 99)).ofSizeBetween(6, 40)).assuming(v -> {
            long pos = v.stream().filter(x -> x % 2 == 1).count();
            return pos >= 2 && v.size() - pos >= 2;
        }).checkAssert(v -> {
            double[] a = v.stream().mapToDouble(x -> x / 10).toArray();
            double[] b = v.stream().mapToDouble(x -> (x * 7) % 10).toArray();
            int[] y = v.stream().mapToInt(x -> x % 2).toArray();
            RocAnalysis r = RocAnalysis.withDefaults().with(Direction.HIGHER_IS_POSITIVE);
            RocComparison ab = r.compare(a, b, y);
            RocComparison ba = r.compare(b, a, y);
            assertEquals(-ab.statistic(), ba.statistic(), 1e-9);
            assertEquals(ab.pValue(), ba.pValue(), 1e-12);
            assertTrue(ab.pValue() >= 0 && ab.pValue() <= 1);
            assertEquals(r.analyze(a, y).auc(), ab.aucA(), 1e-12);
        });
    }

    @Test
    void worksExampleFromPackageInfo() {
        // positives {3, 4}, negatives {1, 3}: pairs 1 + 1/2 + 1 + 1 = 3.5 of 4 (hand count, package-info)
        RocCurve r = RocAnalysis.withDefaults().analyze(new double[] {3, 4, 1, 3}, new int[] {1, 1, 0, 0});
        assertEquals(0.875, r.auc(), 0);
    }

    @Test
    void rejectsBadInputNamingTheArgument() {
        RocAnalysis a = RocAnalysis.withDefaults();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> a.analyze(new double[] {1, Double.NaN, 2, 3}, new int[] {0, 0, 1, 1}));
        assertTrue(e.getMessage().contains("scores[1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> a.analyze(new double[] {1, 2, 3},
                new int[] {0, 0, 1, 1}));
        assertTrue(e.getMessage().contains("scores") && e.getMessage().contains("labels"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> a.analyze(new double[] {1, 2, 3, 4},
                new int[] {0, 0, 0, 0}));
        assertTrue(e.getMessage().contains("positives"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> a.analyze(new double[] {1, 2, 3, 4},
                new int[] {0, 2, 1, 1}));
        assertTrue(e.getMessage().contains("labels[1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> a.withConfidenceLevel(1.5));
        assertTrue(e.getMessage().contains("confidenceLevel"), e.getMessage());
    }

    @Test
    void toStringReadsLikeAReport() {
        RocCurve r = RocAnalysis.withDefaults().analyze(new double[] {3, 4, 1, 3, 5, 0}, new int[] {1, 1, 0, 0, 1, 0});
        String s = r.toString();
        assertTrue(s.contains("AUC") && s.contains("Youden optimum") && s.contains("DeLong"), s);
    }
}
