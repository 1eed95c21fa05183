package org.radiomics4j.core.features.ngtdm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.core.features.ZoneTestVolumes;

/** ND4J and plain-Java NGTDM kernels on random matrices: 1e-12 relative (see ZoneKernelsAgreementTest). */
class NgtdmKernelsTest {

    static LongStream seeds() {
        return LongStream.range(0, 30).map(i -> 4242L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void kernelsAgreeOnRandomMatrices(long seed) {
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
        NgtdmStatistics a = NgtdmKernels.java(levels, n, s);
        NgtdmStatistics b = NgtdmKernels.nd4j(levels, n, s);
        double[] x = a.toArray();
        double[] y = b.toArray();
        for (int i = 0; i < x.length; i++) {
            org.junit.jupiter.api.Assertions.assertTrue(ZoneTestVolumes.relDiff(x[i], y[i]) <= 1e-12
                    || Math.abs(x[i] - y[i]) <= 1e-15, "feature " + i + " seed " + seed + ": " + x[i] + " vs " + y[i]);
        }
        assertArrayEquals(new boolean[] {a.coarsenessCapped(), a.contrastSingleLevel(), a.busynessZeroDenominator(),
            a.strengthZeroSum()}, new boolean[] {b.coarsenessCapped(), b.contrastSingleLevel(),
                b.busynessZeroDenominator(), b.strengthZeroSum()});
    }
}
