package org.radiomics4j.stats.table;

/**
 * A CSV cohort table could not be read: the message names the source, the line (1-based, header = line 1) and,
 * when known, the column.
 */
public class CohortTableFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String column;

    /** A format error at {@code line} (and {@code column}, or null). */
    public CohortTableFormatException(String source, int line, String column, String problem) {
        super(source + " line " + line + (column == null ? "" : ", column '" + column + "'") + ": " + problem);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** The file or source name. */
    public String source() {
        return source;
    }

    /** The 1-based line number. */
    public int line() {
        return line;
    }

    /** The column name, or null if the error is not about one column. */
    public String column() {
        return column;
    }
}
