package org.radiomics4j.stats.test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.radiomics4j.stats.AlternativeHypothesis;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.internal.Checks;
import org.radiomics4j.stats.internal.RankSumExact;
import org.radiomics4j.stats.internal.RankSupport;
import org.radiomics4j.stats.internal.UnirootR;

/**
 * The Hodges–Lehmann estimate of the location shift x − y and its confidence interval, as R's
 * {@code wilcox.test(x, y, conf.int = TRUE, conf.level, correct)} computes them (Hodges &amp; Lehmann 1963;
 * Bauer 1972, JASA 67:687–690).
 *
 * <ul>
 * <li>Exact (no ties, both n &lt; 50 under {@link PValueMethod#AUTO}): the estimate is the median of the
 * \(n_x n_y\) differences \(x_i - y_j\); the two-sided CI is \([d_{(q)}, d_{(n_x n_y - q + 1)}]\) with
 * \(q = \) {@code qwilcox(alpha/2, nx, ny)} (at least 1). If the achievable level differs from the requested one by
 * more than alpha/2, R's warning "Requested conf.level not achievable" is recorded and the interval carries the
 * achieved level.</li>
 * <li>Asymptotic (ties or larger samples): the bounds solve \(z(d) = \pm z_{1-\alpha/2}\) where \(z(d)\) is the
 * tie-corrected normal score (with continuity correction if enabled) of the rank sum of \(x - d\) against y, and the
 * estimate solves \(z(d) = 0\) without correction; the roots are found by R's {@code uniroot} iteration with
 * tol = 1e-4 over \([\min x - \max y, \max x - \min y]\), reproduced step by step so that R's values are matched
 * to rounding (they are only accurate to about 1e-4 as estimates of the exact root).</li>
 * </ul>
 * Defaults: AUTO, continuity correction on, two-sided, 95%. Immutable and thread-safe.
 */
public final class HodgesLehmann {
    private static final HodgesLehmann DEFAULT =
            new HodgesLehmann(PValueMethod.AUTO, true, AlternativeHypothesis.TWO_SIDED, 0.95);
    private static final NormalDistribution STD_NORMAL = NormalDistribution.of(0, 1);

    private final PValueMethod method;
    private final boolean continuityCorrection;
    private final AlternativeHypothesis alternative;
    private final double confidenceLevel;

    private HodgesLehmann(PValueMethod method, boolean cc, AlternativeHypothesis alternative, double level) {
        this.method = method;
        this.continuityCorrection = cc;
        this.alternative = alternative;
        this.confidenceLevel = level;
    }

    /** AUTO, continuity correction, two-sided, 95% (R's defaults). */
    public static HodgesLehmann withDefaults() {
        return DEFAULT;
    }

    /** A copy with the given method (EXACT requires no ties). */
    public HodgesLehmann with(PValueMethod m) {
        return new HodgesLehmann(TTest.requireNonNull("method", m), continuityCorrection, alternative,
                confidenceLevel);
    }

    /** A copy with the given alternative (one-sided intervals have an infinite bound). */
    public HodgesLehmann with(AlternativeHypothesis a) {
        return new HodgesLehmann(method, continuityCorrection, TTest.requireNonNull("alternative", a),
                confidenceLevel);
    }

    /** A copy with the continuity correction of the asymptotic interval on or off. */
    public HodgesLehmann withContinuityCorrection(boolean on) {
        return new HodgesLehmann(method, on, alternative, confidenceLevel);
    }

    /**
     * A copy with the given confidence level.
     *
     * @throws IllegalArgumentException if level is not in (0, 1)
     */
    public HodgesLehmann withConfidenceLevel(double level) {
        return new HodgesLehmann(method, continuityCorrection, alternative,
                Checks.requireLevel("confidenceLevel", level));
    }

    /**
     * The Hodges–Lehmann shift.
     *
     * @param estimate           the location shift x − y
     * @param confidenceInterval its CI (level = achieved level when R would report so)
     * @param method             EXACT or ASYMPTOTIC: what was used
     * @param warnings           R's warnings for the same call that apply here (empty if none)
     */
    public record Result(double estimate, ConfidenceInterval confidenceInterval, PValueMethod method,
            List<String> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Hodges–Lehmann shift (%s) = %.4g, %s", method == PValueMethod.EXACT
                    ? "exact" : "asymptotic", estimate, confidenceInterval);
        }
    }

    /**
     * Estimates the shift x − y.
     *
     * @throws IllegalArgumentException if x or y is empty or holds a non-finite value; if EXACT is requested with
     *         ties; or if all pooled values are tied (asymptotic interval undefined, R errors too)
     */
    public Result estimate(double[] x, double[] y) {
        Checks.requireFinite("x", x);
        Checks.requireFinite("y", y);
        Checks.requireMinSize("x", x, 1);
        Checks.requireMinSize("y", y, 1);
        boolean ties = RankSupport.ofPooled(x, y).hasTies();
        PValueMethod used = switch (method) {
            case AUTO -> x.length < 50 && y.length < 50 && !ties ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC;
            default -> method;
        };
        if (used == PValueMethod.EXACT && ties) {
            throw new IllegalArgumentException("x and y have ties: an exact Hodges–Lehmann interval is not "
                    + "available (R: 'cannot compute exact confidence intervals with ties'); use ASYMPTOTIC or AUTO");
        }
        return used == PValueMethod.EXACT ? exact(x, y) : asymptotic(x, y);
    }

    private Result exact(double[] x, double[] y) {
        int nx = x.length;
        int ny = y.length;
        double[] diffs = new double[nx * ny];
        int k = 0;
        for (double xi : x) {
            for (double yj : y) {
                diffs[k++] = xi - yj;
            }
        }
        Arrays.sort(diffs);
        int n = nx + ny;
        double[] ranks = new double[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = i + 1;
        }
        RankSumExact dist = RankSumExact.of(ranks, nx);
        double shift = nx * (nx + 1) / 2.0;
        DoubleUnaryOperator pU = q -> dist.cdf(q + shift);
        double alpha = 1 - confidenceLevel;
        int mn = nx * ny;
        double lower;
        double upper;
        double achieved;
        List<String> warnings = new ArrayList<>();
        switch (alternative) {
            case GREATER -> {
                int qu = Math.max(1, qwilcox(dist, shift, alpha, mn));
                achieved = pU.applyAsDouble(qu - 1);
                lower = diffs[qu - 1];
                upper = Double.POSITIVE_INFINITY;
            }
            case LESS -> {
                int qu = Math.max(1, qwilcox(dist, shift, alpha, mn));
                achieved = pU.applyAsDouble(qu - 1);
                lower = Double.NEGATIVE_INFINITY;
                upper = diffs[mn - qu];
            }
            default -> {
                int qu = Math.max(1, qwilcox(dist, shift, alpha / 2, mn));
                int ql = mn - qu;
                achieved = 2 * pU.applyAsDouble(qu - 1);
                lower = diffs[qu - 1];
                upper = diffs[ql];
            }
        }
        double level = confidenceLevel;
        if (achieved - alpha > alpha / 2) {
            warnings.add("Requested conf.level not achievable");
            level = 1 - achieved;
        }
        double est = median(diffs);
        return new Result(est, new ConfidenceInterval(lower, upper, level), PValueMethod.EXACT, warnings);
    }

    /** R's qwilcox(p, m, n): smallest q with P(U ≤ q) ≥ p (with R's 10·eps fuzz). */
    private static int qwilcox(RankSumExact dist, double shift, double p, int mn) {
        double eps = 10 * Math.ulp(1.0);
        double cum = 0;
        int q = 0;
        if (p <= 0.5) {
            double target = p - eps;
            while (true) {
                cum += dist.probability(q + shift);
                if (cum >= target) {
                    return q;
                }
                q++;
            }
        }
        double target = 1 - p + eps;
        while (true) {
            cum += dist.probability(q + shift);
            if (cum > target) {
                return mn - q;
            }
            q++;
        }
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private Result asymptotic(double[] x, double[] y) {
        int nx = x.length;
        int ny = y.length;
        double alpha = 1 - confidenceLevel;
        double minX = Arrays.stream(x).min().orElseThrow();
        double maxX = Arrays.stream(x).max().orElseThrow();
        double minY = Arrays.stream(y).min().orElseThrow();
        double maxY = Arrays.stream(y).max().orElseThrow();
        double mumin = minX - maxY;
        double mumax = maxX - minY;
        DoubleUnaryOperator wCorr = d -> score(x, y, d, continuityCorrection);
        double wMin = wCorr.applyAsDouble(mumin);
        double wMax = wCorr.applyAsDouble(mumax);
        double lower;
        double upper;
        switch (alternative) {
            case GREATER -> {
                lower = root(wCorr, wMin, wMax, mumin, mumax, STD_NORMAL.inverseSurvivalProbability(alpha));
                upper = Double.POSITIVE_INFINITY;
            }
            case LESS -> {
                lower = Double.NEGATIVE_INFINITY;
                upper = root(wCorr, wMin, wMax, mumin, mumax, STD_NORMAL.inverseCumulativeProbability(alpha));
            }
            default -> {
                lower = root(wCorr, wMin, wMax, mumin, mumax, STD_NORMAL.inverseSurvivalProbability(alpha / 2));
                upper = root(wCorr, wMin, wMax, mumin, mumax, STD_NORMAL.inverseCumulativeProbability(alpha / 2));
            }
        }
        DoubleUnaryOperator w0 = d -> score(x, y, d, false);
        double est = UnirootR.root(w0, mumin, mumax, 1e-4);
        List<String> warnings = new ArrayList<>();
        if (RankSupport.ofPooled(x, y).hasTies()) {
            warnings.add("cannot compute exact confidence intervals with ties");
        }
        if (lower > upper) { // can only happen through R's iteration tolerance; keep R's ordering honest
            throw new IllegalStateException("asymptotic Hodges–Lehmann bounds crossed: " + lower + " > " + upper);
        }
        return new Result(est, new ConfidenceInterval(lower, upper, confidenceLevel), PValueMethod.ASYMPTOTIC,
                warnings);
    }

    private double root(DoubleUnaryOperator w, double wMin, double wMax, double mumin, double mumax, double zq) {
        double fLower = wMin - zq;
        if (fLower <= 0) {
            return mumin;
        }
        double fUpper = wMax - zq;
        if (fUpper >= 0) {
            return mumax;
        }
        return UnirootR.root(d -> w.applyAsDouble(d) - zq, mumin, mumax, fLower, fUpper, 1e-4);
    }

    /** R's W(d) inside wilcox.test: normal score of the rank sum of x − d against y. */
    private double score(double[] x, double[] y, double d, boolean correct) {
        int nx = x.length;
        int ny = y.length;
        double[] xs = new double[nx];
        for (int i = 0; i < nx; i++) {
            xs[i] = x[i] - d;
        }
        RankSupport r = RankSupport.ofPooled(xs, y);
        double sum = 0;
        for (int i = 0; i < nx; i++) {
            sum += r.rank(i);
        }
        double dz = sum - nx * (nx + 1) / 2.0 - nx * (double) ny / 2;
        double corr = 0;
        if (correct) {
            corr = switch (alternative) {
                case GREATER -> 0.5;
                case LESS -> -0.5;
                default -> Math.signum(dz) * 0.5;
            };
        }
        double n = nx + ny;
        double sigma = Math.sqrt((nx * (double) ny / 12) * ((n + 1) - r.tieCorrectionSum() / (n * (n - 1))));
        if (sigma == 0) {
            throw new IllegalArgumentException("x and y must not be all tied: cannot compute a confidence interval");
        }
        return (dz - corr) / sigma;
    }

    @Override
    public String toString() {
        return "HodgesLehmann[" + method + ", continuityCorrection=" + continuityCorrection + ", " + alternative
                + ", confidenceLevel=" + confidenceLevel + "]";
    }
}
