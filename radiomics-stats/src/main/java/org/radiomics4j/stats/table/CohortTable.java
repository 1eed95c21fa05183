package org.radiomics4j.stats.table;

import java.io.IOException;
import java.io.UncheckedIOException;
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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.radiomics4j.stats.internal.NearestNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An immutable cohort table: one row per patient, named columns typed as {@link ColumnType#NUMERIC} or
 * {@link ColumnType#TEXT}, with explicit missing values.
 *
 * <p><b>Reading</b> ({@link #read(Path)}): CSV as RFC 4180 describes it, parsed by Apache Commons CSV (quoted
 * fields with {@code ""} escapes and embedded line breaks), UTF-8 with or without a byte-order mark, any one-character
 * delimiter ({@link CsvOptions#withDelimiter}; semicolon files with a decimal comma through
 * {@link CsvOptions#withDecimalMark}), a header row with unique non-empty names, every row with as many fields as
 * the header. Fields are trimmed; tokens in {@link CsvOptions#missingTokens()} (default "", "NA", "NaN") are missing,
 * nothing else is. A column is NUMERIC if it has at least one non-missing value and every non-missing value parses
 * as a finite number, TEXT if no value does. A column where most values are numbers but some cells are not is an
 * error naming the line and the cell, unless it is declared categorical ({@link CsvOptions#withCategoricalColumns});
 * one stray word never silently turns a numeric column into categories. Format errors throw
 * {@link CohortTableFormatException} naming the file, line and column.
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
    /** lines[r]: the 1-based line of the source on which row r starts. */
    private final int[] lines;

    private CohortTable(List<String> names, ColumnType[] types, String[][] raw, double[][] values, int[] lines) {
        this.names = List.copyOf(names);
        this.lines = lines;
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
     * Parses CSV text; {@code source} names it in error messages. A leading UTF-8 byte-order mark is skipped.
     *
     * @throws CohortTableFormatException if the CSV is malformed, has a numeric column with a cell that is neither
     *         a number nor a missing-value token (naming its line and value; declare such a column categorical with
     *         {@link CsvOptions#withCategoricalColumns}), or mixes decimal marks
     */
    public static CohortTable parse(String text, String source, CsvOptions options) {
        if (text == null || options == null) {
            throw new IllegalArgumentException("text and options must not be null");
        }
        String body = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        tokenize(body, source, options.delimiter(), records, lines);
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
                throw new IllegalArgumentException("options declare the type of column '" + forced + "' which is not"
                        + " in " + source + suggestion(forced, seen.keySet()));
            }
        }
        List<String> names = new ArrayList<>(seen.keySet());
        int nc = names.size();
        int nr = records.size() - 1;
        String[][] raw = new String[nc][nr];
        int[] rowLines = new int[nr];
        for (int r = 0; r < nr; r++) {
            List<String> rec = records.get(r + 1);
            rowLines[r] = lines.get(r + 1);
            if (rec.size() != nc) {
                throw new CohortTableFormatException(source, lines.get(r + 1), null, "expected " + nc
                        + " fields (as the header) but found " + rec.size()
                        + (nc == 1 && rec.size() == 1 ? "" : delimiterHint(rec, options)));
            }
            for (int c = 0; c < nc; c++) {
                String tok = rec.get(c).trim();
                raw[c][r] = options.missingTokens().contains(tok) ? null : tok;
            }
        }
        DecimalMark mark = decimalMark(options, names, raw, rowLines, source);
        ColumnType[] types = new ColumnType[nc];
        double[][] values = new double[nc][];
        for (int c = 0; c < nc; c++) {
            ColumnType forced = options.columnTypes().get(names.get(c));
            if (forced == ColumnType.TEXT) {
                types[c] = ColumnType.TEXT;
                continue;
            }
            double[] v = new double[nr];
            int numbers = 0;
            int words = 0;
            int firstWord = -1;
            for (int r = 0; r < nr; r++) {
                if (raw[c][r] == null) {
                    v[r] = Double.NaN;
                    continue;
                }
                double d = parseNumber(raw[c][r], mark);
                if (Double.isNaN(d)) {
                    words++;
                    if (firstWord < 0) {
                        firstWord = r;
                    }
                } else {
                    numbers++;
                }
                v[r] = d;
            }
            if (words > 0 && (forced == ColumnType.NUMERIC || numbers >= words)) {
                String why = forced == ColumnType.NUMERIC ? "the column is declared NUMERIC"
                        : numbers + " of its " + (numbers + words) + " non-missing values are numbers";
                throw new CohortTableFormatException(source, rowLines[firstWord], names.get(c), "'"
                        + raw[c][firstWord] + "' is not a finite number but " + why + (words > 1 ? " (" + words
                        + " cells are not)" : "") + "; write a missing value as one of " + tokens(options)
                        + (forced == ColumnType.NUMERIC ? "" : ", or declare the column categorical")
                        + (mark == DecimalMark.COMMA ? " (this file uses a decimal comma)" : ""));
            }
            if (words > 0 || (numbers == 0 && forced == null)) {
                types[c] = ColumnType.TEXT;
            } else {
                types[c] = ColumnType.NUMERIC;
                values[c] = v;
            }
        }
        return new CohortTable(names, types, raw, values, rowLines);
    }

    private static String tokens(CsvOptions options) {
        List<String> t = new ArrayList<>();
        for (String s : new java.util.TreeSet<>(options.missingTokens())) {
            t.add(s.isEmpty() ? "an empty cell" : "'" + s + "'");
        }
        return String.join(", ", t);
    }

    private static String delimiterHint(List<String> rec, CsvOptions options) {
        for (char d : new char[] {';', '\t', ',', '|'}) {
            if (d != options.delimiter() && String.join("", rec).indexOf(d) >= 0) {
                return " (is the delimiter '" + (d == '\t' ? "\\t" : String.valueOf(d)) + "' rather than '"
                        + options.delimiter() + "'?)";
            }
        }
        return "";
    }

    private static final java.util.regex.Pattern POINT_NUMBER =
            java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final java.util.regex.Pattern COMMA_NUMBER =
            java.util.regex.Pattern.compile("[+-]?(\\d+,?\\d*|,\\d+)([eE][+-]?\\d+)?");

    private static DecimalMark decimalMark(CsvOptions options, List<String> names, String[][] raw, int[] rowLines,
            String source) {
        if (options.decimalMark() != DecimalMark.DETECT) {
            return options.decimalMark();
        }
        int pointCol = -1;
        int pointRow = -1;
        int commaCol = -1;
        int commaRow = -1;
        for (int c = 0; c < raw.length; c++) {
            if (options.columnTypes().get(names.get(c)) == ColumnType.TEXT) {
                continue;
            }
            for (int r = 0; r < raw[c].length; r++) {
                String s = raw[c][r];
                if (s == null) {
                    continue;
                }
                if (pointCol < 0 && s.indexOf('.') >= 0 && POINT_NUMBER.matcher(s).matches()) {
                    pointCol = c;
                    pointRow = r;
                }
                if (commaCol < 0 && s.indexOf(',') >= 0 && COMMA_NUMBER.matcher(s).matches()) {
                    commaCol = c;
                    commaRow = r;
                }
            }
        }
        if (pointCol >= 0 && commaCol >= 0) {
            throw new CohortTableFormatException(source, rowLines[commaRow], names.get(commaCol), "'"
                    + raw[commaCol][commaRow] + "' has a decimal comma but line " + rowLines[pointRow] + ", column '"
                    + names.get(pointCol) + "' has '" + raw[pointCol][pointRow] + "' with a decimal point: the"
                    + " decimal mark of the file is ambiguous; write every number with the same mark");
        }
        return commaCol >= 0 ? DecimalMark.COMMA : DecimalMark.POINT;
    }

    private static double parseNumber(String s, DecimalMark mark) {
        // plain decimal notation only: no hex, no "Infinity", no trailing 'd'/'f'
        if (mark == DecimalMark.COMMA) {
            if (!COMMA_NUMBER.matcher(s).matches()) {
                return Double.NaN;
            }
            s = s.replace(',', '.');
        } else if (!POINT_NUMBER.matcher(s).matches()) {
            return Double.NaN;
        }
        double d = Double.parseDouble(s);
        return Double.isFinite(d) ? d : Double.NaN;
    }

    /** Records of the CSV text (Apache Commons CSV, RFC 4180 quoting) and the 1-based line each starts on. */
    private static void tokenize(String text, String source, char delim, List<List<String>> records,
            List<Integer> lines) {
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delim).setQuote('"').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        long lastLine = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord rec : parser) {
                lines.add(lineOf(lineStarts, rec.getCharacterPosition(), text));
                records.add(rec.toList());
                lastLine = parser.getCurrentLineNumber();
            }
        } catch (IOException | UncheckedIOException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            int line = (int) lastLine + 1;
            if (m.contains("EOF reached before encapsulated token finished")) {
                throw new CohortTableFormatException(source, line, null, "unterminated quoted field (a '\"' opens a"
                        + " field that no '\"' closes)");
            }
            throw new CohortTableFormatException(source, line, null, "malformed CSV: " + m);
        }
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || (ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, long position, String text) {
        int p = (int) position;
        // skip the blank lines a record's position may point at
        while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
            p++;
        }
        int i = Arrays.binarySearch(lineStarts, p);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** Number of rows (patients). */
    public int rowCount() {
        return lines.length;
    }

    /**
     * The 1-based line of the source on which row {@code row} (0-based) starts; the header is line 1, and a row
     * after a quoted field with a line break starts further down. Kept by {@link #filter}, {@link #groupBy} and
     * {@link #select}, so that an error found later can name the line of the file.
     */
    public int sourceLine(int row) {
        return lines[checkRow(row)];
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
            throw new IllegalArgumentException("no column '" + name + "'" + suggestion(name, names));
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

    /**
     * For an error message about a column that is not there: every column when there are at most 12, otherwise the
     * three nearest names (never a line listing hundreds of feature columns).
     */
    static String suggestion(String name, java.util.Collection<String> columns) {
        if (columns.size() <= 12) {
            return "; columns: " + new ArrayList<>(columns);
        }
        return "; did you mean " + String.join(", ", NearestNames.nearest(name, columns, 3)) + "? ("
                + columns.size() + " columns)";
    }

    /** {@link #suggestion} for a column name, as public text: "did you mean a, b, c?" or the column list. */
    public String suggestColumns(String name) {
        return suggestion(name, names).substring(2);
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
        return new CohortTable(Arrays.asList(columns), nt, nr, nv, lines);
    }

    private CohortTable subset(int[] rows) {
        int nc = names.size();
        String[][] nr = new String[nc][rows.length];
        double[][] nv = new double[nc][];
        int[] nl = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            nl[i] = lines[rows[i]];
        }
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
        return new CohortTable(names, types.clone(), nr, nv, nl);
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

    /** The CSV text {@link #write} would produce (Apache Commons CSV, minimal RFC 4180 quoting, LF line ends). */
    public String toCsv(CsvOptions options) {
        StringBuilder b = new StringBuilder();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(options.delimiter()).setQuote('"')
                .setRecordSeparator("\n").get();
        try (CSVPrinter p = new CSVPrinter(b, format)) {
            p.printRecord(names);
            List<String> row = new ArrayList<>(names.size());
            for (int r = 0; r < rowCount(); r++) {
                row.clear();
                for (int c = 0; c < names.size(); c++) {
                    row.add(raw[c][r] == null ? options.writeMissingAs() : raw[c][r]);
                }
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing CSV to memory failed", e);
        }
        return b.toString();
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
