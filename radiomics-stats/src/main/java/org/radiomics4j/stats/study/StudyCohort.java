package org.radiomics4j.stats.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.radiomics4j.stats.table.CohortTable;
import org.radiomics4j.stats.table.ColumnType;

/**
 * The analysed subjects of a study: the rows of the table selected by a {@link CohortLayout} (phase and reader 1 in
 * long format) and each subject's group (1 positive, 0 negative, excluded when the grouping value is missing).
 * Every analysis step reads it and none changes it. Immutable and thread-safe.
 */
public final class StudyCohort {
    private final CohortLayout layout;
    private final CohortTable full;
    private final CohortTable table;
    private final String[] ids;
    private final int[] group;
    private final int positives;
    private final int negatives;
    private final List<Exclusion> exclusions;

    private StudyCohort(CohortLayout layout, CohortTable full, CohortTable table, String[] ids, int[] group,
            int positives, int negatives, List<Exclusion> exclusions) {
        this.layout = layout;
        this.full = full;
        this.table = table;
        this.ids = ids;
        this.group = group;
        this.positives = positives;
        this.negatives = negatives;
        this.exclusions = List.copyOf(exclusions);
    }

    /**
     * Selects and groups the subjects.
     *
     * @throws IllegalArgumentException if a column named by the layout is absent (naming the design field), the
     *         grouping column is not numeric, a 0/1 column holds another value (naming the row), or a group has
     *         fewer than 2 subjects
     */
    public static StudyCohort of(CohortLayout layout, CohortTable table) {
        Objects.requireNonNull(layout, "layout must not be null");
        Objects.requireNonNull(table, "table must not be null");
        CohortTable scope = table;
        if (layout.phaseColumn() != null) {
            scope = rowsWith(table, "phaseColumn", layout.phaseColumn(), layout.phase(), "phase");
        }
        CohortTable t = layout.readerColumn() == null ? scope
                : rowsWith(scope, "readerColumn", layout.readerColumn(), layout.reader1Value(), "reader1Value");
        requireColumn(t, "idColumn", layout.idColumn());
        String[] ids = t.stringColumnWithNulls(layout.idColumn());
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == null) {
                ids[i] = "row " + (i + 1);
            }
        }
        if (layout.readerColumn() != null) {
            idIndex(t, layout, "reader1Value");
        }
        GroupingRule g = layout.grouping();
        int[] group = new int[t.rowCount()];
        if (g.isBinaryColumn()) {
            group = binary(t, ids, "grouping.column", g.column());
        } else {
            requireNumeric(t, "grouping.column", g.column());
            double[] v = t.doubleColumnWithNaN(g.column());
            for (int i = 0; i < v.length; i++) {
                group[i] = t.isMissing(i, g.column()) ? -1 : g.operator().test(v[i], g.threshold()) ? 1 : 0;
            }
        }
        int pos = 0;
        int neg = 0;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < group.length; i++) {
            if (group[i] == 1) {
                pos++;
            } else if (group[i] == 0) {
                neg++;
            } else {
                missing.add(ids[i]);
            }
        }
        List<Exclusion> ex = missing.isEmpty() ? List.of()
                : List.of(new Exclusion("Grouping", g.column(), missing.size(), missing));
        if (pos < 2 || neg < 2) {
            throw new IllegalArgumentException("design.grouping: '" + g.describe() + "' gives " + pos + " "
                    + layout.positiveLabel() + " and " + neg + " " + layout.negativeLabel()
                    + "; each group needs at least 2 subjects");
        }
        return new StudyCohort(layout, scope, t, ids, group, pos, neg, ex);
    }

    /** The layout. */
    public CohortLayout layout() {
        return layout;
    }

    /** The analysed rows (phase and reader 1 selected). */
    public CohortTable table() {
        return table;
    }

    /** The rows of the analysed phase with every reader (long format), or the whole table. */
    public CohortTable fullTable() {
        return full;
    }

    /** Rows of {@link #table()}. */
    public int rowCount() {
        return table.rowCount();
    }

    /** Subject id of each row ("row k" when missing). */
    public List<String> ids() {
        return List.of(ids);
    }

    String[] idsInternal() {
        return ids;
    }

    /** The group of row i: 1 positive, 0 negative, −1 excluded (missing grouping value). */
    public int group(int row) {
        return group[row];
    }

    /** Subjects in the positive group. */
    public int positives() {
        return positives;
    }

    /** Subjects in the negative group. */
    public int negatives() {
        return negatives;
    }

    /** Subjects excluded for a missing grouping value. */
    public List<Exclusion> exclusions() {
        return exclusions;
    }

    // ------------------------------------------------------------------ helpers for the steps

    void requireColumn(String field, String column) {
        requireColumn(table, field, column);
    }

    void requireNumeric(String field, String column) {
        requireNumeric(table, field, column);
    }

    int[] binary(String field, String column) {
        return binary(table, ids, field, column);
    }

    static void requireColumn(CohortTable t, String field, String column) {
        if (!t.hasColumn(column)) {
            throw new IllegalArgumentException("design." + field + ": no column '" + column + "' in the table; "
                    + "columns: " + t.columnNames());
        }
    }

    static void requireNumeric(CohortTable t, String field, String column) {
        requireColumn(t, field, column);
        if (t.columnType(column) != ColumnType.NUMERIC) {
            throw new IllegalArgumentException("design." + field + ": column '" + column + "' must be NUMERIC "
                    + "but is TEXT");
        }
    }

    /** A 0/1 column as 1, 0 or −1 (missing). */
    private static int[] binary(CohortTable t, String[] ids, String field, String column) {
        requireNumeric(t, field, column);
        double[] v = t.doubleColumnWithNaN(column);
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            if (t.isMissing(i, column)) {
                out[i] = -1;
            } else if (v[i] == 0 || v[i] == 1) {
                out[i] = (int) v[i];
            } else {
                throw new IllegalArgumentException("design." + field + ": column '" + column + "' must hold 0 "
                        + "or 1 but row " + (i + 1) + " (" + ids[i] + ") has " + v[i]);
            }
        }
        return out;
    }

    /** The rows whose text value of {@code column} equals {@code value}. */
    static CohortTable rowsWith(CohortTable table, String field, String column, String value, String valueField) {
        if (!table.hasColumn(column)) {
            throw new IllegalArgumentException("design." + field + ": no column '" + column + "' in the table; "
                    + "columns: " + table.columnNames());
        }
        CohortTable out = table.filter(r -> !r.isMissing(column) && r.getString(column).equals(value));
        if (out.rowCount() == 0) {
            throw new IllegalArgumentException("design." + valueField + ": no row has " + column + " = '"
                    + value + "'; values: " + new TreeSet<>(table.groupBy(column).keySet()));
        }
        return out;
    }

    /** id → row of a long-format reader table; duplicate or missing ids are errors naming the id. */
    static Map<String, Integer> idIndex(CohortTable table, CohortLayout d, String field) {
        Map<String, Integer> index = new LinkedHashMap<>();
        String[] v = table.stringColumnWithNulls(d.idColumn());
        for (int i = 0; i < v.length; i++) {
            if (v[i] == null) {
                throw new IllegalArgumentException("design." + field + ": with readerColumn every row needs an "
                        + d.idColumn() + " but row " + (i + 1) + " of that reader has none");
            }
            if (index.put(v[i], i) != null) {
                throw new IllegalArgumentException("design." + field + ": " + d.idColumn() + " '" + v[i]
                        + "' appears more than once for the same reader" + (d.phaseColumn() == null ? ""
                                : " and phase"));
            }
        }
        return index;
    }

    /** Non-missing values of a numeric column by group, and the grouped rows where it is missing. */
    record Split(double[] positive, double[] negative, List<Integer> missing) {
    }

    Split split(String column) {
        double[] v = table.doubleColumnWithNaN(column);
        List<Integer> missing = new ArrayList<>();
        double[] x = new double[positives];
        double[] y = new double[negatives];
        int nx = 0;
        int ny = 0;
        for (int i = 0; i < v.length; i++) {
            if (group[i] < 0) {
                continue;
            }
            if (table.isMissing(i, column)) {
                missing.add(i);
            } else if (group[i] == 1) {
                x[nx++] = v[i];
            } else {
                y[ny++] = v[i];
            }
        }
        return new Split(Arrays.copyOf(x, nx), Arrays.copyOf(y, ny), missing);
    }

    /** Scores and 0/1 labels of grouped subjects with the column present, and the grouped rows missing it. */
    record Scores(double[] scores, int[] labels, List<Integer> missing) {
    }

    Scores scores(String column) {
        double[] v = table.doubleColumnWithNaN(column);
        List<Integer> missing = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            if (group[i] < 0) {
                continue;
            }
            (table.isMissing(i, column) ? missing : rows).add(i);
        }
        return new Scores(rows.stream().mapToDouble(i -> v[i]).toArray(),
                rows.stream().mapToInt(i -> group[i]).toArray(), missing);
    }

    /** Why a two-group comparison cannot run (fewer than 2 values in a group, constant), or null. */
    static String untestable(double[] x, double[] y) {
        if (x.length < 2 || y.length < 2) {
            return "fewer than 2 non-missing values in a group (" + x.length + " and " + y.length + ")";
        }
        double first = x[0];
        for (double[] g : new double[][] {x, y}) {
            for (double v : g) {
                if (v != first) {
                    return null;
                }
            }
        }
        return "constant (every value is " + first + ")";
    }

    @Override
    public String toString() {
        return "StudyCohort[" + table.rowCount() + " rows: " + positives + " " + layout.positiveLabel() + " / "
                + negatives + " " + layout.negativeLabel() + "]";
    }
}
