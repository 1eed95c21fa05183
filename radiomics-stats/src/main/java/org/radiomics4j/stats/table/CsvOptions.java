package org.radiomics4j.stats.table;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How {@link CohortTable} reads and writes CSV.
 *
 * @param delimiter     field separator (default ',')
 * @param missingTokens field values (after trimming) that mean "missing" (default: empty, "NA", "NaN")
 * @param columnTypes   columns whose type is forced instead of inferred (e.g. identifiers like "007" as TEXT)
 * @param writeMissingAs what {@link CohortTable#write} prints for a missing value (default: empty)
 */
public record CsvOptions(char delimiter, Set<String> missingTokens, Map<String, ColumnType> columnTypes,
        String writeMissingAs) {

    public CsvOptions {
        if (delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            throw new IllegalArgumentException("delimiter must not be a quote or line break but was '" + delimiter
                    + "'");
        }
        if (missingTokens == null || columnTypes == null || writeMissingAs == null) {
            throw new IllegalArgumentException("missingTokens, columnTypes and writeMissingAs must not be null");
        }
        missingTokens = Set.copyOf(missingTokens);
        columnTypes = Map.copyOf(columnTypes);
    }

    /** Comma-separated; missing = "", "NA" or "NaN"; all types inferred; missing written as "". */
    public static CsvOptions defaults() {
        return new CsvOptions(',', Set.of("", "NA", "NaN"), Map.of(), "");
    }

    /** A copy with another delimiter. */
    public CsvOptions withDelimiter(char d) {
        return new CsvOptions(d, missingTokens, columnTypes, writeMissingAs);
    }

    /** A copy with other missing-value tokens (compared after trimming). */
    public CsvOptions withMissingTokens(Set<String> tokens) {
        return new CsvOptions(delimiter, tokens, columnTypes, writeMissingAs);
    }

    /** A copy forcing the type of one column. */
    public CsvOptions withColumnType(String column, ColumnType type) {
        if (column == null || type == null) {
            throw new IllegalArgumentException("column and type must not be null");
        }
        Map<String, ColumnType> m = new LinkedHashMap<>(columnTypes);
        m.put(column, type);
        return new CsvOptions(delimiter, missingTokens, m, writeMissingAs);
    }

    /** A copy printing missing values as {@code token}. */
    public CsvOptions withWriteMissingAs(String token) {
        return new CsvOptions(delimiter, missingTokens, columnTypes, token);
    }
}
