package org.radiomics4j.cli.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.radiomics4j.cli.UsageException;
import org.radiomics4j.stats.table.CohortTable;
import org.radiomics4j.stats.table.CohortTableFormatException;
import org.radiomics4j.stats.table.CsvOptions;
import org.radiomics4j.stats.table.ColumnType;

/**
 * The rows of a CSV cohort that a sub-command uses: the named columns must exist, and every row with a missing
 * value in one of them is excluded and counted (never silently). Numeric access names the column, the CSV line and
 * the offending value when a value is not a number.
 */
final class CohortInput {
    private final Path file;
    private final CohortTable all;
    private final CohortTable table;
    private final List<String> columns;
    private final int rowsRead;
    private final Map<String, Integer> missingPerColumn;

    private CohortInput(Path file, CohortTable all, CohortTable table, List<String> columns, int rowsRead,
            Map<String, Integer> missingPerColumn) {
        this.file = file;
        this.all = all;
        this.table = table;
        this.columns = columns;
        this.rowsRead = rowsRead;
        this.missingPerColumn = missingPerColumn;
    }

    /**
     * Reads {@code csv}, checks that it has rows and every column exists, and drops rows with a missing value in any
     * of the columns.
     *
     * @throws UsageException  if a column is unknown (naming it and the nearest column names) or an option of
     *                         {@code how} names a column that is not there
     * @throws IOException     if the file cannot be read
     * @throws IllegalArgumentException if the file has no rows or a malformed cell (naming the line and value)
     */
    static CohortInput read(Path csv, List<String> columns, CsvInput how) throws IOException {
        if (!Files.isRegularFile(csv)) {
            throw new IOException("CSV file " + csv + (Files.exists(csv) ? " is not a file" : " does not exist"));
        }
        CsvOptions options = how.csvOptions();
        CohortTable all;
        try {
            all = CohortTable.read(csv, options);
        } catch (CohortTableFormatException e) {
            if (e.column() != null && e.getMessage().endsWith("declare the column categorical")) {
                throw new CohortTableFormatException(e.source(), e.line(), e.column(), e.getMessage().substring(
                        e.getMessage().indexOf(": ") + 2) + " with --categorical " + e.column());
            }
            throw e;
        } catch (IllegalArgumentException e) {
            // the only plain IllegalArgumentException of parsing: --categorical names a column that is not there
            throw new UsageException("option --categorical: " + e.getMessage());
        }
        List<String> used = new ArrayList<>(new LinkedHashSet<>(columns));
        for (String c : used) {
            if (!all.hasColumn(c)) {
                throw new UsageException("column '" + c + "' not found in " + csv + "; " + all.suggestColumns(c)
                        + (all.columnCount() == 1 && all.columnNames().get(0).contains(";")
                                ? " (the header holds ';': is the file semicolon-separated? use --delimiter ';')"
                                : ""));
            }
        }
        if (all.rowCount() == 0) {
            throw new IllegalArgumentException(csv + " has a header row but no data rows: there is nothing to analyse");
        }
        Map<String, Integer> missing = new LinkedHashMap<>();
        for (String c : used) {
            missing.put(c, all.missingCount(c));
        }
        CohortTable kept = all.filter(r -> used.stream().noneMatch(r::isMissing));
        if (kept.rowCount() == 0) {
            throw new IllegalArgumentException("every one of the " + all.rowCount() + " rows of " + csv
                    + " has a missing value in " + used + ": there is nothing to analyse");
        }
        return new CohortInput(csv, all, kept, List.copyOf(used), all.rowCount(), missing);
    }

    /** The 1-based line of the CSV file of used row {@code i}. */
    int line(int i) {
        return table.sourceLine(i);
    }

    Path file() {
        return file;
    }

    CohortTable table() {
        return table;
    }

    int n() {
        return table.rowCount();
    }

    /** The {@code input} block of the JSON envelope. */
    Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("columns", columns);
        m.put("rowsRead", rowsRead);
        m.put("nUsed", table.rowCount());
        m.put("rowsExcludedMissing", rowsRead - table.rowCount());
        m.put("missingPerColumn", missingPerColumn);
        return m;
    }

    /** One line for the table output: rows used and excluded. */
    String summaryLine() {
        int excluded = rowsRead - table.rowCount();
        StringBuilder sb = new StringBuilder(String.format("%s: %d rows, %d used", file, rowsRead, table.rowCount()));
        if (excluded > 0) {
            sb.append(", ").append(excluded).append(" excluded for missing values (");
            List<String> parts = new ArrayList<>();
            missingPerColumn.forEach((c, k) -> {
                if (k > 0) {
                    parts.add(c + ": " + k);
                }
            });
            sb.append(String.join(", ", parts)).append(')');
        }
        return sb.append(System.lineSeparator()).toString();
    }

    /**
     * A numeric column of the used rows.
     *
     * @throws IllegalArgumentException if a value is not a number (naming column, CSV line and value)
     */
    double[] numeric(String column) {
        if (table.columnType(column) == ColumnType.NUMERIC) {
            return table.doubleColumn(column);
        }
        String[] s = table.stringColumn(column);
        for (int i = 0; i < s.length; i++) {
            if (!isNumber(s[i])) {
                throw new IllegalArgumentException("column '" + column + "' must be numeric but line " + line(i)
                        + " of " + file + " has '" + s[i] + "'");
            }
        }
        throw new UsageException("column '" + column + "' is declared categorical (--categorical) but is used as a"
                + " number here");
    }

    /** The text values of a column of the used rows. */
    String[] text(String column) {
        return table.stringColumn(column);
    }

    /**
     * The distinct values of a column, numerically sorted when all are numbers, otherwise in text order.
     */
    List<String> levels(String column) {
        String[] s = text(column);
        boolean numeric = table.columnType(column) == ColumnType.NUMERIC;
        TreeSet<String> set = numeric
                ? new TreeSet<>(Comparator.<String>comparingDouble(Double::parseDouble).thenComparing(Comparator.naturalOrder()))
                : new TreeSet<>();
        set.addAll(List.of(s));
        return new ArrayList<>(set);
    }

    /**
     * A two-level column as 0/1 (1 = {@code positive}). Without {@code positive}, the levels must be 0 and 1.
     *
     * @throws IllegalArgumentException if the column does not have exactly two levels or the positive level is
     *         absent
     */
    int[] binary(String column, String positive, String optionName) {
        List<String> lv = levels(column);
        String[] s = text(column);
        if (lv.size() != 2) {
            throw new IllegalArgumentException("column '" + column + "' must have exactly 2 distinct values but has "
                    + lv.size() + ": " + (lv.size() > 10 ? lv.subList(0, 10) + " ..." : lv));
        }
        String pos = positive;
        if (pos == null) {
            if (table.columnType(column) == ColumnType.NUMERIC && Double.parseDouble(lv.get(0)) == 0
                    && Double.parseDouble(lv.get(1)) == 1) {
                pos = lv.get(1);
            } else {
                throw new UsageException("column '" + column + "' has values " + lv + ", not 0/1: say which is"
                        + " positive with " + optionName);
            }
        }
        String matched = null;
        for (String l : lv) {
            if (l.equals(pos) || (table.columnType(column) == ColumnType.NUMERIC && isNumber(pos)
                    && Double.parseDouble(l) == Double.parseDouble(pos))) {
                matched = l;
            }
        }
        if (matched == null) {
            throw new UsageException(optionName + " '" + pos + "' is not a value of column '" + column
                    + "'; values: " + lv);
        }
        int[] out = new int[s.length];
        for (int i = 0; i < s.length; i++) {
            out[i] = s[i].equals(matched) ? 1 : 0;
        }
        return out;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
