package org.radiomics4j.stats.table;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How {@link CohortTable} reads and writes CSV.
 *
 * @param delimiter      field separator (default ',')
 * @param missingTokens  field values (after trimming) that mean "missing" (default: empty, "NA", "NaN"); nothing
 *                       else is read as missing
 * @param columnTypes    columns whose type is declared instead of inferred: TEXT for categorical columns whose
 *                       values look like numbers or mix numbers and words (identifiers like "007", stages like
 *                       "1", "2", "3a"), NUMERIC to insist on numbers
 * @param writeMissingAs what {@link CohortTable#write} prints for a missing value (default: empty)
 * @param decimalMark    the decimal mark of numbers (default {@link DecimalMark#POINT}); COMMA and DETECT need a
 *                       delimiter other than ','
 */
public record CsvOptions(char delimiter, Set<String> missingTokens, Map<String, ColumnType> columnTypes,
        String writeMissingAs, DecimalMark decimalMark) {

    public CsvOptions {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("delimiter must not be a quote or line break but was '" + delimiter
                    + "'");
        }
        if (missingTokens == null || columnTypes == null || writeMissingAs == null || decimalMark == null) {
            throw new IllegalArgumentException("missingTokens, columnTypes, writeMissingAs and decimalMark must not"
                    + " be null");
        }
        if (delimiter == ',' && decimalMark != DecimalMark.POINT) {
            throw new IllegalArgumentException("a decimal comma needs a delimiter other than ',' (e.g. ';') but the"
                    + " delimiter is ','");
        }
        missingTokens = Set.copyOf(missingTokens);
        columnTypes = Map.copyOf(columnTypes);
    }

    /** Comma-separated; missing = "", "NA" or "NaN"; all types inferred; missing written as ""; decimal point. */
    public static CsvOptions defaults() {
        return new CsvOptions(',', Set.of("", "NA", "NaN"), Map.of(), "", DecimalMark.POINT);
    }

    /** A copy with another delimiter (a comma delimiter resets the decimal mark to POINT). */
    public CsvOptions withDelimiter(char d) {
        return new CsvOptions(d, missingTokens, columnTypes, writeMissingAs, d == ',' ? DecimalMark.POINT
                : decimalMark);
    }

    /** A copy with another decimal mark. */
    public CsvOptions withDecimalMark(DecimalMark mark) {
        return new CsvOptions(delimiter, missingTokens, columnTypes, writeMissingAs, mark);
    }

    /** A copy with other missing-value tokens (compared after trimming). */
    public CsvOptions withMissingTokens(Set<String> tokens) {
        return new CsvOptions(delimiter, tokens, columnTypes, writeMissingAs, decimalMark);
    }

    /** A copy forcing the type of one column. */
    public CsvOptions withColumnType(String column, ColumnType type) {
        if (column == null || type == null) {
            throw new IllegalArgumentException("column and type must not be null");
        }
        Map<String, ColumnType> m = new LinkedHashMap<>(columnTypes);
        m.put(column, type);
        return new CsvOptions(delimiter, missingTokens, m, writeMissingAs, decimalMark);
    }

    /**
     * A copy declaring columns categorical ({@link ColumnType#TEXT}): their values are categories even where they
     * look like numbers, so a column such as stage with "1", "2", "3a" is read rather than rejected as a numeric
     * column with a stray text cell.
     */
    public CsvOptions withCategoricalColumns(String... columns) {
        CsvOptions o = this;
        for (String c : columns) {
            o = o.withColumnType(c, ColumnType.TEXT);
        }
        return o;
    }

    /** A copy printing missing values as {@code token}. */
    public CsvOptions withWriteMissingAs(String token) {
        return new CsvOptions(delimiter, missingTokens, columnTypes, token, decimalMark);
    }
}
