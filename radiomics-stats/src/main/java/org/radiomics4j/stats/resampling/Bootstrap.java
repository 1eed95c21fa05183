package org.radiomics4j.stats.resampling;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.descriptive.QuantileType;
import org.radiomics4j.stats.internal.Checks;

/**
 * Nonparametric bootstrap percentile confidence interval of any statistic of one sample (Efron &amp; Tibshirani
 * 1993, "An Introduction to the Bootstrap", ch. 13): B resamples of size n drawn with replacement, the statistic
 * evaluated on each, and the interval \([\hat\theta^*_{(\alpha/2)}, \hat\theta^*_{(1-\alpha/2)}]\) taken as type-7
 * quantiles of the replicates (numpy's linear percentiles, as {@code scipy.stats.bootstrap(method='percentile')}).
 * The standard error is the SD of the replicates. Random draws: Commons RNG XoRoShiRo128++ seeded by the caller, so
 * a seed reproduces the interval exactly.
 *
 * <p>Defaults: B = 2000, 95%. Immutable and thread-safe (the statistic must be a pure function).
 */
public final class Bootstrap {
    private static final Bootstrap DEFAULT = new Bootstrap(2000, 0.95);

    private final int replicates;
    private final double confidenceLevel;

    private Bootstrap(int replicates, double confidenceLevel) {
        this.replicates = replicates;
        this.confidenceLevel = confidenceLevel;
    }

    /** B = 2000 replicates, 95%. */
    public static Bootstrap withDefaults() {
        return DEFAULT;
    }

    /**
     * A copy with B replicates.
     *
     * @throws IllegalArgumentException if b &lt; 100
     */
    public Bootstrap withReplicates(int b) {
        if (b < 100) {
            throw new IllegalArgumentException("replicates must be >= 100 but was " + b);
        }
        return new Bootstrap(b, confidenceLevel);
    }

    /**
     * A copy with another confidence level.
     *
     * @throws IllegalArgumentException if level is not in (0, 1)
     */
    public Bootstrap withConfidenceLevel(double level) {
        return new Bootstrap(replicates, Checks.requireLevel("confidenceLevel", level));
    }

    /**
     * A bootstrap estimate.
     *
     * @param estimate           the statistic on the original data
     * @param confidenceInterval percentile interval
     * @param standardError      SD of the replicates
     * @param replicates         B
     * @param seed               the seed used
     */
    public record Result(double estimate, ConfidenceInterval confidenceInterval, double standardError,
            int replicates, long seed) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "bootstrap estimate %.4g, SE %.4g, %s percentile (B = %d, seed %d)",
                    estimate, standardError, confidenceInterval, replicates, seed);
        }
    }

    /**
     * The percentile interval of {@code statistic} over resamples of {@code data}.
     *
     * @throws IllegalArgumentException if data has fewer than 2 values or a non-finite value, or the statistic
     *         returns a non-finite value (naming the replicate)
     */
    public Result percentileInterval(double[] data, ToDoubleFunction<double[]> statistic, long seed) {
        Checks.requireFinite("data", data);
        Checks.requireMinSize("data", data, 2);
        if (statistic == null) {
            throw new IllegalArgumentException("statistic must not be null");
        }
        double est = statistic.applyAsDouble(data.clone());
        if (!Double.isFinite(est)) {
            throw new IllegalArgumentException("statistic must be finite but was " + est + " on the original data");
        }
        UniformRandomProvider rng = Oversampling.rng(seed);
        int n = data.length;
        double[] reps = new double[replicates];
        double[] sample = new double[n];
        for (int b = 0; b < replicates; b++) {
            for (int i = 0; i < n; i++) {
                sample[i] = data[rng.nextInt(n)];
            }
            reps[b] = statistic.applyAsDouble(sample.clone());
            if (!Double.isFinite(reps[b])) {
                throw new IllegalArgumentException("statistic must be finite but was " + reps[b] + " on bootstrap "
                        + "replicate " + b + " (seed " + seed + ")");
            }
        }
        double mean = Arrays.stream(reps).average().orElseThrow();
        double ss = 0;
        for (double r : reps) {
            ss += (r - mean) * (r - mean);
        }
        Arrays.sort(reps);
        double alpha = 1 - confidenceLevel;
        ConfidenceInterval ci = new ConfidenceInterval(QuantileType.TYPE_7.quantileOfSorted(reps, alpha / 2),
                QuantileType.TYPE_7.quantileOfSorted(reps, 1 - alpha / 2), confidenceLevel);
        return new Result(est, ci, Math.sqrt(ss / (replicates - 1)), replicates, seed);
    }

    @Override
    public String toString() {
        return "Bootstrap[replicates=" + replicates + ", confidenceLevel=" + confidenceLevel + "]";
    }
}
