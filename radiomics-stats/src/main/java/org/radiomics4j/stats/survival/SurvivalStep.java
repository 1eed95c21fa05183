package org.radiomics4j.stats.survival;

import java.util.Locale;
import org.radiomics4j.stats.ConfidenceInterval;

/**
 * One row of a Kaplan–Meier table: a distinct time with events and/or censorings (R
 * {@code summary(survfit(...), censored = TRUE)}).
 *
 * @param time           the time
 * @param atRisk         subjects with time &ge; this time
 * @param events         events at this time
 * @param censored       censorings at this time (counted after the events)
 * @param survival       S(t) just after this time
 * @param standardError  Greenwood standard error of S(t); {@code null} where undefined (after S reaches 0: R
 *                       reports NaN)
 * @param interval       pointwise confidence interval; {@code null} where undefined (S = 0, and S = 1 for
 *                       {@link ConfidenceType#LOG_LOG}: R reports NA)
 */
public record SurvivalStep(double time, int atRisk, int events, int censored, double survival,
        Double standardError, ConfidenceInterval interval) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%10.4g %6d %6d %6d %9.6f %9s  %s", time, atRisk, events, censored,
                survival, standardError == null ? "NA" : String.format(Locale.ROOT, "%.6f", standardError),
                interval == null ? "NA" : String.format(Locale.ROOT, "%.6f-%.6f", interval.lower(),
                        interval.upper()));
    }
}
