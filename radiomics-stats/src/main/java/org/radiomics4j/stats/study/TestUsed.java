package org.radiomics4j.stats.study;

/** The test behind a P value of Table 1 or Table 2. */
public enum TestUsed {
    /** Student's t test with pooled variance (both groups normal by Shapiro–Wilk). */
    STUDENT_T("Student t"),
    /** Mann–Whitney U, exact P (both n ≤ 20, no ties). */
    MANN_WHITNEY_EXACT("Mann–Whitney (exact)"),
    /** Mann–Whitney U, normal approximation with tie correction, no continuity correction. */
    MANN_WHITNEY_ASYMPTOTIC("Mann–Whitney (normal approx.)"),
    /** Fisher's exact test (Freeman–Halton for r×c tables), two-sided as R {@code fisher.test}. */
    FISHER_EXACT("Fisher exact"),
    /** Chi-square with Yates' continuity correction (2×2 tables). */
    CHI_SQUARE_YATES("Chi-square (Yates)"),
    /** Pearson chi-square without correction (tables larger than 2×2, as R). */
    CHI_SQUARE("Chi-square");

    private final String displayName;

    TestUsed(String displayName) {
        this.displayName = displayName;
    }

    /** Whether this is a Mann–Whitney test (Table 1 and 2 then report median (IQR) instead of mean ± SD). */
    public boolean isRankBased() {
        return this == MANN_WHITNEY_EXACT || this == MANN_WHITNEY_ASYMPTOTIC;
    }

    /** The test a {@link org.radiomics4j.stats.test.GroupComparison} chose. */
    static TestUsed of(org.radiomics4j.stats.test.GroupComparison.SelectedTest t) {
        return switch (t) {
            case STUDENT_T -> STUDENT_T;
            case MANN_WHITNEY_EXACT -> MANN_WHITNEY_EXACT;
            case MANN_WHITNEY_ASYMPTOTIC -> MANN_WHITNEY_ASYMPTOTIC;
        };
    }

    /** The name printed in report tables. */
    public String displayName() {
        return displayName;
    }
}
