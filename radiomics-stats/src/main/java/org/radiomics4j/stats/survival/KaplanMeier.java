package org.radiomics4j.stats.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.internal.Checks;
import org.radiomics4j.stats.internal.StatsDistributions;

/**
 * Kaplan–Meier product-limit estimator (Kaplan &amp; Meier 1958) with Greenwood (1926) standard errors. Immutable
 * and thread-safe:
 *
 * <pre>{@code
 * SurvivalCurve km = KaplanMeier.withDefaults().with(ConfidenceType.LOG).estimate(time, event);
 * }</pre>
 *
 * <p>{@code S(t) = Π_{t_j ≤ t} (1 - d_j / n_j)} over distinct times; at a time with both events and censorings
 * the events come first (censored subjects are still at risk). Greenwood: {@code SE(S) = S sqrt(Σ d/(n(n-d)))}.
 * Intervals per {@link ConfidenceType} (default LOG, R's default). The median and its CI follow R
 * {@code survmean} (what {@code summary(fit)$table} prints; tolerance sqrt(machine epsilon) for a flat at
 * exactly 0.5, which is averaged with the next drop only if the curve drops again). Agrees with
 * R {@code summary(survfit(Surv(time, event) ~ 1), censored = TRUE)} and {@code summary(fit)$table}.
 *
 * <p>Degenerate values: after S reaches 0 the Greenwood SE and the interval are undefined and reported as
 * {@code null} (R: NaN / NA); for LOG_LOG the interval is also null where S = 1.
 */
public final class KaplanMeier {
    private static final double R_TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private final ConfidenceType confidenceType;
    private final double confidenceLevel;

    private KaplanMeier(ConfidenceType confidenceType, double confidenceLevel) {
        this.confidenceType = confidenceType;
        this.confidenceLevel = confidenceLevel;
    }

    /** {@link ConfidenceType#LOG}, level 0.95 (R {@code survfit} defaults). */
    public static KaplanMeier withDefaults() {
        return new KaplanMeier(ConfidenceType.LOG, 0.95);
    }

    /** A copy with the given interval type. */
    public KaplanMeier with(ConfidenceType type) {
        return new KaplanMeier(Objects.requireNonNull(type, "confidenceType"), confidenceLevel);
    }

    /**
     * A copy with the given confidence level.
     *
     * @throws IllegalArgumentException if not in (0, 1)
     */
    public KaplanMeier withConfidenceLevel(double level) {
        return new KaplanMeier(confidenceType, Checks.requireLevel("confidenceLevel", level));
    }

    /**
     * Estimates the survival curve.
     *
     * @param time  follow-up times (finite)
     * @param event true for an event, false for censoring
     * @return the survival curve with one row per distinct time
     * @throws IllegalArgumentException on empty input, non-finite times or mismatched lengths
     */
    public SurvivalCurve estimate(double[] time, boolean[] event) {
        Checks.requireMinSize("time", time, 1);
        Checks.requireFinite("time", time);
        Objects.requireNonNull(event, "event");
        Checks.requireSameLength("time", time.length, "event", event.length);
        int n = time.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(time[a], time[b]));
        double z = StatsDistributions.twoSidedCritical(confidenceLevel);
        List<SurvivalStep> steps = new ArrayList<>();
        int atRisk = n;
        int totalEvents = 0;
        double s = 1;
        double greenwood = 0;
        int i = 0;
        List<double[]> curves = new ArrayList<>(); // {time, S, lower, upper} with NaN for undefined
        while (i < n) {
            double t = time[order[i]];
            int d = 0;
            int c = 0;
            int j = i;
            while (j < n && time[order[j]] == t) {
                if (event[order[j]]) {
                    d++;
                } else {
                    c++;
                }
                j++;
            }
            if (d > 0) {
                s *= 1.0 - (double) d / atRisk;
                greenwood = atRisk == d ? Double.POSITIVE_INFINITY : greenwood + (double) d / ((double) atRisk
                        * (atRisk - d));
            }
            double sigma = Math.sqrt(greenwood);
            Double se = s > 0 ? s * sigma : null;
            double lo = Double.NaN;
            double hi = Double.NaN;
            if (s > 0) {
                switch (confidenceType) {
                    case LOG -> {
                        lo = s * Math.exp(-z * sigma);
                        hi = Math.min(1, s * Math.exp(z * sigma));
                    }
                    case LOG_LOG -> {
                        if (s < 1) {
                            double logS = Math.log(s);
                            double a = Math.exp(-Math.exp(Math.log(-logS) + z * sigma / logS));
                            double b = Math.exp(-Math.exp(Math.log(-logS) - z * sigma / logS));
                            lo = Math.min(a, b);
                            hi = Math.max(a, b);
                        }
                    }
                    case PLAIN -> {
                        lo = Math.max(0, s - z * s * sigma);
                        hi = Math.min(1, s + z * s * sigma);
                    }
                }
            }
            ConfidenceInterval ci = Double.isNaN(lo) ? null : new ConfidenceInterval(lo, hi, confidenceLevel);
            steps.add(new SurvivalStep(t, atRisk, d, c, s, se, ci));
            curves.add(new double[] {t, s, lo, hi});
            totalEvents += d;
            atRisk -= d + c;
            i = j;
        }
        return new SurvivalCurve(n, totalEvents, steps, median(curves), confidenceType, confidenceLevel);
    }

    /**
     * Estimates one curve per group; keys are the distinct group codes in ascending order.
     *
     * @throws IllegalArgumentException as {@link #estimate(double[], boolean[])}, or if {@code group} has another
     *                                  length
     */
    public Map<Integer, SurvivalCurve> estimateByGroup(double[] time, boolean[] event, int[] group) {
        Objects.requireNonNull(group, "group");
        Checks.requireSameLength("time", time.length, "group", group.length);
        int[] codes = Arrays.stream(group).distinct().sorted().toArray();
        Map<Integer, SurvivalCurve> out = new LinkedHashMap<>();
        for (int code : codes) {
            int m = 0;
            for (int g : group) {
                if (g == code) {
                    m++;
                }
            }
            double[] t = new double[m];
            boolean[] e = new boolean[m];
            int k = 0;
            for (int i = 0; i < group.length; i++) {
                if (group[i] == code) {
                    t[k] = time[i];
                    e[k++] = event[i];
                }
            }
            out.put(code, estimate(t, e));
        }
        return out;
    }

    private MedianSurvival median(List<double[]> curves) {
        int m = curves.size();
        double[] x = new double[m];
        double[] ys = new double[m];
        double[] yl = new double[m];
        double[] yu = new double[m];
        for (int k = 0; k < m; k++) {
            double[] r = curves.get(k);
            x[k] = r[0];
            ys[k] = r[1];
            yl[k] = r[2];
            yu[k] = r[3];
        }
        return new MedianSurvival(firstBelowHalf(x, ys), firstBelowHalf(x, yl), firstBelowHalf(x, yu),
                confidenceLevel);
    }

    /**
     * R survival {@code survmean}'s median rule ({@code minmin}), as printed by {@code summary(fit)$table}: among
     * the rows whose curve value y (NaN = NA, skipped) is below 0.5 + tol, the first time; if that value equals 0.5
     * within tol and the curve later drops below it, the mean of that time and the time of the first lower value.
     * Returns null for "not reached".
     */
    static Double firstBelowHalf(double[] x, double[] y) {
        int first = -1;
        for (int k = 0; k < y.length; k++) {
            if (!Double.isNaN(y[k]) && y[k] < 0.5 + R_TOLERANCE) {
                first = k;
                break;
            }
        }
        if (first < 0) {
            return null;
        }
        if (Math.abs(y[first] - 0.5) < R_TOLERANCE) {
            for (int k = first + 1; k < y.length; k++) {
                if (!Double.isNaN(y[k]) && y[k] < y[first]) {
                    return (x[first] + x[k]) / 2;
                }
            }
        }
        return x[first];
    }

    @Override
    public String toString() {
        return "KaplanMeier[confidenceType=" + confidenceType + ", confidenceLevel=" + confidenceLevel + "]";
    }
}
