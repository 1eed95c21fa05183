package org.radiomics4j.examples;

import java.io.IOException;
import java.nio.file.Path;
import org.radiomics4j.stats.reliability.IccForm;
import org.radiomics4j.stats.reliability.IccResult;
import org.radiomics4j.stats.reliability.IntraclassCorrelation;
import org.radiomics4j.stats.table.CohortTable;

/**
 * Step 7: inter-reader reproducibility of each feature: ICC(2,1) between reader 1 (the feature column) and reader 2
 * (the {@code r2_} column), as R {@code psych::ICC}. Usage: {@code IccExample [cohort.csv]}.
 */
public final class IccExample {
    private IccExample() {
    }

    /** Runs the example; arguments as in the class description (none: the repository testdata). */
    public static void main(String[] args) throws IOException {
        Path csv = args.length > 0 ? Path.of(args[0]) : ExampleData.cohort();
        CohortTable cohort = CohortTable.read(csv);
        IntraclassCorrelation icc = IntraclassCorrelation.withDefaults();
        for (String column : cohort.columnNames()) {
            if (column.startsWith("original_") && cohort.hasColumn("r2_" + column)) {
                double[][] ratings = IntraclassCorrelation.ratingsFromReaders(cohort.doubleColumn(column),
                        cohort.doubleColumn("r2_" + column));
                IccResult r = icc.compute(ratings, IccForm.ICC2_1);
                System.out.println(column + ": " + r);
            }
        }
    }
}
