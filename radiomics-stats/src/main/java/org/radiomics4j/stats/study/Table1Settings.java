package org.radiomics4j.stats.study;

import java.util.List;
import java.util.Objects;

/**
 * Settings of Table 1 ({@link Table1Step}).
 *
 * @param variables       clinical variables; empty = inferred from the column types (TEXT, or NUMERIC with at most
 *                        2 distinct values → CATEGORICAL; other NUMERIC → CONTINUOUS) over every column that is not
 *                        the id, grouping, outcome, endpoint, phase, reader or feature column
 * @param categoricalTest test reported for categorical variables (default Fisher if an expected count is below 5,
 *                        else chi-square with Yates)
 * @param normalityAlpha  Shapiro–Wilk level of the t / Mann–Whitney choice (default 0.05)
 */
public record Table1Settings(List<ClinicalVariable> variables, CategoricalTestRule categoricalTest,
        double normalityAlpha) {

    public Table1Settings {
        variables = List.copyOf(Objects.requireNonNull(variables, "clinicalVariables must not be null"));
        Objects.requireNonNull(categoricalTest, "categoricalTest must not be null");
        StudyDesign.requireLevel("normalityAlpha", normalityAlpha);
    }

    /** The defaults listed on the components. */
    public static Table1Settings withDefaults() {
        return new Table1Settings(List.of(), CategoricalTestRule.FISHER_IF_LOW_EXPECTED, 0.05);
    }
}
