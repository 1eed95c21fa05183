package org.radiomics4j.examples;

import java.io.IOException;
import java.nio.file.Path;
import org.radiomics4j.stats.table.CohortTable;
import org.radiomics4j.stats.test.GroupComparison;

/**
 * Step 3: compare one feature between responders and non-responders: Shapiro–Wilk in each group picks Student's t
 * or Mann–Whitney (the MedCalc rule), with mean ± SD per group. Usage: {@code CompareGroupsExample [cohort.csv
 * [feature]]}.
 */
public final class CompareGroupsExample {
    private CompareGroupsExample() {
    }

    /** Runs the example; arguments as in the class description (none: the repository testdata). */
    public static void main(String[] args) throws IOException {
        Path csv = args.length > 0 ? Path.of(args[0]) : ExampleData.cohort();
        String feature = args.length > 1 ? args[1] : "original_glszm_LargeAreaLowGrayLevelEmphasis";
        CohortTable cohort = CohortTable.read(csv);
        double[] responders = cohort.filter(r -> r.getDouble("response") == 1).doubleColumn(feature);
        double[] others = cohort.filter(r -> r.getDouble("response") == 0).doubleColumn(feature);
        GroupComparison.Result result = GroupComparison.withDefaults().test(responders, others);
        System.out.println("Cohort: " + cohort.rowCount() + " subjects, " + responders.length + " responders, "
                + others.length + " non-responders");
        System.out.println("Feature: " + feature);
        System.out.println(result);
    }
}
