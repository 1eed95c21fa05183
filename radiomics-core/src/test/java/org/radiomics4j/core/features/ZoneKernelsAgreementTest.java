package org.radiomics4j.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.gldm.Gldm;
import org.radiomics4j.core.features.glszm.Glszm;
import org.radiomics4j.core.features.internal.SizeMatrixKernels;
import org.radiomics4j.core.features.ngtdm.Ngtdm;

/**
 * The ND4J kernels must give the plain-Java kernels' values to 1e-12 relative (1e-15 absolute for values near 0,
 * such as the −3.2e-16 entropy of a single cell): both evaluate the same formulas in double precision, only the
 * summation order differs. Random volumes (through the public families) and random matrices; seeds in the names.
 */
class ZoneKernelsAgreementTest {
    private static final long BASE_SEED = 977L;

    static LongStream seeds() {
        return LongStream.range(0, 30).map(i -> BASE_SEED + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void familiesAgreeOnRandomVolumes(long seed) {
        GrayLevelVolume v = ZoneTestVolumes.random(new SplittableRandom(seed));
        ExtractionSettings java = ExtractionSettings.defaults();
        ExtractionSettings nd4j = java.withBackend(ComputeBackend.ND4J);
        assertAgree(Glszm.of(java).compute(v), Glszm.of(nd4j).compute(v), seed);
        assertAgree(Gldm.of(java).compute(v), Gldm.of(nd4j).compute(v), seed);
        assertAgree(Ngtdm.of(java).compute(v), Ngtdm.of(nd4j).compute(v), seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void sizeMatrixKernelsAgreeOnRandomMatrices(long seed) {
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
        double[] iv = increasing(rnd, rows);
        double[] jv = increasing(rnd, cols);
        double np = total * 3;
        double[] a = SizeMatrixKernels.java(p, iv, jv, total, np, total).toArray();
        double[] b = SizeMatrixKernels.nd4j(p, iv, jv, total, np, total).toArray();
        for (int k = 0; k < a.length; k++) {
            assertClose(a[k], b[k], "statistic " + k + ", seed " + seed);
        }
    }

    private static double[] increasing(SplittableRandom rnd, int n) {
        double[] v = new double[n];
        int cur = 0;
        for (int k = 0; k < n; k++) {
            cur += 1 + rnd.nextInt(3);
            v[k] = cur;
        }
        return v;
    }

    private static void assertAgree(FamilyResult java, FamilyResult nd4j, long seed) {
        assertEquals(java.values().keySet(), nd4j.values().keySet());
        assertEquals(java.notes(), nd4j.notes());
        java.values().forEach((k, x) -> assertClose(x, nd4j.get(k), k + ", seed " + seed));
    }

    static void assertClose(double a, double b, String what) {
        assertTrue(ZoneTestVolumes.relDiff(a, b) <= 1e-12 || Math.abs(a - b) <= 1e-15, what + ": " + a + " vs " + b);
    }
}
