package org.radiomics4j.stats.table;

/**
 * The decimal mark of the numbers in a CSV file. A comma can be a decimal mark only when the field delimiter is not
 * a comma (e.g. the semicolon files that spreadsheet programs write in locales with a decimal comma).
 */
public enum DecimalMark {
    /** {@code 1.5} (the default). */
    POINT,
    /** {@code 1,5}; a number written with a point is then an error naming its line, as it would be ambiguous. */
    COMMA,
    /**
     * Inferred from the file: COMMA if some number-like cell uses a decimal comma and none a decimal point, POINT
     * otherwise; a file with both is an error naming one cell of each. Only with a delimiter other than a comma.
     */
    DETECT
}
