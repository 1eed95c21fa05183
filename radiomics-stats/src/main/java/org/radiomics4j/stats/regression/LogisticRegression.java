package org.radiomics4j.stats.regression;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.internal.Checks;
import org.radiomics4j.stats.internal.SeparationCheck;
import org.radiomics4j.stats.internal.StatsDistributions;
import org.radiomics4j.stats.internal.SymmetricSolver;
import org.radiomics4j.stats.roc.Direction;
import org.radiomics4j.stats.roc.RocAnalysis;
import org.radiomics4j.stats.roc.RocCurve;
import org.radiomics4j.stats.roc.RocPoint;

/**
 * Binary logistic regression with an intercept, fitted by iteratively reweighted least squares (Newton–Raphson
 * on the log-likelihood, canonical logit link) to full convergence. Immutable and thread-safe:
 *
 * <pre>{@code
 * LogisticModel m = LogisticRegression.withDefaults().fit(y, List.of("age", "ki67"), new double[][] {age, ki67});
 * }</pre>
 *
 * <p><b>Algorithm.</b> Predictors are centred and scaled internally (results are transformed back exactly), the
 * iteration starts from the null model and stops when the largest Newton step is below 1e-11 on the standardised
 * scale (R's {@code glm(family = binomial, control = glm.control(epsilon = 1e-15))} reaches the same MLE; R's
 * default epsilon 1e-8 leaves SEs accurate to ~1e-5 only). SEs are the square roots of the diagonal of the inverse
 * Fisher information {@code (XᵀWX)⁻¹}, W = diag(p(1-p)); Wald z = b/SE, P = 2Φ(-|z|); OR = exp(b) with Wald CI
 * {@code exp(b ± z SE)} (z = 1.959964 at 95%). Likelihood-ratio test: null deviance − deviance on k df;
 * Cox–Snell R² = 1 − exp((D − D0)/n), Nagelkerke R² = Cox–Snell / (1 − exp(−D0/n)). The model's ROC
 * ({@link ModelDiscrimination}) uses {@link RocAnalysis} on the linear predictor (rank-equivalent to the fitted
 * probabilities). Agrees with R {@code stats::glm} and statsmodels {@code Logit.fit(method = "newton")}.
 *
 * <p><b>Separation rule.</b> Before fitting, two small linear feasibility problems (Stiemke's lemma and
 * Gordan's theorem applied to the rows {@code (2y-1) x}; see {@link org.radiomics4j.stats.internal.SeparationCheck})
 * decide whether some linear combination of the predictors separates the outcomes completely or
 * quasi-completely (Albert &amp; Anderson 1984; the same question R's detectseparation answers with Konis' LP).
 * If so the MLE does not exist: the model is returned with {@link LogisticModel#separation()} set, a warning,
 * <em>no coefficients</em> (so no absurd odds ratios), and the deviance, LR test and pseudo-R² at their limits
 * (the iteration is run until the deviance stops changing; R's {@code glm} approaches the same values, with
 * "fitted probabilities numerically 0 or 1" warnings). The warning names the predictors whose standardised
 * coefficient diverged. Above 20 000 observations the LP (slow there) is skipped and separation is declared when
 * the deviance stops changing (or the information becomes singular) while some fitted probability is numerically
 * 0 or 1 (|η| &gt; 30): complete if the deviance is below 1e-6, quasi-complete otherwise.
 *
 * <p><b>Errors.</b> Outcomes other than 0/1, fewer than 2 events or 2 non-events, non-finite or constant
 * predictors, mismatched lengths, duplicate names and collinear predictors throw IllegalArgumentException.
 */
public final class LogisticRegression {
    /** The term name of the intercept, as R prints it. */
    public static final String INTERCEPT = "(Intercept)";
    private static final double STEP_TOLERANCE = 1e-11;
    /** Above this many observations the simplex becomes slow; the iterative rule is used instead. */
    private static final int LP_MAX_ROWS = 20_000;
    /** A standardised coefficient beyond this at the end of a separated fit is reported as diverging. */
    private static final double DIVERGED = 8;

    private final double confidenceLevel;
    private final int maxIterations;
    private final int lpMaxRows;

    private LogisticRegression(double confidenceLevel, int maxIterations, int lpMaxRows) {
        this.confidenceLevel = confidenceLevel;
        this.maxIterations = maxIterations;
        this.lpMaxRows = lpMaxRows;
    }

    /** For tests: a copy that uses the LP separation check only up to {@code rows} observations. */
    LogisticRegression withLinearProgramRowLimit(int rows) {
        return new LogisticRegression(confidenceLevel, maxIterations, rows);
    }

    /** Confidence level 0.95, at most 100 Newton iterations. */
    public static LogisticRegression withDefaults() {
        return new LogisticRegression(0.95, 100, LP_MAX_ROWS);
    }

    /**
     * A copy with the given confidence level for the odds-ratio intervals.
     *
     * @throws IllegalArgumentException if not in (0, 1)
     */
    public LogisticRegression withConfidenceLevel(double level) {
        return new LogisticRegression(Checks.requireLevel("confidenceLevel", level), maxIterations, lpMaxRows);
    }

    /**
     * A copy with another iteration cap (default 100).
     *
     * @throws IllegalArgumentException if below 1
     */
    public LogisticRegression withMaxIterations(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1 but was " + iterations);
        }
        return new LogisticRegression(confidenceLevel, iterations, lpMaxRows);
    }

    /** The configured confidence level. */
    public double confidenceLevel() {
        return confidenceLevel;
    }

    /** Univariate model {@code y ~ x}. */
    public LogisticModel fit(int[] outcome, String name, double[] predictor) {
        return fit(outcome, List.of(name), new double[][] {predictor});
    }

    /**
     * Multivariable model {@code y ~ x_1 + ... + x_k}; {@code columns[j]} holds predictor {@code names.get(j)}.
     * With no predictors the intercept-only model is fitted.
     *
     * @param outcome 0/1 outcome per subject (1 = event)
     * @param names   predictor names
     * @param columns predictor values, one array per name
     * @return the fitted model (see {@link LogisticModel} for separated data)
     * @throws IllegalArgumentException as described in the class documentation
     */
    public LogisticModel fit(int[] outcome, List<String> names, double[][] columns) {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(columns, "columns");
        if (outcome == null) {
            throw new IllegalArgumentException("outcome must not be null");
        }
        Checks.requireSameLength("names", names.size(), "columns", columns.length);
        if (new HashSet<>(names).size() != names.size()) {
            throw new IllegalArgumentException("predictor names must be distinct but were " + names);
        }
        int n = outcome.length;
        int events = 0;
        for (int i = 0; i < n; i++) {
            if (outcome[i] != 0 && outcome[i] != 1) {
                throw new IllegalArgumentException("outcome must be 0 or 1 but outcome[" + i + "] is " + outcome[i]);
            }
            events += outcome[i];
        }
        if (events < 2 || n - events < 2) {
            throw new IllegalArgumentException("outcome must contain at least 2 events (1) and 2 non-events (0) but "
                    + "had " + events + " and " + (n - events));
        }
        int k = names.size();
        int p = k + 1;
        double[] mean = new double[p];
        double[] scale = new double[p];
        scale[0] = 1;
        double[][] z = new double[n][p];
        for (int i = 0; i < n; i++) {
            z[i][0] = 1;
        }
        for (int j = 0; j < k; j++) {
            double[] x = Checks.requireFinite(names.get(j), columns[j]);
            Checks.requireSameLength(names.get(j), x.length, "outcome", n);
            double m = 0;
            for (double v : x) {
                m += v;
            }
            m /= n;
            double ss = 0;
            for (double v : x) {
                ss += (v - m) * (v - m);
            }
            double sd = Math.sqrt(ss / n);
            if (!(sd > 0)) {
                throw new IllegalArgumentException("predictor " + names.get(j) + " must vary but is constant ("
                        + x[0] + ")");
            }
            mean[j + 1] = m;
            scale[j + 1] = sd;
            for (int i = 0; i < n; i++) {
                z[i][j + 1] = (x[i] - m) / sd;
            }
        }
        boolean lp = k > 0 && n <= lpMaxRows;
        int kind = lp ? SeparationCheck.check(z, outcome) : 0;
        Separation separation = kind == 2 ? Separation.COMPLETE
                : kind == 1 ? Separation.QUASI_COMPLETE : Separation.NONE;

        double[] beta = new double[p];
        beta[0] = Math.log((double) events / (n - events));
        double dev = deviance(z, outcome, beta);
        int iter = 0;
        boolean stepConverged = false;
        while (iter < maxIterations) {
            double[][] info = new double[p][p];
            double[] grad = new double[p];
            information(z, outcome, beta, info, grad);
            SymmetricSolver solver = SymmetricSolver.factor(info);
            if (solver == null) {
                if (separation != Separation.NONE) {
                    break; // weights vanished while the coefficients diverge: the deviance has reached its limit
                }
                if (!lp && saturated(z, beta)) {
                    separation = dev < 1e-6 ? Separation.COMPLETE : Separation.QUASI_COMPLETE;
                    break;
                }
                throw new IllegalArgumentException("predictors " + names + " are collinear: the information "
                        + "matrix is singular");
            }
            double[] step = solver.solve(grad);
            double[] next = beta.clone();
            for (int j = 0; j < p; j++) {
                next[j] += step[j];
            }
            double devNext = deviance(z, outcome, next);
            int halvings = 0;
            while (devNext > dev * (1 + 1e-12) + 1e-300 && halvings < 30) {
                for (int j = 0; j < p; j++) {
                    step[j] /= 2;
                    next[j] = beta[j] + step[j];
                }
                devNext = deviance(z, outcome, next);
                halvings++;
            }
            iter++;
            double maxStep = 0;
            for (double s : step) {
                maxStep = Math.max(maxStep, Math.abs(s));
            }
            double change = Math.abs(dev - devNext);
            beta = next;
            dev = devNext;
            if (separation == Separation.NONE) {
                if (maxStep < STEP_TOLERANCE) {
                    stepConverged = true;
                    break;
                }
                if (!lp && change <= 1e-13 * (dev + 1e-3) && saturated(z, beta)) {
                    separation = dev < 1e-6 ? Separation.COMPLETE : Separation.QUASI_COMPLETE;
                    break;
                }
            } else if (change <= 1e-13 * (dev + 1e-3)) {
                break;
            }
        }
        if (separation == Separation.NONE && !stepConverged) {
            throw new IllegalArgumentException("logistic fit of " + names + " did not converge in " + maxIterations
                    + " iterations (no separation detected); raise maxIterations");
        }

        double nullDev = nullDeviance(n, events);
        // intercept-only model (k = 0, e.g. after backward elimination removed every term): LR = 0 on 0 df, P = 1
        double lr = k == 0 ? 0 : Math.max(0, nullDev - dev);
        ModelTest lrTest = new ModelTest("likelihood ratio", lr, k, k == 0 ? 1.0
                : StatsDistributions.chiSquareUpperP(lr, k));
        double coxSnell = -Math.expm1(-lr / n);
        double nagelkerke = coxSnell / (1 - Math.exp(-nullDev / n));

        List<LogisticCoefficient> coefs = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        double[] etaBeta; // coefficients on the original scale (for the linear predictor)
        if (separation == Separation.NONE) {
            double[][] info = new double[p][p];
            information(z, outcome, beta, info, new double[p]);
            SymmetricSolver solver = SymmetricSolver.factor(info);
            if (solver == null) {
                throw new IllegalArgumentException("predictors " + names + " are collinear: the information matrix "
                        + "is singular");
            }
            double[][] covStd = solver.inverse();
            // back-transform: b_j = b'_j / s_j, b_0 = b'_0 - Σ b'_j m_j / s_j; Cov = T Cov' Tᵀ
            double[][] t = new double[p][p];
            t[0][0] = 1;
            for (int j = 1; j < p; j++) {
                t[0][j] = -mean[j] / scale[j];
                t[j][j] = 1 / scale[j];
            }
            double[] b = multiply(t, beta);
            double[][] cov = multiply(multiply(t, covStd), transpose(t));
            double crit = StatsDistributions.twoSidedCritical(confidenceLevel);
            for (int j = 0; j < p; j++) {
                double se = Math.sqrt(cov[j][j]);
                double zj = b[j] / se;
                coefs.add(new LogisticCoefficient(j == 0 ? INTERCEPT : names.get(j - 1), b[j], se, zj,
                        StatsDistributions.twoSidedNormalP(zj), Math.exp(b[j]),
                        new ConfidenceInterval(Math.exp(b[j] - crit * se), Math.exp(b[j] + crit * se),
                                confidenceLevel)));
            }
            etaBeta = beta;
        } else {
            List<String> separating = new ArrayList<>();
            for (int j = 1; j < p; j++) {
                if (Math.abs(beta[j]) > DIVERGED) {
                    separating.add(names.get(j - 1));
                }
            }
            warnings.add(String.format(Locale.ROOT, "%s separation: %s %s the outcome classes; the "
                    + "maximum-likelihood estimates do not exist (infinite odds ratios), so no coefficients are "
                    + "reported. Deviance, LR test and pseudo-R2 are their limits.",
                    separation == Separation.COMPLETE ? "complete" : "quasi-complete",
                    separating.isEmpty() ? names : separating,
                    separation == Separation.COMPLETE ? "separate" : "quasi-separate"));
            etaBeta = beta;
        }
        ModelDiscrimination discrimination = discriminate(z, outcome, etaBeta, separation);
        return new LogisticModel(names, coefs, n, events, dev, nullDev, n - p, n - 1, dev + 2 * p, -dev / 2, iter,
                separation == Separation.NONE, separation, lrTest, coxSnell, nagelkerke, discrimination, warnings,
                confidenceLevel);
    }

    private ModelDiscrimination discriminate(double[][] z, int[] y, double[] beta, Separation separation) {
        int n = z.length;
        // rank by the linear predictor without the intercept (same order, and no rounding ties from adding a
        // large intercept to tiny slopes); under separation beta is the last iterate, ranking like the limit model
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 1; j < beta.length; j++) {
                s += beta[j] * z[i][j];
            }
            score[i] = s;
        }
        RocCurve roc = RocAnalysis.withDefaults().with(Direction.HIGHER_IS_POSITIVE)
                .withConfidenceLevel(confidenceLevel).analyze(score, y);
        RocPoint best = roc.youden();
        // under complete separation the limit model classifies every subject correctly at any cutoff in (0, 1)
        double prob = separation == Separation.COMPLETE ? 0.5 : 1 / (1 + Math.exp(-(best.criterion() + beta[0])));
        return new ModelDiscrimination(roc.auc(), roc.confidenceIntervalDeLong(), best.criterionOperator(), prob,
                best.sensitivity(), best.specificity());
    }

    /** Whether some fitted probability is numerically 0 or 1 (|η| > 30, R's glm warning threshold region). */
    private static boolean saturated(double[][] z, double[] beta) {
        for (double[] row : z) {
            double eta = 0;
            for (int j = 0; j < beta.length; j++) {
                eta += beta[j] * row[j];
            }
            if (Math.abs(eta) > 30) {
                return true;
            }
        }
        return false;
    }

    private static void information(double[][] z, int[] y, double[] beta, double[][] info, double[] grad) {
        int p = beta.length;
        for (int i = 0; i < z.length; i++) {
            double eta = 0;
            for (int j = 0; j < p; j++) {
                eta += beta[j] * z[i][j];
            }
            double mu = 1 / (1 + Math.exp(-eta));
            double w = mu * (1 - mu);
            double r = y[i] - mu;
            for (int a = 0; a < p; a++) {
                grad[a] += z[i][a] * r;
                for (int b = 0; b <= a; b++) {
                    info[a][b] += w * z[i][a] * z[i][b];
                }
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < a; b++) {
                info[b][a] = info[a][b];
            }
        }
    }

    /** Binomial deviance {@code -2 Σ [y log p + (1-y) log(1-p)]} computed with stable softplus terms. */
    static double deviance(double[][] z, int[] y, double[] beta) {
        double d = 0;
        for (int i = 0; i < z.length; i++) {
            double eta = 0;
            for (int j = 0; j < beta.length; j++) {
                eta += beta[j] * z[i][j];
            }
            // -log p = softplus(-eta), -log(1-p) = softplus(eta)
            d += y[i] == 1 ? softplus(-eta) : softplus(eta);
        }
        return 2 * d;
    }

    private static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    static double nullDeviance(int n, int events) {
        double pr = (double) events / n;
        return -2 * (events * Math.log(pr) + (n - events) * Math.log1p(-pr));
    }

    private static double[] multiply(double[][] a, double[] v) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < v.length; j++) {
                r[i] += a[i][j] * v[j];
            }
        }
        return r;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int m = b[0].length;
        double[][] r = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < b.length; k++) {
                for (int j = 0; j < m; j++) {
                    r[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return r;
    }

    private static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    @Override
    public String toString() {
        return "LogisticRegression[confidenceLevel=" + confidenceLevel + ", maxIterations=" + maxIterations + "]";
    }
}
