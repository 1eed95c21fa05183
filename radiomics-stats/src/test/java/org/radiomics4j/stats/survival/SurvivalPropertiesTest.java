package org.radiomics4j.stats.survival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties of the survival package (QuickTheories). Each subject is an integer v in [0, 120): time = v / 4
 * (ties common), event = v % 4 != 0, group = v % 2.
 */
class SurvivalPropertiesTest {

    private static double[] time(List<Integer> v) {
        return v.stream().mapToDouble(x -> x / 4).toArray();
    }

    private static boolean[] event(List<Integer> v) {
        boolean[] e = new boolean[v.size()];
        for (int i = 0; i < e.length; i++) {
            e[i] = v.get(i) % 4 != 0;
        }
        return e;
    }

    private static int[] group(List<Integer> v) {
        return v.stream().mapToInt(x -> x % 2).toArray();
    }

    @Test
    void kaplanMeierIsNonIncreasingInUnitInterval() {
        qt().forAll(lists().of(integers().between(0, 119)).ofSizeBetween(1, 50)).checkAssert(v -> {
            for (ConfidenceType type : ConfidenceType.values()) {
                SurvivalCurve c = KaplanMeier.withDefaults().with(type).estimate(time(v), event(v));
                double prev = 1;
                int lost = 0;
                for (SurvivalStep s : c.steps()) {
                    assertTrue(s.survival() >= 0 && s.survival() <= prev, "S non-increasing in [0,1]");
                    prev = s.survival();
                    assertEquals(v.size() - lost, s.atRisk(), "at risk");
                    lost += s.events() + s.censored();
                    if (s.interval() != null) {
                        assertTrue(s.interval().lower() >= 0 && s.interval().upper() <= 1);
                        assertTrue(s.interval().contains(s.survival()), "CI contains S");
                    }
                }
                assertEquals(v.size(), lost);
                if (c.median().reached() && c.median().lower() != null) {
                    assertTrue(c.median().lower() <= c.median().median());
                }
            }
        });
    }

    private static boolean informative(List<Integer> v) {
        return informative(time(v), event(v), group(v));
    }

    /**
     * Whether some event time has both groups at risk and more subjects at risk than events (V > 0 there).
     */
    private static boolean informative(double[] t, boolean[] e, int[] g) {
        for (int i = 0; i < t.length; i++) {
            if (!e[i]) {
                continue;
            }
            boolean[] seen = new boolean[2];
            int atRisk = 0;
            int deaths = 0;
            for (int j = 0; j < t.length; j++) {
                if (t[j] >= t[i]) {
                    seen[g[j]] = true;
                    atRisk++;
                }
                if (t[j] == t[i] && e[j]) {
                    deaths++;
                }
            }
            if (seen[0] && seen[1] && atRisk > deaths) {
                return true;
            }
        }
        return false;
    }

    @Test
    void singularLogRankVarianceIsRejected() {
        // the only event happens when group 1 is no longer at risk: V = 0, no comparison is possible
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LogRankTest.withDefaults()
                .test(new double[] {1, 2, 3}, new boolean[] {false, false, true}, new int[] {1, 0, 0}));
        assertTrue(e.getMessage().contains("singular"), e.getMessage());
    }

    @Test
    void logRankPValuesInRangeAndOneStratumEqualsUnstratified() {
        qt().forAll(lists().of(integers().between(0, 119)).ofSizeBetween(4, 50)).assuming(v -> {
            int[] g = group(v);
            boolean[] e = event(v);
            boolean any = false;
            for (boolean b : e) {
                any |= b;
            }
            return any && java.util.Arrays.stream(g).distinct().count() == 2 && informative(v);
        }).checkAssert(v -> {
            LogRankResult r = LogRankTest.withDefaults().test(time(v), event(v), group(v));
            assertTrue(r.pValue() >= 0 && r.pValue() <= 1, "P in [0,1]");
            LogRankResult s = LogRankTest.withDefaults().test(time(v), event(v), group(v), new int[v.size()]);
            assertEquals(r.statistic(), s.statistic(), 1e-12);
            double sumO = 0;
            double sumE = 0;
            for (LogRankGroup g : r.groups()) {
                sumO += g.observed();
                sumE += g.expected();
            }
            assertEquals(sumO, sumE, 1e-9, "sum O = sum E");
        });
    }

    @Test
    void stratifiedLogRankAddsStrata() {
        // two copies of the same data as two strata: O, E and V double, so chi2 doubles (Mantel-Haenszel sum)
        double[] t = {1, 2, 3, 4, 5, 6, 7, 8};
        boolean[] e = {true, true, false, true, true, true, false, true};
        int[] g = {0, 1, 0, 1, 0, 1, 0, 1};
        LogRankResult one = LogRankTest.withDefaults().test(t, e, g);
        double[] t2 = new double[16];
        boolean[] e2 = new boolean[16];
        int[] g2 = new int[16];
        int[] s2 = new int[16];
        for (int i = 0; i < 16; i++) {
            t2[i] = t[i % 8];
            e2[i] = e[i % 8];
            g2[i] = g[i % 8];
            s2[i] = i / 8;
        }
        LogRankResult two = LogRankTest.withDefaults().test(t2, e2, g2, s2);
        assertEquals(2, two.strata());
        assertEquals(2 * one.statistic(), two.statistic(), 1e-12);
    }

    @Test
    void coxTestPValuesInRange() {
        qt().forAll(lists().of(integers().between(0, 119)).ofSizeBetween(6, 40)).assuming(v -> {
            int[] g = group(v);
            boolean[] e = event(v);
            boolean any = false;
            for (boolean b : e) {
                any |= b;
            }
            // uninformative data stay in the generated set: their defined behaviour is asserted below
            return any && java.util.Arrays.stream(g).distinct().count() == 2;
        }).checkAssert(v -> {
            for (Ties ties : Ties.values()) {
                CoxModel m;
                try {
                    m = CoxRegression.withDefaults().with(ties).fit(time(v), event(v), "g", group(v));
                } catch (IllegalArgumentException noInformation) {
                    // defined behaviour (as R coxph's NA coefficient for a singular information matrix), allowed
                    // only for uninformative data: if every event's risk set holds one group only, the partial
                    // likelihood is flat in beta and the coefficient is undefined
                    assertTrue(!informative(v), "informative data must fit: " + noInformation.getMessage());
                    assertTrue(noInformation.getMessage().contains("[g]")
                            && noInformation.getMessage().contains("no usable information"),
                            noInformation.getMessage());
                    continue;
                }
                assertTrue(m.scoreTest().pValue() >= 0 && m.scoreTest().pValue() <= 1);
                assertTrue(m.likelihoodRatioTest().pValue() >= 0 && m.likelihoodRatioTest().pValue() <= 1);
                assertTrue(m.converged() != m.monotoneLikelihood());
                if (m.converged()) {
                    double p = m.coefficients().get(0).pValue();
                    assertTrue(p >= 0 && p <= 1);
                }
            }
        });
    }

    @Test
    void coxIsScaleEquivariantAndMultivariableRuns() {
        qt().withExamples(200).forAll(lists().of(integers().between(0, 119)).ofSizeBetween(8, 40)).assuming(v -> {
            boolean[] e = event(v);
            boolean any = false;
            for (boolean b : e) {
                any |= b;
            }
            return any && java.util.Arrays.stream(group(v)).distinct().count() == 2 && informative(v);
        }).checkAssert(v -> {
            double[] x = v.stream().mapToDouble(a -> (a * 37 % 101) / 10.0).toArray();
            double[] x2 = java.util.Arrays.stream(x).map(a -> 2 * a - 7).toArray();
            CoxModel m = CoxRegression.withDefaults().fit(time(v), event(v), "x", x);
            CoxModel s = CoxRegression.withDefaults().fit(time(v), event(v), "x", x2);
            assertEquals(m.logLikelihood(), s.logLikelihood(), 1e-9 * (1 + Math.abs(m.logLikelihood())));
            assertEquals(m.converged(), s.converged());
            if (m.converged()) {
                assertEquals(m.coefficients().get(0).estimate() / 2, s.coefficients().get(0).estimate(), 1e-9);
                assertEquals(m.coefficients().get(0).z(), s.coefficients().get(0).z(), 1e-7);
                double[] g = java.util.Arrays.stream(group(v)).asDoubleStream().toArray();
                if (!java.util.Arrays.equals(g, x)) {
                    CoxModel two = CoxRegression.withDefaults().fit(time(v), event(v), java.util.List.of("x", "g"),
                            new double[][] {x, g});
                    assertTrue(two.likelihoodRatioTest().statistic() >= m.likelihoodRatioTest().statistic() - 1e-9,
                            "adding a covariate cannot lower the likelihood");
                }
            }
        });
    }

    private static double[] positionTimes(List<Integer> v) {
        double[] t = new double[v.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = i + v.get(i) % 3 * 0.25;
        }
        return t;
    }

    @Test
    void efronEqualsBreslowWithoutTiedEvents() {
        // Efron's correction only acts on tied event times (Efron 1977); here time = position, so no ties
        qt().withExamples(200).forAll(lists().of(integers().between(0, 119)).ofSizeBetween(6, 40))
                .assuming(v -> informative(positionTimes(v), event(v), group(v))).checkAssert(v -> {
                    double[] t = positionTimes(v);
                    CoxModel efron = CoxRegression.withDefaults().fit(t, event(v), "g", group(v));
                    CoxModel breslow = CoxRegression.withDefaults().with(Ties.BRESLOW).fit(t, event(v), "g",
                            group(v));
                    assertEquals(efron.logLikelihoodNull(), breslow.logLikelihoodNull(),
                            1e-12 * (1 + Math.abs(efron.logLikelihoodNull())));
                    assertEquals(efron.logLikelihood(), breslow.logLikelihood(),
                            1e-9 * (1 + Math.abs(efron.logLikelihood())));
                    assertEquals(efron.scoreTest().statistic(), breslow.scoreTest().statistic(), 1e-9);
                });
    }

    @Test
    void rejectsBadInputNamingTheArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KaplanMeier.withDefaults().estimate(new double[] {1, Double.NaN}, new boolean[] {true, true}));
        assertTrue(e.getMessage().contains("time[1]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> KaplanMeier.withDefaults().estimate(new double[] {1, 2}, new boolean[] {true}));
        assertTrue(e.getMessage().contains("event"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LogRankTest.withDefaults().test(new double[] {1, 2},
                new boolean[] {true, true}, new int[] {0, 0}));
        assertTrue(e.getMessage().contains("group"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CoxRegression.withDefaults().fit(
                new double[] {1, 2, 3}, new boolean[] {true, false, true}, "x", new double[] {1, 1, 1}));
        assertTrue(e.getMessage().contains("x") && e.getMessage().contains("constant"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FeatureCutoff.of(Double.NaN));
        assertTrue(e.getMessage().contains("cutoff"), e.getMessage());
    }

    @Test
    void numberAtRiskAndSurvivalAt() {
        SurvivalCurve c = KaplanMeier.withDefaults().estimate(new double[] {1, 2, 2, 3, 5},
                new boolean[] {true, true, false, true, false});
        // at-risk counts follow from the definition (subjects with time >= t)
        assertEquals(5, c.numberAtRisk(0.5));
        assertEquals(4, c.numberAtRisk(2));
        assertEquals(1, c.numberAtRisk(4));
        assertEquals(0, c.numberAtRisk(6));
        assertEquals(1.0, c.survivalAt(0.5));
        assertEquals(c.steps().get(1).survival(), c.survivalAt(2.5));
        assertTrue(c.toString().contains("Kaplan-Meier"));
    }
}
