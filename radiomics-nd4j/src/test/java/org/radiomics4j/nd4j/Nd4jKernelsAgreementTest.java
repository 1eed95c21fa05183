package org.radiomics4j.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.features.glcm.GlcmFeature;
import org.radiomics4j.core.spi.FeatureKernelBackend;
import org.radiomics4j.core.spi.FeatureKernelBackends;

/**
 * The ND4J kernels against the plain-Java reference kernels, both through the public
 * {@link FeatureKernelBackend} interface, on seeded random matrices (gappy grey levels, real-valued counts, large
 * and small): per-direction GLCM and GLRLM values, the sixteen size-matrix statistics and the NGTDM sums, 1e-12
 * relative (see {@link Nd4jFamiliesAgreementTest} for why). Moved here from radiomics-core when ND4J left it.
 */
class Nd4jKernelsAgreementTest {
    private static final FeatureKernelBackend JAVA = FeatureKernelBackends.plainJava();
    private static final FeatureKernelBackend ND4J = FeatureKernelBackends.forBackend(ComputeBackend.ND4J);

    static LongStream seeds() {
        return LongStream.range(1000, 1040);
    }

    @Test
    void serviceLoaderFindsThisModule() {
        assertSame(Nd4jFeatureKernelBackend.class, ND4J.getClass());
        assertEquals(ComputeBackend.ND4J, ND4J.backend());
        assertEquals(ComputeBackend.JAVA, JAVA.backend());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void glcmPerDirectionAgrees(long seed) {
        System.out.println("Nd4jKernelsAgreementTest GLCM seed " + seed);
        Random r = new Random(seed);
        int ng = seed == 1000 ? 256 : 1 + r.nextInt(40); // one binCount-256 case besides the usual small ones
        List<Integer> present = new ArrayList<>();
        for (int g = 1; g <= ng; g++) {
            if (g == ng || r.nextDouble() < 0.7) {
                present.add(g);
            }
        }
        int n = present.size();
        int na = 1 + r.nextInt(13);
        double[] counts = new double[na * n * n];
        for (int k = 0; k < counts.length; k++) {
            counts[k] = r.nextDouble() < 0.3 ? 0 : r.nextInt(100) + r.nextDouble();
        }
        for (int a = 0; a < na; a++) {
            counts[a * n * n] += 1; // no empty matrix
        }
        int[] levels = present.stream().mapToInt(Integer::intValue).toArray();
        double[][] mj = new double[2][na];
        double[][] mn = new double[2][na];
        double[][] pj = JAVA.glcmPerDirection(counts.clone(), na, levels, ng, true, mj);
        double[][] pn = ND4J.glcmPerDirection(counts.clone(), na, levels, ng, true, mn);
        for (GlcmFeature f : GlcmFeature.values()) {
            if (f == GlcmFeature.MCC) {
                continue;
            }
            for (int a = 0; a < na; a++) {
                double x = pj[f.ordinal()][a];
                double scale = f == GlcmFeature.CLUSTER_SHADE
                        ? Math.pow(pj[GlcmFeature.CLUSTER_TENDENCY.ordinal()][a], 1.5) : Math.abs(x);
                assertTrue(TestVolumes.close(x, pn[f.ordinal()][a], 0, 1e-13 + 1e-12 * scale),
                        f + " direction " + a + ", seed " + seed + ": java " + x + " nd4j " + pn[f.ordinal()][a]);
            }
        }
        // eigenvalues of Q, whose largest eigenvalue is 1: 1e-12 of that scale
        for (int a = 0; a < na; a++) {
            assertTrue(Math.abs(mj[0][a] - mn[0][a]) <= 1e-12 && Math.abs(mj[1][a] - mn[1][a]) <= 1e-12,
                    "MCC eigenvalue, direction " + a + ", seed " + seed + ": java " + mj[0][a] + "+" + mj[1][a]
                            + "i nd4j " + mn[0][a] + "+" + mn[1][a] + "i");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void glrlmPerDirectionAgrees(long seed) {
        System.out.println("Nd4jKernelsAgreementTest GLRLM seed " + seed);
        Random r = new Random(seed);
        int ng = 1 + r.nextInt(30);
        int nr = 1 + r.nextInt(20);
        int na = 1 + r.nextInt(13);
        int[] levels = increasing(r, ng);
        int[] lengths = increasing(r, nr);
        double[] counts = new double[na * ng * nr];
        for (int k = 0; k < counts.length; k++) {
            counts[k] = r.nextDouble() < 0.4 ? 0 : r.nextInt(50) + r.nextDouble();
        }
        for (int a = 0; a < na; a++) {
            counts[a * ng * nr] += 1;
        }
        double[][] pj = JAVA.glrlmPerDirection(counts, na, levels, lengths);
        double[][] pn = ND4J.glrlmPerDirection(counts, na, levels, lengths);
        for (int f = 0; f < pj.length; f++) {
            for (int a = 0; a < na; a++) {
                assertTrue(TestVolumes.close(pj[f][a], pn[f][a], 1e-12, 1e-13),
                        "feature " + f + " direction " + a + ", seed " + seed + ": java " + pj[f][a] + " nd4j "
                                + pn[f][a]);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sizeMatrixStatisticsAgree(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int rows = 1 + rnd.nextInt(40);
        int cols = 1 + rnd.nextInt(60);
        double[] p = new double[rows * cols];
        double total = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = rnd.nextDouble() < 0.4 ? 0 : rnd.nextInt(1000);
            total += p[k];
        }
        if (total == 0) {
            p[0] = 1;
            total = 1;
        }
        double[] iv = toDouble(increasing(new Random(seed), rows));
        double[] jv = toDouble(increasing(new Random(~seed), cols));
        double[] a = JAVA.sizeMatrixStatistics(p, iv, jv, total, total * 3, total);
        double[] b = ND4J.sizeMatrixStatistics(p, iv, jv, total, total * 3, total);
        assertEquals(16, a.length);
        assertEquals(16, b.length);
        for (int k = 0; k < a.length; k++) {
            assertTrue(TestVolumes.close(a[k], b[k], 1e-12, 1e-15),
                    "statistic " + k + ", seed " + seed + ": java " + a[k] + " nd4j " + b[k]);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void ngtdmSumsAgree(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int k = 1 + rnd.nextInt(50);
        double[] levels = new double[k];
        double[] n = new double[k];
        double[] s = new double[k];
        int cur = 0;
        for (int r = 0; r < k; r++) {
            cur += 1 + rnd.nextInt(3);
            levels[r] = cur;
            n[r] = 1 + rnd.nextInt(500);
            s[r] = rnd.nextDouble() < 0.2 ? 0 : rnd.nextDouble() * n[r] * 3;
        }
        double[] a = JAVA.ngtdmSums(levels, n, s);
        double[] b = ND4J.ngtdmSums(levels, n, s);
        assertEquals(7, b.length);
        for (int i = 0; i < a.length; i++) {
            assertTrue(TestVolumes.close(a[i], b[i], 1e-12, 1e-15),
                    "sum " + i + ", seed " + seed + ": java " + a[i] + " nd4j " + b[i]);
        }
    }

    private static int[] increasing(Random r, int n) {
        int[] v = new int[n];
        for (int i = 0, g = 0; i < n; i++) {
            g += 1 + r.nextInt(3);
            v[i] = g;
        }
        return v;
    }

    private static double[] toDouble(int[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }
}
