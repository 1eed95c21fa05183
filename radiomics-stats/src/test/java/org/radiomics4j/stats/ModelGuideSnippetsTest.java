package org.radiomics4j.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radiomics4j.stats.regression.BackwardElimination;
import org.radiomics4j.stats.regression.BackwardEliminationResult;
import org.radiomics4j.stats.regression.LogisticModel;
import org.radiomics4j.stats.regression.LogisticRegression;
import org.radiomics4j.stats.roc.Direction;
import org.radiomics4j.stats.roc.RocAnalysis;
import org.radiomics4j.stats.roc.RocCurve;
import org.radiomics4j.stats.survival.ConfidenceType;
import org.radiomics4j.stats.survival.CoxModel;
import org.radiomics4j.stats.survival.CoxRegression;
import org.radiomics4j.stats.survival.FeatureCutoff;
import org.radiomics4j.stats.survival.KaplanMeier;
import org.radiomics4j.stats.survival.LogRankResult;
import org.radiomics4j.stats.survival.LogRankTest;
import org.radiomics4j.stats.survival.SurvivalCurve;

/**
 * The usage snippets of the roc, survival and regression javadoc, run as written (they must compile and run; the
 * numbers themselves are checked by the oracle tests).
 */
class ModelGuideSnippetsTest {
    final double[] score = {0.2, 1.4, 0.9, 2.2, 0.1, 1.8, 1.1, 0.5, 2.9, 0.7};
    final int[] label = {0, 1, 0, 1, 0, 1, 1, 0, 1, 0};
    final double[] time = {5, 8, 12, 3, 20, 7, 15, 9, 2, 30};
    final boolean[] event = {true, true, false, true, false, true, true, true, true, false};
    final double[] feature = {50, 70, 55, 80, 40, 75, 60, 52, 90, 45};

    @Test
    void snippetsRun() {
        RocCurve roc = RocAnalysis.withDefaults().with(Direction.AUTO).withConfidenceLevel(0.95).analyze(score, label);
        SurvivalCurve km = KaplanMeier.withDefaults().with(ConfidenceType.LOG).estimate(time, event);
        LogRankResult r = LogRankTest.withDefaults().test(time, event, FeatureCutoff.of(62.5).groups(feature));
        CoxModel cox = CoxRegression.withDefaults().fit(time, event, "high", FeatureCutoff.of(62.5).groups(feature));
        double[] age = {61, 70, 55, 48, 66, 59, 72, 50, 63, 57};
        double[] ki67 = {3, 10, 2, 15, 5, 4, 12, 1, 20, 6};
        int[] y = {0, 1, 0, 1, 1, 0, 1, 0, 1, 0};
        LogisticModel m = LogisticRegression.withDefaults().fit(y, List.of("age", "ki67"), new double[][] {age, ki67});
        BackwardEliminationResult b = BackwardElimination.withDefaults().withRemovalThreshold(0.05)
                .run(y, List.of("age", "ki67"), new double[][] {age, ki67});
        for (Object o : List.of(roc, km, r, cox, m, b)) {
            assertTrue(o.toString().lines().count() >= 1, o.getClass().getSimpleName());
        }
        assertEquals(10, km.subjects());
    }
}
