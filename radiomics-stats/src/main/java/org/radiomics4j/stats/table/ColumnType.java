package org.radiomics4j.stats.table;

/** The inferred (or forced) type of a cohort-table column. */
public enum ColumnType {
    /** Every non-missing value parses as a finite decimal number. */
    NUMERIC,
    /** Anything else (categories, identifiers, free text). */
    TEXT
}
