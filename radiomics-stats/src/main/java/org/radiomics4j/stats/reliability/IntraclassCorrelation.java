package org.radiomics4j.stats.reliability;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.FDistribution;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.internal.Checks;

/**
 * Intraclass correlation coefficients of n subjects rated by k ≥ 2 readers, in the six Shrout–Fleiss forms
 * ({@link IccForm}), with F tests and confidence intervals exactly as R's {@code psych::ICC(x, lmer = FALSE)}
 * (psych 2.2.9; values and CIs also agree with {@code irr::icc} except the ICC(2,k) CI, see below).
 *
 * <p>From the two-way ANOVA mean squares (\(MS_R\) subjects, \(MS_C\) raters, \(MS_E\) residual, \(MS_W\) within
 * subjects):
 * <ul>
 * <li>ICC(1,1) \(= \frac{MS_R - MS_W}{MS_R + (k-1)MS_W}\), ICC(1,k) \(= \frac{MS_R - MS_W}{MS_R}\);
 * \(F = MS_R/MS_W\), df \((n-1, n(k-1))\).</li>
 * <li>ICC(2,1) \(= \frac{MS_R - MS_E}{MS_R + (k-1)MS_E + k(MS_C - MS_E)/n}\), ICC(2,k)
 * \(= \frac{MS_R - MS_E}{MS_R + (MS_C - MS_E)/n}\); ICC(3,1) \(= \frac{MS_R - MS_E}{MS_R + (k-1)MS_E}\), ICC(3,k)
 * \(= \frac{MS_R - MS_E}{MS_R}\); \(F = MS_R/MS_E\), df \((n-1, (n-1)(k-1))\) (psych's df for both; irr uses a
 * Satterthwaite df2 for the absolute-agreement F test).</li>
 * <li>CIs (Shrout &amp; Fleiss 1979; McGraw &amp; Wong 1996): ICC(1,1) and ICC(3,1) from \(F_L = F/F_{1-\alpha/2}
 * (df_1, df_2)\), \(F_U = F \cdot F_{1-\alpha/2}(df_2, df_1)\), bound \(= (F_* - 1)/(F_* + k - 1)\); ICC(2,1) with
 * the Satterthwaite-type \(v\) of McGraw–Wong; the average-measure CIs are the Spearman–Brown transforms
 * \(kL/(1 + (k-1)L)\) of the single-measure bounds (psych; for ICC(2,k) irr evaluates \(v\) at ICC(A,k) and differs
 * in the 3rd–6th decimal).</li>
 * </ul>
 *
 * <p>Degenerate cases: a residual, within-subject or between-rater mean square below 1e-20 × \(MS_R\) is treated as the exact 0
 * it stands for (psych prints noise like F = 8e30): the affected ICCs are computed with 0, F = +∞, P = 0, and the
 * consistency CIs are [1, 1]; for ICC(2,·) with \(MS_E = 0\) the limit \(v = k - 1\) is used. Identical subjects
 * (\(MS_R = 0\)) make every ICC undefined: IllegalArgumentException. Average-measure CI bounds: when the
 * single-measure bound is at or below \(-1/(k-1)\) (the pole of the Spearman–Brown transform; happens for the
 * ICC(2,1) lower bound of small, disagreeing samples, e.g. ratings {{0, −1}, {0, 1}, {0, 0.8}}), the
 * average-measure bound is \(-\infty\), the limit of the transform from the right; psych instead reports the
 * wrapped-round value (there 3.91, above its upper bound 0.98). The same holds for the ICC(2,k) estimate, which
 * equals the step-up of ICC(2,1): its denominator \(MS_R + (MS_C - MS_E)/n\) is \(\le 0\) exactly when ICC(2,1)
 * \(\le -1/(k-1)\) (small n, readers disagreeing more than subjects differ, F &lt; 1), and the estimate is then
 * \(-\infty\) (classified {@link IccReliability#UNSTABLE}) instead of psych's wrapped value above 1, e.g. ratings
 * {{1, −1}, {−1, 1}, {0.1, 0.1}}: psych ICC2k = 3.02, here −∞.
 *
 * <p>Defaults: 95% CI, {@link IccThresholds#DEFAULT}. Immutable and thread-safe.
 */
public final class IntraclassCorrelation {
    private static final double NOISE = 1e-20;
    private static final IntraclassCorrelation DEFAULT = new IntraclassCorrelation(0.95, IccThresholds.DEFAULT);

    private final double confidenceLevel;
    private final IccThresholds thresholds;

    private IntraclassCorrelation(double confidenceLevel, IccThresholds thresholds) {
        this.confidenceLevel = confidenceLevel;
        this.thresholds = thresholds;
    }

    /** 95% CIs, thresholds 0.75 / 0.90. */
    public static IntraclassCorrelation withDefaults() {
        return DEFAULT;
    }

    /**
     * A copy with another confidence level.
     *
     * @throws IllegalArgumentException if level is not in (0, 1)
     */
    public IntraclassCorrelation withConfidenceLevel(double level) {
        return new IntraclassCorrelation(Checks.requireLevel("confidenceLevel", level), thresholds);
    }

    /** A copy classifying with other thresholds. */
    public IntraclassCorrelation withThresholds(IccThresholds t) {
        if (t == null) {
            throw new IllegalArgumentException("thresholds must not be null");
        }
        return new IntraclassCorrelation(confidenceLevel, t);
    }

    /**
     * Builds the subjects × readers matrix from one array per reader (reader j's rating of subject i at [i]).
     *
     * @throws IllegalArgumentException if fewer than 2 readers or the arrays differ in length
     */
    public static double[][] ratingsFromReaders(double[]... readers) {
        if (readers == null || readers.length < 2) {
            throw new IllegalArgumentException("readers must hold at least 2 arrays but had "
                    + (readers == null ? 0 : readers.length));
        }
        int n = readers[0].length;
        double[][] out = new double[n][readers.length];
        for (int j = 0; j < readers.length; j++) {
            Checks.requireSameLength("readers[0]", n, "readers[" + j + "]", readers[j].length);
            for (int i = 0; i < n; i++) {
                out[i][j] = readers[j][i];
            }
        }
        return out;
    }

    /**
     * The ANOVA mean squares of a subjects × raters matrix.
     *
     * @throws IllegalArgumentException if ratings is not a rectangular matrix of finite values with at least 2
     *         subjects and 2 raters
     */
    public IccAnova anova(double[][] ratings) {
        if (ratings == null || ratings.length < 2) {
            throw new IllegalArgumentException("ratings must have at least 2 subjects (rows) but had "
                    + (ratings == null ? 0 : ratings.length));
        }
        int n = ratings.length;
        int k = ratings[0] == null ? 0 : ratings[0].length;
        if (k < 2) {
            throw new IllegalArgumentException("ratings must have at least 2 raters (columns) but had " + k);
        }
        for (int i = 0; i < n; i++) {
            Checks.requireSameLength("ratings[0]", k, "ratings[" + i + "]", ratings[i] == null ? 0
                    : ratings[i].length);
            Checks.requireFinite("ratings[" + i + "]", ratings[i]);
        }
        double gm = 0;
        double[] rm = new double[n];
        double[] cm = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                rm[i] += ratings[i][j];
                cm[j] += ratings[i][j];
                gm += ratings[i][j];
            }
        }
        gm /= (double) n * k;
        for (int i = 0; i < n; i++) {
            rm[i] /= k;
        }
        for (int j = 0; j < k; j++) {
            cm[j] /= n;
        }
        double ssr = 0;
        for (double v : rm) {
            ssr += (v - gm) * (v - gm);
        }
        ssr *= k;
        double ssc = 0;
        for (double v : cm) {
            ssc += (v - gm) * (v - gm);
        }
        ssc *= n;
        double sse = 0;
        double ssw = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double e = ratings[i][j] - rm[i] - cm[j] + gm;
                sse += e * e;
                double w = ratings[i][j] - rm[i];
                ssw += w * w;
            }
        }
        double msr = ssr / (n - 1);
        double msc = ssc / (k - 1);
        double mse = sse / ((n - 1.0) * (k - 1));
        double msw = ssw / (n * (k - 1.0));
        if (!(msr > 0)) {
            throw new IllegalArgumentException("ratings must vary between subjects (all subject means equal): the ICC"
                    + " is undefined");
        }
        if (mse <= NOISE * msr) {
            mse = 0;
        }
        if (msw <= NOISE * msr) {
            msw = 0;
        }
        if (msc <= NOISE * msr) {
            msc = 0;
        }
        return new IccAnova(n, k, msr, msc, mse, msw);
    }

    /**
     * One ICC form.
     *
     * @throws IllegalArgumentException as {@link #anova}
     */
    public IccResult compute(double[][] ratings, IccForm form) {
        return compute(anova(ratings), form);
    }

    /**
     * All six forms, in {@link IccForm} order.
     *
     * @throws IllegalArgumentException as {@link #anova}
     */
    public List<IccResult> computeAll(double[][] ratings) {
        IccAnova a = anova(ratings);
        List<IccResult> out = new ArrayList<>();
        for (IccForm f : IccForm.values()) {
            out.add(compute(a, f));
        }
        return List.copyOf(out);
    }

    /** One ICC form from a precomputed ANOVA. */
    public IccResult compute(IccAnova a, IccForm form) {
        if (a == null || form == null) {
            throw new IllegalArgumentException("anova and form must not be null");
        }
        double n = a.subjects();
        double k = a.raters();
        double msr = a.msSubjects();
        double msc = a.msRaters();
        double mse = a.msError();
        double msw = a.msWithin();
        double alpha = 1 - confidenceLevel;
        double icc;
        double f;
        double df1 = n - 1;
        double df2;
        double lo;
        double hi;
        switch (form) {
            case ICC1_1, ICC1_K -> {
                df2 = n * (k - 1);
                icc = form == IccForm.ICC1_1 ? (msr - msw) / (msr + (k - 1) * msw) : (msr - msw) / msr;
                f = msw == 0 ? Double.POSITIVE_INFINITY : msr / msw;
                if (msw == 0) {
                    lo = 1;
                    hi = 1;
                } else {
                    double fl = f / fQuantile(1 - alpha / 2, df1, df2);
                    double fu = f * fQuantile(1 - alpha / 2, df2, df1);
                    lo = (fl - 1) / (fl + (k - 1));
                    hi = (fu - 1) / (fu + k - 1);
                }
            }
            case ICC3_1, ICC3_K -> {
                df2 = (n - 1) * (k - 1);
                icc = form == IccForm.ICC3_1 ? (msr - mse) / (msr + (k - 1) * mse) : (msr - mse) / msr;
                f = mse == 0 ? Double.POSITIVE_INFINITY : msr / mse;
                if (mse == 0) {
                    lo = 1;
                    hi = 1;
                } else {
                    double fl = f / fQuantile(1 - alpha / 2, df1, df2);
                    double fu = f * fQuantile(1 - alpha / 2, df2, df1);
                    lo = (fl - 1) / (fl + k - 1);
                    hi = (fu - 1) / (fu + k - 1);
                }
            }
            default -> {
                df2 = (n - 1) * (k - 1);
                double icc2 = (msr - mse) / (msr + (k - 1) * mse + k * (msc - mse) / n);
                if (form == IccForm.ICC2_1) {
                    icc = icc2;
                } else {
                    // ICC(2,k) is the Spearman–Brown step-up of ICC(2,1); its denominator is <= 0 exactly when
                    // ICC(2,1) <= -1/(k-1), where the formula wraps round to a value above 1: use the limit -Inf
                    double den = msr + (msc - mse) / n;
                    icc = den > 0 ? (msr - mse) / den : Double.NEGATIVE_INFINITY;
                }
                f = mse == 0 ? Double.POSITIVE_INFINITY : msr / mse;
                if (mse == 0 && msc == 0) {
                    lo = 1;
                    hi = 1;
                } else {
                    double v;
                    if (mse == 0) {
                        v = k - 1; // limit of McGraw–Wong's v as MS_E -> 0
                    } else {
                        double fj = msc / mse;
                        double t = n * (1 + (k - 1) * icc2) - k * icc2;
                        double vn = (k - 1) * (n - 1) * Math.pow(k * icc2 * fj + t, 2);
                        double vd = (n - 1) * k * k * icc2 * icc2 * fj * fj + t * t;
                        v = vn / vd;
                    }
                    double f3u = fQuantile(1 - alpha / 2, n - 1, v);
                    double f3l = fQuantile(1 - alpha / 2, v, n - 1);
                    double common = k * msc + (k * n - k - n) * mse;
                    lo = n * (msr - f3u * mse) / (f3u * common + n * msr);
                    hi = n * (f3l * msr - mse) / (common + n * f3l * msr);
                }
            }
        }
        if (form.averageMeasures()) {
            lo = spearmanBrown(lo, k);
            hi = spearmanBrown(hi, k);
        }
        double p = Double.isInfinite(f) ? 0 : FDistribution.of(df1, df2).survivalProbability(f);
        return new IccResult(form, icc, f, df1, df2, p, new ConfidenceInterval(lo, hi, confidenceLevel),
                a.subjects(), a.raters(), thresholds.classify(icc));
    }

    /**
     * Spearman–Brown step-up \(kr/(1 + (k-1)r)\) of a single-measure bound. The map increases on
     * \((-1/(k-1), \infty)\) and tends to \(-\infty\) as \(r \downarrow -1/(k-1)\); a bound at or below that pole
     * (possible for the McGraw–Wong ICC(2,1) lower bound in small or disagreeing samples) is mapped to
     * \(-\infty\), the limit, instead of wrapping round to a value above 1 (psych 2.2.9 applies the formula blindly
     * and can report a lower bound above the upper one).
     */
    private static double spearmanBrown(double r, double k) {
        if (r == 1) {
            return 1;
        }
        if (r <= -1 / (k - 1)) {
            return Double.NEGATIVE_INFINITY;
        }
        return r * k / (1 + r * (k - 1));
    }

    private static double fQuantile(double p, double d1, double d2) {
        return FDistribution.of(d1, d2).inverseCumulativeProbability(p);
    }

    @Override
    public String toString() {
        return "IntraclassCorrelation[confidenceLevel=" + confidenceLevel + ", " + thresholds + "]";
    }
}
