package org.radiomics4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.radiomics4j.stats.categorical.ChiSquareCorrection;
import org.radiomics4j.stats.categorical.ChiSquareTest;
import org.radiomics4j.stats.categorical.FisherExactTest;
import org.radiomics4j.stats.normality.ShapiroWilkTest;
import org.radiomics4j.stats.reliability.IccResult;
import org.radiomics4j.stats.reliability.IntraclassCorrelation;
import org.radiomics4j.stats.test.HodgesLehmann;
import org.radiomics4j.stats.test.MannWhitneyUTest;
import org.radiomics4j.stats.test.PValueMethod;
import org.radiomics4j.stats.test.TTest;
import org.radiomics4j.stats.test.VarianceAssumption;

/**
 * Properties over random inputs (QuickTheories): every P value is in [0, 1]; one- and two-sided P values are
 * consistent; the Fisher r×c enumeration agrees with the 2×2 hypergeometric P; the exact Mann–Whitney distribution
 * is symmetric without ties. Small integer-valued samples make ties and degenerate cases frequent.
 */
class PValuePropertiesTest {

    private static Gen<List<Double>> sample(int min, int max) {
        // values on a coarse grid (ties common) mixed with continuous values
        return lists().of(integers().between(-20, 20).map(i -> i / 2.0).mix(doubles().between(-50, 50), 50))
                .ofSizeBetween(min, max);
    }

    private static double[] arr(List<Double> l) {
        return l.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean inUnit(double p) {
        return p >= 0 && p <= 1;
    }

    @Test
    void twoSampleTestsGiveValidAndConsistentP() {
        qt().withExamples(300).forAll(sample(2, 15), sample(2, 15)).checkAssert((lx, ly) -> {
            double[] x = arr(lx);
            double[] y = arr(ly);
            boolean allTied = lx.stream().distinct().count() == 1 && ly.stream().distinct().count() == 1
                    && lx.get(0).equals(ly.get(0));
            if (allTied) {
                return;
            }
            for (PValueMethod m : new PValueMethod[] {PValueMethod.EXACT, PValueMethod.ASYMPTOTIC}) {
                MannWhitneyUTest t = MannWhitneyUTest.withDefaults().with(m).withContinuityCorrection(false);
                double two = t.test(x, y).pValue();
                double g = t.with(AlternativeHypothesis.GREATER).test(x, y).pValue();
                double l = t.with(AlternativeHypothesis.LESS).test(x, y).pValue();
                assertTrue(inUnit(two) && inUnit(g) && inUnit(l), m + " P in [0,1]");
                if (m == PValueMethod.EXACT) {
                    assertTrue(g + l >= 1 - 1e-12, "exact tails overlap at the observed value");
                } else {
                    assertEquals(1.0, g + l, 1e-12);
                    assertEquals(Math.min(1, 2 * Math.min(g, l)), two, 1e-12);
                }
            }
            double nx = HodgesLehmann.withDefaults().estimate(x, y).estimate();
            assertTrue(Double.isFinite(nx));
            try {
                TTest.Result r = TTest.withDefaults().with(VarianceAssumption.EQUAL).test(x, y);
                double g = TTest.withDefaults().with(VarianceAssumption.EQUAL).with(AlternativeHypothesis.GREATER)
                        .test(x, y).pValue();
                assertTrue(inUnit(r.pValue()) && inUnit(g));
                assertEquals(Math.min(1, 2 * Math.min(g, 1 - g)), r.pValue(), 1e-12);
                assertTrue(r.confidenceInterval().contains(r.meanDifference()));
            } catch (IllegalArgumentException constantBoth) {
                assertTrue(constantBoth.getMessage().contains("constant"), constantBoth.getMessage());
            }
        });
    }

    @Test
    void exactMannWhitneyIsSymmetricWithoutTies() {
        qt().withExamples(200).forAll(lists().of(doubles().between(-100, 100)).ofSizeBetween(1, 12),
                lists().of(doubles().between(-100, 100)).ofSizeBetween(1, 12)).assuming((a, b) -> {
                    List<Double> all = new java.util.ArrayList<>(a);
                    all.addAll(b);
                    return all.stream().distinct().count() == all.size();
                }).checkAssert((a, b) -> {
                    MannWhitneyUTest t = MannWhitneyUTest.withDefaults().with(PValueMethod.EXACT);
                    assertEquals(t.test(arr(a), arr(b)).pValue(), t.test(arr(b), arr(a)).pValue(), 1e-12);
                });
    }

    @Test
    void shapiroWilkWInUnitIntervalAndPValid() {
        qt().withExamples(300).forAll(lists().of(doubles().between(-1e3, 1e3)).ofSizeBetween(3, 60))
                .assuming(l -> l.stream().distinct().count() > 1 && !ShapiroWilkTest.isConstant(arr(l)))
                .checkAssert(l -> {
                    ShapiroWilkTest.Result r = ShapiroWilkTest.withDefaults().test(arr(l));
                    assertTrue(r.statistic() > 0 && r.statistic() <= 1 + 1e-12, r.toString());
                    assertTrue(inUnit(r.pValue()), r.toString());
                });
    }

    @Test
    void fisherEnumerationAgreesWith2x2AndChiSquareIsValid() {
        qt().withExamples(300).forAll(integers().between(0, 12), integers().between(0, 12), integers().between(0, 12),
                integers().between(0, 12)).assuming((a, b, c, d) -> a + b + c + d > 0).checkAssert((a, b, c, d) -> {
                    int[][] t = {{a, b}, {c, d}};
                    FisherExactTest.TwoByTwoResult two = FisherExactTest.withDefaults().test2x2(t);
                    double rc = FisherExactTest.withDefaults().test(t).pValue();
                    assertTrue(inUnit(two.pValue()));
                    assertEquals(two.pValue(), rc, 1e-9 * Math.max(rc, 1e-300));
                    assertTrue(two.oddsRatioInterval().lower() <= two.oddsRatio()
                            && two.oddsRatio() <= two.oddsRatioInterval().upper());
                    FisherExactTest.TwoByTwoResult less = FisherExactTest.withDefaults()
                            .with(AlternativeHypothesis.LESS).test2x2(t);
                    FisherExactTest.TwoByTwoResult greater = FisherExactTest.withDefaults()
                            .with(AlternativeHypothesis.GREATER).test2x2(t);
                    assertTrue(inUnit(less.pValue()) && inUnit(greater.pValue()));
                    assertTrue(less.pValue() + greater.pValue() >= 1 - 1e-12, "tails overlap at the observed table");
                    assertEquals(0.0, less.oddsRatioInterval().lower());
                    assertEquals(Double.POSITIVE_INFINITY, greater.oddsRatioInterval().upper());
                    // one-sided 95% bounds are inside the two-sided 95% interval
                    assertTrue(greater.oddsRatioInterval().lower() >= two.oddsRatioInterval().lower() * (1 - 1e-9));
                    assertTrue(less.oddsRatioInterval().upper() <= two.oddsRatioInterval().upper() * (1 + 1e-9));
                    boolean zeroMargin = a + b == 0 || c + d == 0 || a + c == 0 || b + d == 0;
                    if (!zeroMargin) {
                        for (ChiSquareCorrection cc : ChiSquareCorrection.values()) {
                            assertTrue(inUnit(ChiSquareTest.withDefaults().with(cc).test(t).pValue()));
                        }
                    }
                });
    }

    @Test
    void iccPValuesValidAndCiOrdered() {
        qt().withExamples(200).forAll(lists().of(doubles().between(0, 100)).ofSizeBetween(3, 12),
                integers().between(-5, 5)).checkAssert((l, noise) -> {
                    double[] a = arr(l);
                    double[] b = new double[a.length];
                    for (int i = 0; i < a.length; i++) {
                        b[i] = a[i] + noise * ((i * 7919) % 11 - 5) / 5.0;
                    }
                    double[][] x = IntraclassCorrelation.ratingsFromReaders(a, b);
                    try {
                        for (IccResult r : IntraclassCorrelation.withDefaults().computeAll(x)) {
                            assertTrue(inUnit(r.pValue()), r.toString());
                            assertTrue(r.icc() <= 1 + 1e-12, r.toString());
                            // ordered bounds; an average-measure lower bound may be -Infinity (Spearman–Brown pole)
                            assertTrue(r.confidenceInterval().lower() <= r.confidenceInterval().upper(),
                                    r.toString());
                            assertTrue(r.confidenceInterval().upper() <= 1, r.toString());
                        }
                    } catch (IllegalArgumentException identicalSubjects) {
                        // the only input outside the domain here: all subject means equal (MS_R = 0)
                        assertTrue(identicalSubjects.getMessage().contains("subjects"),
                                identicalSubjects.getMessage());
                    }
                });
    }
}
