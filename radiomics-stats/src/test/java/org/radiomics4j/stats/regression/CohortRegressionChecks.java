package org.radiomics4j.stats.regression;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Bridge for the cohort test to the package-private regression assertions. */
public final class CohortRegressionChecks {
    private CohortRegressionChecks() {
    }

    /** Univariate glm and (if present) statsmodels blocks. */
    public static void assertUnivariate(JsonNode r, JsonNode statsmodels, int[] y, String name, double[] x) {
        LogisticModel m = LogisticRegression.withDefaults().fit(y, name, x);
        GlmAssertions.assertMatchesGlm(r, m, "cohort " + name);
        if (!statsmodels.isMissingNode()) {
            GlmAssertions.assertMatchesStatsmodels(statsmodels, m, "cohort " + name);
        }
    }

    /** Both backward-elimination variants. */
    public static void assertBackward(JsonNode b, int[] y, List<String> names, double[][] cols) {
        LogisticOracleTest.assertBackward(b.path("backward_p_0_10"), BackwardElimination.withDefaults().run(y, names,
                cols), "cohort");
        LogisticOracleTest.assertBackward(b.path("backward_p_0_05"), BackwardElimination.withDefaults()
                .withRemovalThreshold(0.05).run(y, names, cols), "cohort");
    }
}
