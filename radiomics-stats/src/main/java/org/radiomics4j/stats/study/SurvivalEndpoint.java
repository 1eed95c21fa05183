package org.radiomics4j.stats.study;

import java.util.Objects;

/**
 * A time-to-event endpoint for the Kaplan–Meier analyses (e.g. overall survival: {@code os_months}, {@code death}).
 *
 * @param name        the endpoint name in reports, e.g. "OS"
 * @param timeColumn  follow-up time (numeric, ≥ 0)
 * @param eventColumn 1 = event (e.g. death), 0 = censored
 */
public record SurvivalEndpoint(String name, String timeColumn, String eventColumn) {

    public SurvivalEndpoint {
        Objects.requireNonNull(name, "survivalEndpoint.name must not be null");
        Objects.requireNonNull(timeColumn, "survivalEndpoint.timeColumn must not be null (endpoint " + name + ")");
        Objects.requireNonNull(eventColumn, "survivalEndpoint.eventColumn must not be null (endpoint " + name + ")");
    }
}
