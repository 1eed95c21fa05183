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
 * {@code quantile.survfit} (survival 3.x; tolerance sqrt(machine epsilon) for a flat at exactly 0.5). Agrees with
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
        double[] x = new double[m + 1];
        double[] ys = new double[m + 1];
        double[] yl = new double[m + 1];
        double[] yu = new double[m + 1];
        x[0] = 0;
        for (int k = 0; k < m; k++) {
            double[] r = curves.get(k);
            x[k + 1] = r[0];
            ys[k + 1] = 1 - r[1];
            yl[k + 1] = 1 - r[2];
            yu[k + 1] = 1 - r[3];
        }
        double xmax = x[m];
        return new MedianSurvival(findQuantile(x, ys, 0.5, xmax), findQuantile(x, yl, 0.5, xmax),
                findQuantile(x, yu, 0.5, xmax), confidenceLevel);
    }

    /**
     * R survival 3.x {@code findq}: y = 1 - curve (ascending, NaN = NA), x the matching times with a leading
     * (0, 0); the first point where y reaches p (within tolerance), averaged with the next jump if the curve is
     * flat at exactly p. Returns null for "not reached".
     */
    static Double findQuantile(double[] x, double[] y, double p, double xmax) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            if (!Double.isNaN(v)) {
                max = Math.max(max, v);
            }
        }
        if (max < p) {
            return null;
        }
        // drop duplicated y (first occurrence kept; NaN duplicates NaN), then NaN pairs
        List<double[]> pts = new ArrayList<>();
        List<Double> seen = new ArrayList<>();
        for (int k = 0; k < y.length; k++) {
            Double key = y[k];
            if (seen.contains(key)) {
                continue;
            }
            seen.add(key);
            pts.add(new double[] {x[k], y[k]});
        }
        double lastY = pts.get(pts.size() - 1)[1];
        int i1 = -1;
        int i2 = -1;
        for (int k = 0; k < pts.size(); k++) {
            double v = pts.get(k)[1];
            if (Double.isNaN(v)) {
                continue;
            }
            if (i1 < 0 && v + R_TOLERANCE >= p) {
                i1 = k;
            }
            if (i2 < 0 && v - R_TOLERANCE >= p) {
                i2 = k;
            }
        }
        if (i1 < 0) {
            return null;
        }
        if (!Double.isNaN(lastY) && Math.abs(p - lastY) < R_TOLERANCE) {
            return (pts.get(i1)[0] + xmax) / 2;
        }
        if (i2 < 0) {
            return null;
        }
        return (pts.get(i1)[0] + pts.get(i2)[0]) / 2;
    }

    @Override
    public String toString() {
        return "KaplanMeier[confidenceType=" + confidenceType + ", confidenceLevel=" + confidenceLevel + "]";
    }
}
