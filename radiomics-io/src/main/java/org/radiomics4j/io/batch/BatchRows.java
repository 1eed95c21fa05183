package org.radiomics4j.io.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.radiomics4j.core.extract.FeatureSet;
import org.radiomics4j.io.table.FeatureTables;

/**
 * The layout of a batch output row, shared by the local batch and distributed runners so that both give the same
 * table. A row is, in this column order:
 * <ol>
 * <li>{@code Case}: the case id, the 1-based data row number in the cases file;</li>
 * <li>the cases file's columns, passed through unchanged ({@code Image}, {@code Mask}, {@code Label} and any
 *     other);</li>
 * <li>{@code Error}: empty for a case that succeeded, else the error message (one line);</li>
 * <li>for a case that succeeded, its {@code diagnostics_*} keys and its features in the order of
 *     {@link FeatureTables#flatten} (the layout of {@code radiomics extract --format csv}, which is PyRadiomics'
 *     batch layout); numbers written with {@link Double#toString}, the shortest decimal that reads back to the same
 *     double. An error row leaves these cells empty.</li>
 * </ol>
 * The columns of a table are the union of its rows' keys, taken row by row in case order, each row's keys in their
 * own order (as {@link FeatureTables#writeCsv} does): a key that only some cases have (a {@code diagnostics_Notes_*}
 * entry) gets an empty cell in the others. An empty cell and a missing key are the same.
 */
public final class BatchRows {
    /** The case id column. */
    public static final String CASE = "Case";
    /** The error message column. */
    public static final String ERROR = "Error";
    private static final String DIAGNOSTICS = "diagnostics_";

    private BatchRows() {
    }

    /** The cells of a case's row, keyed by column, in layout order; empty values are left out. */
    public static Map<String, String> values(CaseResult r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(CASE, Integer.toString(r.batchCase().index()));
        r.batchCase().columns().forEach((k, v) -> putNonEmpty(m, k, v));
        if (!r.ok()) {
            m.put(ERROR, r.error());
            return m;
        }
        FeatureTables.flatten(r.features()).forEach((k, v) ->
                putNonEmpty(m, k, v instanceof Double d ? Double.toString(d) : String.valueOf(v)));
        return m;
    }

    /**
     * The inverse of {@link #values}: the result a row stands for. A row with an {@code Error} cell is a failure;
     * otherwise its {@code diagnostics_*} cells are the diagnostics (prefix removed) and every other cell that is
     * not {@code Case} or one of the case's columns is a feature, read with {@link Double#parseDouble} (which reads
     * {@link Double#toString}'s output back to the same double, {@code NaN} and infinities included). Cells that
     * {@link #values} leaves out (empty values) stay absent.
     *
     * @throws BatchException naming the case and the column if a feature cell is not a number, or the row has
     *     neither an error nor any feature
     */
    public static CaseResult result(BatchCase c, Map<String, String> row) {
        String error = row.get(ERROR);
        if (error != null && !error.isEmpty()) {
            return CaseResult.failure(c, error);
        }
        Map<String, Double> features = new LinkedHashMap<>();
        Map<String, String> diagnostics = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : row.entrySet()) {
            String k = e.getKey();
            String v = e.getValue();
            if (k.equals(CASE) || k.equals(ERROR) || c.columns().containsKey(k) || v == null || v.isEmpty()) {
                continue;
            }
            if (k.startsWith(DIAGNOSTICS)) {
                diagnostics.put(k.substring(DIAGNOSTICS.length()), v);
                continue;
            }
            try {
                features.put(k, Double.parseDouble(v));
            } catch (NumberFormatException ex) {
                throw new BatchException("case " + c.index() + ": column " + k + " must be a number but was '" + v
                        + "'");
            }
        }
        if (features.isEmpty()) {
            throw new BatchException("case " + c.index() + ": its row has neither an " + ERROR + " nor any feature");
        }
        return CaseResult.success(c, FeatureSet.of(features, diagnostics));
    }

    /**
     * The columns of a table of rows given in case order: {@code Case}, the cases file's columns, {@code Error},
     * then the union of the rows' other keys in first-seen order.
     */
    public static List<String> columns(List<String> inputColumns, List<Map<String, String>> rowsInCaseOrder) {
        Set<String> cols = new LinkedHashSet<>();
        cols.add(CASE);
        cols.addAll(inputColumns);
        cols.add(ERROR);
        for (Map<String, String> row : rowsInCaseOrder) {
            cols.addAll(row.keySet());
        }
        return new ArrayList<>(cols);
    }

    /** One CSV line (without the line break) of a row under the given columns, fields quoted as RFC 4180 needs. */
    public static String csvLine(List<String> columns, Map<String, String> row) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String v = row.get(columns.get(i));
            if (v != null) {
                sb.append(FeatureTables.csvField(v));
            }
        }
        return sb.toString();
    }

    private static void putNonEmpty(Map<String, String> m, String k, String v) {
        if (v != null && !v.isEmpty()) {
            m.put(k, v);
        }
    }
}
