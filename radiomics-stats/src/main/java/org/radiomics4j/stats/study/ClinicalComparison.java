package org.radiomics4j.stats.study;

import java.util.List;
import org.radiomics4j.stats.descriptive.DescriptiveSummary;

/**
 * One row of Table 1: a clinical variable by group.
 *
 * <p>Continuous variables: mean ± SD (n−1), median, type-7 quartiles per group; the test is Student's t (pooled
 * variance) when Shapiro–Wilk P &gt; normalityAlpha in both groups, else Mann–Whitney (exact P when both n ≤ 20
 * and no ties, else the tie-corrected normal approximation without continuity correction; the MedCalc rule).
 * Categorical and ordinal variables: counts and percentages per level; Fisher's exact test and the chi-square test
 * (Yates for 2×2) are both computed and the design's {@link CategoricalTestRule} picks the reported one.
 *
 * @param variable            column name
 * @param kind                how it was analysed
 * @param positiveSummary     descriptive statistics of the positive group (null for categorical variables, or
 *                            with fewer than 2 values)
 * @param negativeSummary     descriptive statistics of the negative group (null likewise)
 * @param levels              counts per level (empty for continuous variables)
 * @param test                the reported test; null when the variable cannot be tested (a single observed level,
 *                            constant values, fewer than 2 values in a group: {@code testReason} says which)
 * @param testReason          why this test (Shapiro–Wilk outcomes, expected counts), or why none
 * @param pValue              its two-sided P; null when not tested
 * @param fisherPValue        Fisher's exact P (null for continuous variables)
 * @param chiSquarePValue     chi-square P, Yates-corrected for 2×2 (null for continuous variables)
 * @param lowExpectedCounts   whether an expected count is below 5 (false for continuous variables)
 * @param excludedMissing     subjects excluded because this variable is missing
 */
public record ClinicalComparison(String variable, VariableKind kind, DescriptiveSummary positiveSummary,
        DescriptiveSummary negativeSummary, List<LevelCount> levels, TestUsed test, String testReason, Double pValue,
        Double fisherPValue, Double chiSquarePValue, boolean lowExpectedCounts, int excludedMissing) {

    public ClinicalComparison {
        levels = List.copyOf(levels);
    }
}
