package org.radiomics4j.stats.study;

/** Which test Table 1 reports for a categorical clinical variable; both P values are always in the row. */
public enum CategoricalTestRule {
    /**
     * Fisher's exact test (Freeman–Halton for r×c) if any expected count is below 5, otherwise the chi-square test
     * (Yates-corrected for 2×2 tables, as R {@code chisq.test(correct = TRUE)}). The usual clinical rule.
     */
    FISHER_IF_LOW_EXPECTED,
    /** Always Fisher's exact test. */
    FISHER,
    /** Always the chi-square test (Yates for 2×2). */
    CHI_SQUARE
}
