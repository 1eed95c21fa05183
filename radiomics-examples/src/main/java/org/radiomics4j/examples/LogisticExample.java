package org.radiomics4j.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.radiomics4j.stats.regression.LogisticModel;
import org.radiomics4j.stats.regression.LogisticRegression;
import org.radiomics4j.stats.table.CohortTable;

/**
 * Step 6: logistic regression of death on Ki-67 and a feature (maximum likelihood as R {@code glm(binomial)}):
 * coefficients, odds ratios with Wald CIs and P. Usage: {@code LogisticExample [cohort.csv]}.
 */
public final class LogisticExample {
    private LogisticExample() {
    }

    /** Runs the example; arguments as in the class description (none: the repository testdata). */
    public static void main(String[] args) throws IOException {
        Path csv = args.length > 0 ? Path.of(args[0]) : ExampleData.cohort();
        CohortTable cohort = CohortTable.read(csv);
        int[] death = RocExample.toInt(cohort.doubleColumn("death"));
        List<String> names = List.of("ki67", "original_firstorder_Median");
        double[][] columns = {cohort.doubleColumn("ki67"), cohort.doubleColumn("original_firstorder_Median")};
        LogisticModel model = LogisticRegression.withDefaults().fit(death, names, columns);
        System.out.println("Outcome: death; predictors: " + names);
        System.out.println(model);
    }
}
