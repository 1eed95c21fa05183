package org.radiomics4j.stats.categorical;

import java.util.Locale;
import org.apache.commons.statistics.distribution.HypergeometricDistribution;
import org.radiomics4j.stats.AlternativeHypothesis;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.SignificanceResult;
import org.radiomics4j.stats.internal.Checks;
import org.radiomics4j.stats.internal.UnirootR;

/**
 * Fisher's exact test of independence in a contingency table, conditional on both margins (Fisher 1935), as R's
 * {@code fisher.test}.
 *
 * <p><b>2×2</b> ({@link #test2x2}): with \(a\) the top-left count, the null distribution of \(a\) is hypergeometric.
 * The two-sided P sums the probabilities of every table with the same margins whose probability is at most the
 * observed table's times \(1 + 10^{-7}\) (R's relative tolerance); one-sided P values are the tails. The odds ratio
 * is the conditional maximum-likelihood estimate (the \(\psi\) for which the non-central hypergeometric mean equals
 * \(a\)) with the exact conditional CI (Cornfield 1956), both found like R with {@code uniroot}'s iteration (default
 * tol ≈ 1.2e-4) reproduced step by step, so R's numbers are matched to rounding. Degenerate cases follow R:
 * \(a\) at the lower end of its support gives OR = 0 and lower bound 0; at the upper end OR = ∞ and upper bound ∞.
 * scipy's {@code fisher_exact} gives the same P but the sample odds ratio \(ad/bc\) (see
 * {@link TwoByTwoResult#sampleOddsRatio()}).
 *
 * <p><b>r×c</b> ({@link #test}): the same two-sided rule over all tables with the observed margins, enumerated
 * exhaustively. This is exact and fast for the small tables of a clinical study, but the number of tables grows
 * combinatorially: at most {@value #MAX_TABLES} tables are visited and larger problems fail with an
 * IllegalArgumentException (R's network algorithm or a Monte-Carlo P would be needed). Only two-sided.
 *
 * <p>Defaults: two-sided, 95%. Immutable and thread-safe.
 */
public final class FisherExactTest {
    /** Largest number of tables the r×c enumeration visits before failing. */
    public static final long MAX_TABLES = 5_000_000L;
    private static final double REL_ERR = 1 + 1e-7;
    private static final FisherExactTest DEFAULT = new FisherExactTest(AlternativeHypothesis.TWO_SIDED, 0.95);

    private final AlternativeHypothesis alternative;
    private final double confidenceLevel;

    private FisherExactTest(AlternativeHypothesis alternative, double confidenceLevel) {
        this.alternative = alternative;
        this.confidenceLevel = confidenceLevel;
    }

    /** Two-sided, 95% CI. */
    public static FisherExactTest withDefaults() {
        return DEFAULT;
    }

    /** A copy with the given alternative for 2×2 tables (GREATER: odds ratio &gt; 1). */
    public FisherExactTest with(AlternativeHypothesis a) {
        if (a == null) {
            throw new IllegalArgumentException("alternative must not be null");
        }
        return new FisherExactTest(a, confidenceLevel);
    }

    /**
     * A copy with the given confidence level of the odds-ratio CI.
     *
     * @throws IllegalArgumentException if level is not in (0, 1)
     */
    public FisherExactTest withConfidenceLevel(double level) {
        return new FisherExactTest(alternative, Checks.requireLevel("confidenceLevel", level));
    }

    /**
     * Result for a 2×2 table.
     *
     * @param statistic          the conditional MLE of the odds ratio (R's {@code estimate})
     * @param pValue             P value
     * @param oddsRatioInterval  exact conditional CI of the odds ratio
     * @param sampleOddsRatio    \(ad/(bc)\) (scipy's statistic; ∞ if bc = 0 &lt; ad, NaN if both are 0)
     * @param alternative        the alternative hypothesis
     */
    public record TwoByTwoResult(double statistic, double pValue, ConfidenceInterval oddsRatioInterval,
            double sampleOddsRatio, AlternativeHypothesis alternative) implements SignificanceResult {
        /** The conditional MLE odds ratio (same as {@link #statistic()}). */
        public double oddsRatio() {
            return statistic;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Fisher's exact test: P = %.4g; odds ratio (conditional MLE) %.4g, %s",
                    pValue, statistic, oddsRatioInterval);
        }
    }

    /**
     * Result for an r×c table (two-sided).
     *
     * @param statistic        the probability of the observed table under independence (given the margins)
     * @param pValue           two-sided P value
     * @param tablesEnumerated how many tables with the observed margins were visited
     */
    public record Result(double statistic, double pValue, long tablesEnumerated) implements SignificanceResult {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Fisher's exact test (r×c): P = %.4g (%d tables)", pValue,
                    tablesEnumerated);
        }
    }

    /**
     * Tests a 2×2 table {@code {{a, b}, {c, d}}}.
     *
     * @throws IllegalArgumentException if the table is not 2×2, has a negative count or total 0
     */
    public TwoByTwoResult test2x2(int[][] table) {
        int[][] t = Tables.check("table", table);
        if (t.length != 2 || t[0].length != 2) {
            throw new IllegalArgumentException("table must be 2x2 but was " + t.length + "x" + t[0].length);
        }
        int m = t[0][0] + t[1][0]; // first column
        int n = t[0][1] + t[1][1]; // second column
        int k = t[0][0] + t[0][1]; // first row
        int x = t[0][0];
        int lo = Math.max(0, k - n);
        int hi = Math.min(k, m);
        double[] logdc = new double[hi - lo + 1];
        HypergeometricDistribution h = HypergeometricDistribution.of(m + n, m, k);
        for (int s = lo; s <= hi; s++) {
            logdc[s - lo] = h.logProbability(s);
        }
        NonCentral nc = new NonCentral(logdc, lo, hi);
        double p = switch (alternative) {
            case LESS -> nc.cdf(x, 1);
            case GREATER -> nc.sf(x, 1);
            default -> {
                double[] d = nc.density(1);
                double obs = d[x - lo] * REL_ERR;
                double s = 0;
                for (double v : d) {
                    if (v <= obs) {
                        s += v;
                    }
                }
                yield s;
            }
        };
        double or = nc.mle(x);
        double alpha = 1 - confidenceLevel;
        ConfidenceInterval ci = switch (alternative) {
            case LESS -> new ConfidenceInterval(0, nc.ncpUpper(x, alpha), confidenceLevel);
            case GREATER -> new ConfidenceInterval(nc.ncpLower(x, alpha), Double.POSITIVE_INFINITY, confidenceLevel);
            default -> new ConfidenceInterval(nc.ncpLower(x, alpha / 2), nc.ncpUpper(x, alpha / 2), confidenceLevel);
        };
        double ad = (double) t[0][0] * t[1][1];
        double bc = (double) t[0][1] * t[1][0];
        double sample = bc == 0 ? (ad == 0 ? Double.NaN : Double.POSITIVE_INFINITY) : ad / bc;
        return new TwoByTwoResult(or, Math.min(1.0, p), ci, sample, alternative);
    }

    /** R's dnhyper/mnhyper/pnhyper closures for one 2×2 table. */
    private static final class NonCentral {
        private final double[] logdc;
        private final int lo;
        private final int hi;

        NonCentral(double[] logdc, int lo, int hi) {
            this.logdc = logdc;
            this.lo = lo;
            this.hi = hi;
        }

        double[] density(double ncp) {
            double[] d = new double[logdc.length];
            double max = Double.NEGATIVE_INFINITY;
            double lncp = Math.log(ncp);
            for (int i = 0; i < d.length; i++) {
                d[i] = logdc[i] + lncp * (lo + i);
                max = Math.max(max, d[i]);
            }
            double sum = 0;
            for (int i = 0; i < d.length; i++) {
                d[i] = Math.exp(d[i] - max);
                sum += d[i];
            }
            for (int i = 0; i < d.length; i++) {
                d[i] /= sum;
            }
            return d;
        }

        double mean(double ncp) {
            if (ncp == 0) {
                return lo;
            }
            if (ncp == Double.POSITIVE_INFINITY) {
                return hi;
            }
            double[] d = density(ncp);
            double s = 0;
            for (int i = 0; i < d.length; i++) {
                s += (lo + i) * d[i];
            }
            return s;
        }

        double cdf(int q, double ncp) {
            if (ncp == 0) {
                return q >= lo ? 1 : 0;
            }
            if (ncp == Double.POSITIVE_INFINITY) {
                return q >= hi ? 1 : 0;
            }
            double[] d = density(ncp);
            double s = 0;
            for (int i = 0; i < d.length; i++) {
                if (lo + i <= q) {
                    s += d[i];
                }
            }
            return s;
        }

        double sf(int q, double ncp) {
            if (ncp == 0) {
                return q <= lo ? 1 : 0;
            }
            if (ncp == Double.POSITIVE_INFINITY) {
                return q <= hi ? 1 : 0;
            }
            double[] d = density(ncp);
            double s = 0;
            for (int i = 0; i < d.length; i++) {
                if (lo + i >= q) {
                    s += d[i];
                }
            }
            return s;
        }

        double mle(int x) {
            if (x == lo) {
                return 0;
            }
            if (x == hi) {
                return Double.POSITIVE_INFINITY;
            }
            double mu = mean(1);
            if (mu > x) {
                return UnirootR.root(t -> mean(t) - x, 0, 1, UnirootR.DEFAULT_TOL);
            }
            if (mu < x) {
                return 1 / UnirootR.root(t -> mean(1 / t) - x, Math.ulp(1.0), 1, UnirootR.DEFAULT_TOL);
            }
            return 1;
        }

        double ncpUpper(int x, double alpha) {
            if (x == hi) {
                return Double.POSITIVE_INFINITY;
            }
            double p = cdf(x, 1);
            if (p < alpha) {
                return UnirootR.root(t -> cdf(x, t) - alpha, 0, 1, UnirootR.DEFAULT_TOL);
            }
            if (p > alpha) {
                return 1 / UnirootR.root(t -> cdf(x, 1 / t) - alpha, Math.ulp(1.0), 1, UnirootR.DEFAULT_TOL);
            }
            return 1;
        }

        double ncpLower(int x, double alpha) {
            if (x == lo) {
                return 0;
            }
            double p = sf(x, 1);
            if (p > alpha) {
                return UnirootR.root(t -> sf(x, t) - alpha, 0, 1, UnirootR.DEFAULT_TOL);
            }
            if (p < alpha) {
                return 1 / UnirootR.root(t -> sf(x, 1 / t) - alpha, Math.ulp(1.0), 1, UnirootR.DEFAULT_TOL);
            }
            return 1;
        }
    }

    /**
     * Two-sided test of an r×c table by exhaustive enumeration (see the class description for the limit).
     *
     * @throws IllegalArgumentException if the table is invalid, a one-sided alternative is configured (use
     *         {@link #test2x2}), or more than {@value #MAX_TABLES} tables would have to be enumerated
     */
    public Result test(int[][] table) {
        if (alternative != AlternativeHypothesis.TWO_SIDED) {
            throw new IllegalArgumentException("alternative must be TWO_SIDED for the r×c test but was " + alternative
                    + "; one-sided tests are defined for 2×2 tables (test2x2)");
        }
        int[][] t = Tables.check("table", table);
        int r = t.length;
        int c = t[0].length;
        int[] rows = Tables.rowSums(t);
        int[] cols = Tables.colSums(t);
        int total = 0;
        for (int v : rows) {
            total += v;
        }
        double[] logFact = new double[total + 1];
        for (int i = 2; i <= total; i++) {
            logFact[i] = logFact[i - 1] + Math.log(i);
        }
        double constant = -logFact[total];
        for (int v : rows) {
            constant += logFact[v];
        }
        for (int v : cols) {
            constant += logFact[v];
        }
        double obsLog = constant;
        for (int[] row : t) {
            for (int v : row) {
                obsLog -= logFact[v];
            }
        }
        Enumerator e = new Enumerator(r, c, rows.clone(), cols.clone(), logFact, constant,
                Math.exp(obsLog) * REL_ERR);
        e.cell(0, 0, 0.0);
        return new Result(Math.exp(obsLog), Math.min(1.0, e.pValue), e.count);
    }

    /** Depth-first enumeration of tables with fixed margins, column by column. */
    private static final class Enumerator {
        private final int r;
        private final int c;
        private final int[] rowLeft;
        private final int[] colLeft;
        private final double[] logFact;
        private final double constant;
        private final double threshold;
        double pValue;
        long count;

        Enumerator(int r, int c, int[] rowLeft, int[] colLeft, double[] logFact, double constant, double threshold) {
            this.r = r;
            this.c = c;
            this.rowLeft = rowLeft;
            this.colLeft = colLeft;
            this.logFact = logFact;
            this.constant = constant;
            this.threshold = threshold;
        }

        /** Fills cell (i, j); acc = sum of log(n_ij!) so far. */
        void cell(int i, int j, double acc) {
            if (j == c - 1) {
                // last column is determined by the row totals left
                double a = acc;
                for (int k = 0; k < r; k++) {
                    a += logFact[rowLeft[k]];
                }
                if (++count > MAX_TABLES) {
                    throw new IllegalArgumentException("table needs more than " + MAX_TABLES + " tables for exact "
                            + "enumeration; too large for the r×c Fisher test (use the chi-square test)");
                }
                double p = Math.exp(constant - a);
                if (p <= threshold) {
                    pValue += p;
                }
                return;
            }
            if (i == r - 1) {
                int v = colLeft[j];
                if (v > rowLeft[i]) {
                    return;
                }
                rowLeft[i] -= v;
                colLeft[j] -= v;
                cell(0, j + 1, acc + logFact[v]);
                rowLeft[i] += v;
                colLeft[j] += v;
                return;
            }
            // remaining capacity of later rows in this column
            int laterRows = 0;
            for (int k = i + 1; k < r; k++) {
                laterRows += rowLeft[k];
            }
            int min = Math.max(0, colLeft[j] - laterRows);
            int max = Math.min(rowLeft[i], colLeft[j]);
            for (int v = min; v <= max; v++) {
                rowLeft[i] -= v;
                colLeft[j] -= v;
                cell(i + 1, j, acc + logFact[v]);
                rowLeft[i] += v;
                colLeft[j] += v;
            }
        }
    }

    @Override
    public String toString() {
        return "FisherExactTest[" + alternative + ", confidenceLevel=" + confidenceLevel + "]";
    }
}
