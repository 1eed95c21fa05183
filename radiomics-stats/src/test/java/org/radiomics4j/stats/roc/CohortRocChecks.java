package org.radiomics4j.stats.roc;

import com.fasterxml.jackson.databind.JsonNode;

/** Bridge for the cohort test to the package-private ROC assertions. */
public final class CohortRocChecks {
    private CohortRocChecks() {
    }

    /** See {@link RocOracleTest#assertRocBlocks}. */
    public static void assertRoc(JsonNode r, JsonNode scipy, double[] score, int[] label, String id) {
        RocOracleTest.assertRocBlocks(r, scipy, score, label, id);
    }
}
