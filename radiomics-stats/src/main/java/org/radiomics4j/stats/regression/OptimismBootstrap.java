package org.radiomics4j.stats.regression;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.radiomics4j.stats.roc.Direction;
import org.radiomics4j.stats.roc.RocAnalysis;

/**
 * Harrell's bootstrap optimism correction of a logistic model's AUC (c statistic): the AUC a model shows on the
 * data it was fitted (and selected) on is optimistic. For each of B resamples (n subjects drawn with replacement),
 * the whole modelling procedure is repeated on the resample, giving {@code AUC_boot} on the resample and
 * {@code AUC_orig} of the same model on the original data; optimism = mean(AUC_boot − AUC_orig) and the corrected
 * AUC = apparent AUC − optimism (Harrell, Lee and Mark, Stat Med 1996;15:361–387, §5.3; Steyerberg,
 * <i>Clinical Prediction Models</i>, 2nd ed., 2019, §17.3). A resample in which the procedure fails (one outcome
 * class only, separation, no convergence) is skipped and counted. Deterministic for a seed. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * OptimismBootstrap.Result r = OptimismBootstrap.withDefaults().withResamples(200).withSeed(1)
 *         .run(y, names, columns, (yy, cols) -> LogisticRegression.withDefaults().fit(yy, names, cols));
 * }</pre>
 */
public final class OptimismBootstrap {
    private final int resamples;
    private final long seed;

    private OptimismBootstrap(int resamples, long seed) {
        this.resamples = resamples;
        this.seed = seed;
    }

    /** 200 resamples, seed 1. */
    public static OptimismBootstrap withDefaults() {
        return new OptimismBootstrap(200, 1);
    }

    /** A copy with B resamples. @throws IllegalArgumentException if b &lt; 1 */
    public OptimismBootstrap withResamples(int b) {
        if (b < 1) {
            throw new IllegalArgumentException("resamples must be >= 1 but was " + b);
        }
        return new OptimismBootstrap(b, seed);
    }

    /** A copy with another RNG seed. */
    public OptimismBootstrap withSeed(long s) {
        return new OptimismBootstrap(resamples, s);
    }

    /** The modelling procedure repeated in each resample (e.g. a fit, or a backward elimination). */
    @FunctionalInterface
    public interface Procedure {
        /**
         * Fits a model; its terms are a subset of {@code names} with columns in the same order.
         *
         * @throws IllegalArgumentException when the model cannot be fitted (the resample is skipped)
         */
        LogisticModel fit(int[] outcome, double[][] columns);
    }

    /**
     * The corrected AUC.
     *
     * @param apparentAuc AUC of the procedure's model on the original data
     * @param optimism    mean of AUC_boot − AUC_orig over the successful resamples
     * @param correctedAuc apparent − optimism
     * @param resamples   B requested
     * @param failed      resamples skipped (one class, separation, no convergence)
     * @param seed        the RNG seed
     */
    public record Result(double apparentAuc, double optimism, double correctedAuc, int resamples, int failed,
            long seed) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "apparent AUC %.4f, optimism %.4f, corrected AUC %.4f (%d bootstrap "
                    + "resamples, %d failed, seed %d)", apparentAuc, optimism, correctedAuc, resamples, failed, seed);
        }
    }

    /**
     * Runs the correction.
     *
     * @param outcome 0/1 outcome, one per subject
     * @param names   predictor names (the candidates of the procedure)
     * @param columns one column per name, one value per subject
     * @param procedure the modelling procedure
     * @throws IllegalArgumentException if the procedure fails on the original data, or every resample fails
     */
    public Result run(int[] outcome, List<String> names, double[][] columns, Procedure procedure) {
        Objects.requireNonNull(procedure, "procedure");
        int n = outcome.length;
        LogisticModel full = procedure.fit(outcome, columns);
        double apparent = auc(full, names, columns, outcome);
        SplittableRandom rng = new SplittableRandom(seed);
        double sum = 0;
        int ok = 0;
        for (int b = 0; b < resamples; b++) {
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = rng.nextInt(n);
            }
            int[] yb = new int[n];
            double[][] xb = new double[columns.length][n];
            int events = 0;
            for (int i = 0; i < n; i++) {
                yb[i] = outcome[idx[i]];
                events += yb[i];
                for (int j = 0; j < columns.length; j++) {
                    xb[j][i] = columns[j][idx[i]];
                }
            }
            if (events < 2 || events > n - 2) {
                continue;
            }
            try {
                LogisticModel m = procedure.fit(yb, xb);
                if (m.separation() != Separation.NONE) {
                    continue;
                }
                sum += auc(m, names, xb, yb) - auc(m, names, columns, outcome);
                ok++;
            } catch (IllegalArgumentException e) {
                // the procedure is undefined on this resample (collinear, no convergence): skipped and counted
            }
        }
        if (ok == 0) {
            throw new IllegalArgumentException("every one of the " + resamples + " bootstrap resamples failed");
        }
        double optimism = sum / ok;
        return new Result(apparent, optimism, apparent - optimism, resamples, resamples - ok, seed);
    }

    /** AUC of the model's linear predictor (higher = event); 0.5 for an intercept-only model. */
    static double auc(LogisticModel m, List<String> names, double[][] columns, int[] y) {
        if (m.separation() != Separation.NONE) {
            throw new IllegalArgumentException("model has " + m.separation() + " separation");
        }
        int n = y.length;
        double[] eta = new double[n];
        for (int k = 0; k < m.terms().size(); k++) {
            int j = names.indexOf(m.terms().get(k));
            if (j < 0) {
                throw new IllegalArgumentException("model term " + m.terms().get(k) + " is not among " + names);
            }
            double b = m.coefficient(m.terms().get(k)).estimate();
            for (int i = 0; i < n; i++) {
                eta[i] += b * columns[j][i];
            }
        }
        return RocAnalysis.withDefaults().with(Direction.HIGHER_IS_POSITIVE).analyze(eta, y).auc();
    }

    @Override
    public String toString() {
        return "OptimismBootstrap[resamples=" + resamples + ", seed=" + seed + "]";
    }
}
