package org.radiomics4j.stats.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.radiomics4j.stats.survival.FeatureCutoff;
import org.radiomics4j.stats.survival.KaplanMeier;
import org.radiomics4j.stats.survival.LogRankGroup;
import org.radiomics4j.stats.survival.LogRankResult;
import org.radiomics4j.stats.survival.LogRankTest;
import org.radiomics4j.stats.survival.SurvivalCurve;

/**
 * Survival: every significant feature, cut at its Table 3 criterion, for every endpoint: Kaplan–Meier per arm and
 * the log-rank test ({@link SurvivalAnalysis} describes the row). An endpoint whose time or event column is the
 * grouping column is marked circular. Immutable and thread-safe.
 */
public final class KaplanMeierStep {
    private static final String NAME = "Survival";
    private final SurvivalSettings settings;

    private KaplanMeierStep(SurvivalSettings settings) {
        this.settings = settings;
    }

    /** A step with these settings. */
    public static KaplanMeierStep of(SurvivalSettings settings) {
        return new KaplanMeierStep(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * The survival analyses.
     *
     * @param analyses   one per feature and endpoint
     * @param warnings   empty arms, no events, circular tests
     * @param exclusions missing-value exclusions
     */
    public record Result(List<SurvivalAnalysis> analyses, List<StudyWarning> warnings, List<Exclusion> exclusions) {
        public Result {
            analyses = List.copyOf(analyses);
            warnings = List.copyOf(warnings);
            exclusions = List.copyOf(exclusions);
        }
    }

    /** One analysis per Table 3 row and endpoint. */
    public Result run(StudyCohort cohort, List<RocSummary> table3) {
        Notes notes = new Notes(cohort);
        List<SurvivalAnalysis> out = new ArrayList<>();
        for (RocSummary r : table3) {
            for (SurvivalEndpoint e : settings.endpoints()) {
                out.add(analyse(cohort, r, e, notes));
            }
        }
        return new Result(out, notes.warnings(), notes.exclusions());
    }

    /** Whether the endpoint defined the groups (its time or event column is the grouping column). */
    static boolean circular(StudyCohort c, SurvivalEndpoint e) {
        String g = c.layout().grouping().column();
        return g.equals(e.timeColumn()) || g.equals(e.eventColumn());
    }

    private SurvivalAnalysis analyse(StudyCohort c, RocSummary roc, SurvivalEndpoint e, Notes notes) {
        c.requireNumeric("survivalEndpoints.timeColumn", e.timeColumn());
        int[] ev = c.binary("survivalEndpoints.eventColumn", e.eventColumn());
        double[] time = c.table().doubleColumnWithNaN(e.timeColumn());
        double[] f = c.table().doubleColumnWithNaN(roc.feature());
        List<Integer> rows = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < time.length; i++) {
            if (c.group(i) < 0) {
                continue;
            }
            boolean ok = !c.table().isMissing(i, e.timeColumn()) && ev[i] >= 0
                    && !c.table().isMissing(i, roc.feature());
            (ok ? rows : missing).add(i);
        }
        String what = roc.feature() + " / " + e.name();
        notes.exclude(NAME, what, missing);
        int n = rows.size();
        double[] tt = new double[n];
        boolean[] event = new boolean[n];
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            int i = rows.get(k);
            if (!(time[i] >= 0) || !Double.isFinite(time[i])) {
                throw new IllegalArgumentException("design.survivalEndpoints: time column '" + e.timeColumn()
                        + "' must be finite and >= 0 but row " + (i + 1) + " (" + c.idsInternal()[i] + ") has "
                        + time[i]);
            }
            tt[k] = time[i];
            event[k] = ev[i] == 1;
            x[k] = f[i];
        }
        boolean circular = circular(c, e);
        if (circular) {
            notes.warn(NAME, what, SurvivalAnalysis.CIRCULARITY_NOTE);
        }
        int[] g = FeatureCutoff.of(roc.criterion()).groups(x);
        Map<Integer, SurvivalCurve> curves = n == 0 ? Map.of()
                : KaplanMeier.withDefaults().withConfidenceLevel(settings.confidenceLevel()).estimateByGroup(tt,
                        event, g);
        SurvivalCurve low = curves.get(FeatureCutoff.LOW);
        SurvivalCurve high = curves.get(FeatureCutoff.HIGH);
        boolean anyEvent = false;
        for (boolean b : event) {
            anyEvent |= b;
        }
        LogRankResult lr = null;
        if (low == null || high == null) {
            notes.warn(NAME, what, "the cutoff " + roc.criterion() + " leaves the " + (low == null ? "low" : "high")
                    + " arm empty: no log-rank test");
        } else if (!anyEvent) {
            notes.warn(NAME, what, "no event: no log-rank test");
        } else {
            lr = LogRankTest.withDefaults().withConfidenceLevel(settings.confidenceLevel()).test(tt, event, g);
        }
        double maxTime = Arrays.stream(tt).max().orElse(0);
        double step = riskStep(maxTime);
        List<NumbersAtRisk> atRisk = new ArrayList<>();
        for (double s = 0; s <= maxTime + 1e-9 && n > 0; s += step) {
            atRisk.add(new NumbersAtRisk(s, count(tt, g, FeatureCutoff.LOW, s), count(tt, g, FeatureCutoff.HIGH, s)));
        }
        return new SurvivalAnalysis(roc.feature(), e.name(), roc.criterion(), roc.criterionOperator(),
                arm("low", low, lr, FeatureCutoff.LOW), arm("high", high, lr, FeatureCutoff.HIGH),
                lr == null ? null : lr.statistic(), lr == null ? null : lr.pValue(),
                lr == null || lr.hazardRatios().isEmpty() ? null : lr.hazardRatios().get(0), atRisk, missing.size(),
                circular);
    }

    private static int count(double[] time, int[] g, int code, double s) {
        int c = 0;
        for (int i = 0; i < time.length; i++) {
            if (g[i] == code && time[i] >= s) {
                c++;
            }
        }
        return c;
    }

    /** A readable at-risk interval: the smallest of 1, 2, 3, 6, 12, 24, 36, 60, 120, ... giving ≤ 6 steps. */
    static double riskStep(double maxTime) {
        double[] nice = {1, 2, 3, 6, 12, 24, 36, 60, 120, 240, 600, 1200};
        for (double s : nice) {
            if (maxTime / s <= 6) {
                return s;
            }
        }
        return Math.ceil(maxTime / 6);
    }

    private static SurvivalGroup arm(String label, SurvivalCurve c, LogRankResult lr, int code) {
        if (c == null) {
            return new SurvivalGroup(label, 0, 0, 0, null, List.of());
        }
        double expected = Double.NaN;
        if (lr != null) {
            for (LogRankGroup g : lr.groups()) {
                if (g.group() == code) {
                    expected = g.expected();
                }
            }
        } else {
            expected = 0;
        }
        return new SurvivalGroup(label, c.subjects(), c.events(), expected, c.median(), c.steps());
    }

    @Override
    public String toString() {
        return "KaplanMeierStep[" + settings + "]";
    }
}
