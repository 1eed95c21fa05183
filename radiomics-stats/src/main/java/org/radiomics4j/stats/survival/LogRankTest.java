package org.radiomics4j.stats.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.internal.Checks;
import org.radiomics4j.stats.internal.StatsDistributions;
import org.radiomics4j.stats.internal.SymmetricSolver;

/**
 * The Mantel–Haenszel log-rank test (Mantel 1966; Peto &amp; Peto 1972) comparing survival between groups,
 * optionally stratified. At each distinct event time t with n at risk and d events, group g contributes
 * {@code E_g += d n_g / n} and {@code V_gh += d (n-d)/(n-1) · (n_g/n)(δ_gh - n_h/n)}; the statistic is
 * {@code (O-E)ᵀ V⁻ (O-E)} on k - 1 df (the first group dropped). The stratified test sums O, E and V over strata.
 * Agrees with R {@code survival::survdiff(Surv(time, event) ~ group (+ strata(s)), rho = 0)} and scipy
 * {@code stats.logrank} (z² = chi2 for two groups).
 *
 * <pre>{@code
 * LogRankResult r = LogRankTest.withDefaults().test(time, event, FeatureCutoff.of(62.5).groups(feature));
 * }</pre>
 */
public final class LogRankTest {
    private final double confidenceLevel;

    private LogRankTest(double confidenceLevel) {
        this.confidenceLevel = confidenceLevel;
    }

    /** Confidence level 0.95 for the Mantel–Haenszel hazard-ratio interval. */
    public static LogRankTest withDefaults() {
        return new LogRankTest(0.95);
    }

    /**
     * A copy with another confidence level for the hazard-ratio interval.
     *
     * @throws IllegalArgumentException if not in (0, 1)
     */
    public LogRankTest withConfidenceLevel(double level) {
        return new LogRankTest(Checks.requireLevel("confidenceLevel", level));
    }

    /**
     * Unstratified test of the groups given by integer codes.
     *
     * @param time  follow-up times
     * @param event true for an event, false for censoring
     * @param group group code per subject (e.g. {@link FeatureCutoff#groups(double[])})
     * @return the test with per-group O and E and, for two groups, the log-rank hazard ratios
     * @throws IllegalArgumentException on mismatched lengths, non-finite times, fewer than 2 groups or no events
     */
    public LogRankResult test(double[] time, boolean[] event, int[] group) {
        return test(time, event, group, new int[Objects.requireNonNull(group, "group").length]);
    }

    /**
     * Stratified test: O, E and V are accumulated within each stratum and summed.
     *
     * @param time    follow-up times
     * @param event   true for an event, false for censoring
     * @param group   group code per subject
     * @param stratum stratum code per subject
     * @return the stratified test
     * @throws IllegalArgumentException as {@link #test(double[], boolean[], int[])}
     */
    public LogRankResult test(double[] time, boolean[] event, int[] group, int[] stratum) {
        Checks.requireFinite("time", time);
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(stratum, "stratum");
        Checks.requireSameLength("time", time.length, "event", event.length);
        Checks.requireSameLength("time", time.length, "group", group.length);
        Checks.requireSameLength("time", time.length, "stratum", stratum.length);
        int[] codes = Arrays.stream(group).distinct().sorted().toArray();
        int k = codes.length;
        if (k < 2) {
            throw new IllegalArgumentException("group must contain at least 2 distinct groups but had " + k);
        }
        int[] gi = new int[group.length];
        int[] subjects = new int[k];
        for (int i = 0; i < group.length; i++) {
            gi[i] = Arrays.binarySearch(codes, group[i]);
            subjects[gi[i]]++;
        }
        int[] strata = Arrays.stream(stratum).distinct().sorted().toArray();
        double[] observed = new double[k];
        double[] expected = new double[k];
        double[][] v = new double[k][k];
        for (int s : strata) {
            accumulate(time, event, gi, stratum, s, k, observed, expected, v);
        }
        int totalEvents = 0;
        for (double o : observed) {
            totalEvents += (int) o;
        }
        if (totalEvents == 0) {
            throw new IllegalArgumentException("event must contain at least one event for a log-rank test");
        }
        int m = k - 1;
        double[][] vr = new double[m][m];
        double[] diff = new double[m];
        for (int a = 0; a < m; a++) {
            diff[a] = observed[a + 1] - expected[a + 1];
            for (int b = 0; b < m; b++) {
                vr[a][b] = v[a + 1][b + 1];
            }
        }
        SymmetricSolver solver = SymmetricSolver.factor(vr);
        if (solver == null) {
            throw new IllegalArgumentException("the log-rank variance matrix is singular: some group has nobody at "
                    + "risk at any event time");
        }
        double[] sol = solver.solve(diff);
        double chi2 = 0;
        for (int a = 0; a < m; a++) {
            chi2 += diff[a] * sol[a];
        }
        List<LogRankGroup> groups = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            groups.add(new LogRankGroup(codes[g], subjects[g], (int) observed[g], expected[g], v[g][g]));
        }
        List<LogRankHazardRatio> hrs = new ArrayList<>();
        if (k == 2) {
            double oe = (observed[1] / expected[1]) / (observed[0] / expected[0]);
            double var = v[1][1];
            double lhr = (observed[1] - expected[1]) / var;
            double z = StatsDistributions.twoSidedCritical(confidenceLevel);
            hrs.add(new LogRankHazardRatio(codes[1], codes[0], oe, Math.exp(lhr), new ConfidenceInterval(
                    Math.exp(lhr - z / Math.sqrt(var)), Math.exp(lhr + z / Math.sqrt(var)), confidenceLevel)));
        }
        return new LogRankResult(groups, chi2, m, StatsDistributions.chiSquareUpperP(chi2, m), strata.length, hrs);
    }

    private static void accumulate(double[] time, boolean[] event, int[] gi, int[] stratum, int s, int k,
            double[] observed, double[] expected, double[][] v) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < time.length; i++) {
            if (stratum[i] == s) {
                idx.add(i);
            }
        }
        idx.sort((a, b) -> Double.compare(time[a], time[b]));
        int[] atRisk = new int[k];
        for (int i : idx) {
            atRisk[gi[i]]++;
        }
        int p = 0;
        while (p < idx.size()) {
            double t = time[idx.get(p)];
            int q = p;
            int[] d = new int[k];
            int[] leaving = new int[k];
            while (q < idx.size() && time[idx.get(q)] == t) {
                int i = idx.get(q);
                if (event[i]) {
                    d[gi[i]]++;
                }
                leaving[gi[i]]++;
                q++;
            }
            int dt = 0;
            int nt = 0;
            for (int g = 0; g < k; g++) {
                dt += d[g];
                nt += atRisk[g];
            }
            if (dt > 0) {
                for (int g = 0; g < k; g++) {
                    observed[g] += d[g];
                    expected[g] += (double) dt * atRisk[g] / nt;
                }
                if (nt > 1) {
                    double f = (double) dt * (nt - dt) / (nt - 1);
                    for (int g = 0; g < k; g++) {
                        for (int h = 0; h < k; h++) {
                            double pg = (double) atRisk[g] / nt;
                            double ph = (double) atRisk[h] / nt;
                            v[g][h] += f * pg * ((g == h ? 1 : 0) - ph);
                        }
                    }
                }
            }
            for (int g = 0; g < k; g++) {
                atRisk[g] -= leaving[g];
            }
            p = q;
        }
    }

    @Override
    public String toString() {
        return "LogRankTest[confidenceLevel=" + confidenceLevel + "]";
    }
}
