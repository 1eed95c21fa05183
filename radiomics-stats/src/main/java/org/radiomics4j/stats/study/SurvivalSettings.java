package org.radiomics4j.stats.study;

import java.util.List;
import java.util.Objects;

/**
 * Settings of the Kaplan–Meier analyses ({@link KaplanMeierStep}).
 *
 * @param endpoints       endpoints (default none)
 * @param timeUnit        unit of the time columns, for reports and figures (default "months")
 * @param confidenceLevel level of the Kaplan–Meier and hazard-ratio intervals (default 0.95)
 */
public record SurvivalSettings(List<SurvivalEndpoint> endpoints, String timeUnit, double confidenceLevel) {

    public SurvivalSettings {
        endpoints = List.copyOf(Objects.requireNonNull(endpoints, "survivalEndpoints must not be null"));
        StudyDesign.requireText("timeUnit", timeUnit);
        StudyDesign.requireConfidence(confidenceLevel);
    }

    /** The defaults listed on the components. */
    public static SurvivalSettings withDefaults() {
        return new SurvivalSettings(List.of(), "months", 0.95);
    }
}
