package org.radiomics4j.stats.survival;

import com.fasterxml.jackson.databind.JsonNode;

/** Bridge for the cohort test to the package-private survival assertions. */
public final class CohortSurvivalChecks {
    private CohortSurvivalChecks() {
    }

    /** See {@link SurvivalAssertions#assertMatches} and {@link SurvivalAssertions#assertScipy}. */
    public static void assertSurvival(JsonNode r, JsonNode scipyLogrank, double[] time, boolean[] event,
            double[] feature, String what) {
        SurvivalAssertions.assertMatches(r, time, event, feature, what);
        SurvivalAssertions.assertScipy(scipyLogrank, time, event, feature, r.path("groups").path("cutoff")
                .asDouble(), what);
    }
}
