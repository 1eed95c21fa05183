package org.radiomics4j.stats.test;

import java.util.Locale;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.radiomics4j.stats.AlternativeHypothesis;
import org.radiomics4j.stats.SignificanceResult;
import org.radiomics4j.stats.internal.Checks;
import org.radiomics4j.stats.internal.RankSumExact;
import org.radiomics4j.stats.internal.RankSupport;

/**
 * The Wilcoxon–Mann–Whitney rank-sum test of x against y (Mann &amp; Whitney 1947, Wilcoxon 1945).
 *
 * <p>With mid-ranks \(R_i\) of the pooled sample, \(U_x = \sum_{i \in x} R_i - n_x(n_x+1)/2\) (R's W, scipy's U of
 * x); \(U_y = n_x n_y - U_x\). Exact P values come from the permutation distribution of the rank sum (see
 * {@link PValueMethod#EXACT}); the two-sided exact P is \(P(|T - E T| \ge |t - E T|)\), which without ties equals
 * R's \(\min(1, 2\min(P(U\le u), P(U\ge u)))\). The normal approximation uses
 * \(z = (U_x - n_x n_y/2 - c)/\sigma\), \(\sigma^2 = \frac{n_x n_y}{12}\big(n_x+n_y+1 - \frac{\sum (t^3-t)}
 * {(n_x+n_y)(n_x+n_y-1)}\big)\) and the continuity correction \(c = \operatorname{sign}(z)/2\) (two-sided),
 * \(+1/2\) (greater) or \(-1/2\) (less) when enabled.
 *
 * <p>Agrees with R's {@code wilcox.test(x, y, exact, correct, alternative)} and scipy's {@code mannwhitneyu(x, y,
 * use_continuity, method)}; with ties and {@link PValueMethod#EXACT}, with {@code coin::wilcox_test(...,
 * distribution = "exact")}. Defaults (as R): {@link PValueMethod#AUTO}, continuity correction on, two-sided.
 * Immutable and thread-safe.
 */
public final class MannWhitneyUTest {
    private static final MannWhitneyUTest DEFAULT =
            new MannWhitneyUTest(PValueMethod.AUTO, true, AlternativeHypothesis.TWO_SIDED);
    private static final NormalDistribution STD_NORMAL = NormalDistribution.of(0, 1);

    private final PValueMethod method;
    private final boolean continuityCorrection;
    private final AlternativeHypothesis alternative;

    private MannWhitneyUTest(PValueMethod method, boolean continuityCorrection, AlternativeHypothesis alternative) {
        this.method = method;
        this.continuityCorrection = continuityCorrection;
        this.alternative = alternative;
    }

    /** AUTO P value, continuity correction, two-sided (R's defaults). */
    public static MannWhitneyUTest withDefaults() {
        return DEFAULT;
    }

    /** A copy using the given P value method. */
    public MannWhitneyUTest with(PValueMethod m) {
        return new MannWhitneyUTest(TTest.requireNonNull("method", m), continuityCorrection, alternative);
    }

    /** A copy with the given alternative (GREATER: x tends to be larger than y). */
    public MannWhitneyUTest with(AlternativeHypothesis a) {
        return new MannWhitneyUTest(method, continuityCorrection, TTest.requireNonNull("alternative", a));
    }

    /** A copy with the 0.5 continuity correction of the normal approximation on or off. */
    public MannWhitneyUTest withContinuityCorrection(boolean on) {
        return new MannWhitneyUTest(method, on, alternative);
    }

    /**
     * Result of a Mann–Whitney test.
     *
     * @param statistic            \(U_x\) (R's W)
     * @param pValue               P value
     * @param uY                   \(U_y = n_x n_y - U_x\)
     * @param rankSumX             sum of the pooled mid-ranks of x
     * @param rankSumY             sum of the pooled mid-ranks of y
     * @param meanRankX            rankSumX / nx
     * @param meanRankY            rankSumY / ny
     * @param z                    the normal score used (asymptotic) or the standardized rank sum without
     *                             continuity correction (exact; coin's z)
     * @param method               EXACT or ASYMPTOTIC: what was actually used (never AUTO)
     * @param hasTies              whether the pooled sample has ties
     * @param continuityCorrection whether a continuity correction was applied
     * @param alternative          the alternative hypothesis
     */
    public record Result(double statistic, double pValue, double uY, double rankSumX, double rankSumY,
            double meanRankX, double meanRankY, double z, PValueMethod method, boolean hasTies,
            boolean continuityCorrection, AlternativeHypothesis alternative) implements SignificanceResult {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Mann–Whitney U (%s%s%s): U = %s, P = %.4g; mean ranks %.4g vs %.4g",
                    method == PValueMethod.EXACT ? "exact" : "normal approximation",
                    method == PValueMethod.ASYMPTOTIC && continuityCorrection ? ", continuity correction" : "",
                    hasTies ? ", ties" : "", fmt(statistic), pValue, meanRankX, meanRankY);
        }

        private static String fmt(double v) {
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
    }

    /**
     * Tests whether x and y come from the same distribution (shift alternative).
     *
     * @throws IllegalArgumentException if x or y is empty or holds a non-finite value; if every pooled value is
     *         tied (the statistic has no variance); or if EXACT is requested for more than
     *         {@value RankSumExact#MAX_POOLED_SIZE} pooled values
     */
    public Result test(double[] x, double[] y) {
        Checks.requireFinite("x", x);
        Checks.requireFinite("y", y);
        Checks.requireMinSize("x", x, 1);
        Checks.requireMinSize("y", y, 1);
        int nx = x.length;
        int ny = y.length;
        RankSupport ranks = RankSupport.ofPooled(x, y);
        double rx = 0;
        for (int i = 0; i < nx; i++) {
            rx += ranks.rank(i);
        }
        double n = nx + ny;
        double ry = n * (n + 1) / 2 - rx;
        double u = rx - nx * (nx + 1.0) / 2;
        double nm = (double) nx * ny;
        boolean ties = ranks.hasTies();
        double sigma = Math.sqrt((nm / 12) * ((n + 1) - ranks.tieCorrectionSum() / (n * (n - 1))));
        if (!(sigma > 0)) {
            throw new IllegalArgumentException("x and y must not be all tied (every pooled value equals "
                    + x[0] + "): the rank statistic has no variance");
        }
        PValueMethod used = switch (method) {
            case AUTO -> nx < 50 && ny < 50 && !ties ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC;
            default -> method;
        };
        double z0 = (u - nm / 2) / sigma;
        double p;
        double z;
        boolean cc = false;
        if (used == PValueMethod.EXACT) {
            RankSumExact dist = RankSumExact.of(ranks.ranks(), nx);
            double expected = nx * (n + 1) / 2;
            p = switch (alternative) {
                case GREATER -> dist.survival(rx);
                case LESS -> dist.cdf(rx);
                default -> dist.twoSided(rx, expected);
            };
            z = z0;
        } else {
            double d = u - nm / 2;
            double corr = 0;
            if (continuityCorrection) {
                cc = true;
                corr = switch (alternative) {
                    case GREATER -> 0.5;
                    case LESS -> -0.5;
                    default -> Math.signum(d) * 0.5;
                };
            }
            z = (d - corr) / sigma;
            p = switch (alternative) {
                case GREATER -> STD_NORMAL.survivalProbability(z);
                case LESS -> STD_NORMAL.cumulativeProbability(z);
                default -> 2 * Math.min(STD_NORMAL.cumulativeProbability(z), STD_NORMAL.survivalProbability(z));
            };
        }
        return new Result(u, Math.min(1.0, p), nm - u, rx, ry, rx / nx, ry / ny, z, used, ties, cc, alternative);
    }

    @Override
    public String toString() {
        return "MannWhitneyUTest[" + method + ", continuityCorrection=" + continuityCorrection + ", " + alternative
                + "]";
    }
}
