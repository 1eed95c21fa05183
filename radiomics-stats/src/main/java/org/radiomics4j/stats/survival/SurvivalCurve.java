package org.radiomics4j.stats.survival;

import java.util.List;
import java.util.Locale;

/**
 * A Kaplan–Meier survival curve with Greenwood standard errors, pointwise confidence intervals and the median.
 * Produced by {@link KaplanMeier#estimate(double[], boolean[])}.
 *
 * @param subjects        number of subjects
 * @param events          number of events
 * @param steps           one row per distinct time (events and censorings), ascending
 * @param median          median survival with CI
 * @param confidenceType  how the intervals were built
 * @param confidenceLevel their level
 */
public record SurvivalCurve(int subjects, int events, List<SurvivalStep> steps, MedianSurvival median,
        ConfidenceType confidenceType, double confidenceLevel) {

    /** Canonical constructor: validates and makes defensive immutable copies. */
    public SurvivalCurve {
        steps = List.copyOf(steps);
    }

    /** S(t): the estimate just after time t (1 before the first event). */
    public double survivalAt(double t) {
        double s = 1;
        for (SurvivalStep step : steps) {
            if (step.time() > t) {
                break;
            }
            s = step.survival();
        }
        return s;
    }

    /**
     * The number at risk at time t: subjects whose time is &ge; t (R {@code summary(fit, times = t)$n.risk}).
     */
    public int numberAtRisk(double t) {
        for (SurvivalStep step : steps) {
            if (step.time() >= t) {
                return step.atRisk();
            }
        }
        return 0;
    }

    /** {@link #numberAtRisk(double)} at each requested time. */
    public int[] numberAtRisk(double... times) {
        int[] r = new int[times.length];
        for (int i = 0; i < times.length; i++) {
            r[i] = numberAtRisk(times[i]);
        }
        return r;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        String nl = System.lineSeparator();
        b.append(String.format(Locale.ROOT, "Kaplan-Meier: %d subjects, %d events; %s; CI %s %.0f%%%n", subjects,
                events, median, confidenceType, confidenceLevel * 100));
        b.append("      time risk  event censor  survival   SE(Greenwood)  CI").append(nl);
        for (SurvivalStep s : steps) {
            b.append(s).append(nl);
        }
        return b.toString();
    }
}
