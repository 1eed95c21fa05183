package org.radiomics4j.stats.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radiomics4j.stats.OracleCases.assertRel;
import static org.radiomics4j.stats.OracleCases.num;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.stats.OracleCases;

/**
 * icc cases against R psych 2.2.9 {@code ICC(x, lmer = FALSE)} (the primary reference named by the oracle):
 * ICC, F, df, P and 95% CI of all six forms and the ANOVA mean squares, 1e-9 relative (closed forms with F
 * quantiles). Where psych's F is floating-point noise of an exact zero mean square (> 1e15, see the cases' notes),
 * our defined values are asserted instead: F = +∞, P = 0.
 */
class IccOracleTest {
    private static final String M = "icc";
    private static final double CLOSED = 1e-9;

    static Stream<String> cases() {
        return OracleCases.caseIds(M);
    }

    static double[][] ratings(JsonNode c) {
        List<String[]> rows = OracleCases.csv(M, c);
        double[][] r = new double[rows.size() - 1][];
        for (int i = 1; i < rows.size(); i++) {
            r[i - 1] = java.util.Arrays.stream(rows.get(i)).mapToDouble(Double::parseDouble).toArray();
        }
        return r;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void allSixFormsAgreeWithPsych(String id) {
        JsonNode c = OracleCases.expectedCase(M, id);
        double[][] x = ratings(c);
        JsonNode psych = c.path("expected").path("R").path("psych");
        IntraclassCorrelation icc = IntraclassCorrelation.withDefaults();
        for (IccResult r : icc.computeAll(x)) {
            JsonNode e = psych.path("forms").path(r.form().shroutFleissName());
            String w = id + " " + r.form().shroutFleissName();
            assertRel(e, "icc", r.icc(), CLOSED, w);
            assertEquals(e.path("df1").asDouble(), r.df1(), w);
            assertEquals(e.path("df2").asDouble(), r.df2(), w);
            if (num(e.path("F")) > 1e15) {
                assertEquals(Double.POSITIVE_INFINITY, r.statistic(), w);
                assertEquals(0.0, r.pValue(), w);
            } else {
                assertRel(e, "F", r.statistic(), CLOSED, w);
                assertRel(e, "p", r.pValue(), CLOSED, w);
            }
            assertRel(e, "ci_lower", r.confidenceInterval().lower(), CLOSED, w);
            assertRel(e, "ci_upper", r.confidenceInterval().upper(), CLOSED, w);
            assertEquals(IccThresholds.DEFAULT.classify(num(e.path("icc"))), r.reliability(), w);
        }
        JsonNode a = psych.path("anova");
        IccAnova an = icc.anova(x);
        assertRel(a, "MS_subjects", an.msSubjects(), CLOSED, id);
        assertEquals(a.path("df_subjects").asInt(), an.dfSubjects());
        assertEquals(a.path("df_raters").asInt(), an.dfRaters());
        assertEquals(a.path("df_error").asInt(), an.dfError());
        for (String[] f : new String[][] {{"MS_raters", "r"}, {"MS_error", "e"}, {"MS_within", "w"}}) {
            double expected = num(a.path(f[0]));
            double actual = switch (f[1]) {
                case "r" -> an.msRaters();
                case "e" -> an.msError();
                default -> an.msWithin();
            };
            if (expected < 1e-20 * an.msSubjects()) {
                assertTrue(Math.abs(actual) < 1e-20 * an.msSubjects(), id + " " + f[0] + " is an exact zero: "
                        + actual);
            } else {
                assertRel(expected, actual, CLOSED, id + " " + f[0]);
            }
        }
    }

    @Test
    void classificationThresholds() {
        IccThresholds t = IccThresholds.DEFAULT;
        assertEquals(IccReliability.UNSTABLE, t.classify(0.7499));
        assertEquals(IccReliability.STABLE, t.classify(0.75));
        assertEquals(IccReliability.STABLE, t.classify(0.8999));
        assertEquals(IccReliability.EXCELLENT, t.classify(0.9));
        assertEquals(IccReliability.EXCELLENT, new IccThresholds(0.5, 0.8).classify(0.85));
        assertThrows(IllegalArgumentException.class, () -> new IccThresholds(0.9, 0.75));
    }

    @Test
    void invalidInputNamesTheArgument() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> IntraclassCorrelation
                .withDefaults().computeAll(new double[][] {{1, 2}, {3, Double.NaN}}));
        assertTrue(ex.getMessage().contains("ratings[1]"), ex.getMessage());
        assertThrows(IllegalArgumentException.class, () -> IntraclassCorrelation.withDefaults()
                .computeAll(new double[][] {{1}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> IntraclassCorrelation.withDefaults()
                .computeAll(new double[][] {{1, 2}, {1, 2}}));
    }
}
