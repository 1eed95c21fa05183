package org.radiomics4j.stats.resampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.radiomics4j.stats.OracleCases.num;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.stats.OracleCases;

/**
 * ADASYN against imbalanced-learn 0.10.0 / scikit-learn 1.2.1 (python_debian blocks of testdata/stats/adasyn):
 * the deterministic part (r_i, r̂_i, g_i, neighbour lists) must match exactly (same arithmetic, same rint); the
 * random part is checked by properties over seeds (each seeded case prints its seed in its name).
 */
class AdasynOracleTest {
    private static final String M = "adasyn";

    static Stream<String> cases() {
        return OracleCases.caseIds(M);
    }

    record Data(double[][] x, int[] labels, JsonNode py) {
    }

    static Data data(String id) {
        JsonNode c = OracleCases.expectedCase(M, id);
        List<String[]> rows = OracleCases.csv(M, c);
        double[][] x = new double[rows.size() - 1][];
        int[] labels = new int[rows.size() - 1];
        for (int i = 1; i < rows.size(); i++) {
            String[] r = rows.get(i);
            labels[i - 1] = Integer.parseInt(r[0]);
            x[i - 1] = IntStream.range(1, r.length).mapToDouble(j -> Double.parseDouble(r[j])).toArray();
        }
        return new Data(x, labels, c.path("expected").path("python_debian"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void deterministicPartMatchesImblearnExactly(String id) {
        Data d = data(id);
        JsonNode setup = d.py.path("setup");
        if (d.py.has("error")) {
            // imblearn: RuntimeError (division by zero); ours: a clear IllegalArgumentException pointing to SMOTE
            IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                    () -> Adasyn.withDefaults().weights(d.x, d.labels));
            assertTrue(ex.getMessage().contains("Smote"), ex.getMessage());
            assertThrows(IllegalArgumentException.class, () -> Adasyn.withDefaults().resample(d.x, d.labels, 1L));
            // SMOTE works on the same data
            ResampledData s = Smote.withDefaults().resample(d.x, d.labels, 1L);
            assertEquals(setup.path("n_majority").asInt(), s.count(setup.path("minority_label").asInt()));
            return;
        }
        JsonNode det = d.py.path("deterministic");
        AdasynWeights w = Adasyn.withDefaults().weights(d.x, d.labels);
        assertEquals(setup.path("minority_label").asInt(), w.label());
        assertEquals(setup.path("G_requested").asInt(), w.requested());
        assertArrayEquals(ints(det.path("minority_row_indices")), w.rows());
        double[] r = w.r();
        double[] rHat = w.rHat();
        int[] g = w.g();
        int[][] nn = w.neighbours();
        for (int i = 0; i < r.length; i++) {
            assertEquals(num(det.path("r").get(i)), r[i], 0.0, id + " r[" + i + "]");
            assertEquals(num(det.path("rhat").get(i)), rHat[i], 0.0, id + " rhat[" + i + "]");
            assertEquals(det.path("g").get(i).asInt(), g[i], id + " g[" + i + "]");
            assertArrayEquals(ints(det.path("minority_neighbours").get(i)), nn[i], id + " neighbours " + i);
        }
        assertEquals(det.path("sum_g").asInt(), w.generated());
    }

    static int[] ints(JsonNode a) {
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asInt();
        }
        return out;
    }

    static Stream<Arguments> seeded() {
        return Stream.of("ad01_2d_overlap", "ad02_5d").flatMap(id -> IntStream.range(0, 25)
                .mapToObj(s -> Arguments.of(id, 1000L + s)));
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("seeded")
    void resampledRowsHaveImblearnStructure(String id, long seed) {
        Data d = data(id);
        AdasynWeights w = Adasyn.withDefaults().weights(d.x, d.labels);
        ResampledData out = Adasyn.withDefaults().resample(d.x, d.labels, seed);
        double[][] f = out.features();
        int n = d.x.length;
        // original rows first, unchanged
        for (int i = 0; i < n; i++) {
            assertArrayEquals(d.x[i], f[i], 0.0);
            assertEquals(d.labels[i], out.labels()[i]);
        }
        assertEquals(n + w.generated(), out.size(), "seed " + seed);
        int[] rows = w.rows();
        int[][] nn = w.neighbours();
        int[] g = w.g();
        int at = n;
        for (int i = 0; i < rows.length; i++) {
            for (int t = 0; t < g[i]; t++, at++) {
                assertTrue(out.synthetic()[at]);
                assertEquals(rows[i], out.seedRow()[at], "grouped by seed sample in minority order");
                int nb = out.neighbourRow()[at];
                assertTrue(IntStream.of(nn[i]).anyMatch(j -> rows[j] == nb), "partner is a minority neighbour");
                double u = out.step()[at];
                assertTrue(u >= 0 && u < 1);
                for (int k = 0; k < f[at].length; k++) {
                    double expected = d.x[rows[i]][k] + u * (d.x[nb][k] - d.x[rows[i]][k]);
                    assertEquals(expected, f[at][k], 1e-12, "on the segment");
                }
                assertEquals(w.label(), out.labels()[at]);
            }
        }
        // reproducible per seed
        assertArrayEquals(f[f.length - 1], Adasyn.withDefaults().resample(d.x, d.labels, seed).features()[f.length - 1]);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void syntheticMeanMatchesImblearnAnalyticMean(String id) {
        Data d = data(id);
        if (d.py.has("error")) {
            return; // covered by deterministicPartMatchesImblearnExactly
        }
        JsonNode p = d.py.path("properties");
        int runs = 200;
        int dim = d.x[0].length;
        double[] mean = new double[dim];
        for (int s = 0; s < runs; s++) {
            ResampledData out = Adasyn.withDefaults().resample(d.x, d.labels, s);
            double[][] f = out.features();
            double[] m = new double[dim];
            int c = 0;
            for (int i = 0; i < f.length; i++) {
                if (out.synthetic()[i]) {
                    for (int k = 0; k < dim; k++) {
                        m[k] += f[i][k];
                    }
                    c++;
                }
            }
            for (int k = 0; k < dim; k++) {
                mean[k] += m[k] / c / runs;
            }
        }
        for (int k = 0; k < dim; k++) {
            double analytic = num(p.path("synthetic_mean_analytic").get(k));
            double sd = num(p.path("synthetic_mean_sd_between_runs").get(k));
            // mean of 200 runs: SE = sd/sqrt(200); 4 SE leaves a ~1e-4 false-alarm rate per coordinate (seeds fixed)
            assertEquals(analytic, mean[k], 4 * sd / Math.sqrt(runs), id + " feature " + k);
            assertTrue(mean[k] >= num(p.path("minority_bounding_box_min").get(k))
                    && mean[k] <= num(p.path("minority_bounding_box_max").get(k)));
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void syntheticCohortHasExactRequestedSizes(long seed) {
        Data d = data("ad01_2d_overlap");
        ResampledData cohort = Adasyn.withDefaults().syntheticCohort(d.x, d.labels, Map.of(1, 87, 0, 90), seed);
        assertEquals(87, cohort.count(1));
        assertEquals(90, cohort.count(0));
        assertEquals(177, cohort.syntheticCount());
        ResampledData smote = Smote.withDefaults().syntheticCohort(d.x, d.labels, Map.of(1, 87, 0, 90), seed);
        assertEquals(87, smote.count(1));
        assertEquals(90, smote.count(0));
        for (ResampledData r : new ResampledData[] {cohort, smote}) {
            double[][] f = r.features();
            for (int i = 0; i < r.size(); i++) {
                int a = r.seedRow()[i];
                int b = r.neighbourRow()[i];
                assertEquals(d.labels[a], r.labels()[i]);
                assertEquals(d.labels[b], r.labels()[i], "partner from the same class");
                for (int k = 0; k < 2; k++) {
                    assertEquals(d.x[a][k] + r.step()[i] * (d.x[b][k] - d.x[a][k]), f[i][k], 1e-12);
                }
            }
        }
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 10).boxed();
    }

    @Test
    void smoteBalancesClasses() {
        Data d = data("ad02_5d");
        ResampledData r = Smote.withDefaults().resample(d.x, d.labels, 7L);
        assertEquals(r.count(0), r.count(1));
        assertEquals(d.x.length + 28, r.size());
    }

    @Test
    void largestRemainderHitsTheTotal() {
        assertArrayEquals(new int[] {1, 1, 1}, Adasyn.largestRemainder(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, 3));
        assertArrayEquals(new int[] {2, 1, 0}, Adasyn.largestRemainder(new double[] {0.5, 0.5, 0}, 3));
    }

    @Test
    void invalidInputIsNamed() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> Adasyn.withDefaults().weights(new double[][] {{1}, {2}}, new int[] {0}));
        assertTrue(ex.getMessage().contains("labels"), ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> Adasyn.withDefaults()
                .weights(new double[][] {{1}, {Double.NaN}}, new int[] {0, 1}));
        assertTrue(ex.getMessage().contains("x[1]"), ex.getMessage());
    }
}
