package org.radiomics4j.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.radiomics4j.study.report.Figure;
import org.radiomics4j.study.report.Figures;
import org.radiomics4j.stats.roc.RocAnalysis;
import org.radiomics4j.stats.survival.FeatureCutoff;
import org.radiomics4j.stats.survival.KaplanMeier;
import org.radiomics4j.stats.survival.LogRankResult;
import org.radiomics4j.stats.survival.LogRankTest;
import org.radiomics4j.stats.survival.SurvivalCurve;
import org.radiomics4j.stats.table.CohortTable;

/**
 * Step 5: overall survival by a feature dichotomised at its ROC criterion (high: feature &gt; c): Kaplan–Meier
 * curves per arm and the log-rank test. Usage: {@code KaplanMeierExample [cohort.csv [feature [plot.png]]]}: with a
 * third argument the curves are also drawn (with numbers at risk every 12 months) into that PNG file.
 */
public final class KaplanMeierExample {
    private KaplanMeierExample() {
    }

    /** Runs the example; arguments as in the class description (none: the repository testdata). */
    public static void main(String[] args) throws IOException {
        Path csv = args.length > 0 ? Path.of(args[0]) : ExampleData.cohort();
        String feature = args.length > 1 ? args[1] : "original_glszm_LargeAreaLowGrayLevelEmphasis";
        CohortTable cohort = CohortTable.read(csv);
        double[] x = cohort.doubleColumn(feature);
        double cutoff = RocAnalysis.withDefaults().analyze(x, RocExample.toInt(cohort.doubleColumn("response")))
                .youden().criterion();
        int[] arm = FeatureCutoff.of(cutoff).groups(x);
        double[] time = cohort.doubleColumn("os_months");
        double[] deathColumn = cohort.doubleColumn("death");
        boolean[] death = new boolean[deathColumn.length];
        for (int i = 0; i < death.length; i++) {
            death[i] = deathColumn[i] == 1;
        }
        Map<Integer, SurvivalCurve> curves = KaplanMeier.withDefaults().estimateByGroup(time, death, arm);
        LogRankResult logRank = LogRankTest.withDefaults().test(time, death, arm);
        System.out.println("Feature: " + feature + ", cutoff " + cutoff + " (ROC criterion)");
        System.out.println("Low arm (<= cutoff):");
        System.out.println(curves.get(FeatureCutoff.LOW));
        System.out.println("High arm (> cutoff):");
        System.out.println(curves.get(FeatureCutoff.HIGH));
        System.out.println(logRank);
        if (args.length > 2) {
            Figure plot = Figures.kaplanMeier(feature + " (OS)", "Months", List.of("High", "Low"),
                    List.of(curves.get(FeatureCutoff.HIGH), curves.get(FeatureCutoff.LOW)), logRank.pValue(),
                    new double[] {0, 12, 24, 36, 48, 60, 72});
            plot.writePng(Path.of(args[2]), 1);
            System.out.println("Plot: " + args[2]);
        }
    }
}
