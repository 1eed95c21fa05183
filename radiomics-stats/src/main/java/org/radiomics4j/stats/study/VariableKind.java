package org.radiomics4j.stats.study;

/** How a clinical variable is compared between groups (Table 1) and coded in logistic regression (Table 5). */
public enum VariableKind {
    /** Numeric: mean ± SD, Student t or Mann–Whitney as Shapiro–Wilk dictates; entered as is in a logistic model. */
    CONTINUOUS,
    /**
     * Nominal: counts (%) per level, Fisher or chi-square; in a logistic model one 0/1 indicator per non-reference
     * level (the reference is the first level), named {@code <name>_<level>}.
     */
    CATEGORICAL,
    /**
     * Ordered categories: counts (%) per level as CATEGORICAL in Table 1; in a logistic model one linear score
     * 1..k in the listed level order, named {@code <name>} (e.g. grade G1, G2, G3 → 1, 2, 3).
     */
    ORDINAL
}
