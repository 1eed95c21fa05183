package org.radiomics4j.stats.table;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An immutable cohort table: one row per patient, named columns typed as {@link ColumnType#NUMERIC} or
 * {@link ColumnType#TEXT}, with explicit missing values.
 *
 * <p><b>Reading</b> ({@link #read(Path)}): RFC 4180 CSV (quoted fields with {@code ""} escapes and embedded line
 * breaks), UTF-8, a header row with unique non-empty names, every row with as many fields as the header. Fields are
 * trimmed; tokens in {@link CsvOptions#missingTokens()} (default "", "NA", "NaN") are missing. A column is NUMERIC
 * if it has at least one non-missing value and every non-missing value parses as a finite number, otherwise TEXT
 * (override with {@link CsvOptions#withColumnType}). Format errors throw {@link CohortTableFormatException} naming
 * the file, line and column.
 *
 * <p><b>Access</b>: {@link #doubleColumn} and {@link #stringColumn} refuse columns with missing values (so nothing
 * missing slips into a statistic as NaN); {@link #doubleColumnWithNaN} and {@link #stringColumnWithNulls} return
 * them explicitly. {@link #filter} and {@link #groupBy} return new tables. {@link #write} prints CSV again.
 */
public final class CohortTable {
    private static final Logger LOG = LoggerFactory.getLogger(CohortTable.class);

    private final List<String> names;
    private final ColumnType[] types;
    /** raw[c][r]: trimmed token, null if missing. */
    private final String[][] raw;
    /** values[c][r] for numeric columns (NaN if missing), null for text columns. */
    private final double[][] values;
    private final Map<String, Integer> index;

    private CohortTable(List<String> names, ColumnType[] types, String[][] raw, double[][] values) {
        this.names = List.copyOf(names);
        this.types = types;
        this.raw = raw;
        this.values = values;
        this.index = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
    }

    /**
     * Reads a CSV file with {@link CsvOptions#defaults()}.
     *
     * @throws IOException                 if the file cannot be read
     * @throws CohortTableFormatException  if the CSV is malformed (names file, line, column)
     */
    public static CohortTable read(Path csv) throws IOException {
        return read(csv, CsvOptions.defaults());
    }

    /**
     * Reads a CSV file.
     *
     * @throws IOException                if the file cannot be read
     * @throws CohortTableFormatException if the CSV is malformed (names file, line, column)
     */
    public static CohortTable read(Path csv, CsvOptions options) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        CohortTable t = parse(text, csv.toString(), options);
        LOG.debug("read cohort table {}: {} rows, {} columns", csv, t.rowCount(), t.columnCount());
        return t;
    }

    /**
     * Parses CSV text; {@code source} names it in error messages.
     *
     * @throws CohortTableFormatException if the CSV is malformed
     */
    public static CohortTable parse(String text, String source, CsvOptions options) {
        if (text == null || options == null) {
            throw new IllegalArgumentException("text and options must not be null");
        }
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        tokenize(text, source, options.delimiter(), records, lines);
        if (records.isEmpty()) {
            throw new CohortTableFormatException(source, 1, null, "no header row (empty file)");
        }
        List<String> header = records.get(0);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).trim();
            if (name.isEmpty()) {
                throw new CohortTableFormatException(source, lines.get(0), null, "header field " + (c + 1)
                        + " is empty; every column needs a name");
            }
            Integer prev = seen.put(name, c);
            if (prev != null) {
                throw new CohortTableFormatException(source, lines.get(0), name, "duplicate column name (fields "
                        + (prev + 1) + " and " + (c + 1) + ")");
            }
        }
        for (String forced : options.columnTypes().keySet()) {
            if (!seen.containsKey(forced)) {
                throw new IllegalArgumentException("options force the type of column '" + forced + "' which is not"
                        + " in " + source + "; columns: " + seen.keySet());
            }
        }
        List<String> names = new ArrayList<>(seen.keySet());
        int nc = names.size();
        int nr = records.size() - 1;
        String[][] raw = new String[nc][nr];
        for (int r = 0; r < nr; r++) {
            List<String> rec = records.get(r + 1);
            if (rec.size() != nc) {
                throw new CohortTableFormatException(source, lines.get(r + 1), null, "expected " + nc
                        + " fields (as the header) but found " + rec.size());
            }
            for (int c = 0; c < nc; c++) {
                String tok = rec.get(c).trim();
                raw[c][r] = options.missingTokens().contains(tok) ? null : tok;
            }
        }
        ColumnType[] types = new ColumnType[nc];
        double[][] values = new double[nc][];
        for (int c = 0; c < nc; c++) {
            ColumnType forced = options.columnTypes().get(names.get(c));
            double[] v = new double[nr];
            boolean numeric = true;
            boolean any = false;
            for (int r = 0; r < nr && numeric; r++) {
                if (raw[c][r] == null) {
                    v[r] = Double.NaN;
                    continue;
                }
                any = true;
                double d = parseNumber(raw[c][r]);
                if (Double.isNaN(d)) {
                    if (forced == ColumnType.NUMERIC) {
                        throw new CohortTableFormatException(source, lines.get(r + 1), names.get(c), "'" + raw[c][r]
                                + "' is not a finite number but the column is declared NUMERIC");
                    }
                    numeric = false;
                }
                v[r] = d;
            }
            if (forced == ColumnType.TEXT || (forced == null && !(numeric && any))) {
                types[c] = ColumnType.TEXT;
            } else {
                types[c] = ColumnType.NUMERIC;
                values[c] = v;
            }
        }
        return new CohortTable(names, types, raw, values);
    }

    private static double parseNumber(String s) {
        // plain decimal notation only: no hex, no "Infinity", no trailing 'd'/'f'
        if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return Double.NaN;
        }
        double d = Double.parseDouble(s);
        return Double.isFinite(d) ? d : Double.NaN;
    }

    private static void tokenize(String text, String source, char delim, List<List<String>> records,
            List<Integer> lines) {
        int line = 1;
        int i = 0;
        int n = text.length();
        if (n > 0 && text.charAt(0) == '\uFEFF') {
            i = 1; // UTF-8 byte-order mark
        }
        List<String> rec = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int recordLine = line;
        boolean fieldStarted = false;
        while (i < n) {
            char ch = text.charAt(i);
            if (ch == '"' && field.toString().isBlank()) {
                int startLine = line;
                field.setLength(0);
                i++;
                boolean closed = false;
                while (i < n) {
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                    }
                    field.append(q);
                    i++;
                }
                if (!closed) {
                    throw new CohortTableFormatException(source, startLine, null, "unterminated quoted field "
                            + (rec.size() + 1));
                }
                // only spaces may follow the closing quote before the delimiter or line end
                while (i < n && text.charAt(i) == ' ') {
                    i++;
                }
                if (i < n && text.charAt(i) != delim && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    throw new CohortTableFormatException(source, line, null, "unexpected '" + text.charAt(i)
                            + "' after closing quote of field " + (rec.size() + 1));
                }
                fieldStarted = true;
                continue;
            }
            if (ch == delim) {
                rec.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
                i++;
                continue;
            }
            if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                if (fieldStarted || field.length() > 0 || !rec.isEmpty()) {
                    rec.add(field.toString());
                    records.add(rec);
                    lines.add(recordLine);
                }
                rec = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                recordLine = line;
                continue;
            }
            field.append(ch);
            fieldStarted = true;
            i++;
        }
        if (fieldStarted || field.length() > 0 || !rec.isEmpty()) {
            rec.add(field.toString());
            records.add(rec);
            lines.add(recordLine);
        }
    }

    /** Number of rows (patients). */
    public int rowCount() {
        return raw.length == 0 ? 0 : raw[0].length;
    }

    /** Number of columns. */
    public int columnCount() {
        return names.size();
    }

    /** Column names in file order. */
    public List<String> columnNames() {
        return names;
    }

    /** Whether the table has a column of this name. */
    public boolean hasColumn(String name) {
        return index.containsKey(name);
    }

    /**
     * The type of a column.
     *
     * @throws IllegalArgumentException if there is no such column (listing the columns)
     */
    public ColumnType columnType(String name) {
        return types[col(name)];
    }

    private int col(String name) {
        Integer c = index.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no column '" + name + "'; columns: " + names);
        }
        return c;
    }

    /** Number of missing values in a column. */
    public int missingCount(String name) {
        int c = col(name);
        int m = 0;
        for (String s : raw[c]) {
            if (s == null) {
                m++;
            }
        }
        return m;
    }

    /** Whether the value at row {@code row} (0-based) of a column is missing. */
    public boolean isMissing(int row, String name) {
        return raw[col(name)][checkRow(row)] == null;
    }

    private int checkRow(int row) {
        if (row < 0 || row >= rowCount()) {
            throw new IllegalArgumentException("row must be in [0, " + rowCount() + ") but was " + row);
        }
        return row;
    }

    /**
     * A numeric column as doubles.
     *
     * @throws IllegalArgumentException if there is no such column, it is TEXT, or it has missing values (naming the
     *         first missing row); use {@link #doubleColumnWithNaN} or {@link #filter} then
     */
    public double[] doubleColumn(String name) {
        double[] v = doubleColumnWithNaN(name);
        int c = col(name);
        for (int r = 0; r < v.length; r++) {
            if (raw[c][r] == null) {
                throw new IllegalArgumentException("column '" + name + "' has " + missingCount(name) + " missing "
                        + "value(s), the first at row " + r + "; filter them out or use doubleColumnWithNaN");
            }
        }
        return v;
    }

    /**
     * A numeric column as doubles, missing values as NaN (explicitly).
     *
     * @throws IllegalArgumentException if there is no such column or it is TEXT
     */
    public double[] doubleColumnWithNaN(String name) {
        int c = col(name);
        if (types[c] != ColumnType.NUMERIC) {
            throw new IllegalArgumentException("column '" + name + "' is TEXT, not NUMERIC");
        }
        return values[c].clone();
    }

    /**
     * Any column's values as the trimmed text of the file.
     *
     * @throws IllegalArgumentException if there is no such column or it has missing values
     */
    public String[] stringColumn(String name) {
        String[] v = stringColumnWithNulls(name);
        for (int r = 0; r < v.length; r++) {
            if (v[r] == null) {
                throw new IllegalArgumentException("column '" + name + "' has " + missingCount(name) + " missing "
                        + "value(s), the first at row " + r + "; filter them out or use stringColumnWithNulls");
            }
        }
        return v;
    }

    /**
     * Any column's values as text, missing values as null (explicitly).
     *
     * @throws IllegalArgumentException if there is no such column
     */
    public String[] stringColumnWithNulls(String name) {
        return raw[col(name)].clone();
    }

    /** A read-only view of one row. */
    public final class Row {
        private final int r;

        private Row(int r) {
            this.r = r;
        }

        /** 0-based row index in this table. */
        public int index() {
            return r;
        }

        /** Whether the value of a column is missing in this row. */
        public boolean isMissing(String column) {
            return raw[col(column)][r] == null;
        }

        /**
         * A numeric value.
         *
         * @throws IllegalArgumentException if the column is unknown or TEXT, or the value is missing
         */
        public double getDouble(String column) {
            int c = col(column);
            if (types[c] != ColumnType.NUMERIC) {
                throw new IllegalArgumentException("column '" + column + "' is TEXT, not NUMERIC");
            }
            if (raw[c][r] == null) {
                throw new IllegalArgumentException("column '" + column + "' is missing in row " + r);
            }
            return values[c][r];
        }

        /**
         * A value as text.
         *
         * @throws IllegalArgumentException if the column is unknown or the value is missing
         */
        public String getString(String column) {
            String s = raw[col(column)][r];
            if (s == null) {
                throw new IllegalArgumentException("column '" + column + "' is missing in row " + r);
            }
            return s;
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder("Row ").append(r).append(" {");
            for (int c = 0; c < names.size(); c++) {
                b.append(c == 0 ? "" : ", ").append(names.get(c)).append('=').append(raw[c][r] == null ? "<missing>"
                        : raw[c][r]);
            }
            return b.append('}').toString();
        }
    }

    /** Row {@code i} (0-based). */
    public Row row(int i) {
        return new Row(checkRow(i));
    }

    /** The rows satisfying {@code predicate}, as a new table with the same columns and types. */
    public CohortTable filter(Predicate<Row> predicate) {
        if (predicate == null) {
            throw new IllegalArgumentException("predicate must not be null");
        }
        List<Integer> keep = new ArrayList<>();
        for (int r = 0; r < rowCount(); r++) {
            if (predicate.test(new Row(r))) {
                keep.add(r);
            }
        }
        return subset(keep.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Splits the rows by the text value of a column, groups in first-appearance order. Rows where the column is
     * missing are left out.
     *
     * @throws IllegalArgumentException if there is no such column
     */
    public Map<String, CohortTable> groupBy(String column) {
        int c = col(column);
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < rowCount(); r++) {
            if (raw[c][r] != null) {
                groups.computeIfAbsent(raw[c][r], k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, CohortTable> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, subset(v.stream().mapToInt(Integer::intValue).toArray())));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * A table with only the named columns, in the given order.
     *
     * @throws IllegalArgumentException if a column is unknown
     */
    public CohortTable select(String... columns) {
        String[][] nr = new String[columns.length][];
        double[][] nv = new double[columns.length][];
        ColumnType[] nt = new ColumnType[columns.length];
        for (int i = 0; i < columns.length; i++) {
            int c = col(columns[i]);
            nr[i] = raw[c];
            nv[i] = values[c];
            nt[i] = types[c];
        }
        return new CohortTable(Arrays.asList(columns), nt, nr, nv);
    }

    private CohortTable subset(int[] rows) {
        int nc = names.size();
        String[][] nr = new String[nc][rows.length];
        double[][] nv = new double[nc][];
        for (int c = 0; c < nc; c++) {
            for (int i = 0; i < rows.length; i++) {
                nr[c][i] = raw[c][rows[i]];
            }
            if (values[c] != null) {
                nv[c] = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    nv[c][i] = values[c][rows[i]];
                }
            }
        }
        return new CohortTable(names, types.clone(), nr, nv);
    }

    /**
     * Writes the table as CSV (UTF-8, header first, the original text of every value, missing values as
     * {@link CsvOptions#writeMissingAs()}, fields quoted when needed).
     *
     * @throws IOException if the file cannot be written
     */
    public void write(Path csv, CsvOptions options) throws IOException {
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write(toCsv(options));
        }
    }

    /** Writes with {@link CsvOptions#defaults()}. */
    public void write(Path csv) throws IOException {
        write(csv, CsvOptions.defaults());
    }

    /** The CSV text {@link #write} would produce. */
    public String toCsv(CsvOptions options) {
        StringBuilder b = new StringBuilder();
        char d = options.delimiter();
        for (int c = 0; c < names.size(); c++) {
            b.append(c == 0 ? "" : String.valueOf(d)).append(quote(names.get(c), d));
        }
        b.append('\n');
        for (int r = 0; r < rowCount(); r++) {
            for (int c = 0; c < names.size(); c++) {
                String s = raw[c][r] == null ? options.writeMissingAs() : raw[c][r];
                b.append(c == 0 ? "" : String.valueOf(d)).append(quote(s, d));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String quote(String s, char d) {
        if (s.indexOf(d) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("CohortTable[").append(rowCount()).append(" rows; ");
        for (int c = 0; c < names.size(); c++) {
            b.append(c == 0 ? "" : ", ").append(names.get(c)).append(types[c] == ColumnType.NUMERIC ? " (num)"
                    : " (text)");
        }
        return b.append(']').toString();
    }
}
