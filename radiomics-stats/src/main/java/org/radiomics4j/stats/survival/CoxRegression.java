package org.radiomics4j.stats.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.internal.Checks;
import org.radiomics4j.stats.internal.StatsDistributions;
import org.radiomics4j.stats.internal.SymmetricSolver;
import org.radiomics4j.stats.regression.ModelTest;

/**
 * Cox (1972) proportional-hazards regression by Newton–Raphson on the log partial likelihood, with Efron (default)
 * or Breslow handling of tied event times. Immutable and thread-safe:
 *
 * <pre>{@code
 * CoxModel cox = CoxRegression.withDefaults().fit(time, event, "high", highFlag);
 * }</pre>
 *
 * <p>For distinct event times t with event set D (d events) and risk set R: Efron's log partial likelihood is
 * {@code Σ_t [Σ_D η_i - Σ_{l=0}^{d-1} log(Σ_R e^η - (l/d) Σ_D e^η)]} (Breslow: l/d replaced by 0). Covariates are
 * centred and scaled internally, the iteration starts at β = 0, halves steps that lower the likelihood and stops
 * when the largest step is below 1e-10 (standardised scale), i.e. at the maximum to machine precision (R
 * {@code coxph} stops at a relative log-likelihood change of 1e-9, which already agrees to ~1e-10). SEs from the
 * inverse information; Wald, likelihood-ratio and score tests as R {@code summary(coxph(...))}; HR CI
 * {@code exp(b ± z SE)}. Agrees with R {@code survival::coxph(..., ties = "efron" | "breslow")}.
 *
 * <p><b>Monotone likelihood.</b> If the likelihood keeps increasing while a coefficient runs off (the
 * log-likelihood no longer changes by more than 1e-13 relative while steps stay large, or the information becomes
 * singular), the model is reported with {@link CoxModel#monotoneLikelihood()} set; see {@link CoxModel}. With one
 * covariate this is also decided exactly (every event has the largest, or every event the smallest, covariate value
 * of its risk set), so a fit that drifted so far along the diverging ray that the gradient rounded to 0 is not
 * reported as converged (R {@code coxph} warns "coefficient may be infinite" there).
 */
public final class CoxRegression {
    private static final double STEP_TOLERANCE = 1e-10;

    private final Ties ties;
    private final double confidenceLevel;
    private final int maxIterations;

    private CoxRegression(Ties ties, double confidenceLevel, int maxIterations) {
        this.ties = ties;
        this.confidenceLevel = confidenceLevel;
        this.maxIterations = maxIterations;
    }

    /** Efron ties, level 0.95, at most 200 iterations. */
    public static CoxRegression withDefaults() {
        return new CoxRegression(Ties.EFRON, 0.95, 200);
    }

    /** A copy with the given tie handling. */
    public CoxRegression with(Ties newTies) {
        return new CoxRegression(Objects.requireNonNull(newTies, "ties"), confidenceLevel, maxIterations);
    }

    /**
     * A copy with the given level for the hazard-ratio intervals.
     *
     * @throws IllegalArgumentException if not in (0, 1)
     */
    public CoxRegression withConfidenceLevel(double level) {
        return new CoxRegression(ties, Checks.requireLevel("confidenceLevel", level), maxIterations);
    }

    /** Univariate model with one covariate. */
    public CoxModel fit(double[] time, boolean[] event, String name, double[] covariate) {
        return fit(time, event, List.of(name), new double[][] {covariate});
    }

    /** Univariate model with a 0/1 group covariate (e.g. {@link FeatureCutoff#groups(double[])}). */
    public CoxModel fit(double[] time, boolean[] event, String name, int[] group) {
        return fit(time, event, name, Arrays.stream(group).asDoubleStream().toArray());
    }

    /**
     * Multivariable model; {@code columns[j]} holds covariate {@code names.get(j)}.
     *
     * @param time    follow-up times
     * @param event   true for an event, false for censoring
     * @param names   covariate names
     * @param columns covariate values, one array per name
     * @return the fitted model
     * @throws IllegalArgumentException on mismatched lengths, non-finite values, constant or collinear covariates,
     *                                  duplicate names, no covariates or no events
     */
    public CoxModel fit(double[] time, boolean[] event, List<String> names, double[][] columns) {
        Checks.requireFinite("time", time);
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(columns, "columns");
        Checks.requireSameLength("time", time.length, "event", event.length);
        Checks.requireSameLength("names", names.size(), "columns", columns.length);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("names must name at least one covariate");
        }
        if (new HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("covariate names must be distinct but were " + names);
        }
        int n = time.length;
        int events = 0;
        for (boolean e : event) {
            if (e) {
                events++;
            }
        }
        if (events == 0) {
            throw new IllegalArgumentException("event must contain at least one event for a Cox model");
        }
        int p = names.size();
        double[][] z = new double[n][p];
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            double[] x = Checks.requireFinite(names.get(j), columns[j]);
            Checks.requireSameLength(names.get(j), x.length, "time", n);
            double m = Arrays.stream(x).average().orElse(0);
            double ss = 0;
            for (double v : x) {
                ss += (v - m) * (v - m);
            }
            double sd = Math.sqrt(ss / n);
            if (!(sd > 0)) {
                throw new IllegalArgumentException("covariate " + names.get(j) + " must vary but is constant ("
                        + x[0] + ")");
            }
            scale[j] = sd;
            for (int i = 0; i < n; i++) {
                z[i][j] = (x[i] - m) / sd;
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(time[b], time[a])); // descending
        int[] ord = Arrays.stream(order).mapToInt(Integer::intValue).toArray();

        double[] beta = new double[p];
        Eval e0 = evaluate(z, time, event, ord, beta);
        SymmetricSolver s0 = SymmetricSolver.factor(e0.info);
        if (s0 == null) {
            throw new IllegalArgumentException("covariates " + names + " carry no usable information: the "
                    + "information matrix at beta = 0 is singular (collinear covariates, or no event whose risk set "
                    + "has varying covariate values)");
        }
        double[] u0 = s0.solve(e0.grad);
        double score = 0;
        for (int j = 0; j < p; j++) {
            score += e0.grad[j] * u0[j];
        }
        Eval cur = e0;
        int iter = 0;
        boolean converged = false;
        boolean monotone = false;
        double[] lastStep = new double[p];
        while (iter < maxIterations) {
            SymmetricSolver solver = SymmetricSolver.factor(cur.info);
            if (solver == null) {
                monotone = true;
                break;
            }
            double[] step = solver.solve(cur.grad);
            double[] next = new double[p];
            for (int j = 0; j < p; j++) {
                next[j] = beta[j] + step[j];
            }
            Eval ev = evaluate(z, time, event, ord, next);
            int halvings = 0;
            while (!(ev.loglik >= cur.loglik - 1e-12 * Math.abs(cur.loglik)) && halvings < 30) {
                for (int j = 0; j < p; j++) {
                    step[j] /= 2;
                    next[j] = beta[j] + step[j];
                }
                ev = evaluate(z, time, event, ord, next);
                halvings++;
            }
            iter++;
            double maxStep = 0;
            for (double s : step) {
                maxStep = Math.max(maxStep, Math.abs(s));
            }
            double change = Math.abs(ev.loglik - cur.loglik);
            beta = next;
            cur = ev;
            lastStep = step;
            if (maxStep < STEP_TOLERANCE) {
                converged = true;
                break;
            }
            if (change <= 1e-13 * (1 + Math.abs(cur.loglik)) && maxStep > 1e-3) {
                monotone = true;
                break;
            }
        }
        if (p == 1 && runsOffToInfinity(columns[0], time, event)) {
            // exact check: far out on the diverging ray the gradient can cancel to 0 in floating point and the
            // step test above would report a meaningless finite "converged" coefficient
            converged = false;
            monotone = true;
        }
        if (!converged && !monotone) {
            throw new IllegalArgumentException("Cox fit of " + names + " did not converge in " + maxIterations
                    + " iterations");
        }
        double lr = Math.max(0, 2 * (cur.loglik - e0.loglik));
        ModelTest lrTest = new ModelTest("likelihood ratio", lr, p, StatsDistributions.chiSquareUpperP(lr, p));
        ModelTest scoreTest = new ModelTest("score", score, p, StatsDistributions.chiSquareUpperP(score, p));
        List<CoxCoefficient> coefs = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ModelTest wald = null;
        if (converged) {
            SymmetricSolver solver = SymmetricSolver.factor(cur.info);
            if (solver == null) {
                throw new IllegalArgumentException("covariates " + names + " are collinear: the information matrix "
                        + "is singular");
            }
            double[][] cov = solver.inverse();
            double w = 0;
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    w += beta[a] * cur.info[a][b] * beta[b];
                }
            }
            wald = new ModelTest("Wald", w, p, StatsDistributions.chiSquareUpperP(w, p));
            double crit = StatsDistributions.twoSidedCritical(confidenceLevel);
            for (int j = 0; j < p; j++) {
                double b = beta[j] / scale[j];
                double se = Math.sqrt(cov[j][j]) / scale[j];
                double zj = b / se;
                coefs.add(new CoxCoefficient(names.get(j), b, se, zj, StatsDistributions.twoSidedNormalP(zj),
                        Math.exp(b), new ConfidenceInterval(Math.exp(b - crit * se), Math.exp(b + crit * se),
                                confidenceLevel)));
            }
        } else {
            List<String> diverging = new ArrayList<>();
            for (int j = 0; j < p; j++) {
                if (Math.abs(lastStep[j]) > 1e-3 || Math.abs(beta[j]) > 10) {
                    diverging.add(names.get(j));
                }
            }
            warnings.add("monotone likelihood: the coefficient of " + (diverging.isEmpty() ? names : diverging)
                    + " is infinite (e.g. a group without events); no coefficients or Wald test are reported. "
                    + "The likelihood-ratio test is at the supremum; the score test is unaffected.");
        }
        return new CoxModel(names, coefs, n, events, ties, e0.loglik, cur.loglik, lrTest, wald, scoreTest, iter,
                converged, monotone, warnings, confidenceLevel);
    }

    private record Eval(double loglik, double[] grad, double[][] info) {
    }

    /**
     * Whether the partial likelihood of one covariate x increases monotonically as β → +∞ or β → −∞: every event
     * has the largest x of its risk set (all subjects with time ≥ its time), or every event the smallest. Then each
     * event's factor is non-decreasing along that ray and the maximum is not attained (the caller has already
     * excluded the flat case: some risk set has varying x). Ties with the extreme value keep the factor
     * non-decreasing for Breslow and Efron alike. Sweeps times in descending order: O(n log n).
     */
    private static boolean runsOffToInfinity(double[] x, double[] time, boolean[] event) {
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(time[b], time[a]));
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        boolean eventsAtMax = true;
        boolean eventsAtMin = true;
        int k = 0;
        while (k < n) {
            int m = k;
            while (m < n && time[order[m]] == time[order[k]]) {
                max = Math.max(max, x[order[m]]);
                min = Math.min(min, x[order[m]]);
                m++;
            }
            for (int r = k; r < m; r++) {
                int i = order[r];
                if (event[i]) {
                    eventsAtMax &= x[i] == max;
                    eventsAtMin &= x[i] == min;
                }
            }
            k = m;
        }
        return eventsAtMax || eventsAtMin;
    }

    private Eval evaluate(double[][] z, double[] time, boolean[] event, int[] ord, double[] beta) {
        int n = z.length;
        int p = beta.length;
        double[] eta = new double[n];
        double c = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < p; j++) {
                s += beta[j] * z[i][j];
            }
            eta[i] = s;
            c = Math.max(c, s);
        }
        double s0 = 0;
        double[] s1 = new double[p];
        double[][] s2 = new double[p][p];
        double loglik = 0;
        double[] grad = new double[p];
        double[][] info = new double[p][p];
        int k = 0;
        while (k < n) {
            double t = time[ord[k]];
            int m = k;
            double e0 = 0;
            double[] e1 = new double[p];
            double[][] e2 = new double[p][p];
            int d = 0;
            while (m < n && time[ord[m]] == t) {
                int i = ord[m];
                double w = Math.exp(eta[i] - c);
                s0 += w;
                for (int a = 0; a < p; a++) {
                    s1[a] += w * z[i][a];
                    for (int b = 0; b <= a; b++) {
                        s2[a][b] += w * z[i][a] * z[i][b];
                    }
                }
                if (event[i]) {
                    d++;
                    loglik += eta[i];
                    e0 += w;
                    for (int a = 0; a < p; a++) {
                        grad[a] += z[i][a];
                        e1[a] += w * z[i][a];
                        for (int b = 0; b <= a; b++) {
                            e2[a][b] += w * z[i][a] * z[i][b];
                        }
                    }
                }
                m++;
            }
            for (int l = 0; l < d; l++) {
                double f = ties == Ties.EFRON ? (double) l / d : 0.0;
                double a0 = s0 - f * e0;
                loglik -= Math.log(a0) + c;
                for (int a = 0; a < p; a++) {
                    double a1a = s1[a] - f * e1[a];
                    grad[a] -= a1a / a0;
                    for (int b = 0; b <= a; b++) {
                        double a1b = s1[b] - f * e1[b];
                        double a2 = s2[a][b] - f * e2[a][b];
                        info[a][b] += a2 / a0 - a1a * a1b / (a0 * a0);
                    }
                }
            }
            k = m;
        }
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < a; b++) {
                info[b][a] = info[a][b];
            }
        }
        return new Eval(loglik, grad, info);
    }

    @Override
    public String toString() {
        return "CoxRegression[ties=" + ties + ", confidenceLevel=" + confidenceLevel + "]";
    }
}
