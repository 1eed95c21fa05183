package org.radiomics4j.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.radiomics4j.stats.resampling.Adasyn;
import org.radiomics4j.stats.resampling.ResampledData;
import org.radiomics4j.stats.table.CohortTable;

/**
 * Step 8: an ADASYN synthetic cohort (87 responders, 90 non-responders, seed 1) from two features of the study
 * cohort. <b>The synthetic cohort is generated from the study cohort itself: it is not an external validation.</b>
 * Usage: {@code AdasynExample [cohort.csv]}.
 */
public final class AdasynExample {
    private AdasynExample() {
    }

    /** Runs the example; arguments as in the class description (none: the repository testdata). */
    public static void main(String[] args) throws IOException {
        Path csv = args.length > 0 ? Path.of(args[0]) : ExampleData.cohort();
        CohortTable cohort = CohortTable.read(csv);
        double[] a = cohort.doubleColumn("original_glszm_LargeAreaLowGrayLevelEmphasis");
        double[] b = cohort.doubleColumn("original_firstorder_Median");
        double[][] x = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            x[i] = new double[] {a[i], b[i]};
        }
        int[] labels = RocExample.toInt(cohort.doubleColumn("response"));
        ResampledData synthetic = Adasyn.withDefaults().syntheticCohort(x, labels, Map.of(1, 87, 0, 90), 1L);
        System.out.println("Study cohort: " + x.length + " subjects");
        System.out.println("Synthetic cohort: " + synthetic.size() + " subjects (" + synthetic.count(1)
                + " responders, " + synthetic.count(0) + " non-responders)");
        System.out.println("Not an external validation: every synthetic subject interpolates two study subjects.");
        System.out.println(synthetic);
    }
}
