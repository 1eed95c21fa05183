package org.radiomics4j.stats.categorical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radiomics4j.stats.OracleCases.assertRel;
import static org.radiomics4j.stats.OracleCases.num;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.stats.OracleCases;

/**
 * Every categorical case of testdata/stats against R 4.2.2 ({@code fisher.test}, {@code chisq.test},
 * {@code prop.trend.test}) and scipy 1.17.1. Tolerances: 1e-9 relative for P values and chi-square statistics
 * (closed forms / exact sums); 1e-6 for R's uniroot-based conditional MLE odds ratio and its CI; expected counts
 * 1e-9; counts exact.
 */
class CategoricalOracleTest {
    private static final String M = "categorical";
    private static final double CLOSED = 1e-9;
    private static final double ITER = 1e-6;

    static Stream<String> cases() {
        return OracleCases.caseIds(M);
    }

    private static int[][] table(JsonNode c) {
        List<String[]> rows = OracleCases.csv(M, c);
        int[][] t = new int[rows.size() - 1][];
        for (int i = 1; i < rows.size(); i++) {
            String[] r = rows.get(i);
            t[i - 1] = new int[r.length - 1];
            for (int j = 1; j < r.length; j++) {
                t[i - 1][j - 1] = Integer.parseInt(r[j].trim());
            }
        }
        return t;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void fisher(String id) {
        JsonNode c = OracleCases.expectedCase(M, id);
        int[][] t = table(c);
        JsonNode r = c.path("expected").path("R");
        JsonNode counts = r.path("table").path("counts");
        for (int i = 0; i < t.length; i++) {
            for (int j = 0; j < t[0].length; j++) {
                assertEquals(counts.get(i).get(j).asInt(), t[i][j], "input table");
            }
        }
        JsonNode f = r.path("fisher");
        FisherExactTest.Result rc = FisherExactTest.withDefaults().test(t);
        assertRel(f, "p", rc.pValue(), CLOSED, id + " r×c enumeration");
        if (t.length == 2 && t[0].length == 2) {
            FisherExactTest.TwoByTwoResult res = FisherExactTest.withDefaults().test2x2(t);
            assertRel(f, "p", res.pValue(), CLOSED, id);
            assertRel(f, "odds_ratio_cond_mle", res.oddsRatio(), ITER, id);
            assertRel(f, "ci_lower", res.oddsRatioInterval().lower(), ITER, id);
            assertRel(f, "ci_upper", res.oddsRatioInterval().upper(), ITER, id);
            JsonNode s = c.path("expected").path("scipy").path("fisher");
            assertRel(s, "p", res.pValue(), CLOSED, id + " scipy");
            assertRel(s, "odds_ratio_sample", res.sampleOddsRatio(), CLOSED, id + " scipy");
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void chiSquare(String id) {
        JsonNode c = OracleCases.expectedCase(M, id);
        int[][] t = table(c);
        JsonNode r = c.path("expected").path("R");
        for (ChiSquareCorrection cc : new ChiSquareCorrection[] {ChiSquareCorrection.YATES,
                ChiSquareCorrection.NONE}) {
            JsonNode e = r.path(cc == ChiSquareCorrection.YATES ? "chi2_yates" : "chi2_uncorrected");
            ChiSquareTest test = ChiSquareTest.withDefaults().with(cc);
            if (Double.isNaN(num(e.path("chi2")))) {
                // R: NaN (zero margin), scipy: ValueError -> ours: exception naming the all-zero row/column
                IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> test.test(t));
                assertTrue(ex.getMessage().contains("all zero"), ex.getMessage());
                continue;
            }
            ChiSquareTest.Result res = test.test(t);
            assertRel(e, "chi2", res.statistic(), CLOSED, id + " " + cc);
            assertEquals(e.path("df").asInt(), res.degreesOfFreedom());
            assertRel(e, "p", res.pValue(), CLOSED, id + " " + cc);
            double[][] ex = res.expected();
            for (int i = 0; i < ex.length; i++) {
                for (int j = 0; j < ex[0].length; j++) {
                    assertRel(num(e.path("expected").get(i).get(j)), ex[i][j], CLOSED, id + " E");
                }
            }
            boolean rWarned = e.has("warnings");
            assertEquals(rWarned, res.lowExpectedCount(), id + " low expected count");
            assertEquals(rWarned ? List.of(ChiSquareTest.LOW_EXPECTED_WARNING) : List.of(), res.warnings());
        }
        if (r.has("chi2_n_minus_1")) {
            JsonNode e = r.path("chi2_n_minus_1");
            ChiSquareTest.Result res = ChiSquareTest.withDefaults().with(ChiSquareCorrection.N_MINUS_ONE).test(t);
            assertRel(e, "chi2", res.statistic(), CLOSED, id + " N-1");
            assertRel(e, "p", res.pValue(), CLOSED, id + " N-1");
        }
        if (r.has("chi2_trend")) {
            JsonNode e = r.path("chi2_trend");
            TrendTest.Result res = TrendTest.withDefaults().test(t);
            assertRel(e, "chi2", res.statistic(), CLOSED, id + " trend");
            assertRel(e, "p", res.pValue(), CLOSED, id + " trend");
            assertEquals(1, res.degreesOfFreedom());
        }
    }

    @org.junit.jupiter.api.Test
    void fisherRejectsHugeTablesClearly() {
        int[][] big = new int[6][6];
        for (int[] row : big) {
            java.util.Arrays.fill(row, 30);
        }
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> FisherExactTest.withDefaults().test(big));
        assertTrue(ex.getMessage().contains("too large"), ex.getMessage());
    }

    @org.junit.jupiter.api.Test
    void invalidTablesNameTheCell() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> ChiSquareTest.withDefaults().test(new int[][] {{1, -2}, {3, 4}}));
        assertTrue(ex.getMessage().contains("table[0][1]"), ex.getMessage());
    }
}
