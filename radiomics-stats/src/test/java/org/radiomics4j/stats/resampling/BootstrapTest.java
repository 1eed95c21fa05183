package org.radiomics4j.stats.resampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeded properties of the bootstrap percentile interval (no external reference exists for a seeded stream). */
class BootstrapTest {

    @ParameterizedTest(name = "seed={0}")
    @ValueSource(longs = {1, 2, 3})
    void reproducibleAndContainsEstimate(long seed) {
        double[] data = normal(seed, 40);
        Bootstrap b = Bootstrap.withDefaults().withReplicates(1000);
        Bootstrap.Result r1 = b.percentileInterval(data, BootstrapTest::mean, seed);
        Bootstrap.Result r2 = b.percentileInterval(data, BootstrapTest::mean, seed);
        assertEquals(r1, r2, "same seed, same result");
        assertTrue(r1.confidenceInterval().contains(r1.estimate()), r1.toString());
        // SE of the mean ~ sd/sqrt(n) = 1/sqrt(40) = 0.158; bootstrap SE within 25%
        assertEquals(1 / Math.sqrt(40), r1.standardError(), 0.25 / Math.sqrt(40), r1.toString());
    }

    /** Coverage of the true mean 0 over 200 seeded normal samples (n = 30): about 95%, certainly in [88%, 99%]. */
    @Test
    void coverageNearNominal() {
        int covered = 0;
        int trials = 200;
        for (int s = 0; s < trials; s++) {
            double[] data = normal(10_000L + s, 30);
            if (Bootstrap.withDefaults().withReplicates(500).percentileInterval(data, BootstrapTest::mean, s)
                    .confidenceInterval().contains(0)) {
                covered++;
            }
        }
        assertTrue(covered >= 176 && covered <= 198, "covered " + covered + " of " + trials);
    }

    @Test
    void nonFiniteStatisticIsReported() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> Bootstrap.withDefaults()
                .percentileInterval(new double[] {1, 2, 3}, v -> v[0] == v[1] ? Double.NaN : 1, 5L));
        assertTrue(ex.getMessage().contains("replicate"), ex.getMessage());
    }

    static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }

    static double[] normal(long seed, int n) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = g.sample();
        }
        return v;
    }
}
