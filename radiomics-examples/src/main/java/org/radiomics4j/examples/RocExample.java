package org.radiomics4j.examples;

import java.io.IOException;
import java.nio.file.Path;
import org.radiomics4j.stats.roc.RocAnalysis;
import org.radiomics4j.stats.roc.RocCurve;
import org.radiomics4j.stats.table.CohortTable;

/**
 * Step 4: ROC analysis of one feature for the responders: AUC with its DeLong CI, the test of AUC = 0.5 and the
 * Youden-optimal criterion in MedCalc notation. Usage: {@code RocExample [cohort.csv [feature]]}.
 */
public final class RocExample {
    private RocExample() {
    }

    /** Runs the example; arguments as in the class description (none: the repository testdata). */
    public static void main(String[] args) throws IOException {
        Path csv = args.length > 0 ? Path.of(args[0]) : ExampleData.cohort();
        String feature = args.length > 1 ? args[1] : "original_glszm_LargeAreaLowGrayLevelEmphasis";
        CohortTable cohort = CohortTable.read(csv);
        double[] scores = cohort.doubleColumn(feature);
        int[] labels = toInt(cohort.doubleColumn("response"));
        RocCurve roc = RocAnalysis.withDefaults().analyze(scores, labels);
        System.out.println("Feature: " + feature);
        System.out.println(roc);
        System.out.println("Criterion: " + roc.youden().criterionText());
    }

    static int[] toInt(double[] v) {
        int[] o = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            o[i] = (int) v[i];
        }
        return o;
    }
}
