package org.radiomics4j.stats.study;

import java.util.List;
import org.radiomics4j.stats.survival.MedianSurvival;
import org.radiomics4j.stats.survival.SurvivalStep;

/**
 * One arm of a dichotomised Kaplan–Meier analysis.
 *
 * @param label           "high" (feature &gt; cutoff) or "low" (feature ≤ cutoff)
 * @param subjects        subjects in the arm
 * @param events          observed events O
 * @param expectedEvents  log-rank expected events E
 * @param median          median survival with its CI (log transform, R's default; null limits = not reached)
 * @param curve           the Kaplan–Meier table: one step per distinct time (events before censorings at ties),
 *                        Greenwood SE, log-transformed pointwise CI (R {@code survfit} defaults)
 */
public record SurvivalGroup(String label, int subjects, int events, double expectedEvents, MedianSurvival median,
        List<SurvivalStep> curve) {

    public SurvivalGroup {
        curve = List.copyOf(curve);
    }
}
