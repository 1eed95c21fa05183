package org.radiomics4j.io.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.radiomics4j.core.extract.FeatureSet;

/**
 * Writes feature sets as PyRadiomics writes them.
 *
 * <ul>
 * <li>{@linkplain #writeJson JSON}: one flat object, key to value, diagnostics first as {@code diagnostics_*} string
 *     values, then every feature as a number; non-finite values (which the extractor never produces unless a
 *     family records a failure) as the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}, since JSON has
 *     no such numbers.</li>
 * <li>{@linkplain #writeCsv CSV}: PyRadiomics' batch layout, a header row of column names ({@code Image},
 *     {@code Mask}, the {@code diagnostics_*} keys, then the features) and one row per case. Cases whose keys differ
 *     share the union of the columns in first-seen order; a missing cell is empty. Written by Apache Commons CSV
 *     ({@link #CSV_FORMAT}: RFC 4180 quoting, {@code \n} line ends): a field holding a comma, a quote or a line break
 *     is quoted with its quotes doubled, and so is one that starts with a character up to {@code #} (a space, for
 *     example) or ends in white space, so that every reader gets the same text back.</li>
 * </ul>
 *
 * <p>Numbers are written with {@link Double#toString}, the shortest decimal that reads back to the same double.
 */
public final class FeatureTables {
    /**
     * The CSV dialect of {@link #writeCsv} and {@link #csvField}: Commons CSV's {@link CSVFormat#DEFAULT} (comma,
     * double quote, quoting only where needed) with {@code \n} line ends, as PyRadiomics' batch output on Linux.
     */
    public static final CSVFormat CSV_FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private FeatureTables() {
    }

    /** One row of a batch table: the case's image and mask names and its feature set. */
    public record Row(String image, String mask, FeatureSet features) {
    }

    /** The flat key/value map of one feature set: diagnostics (as strings) then features (as doubles). */
    public static Map<String, Object> flatten(FeatureSet fs) {
        Map<String, Object> m = new LinkedHashMap<>();
        fs.diagnostics().forEach((k, v) -> m.put("diagnostics_" + k, v));
        m.putAll(fs.toMap());
        return m;
    }

    /** Writes one feature set as a flat JSON object (pretty-printed, one key per line). */
    public static void writeJson(FeatureSet fs, Writer out) {
        try {
            out.write("{\n");
            Map<String, Object> m = flatten(fs);
            int i = 0;
            for (Map.Entry<String, Object> e : m.entrySet()) {
                out.write("  ");
                out.write(jsonString(e.getKey()));
                out.write(": ");
                Object v = e.getValue();
                if (v instanceof Double d) {
                    out.write(Double.isFinite(d) ? Double.toString(d) : jsonString(d.toString()));
                } else {
                    out.write(jsonString(String.valueOf(v)));
                }
                out.write(++i < m.size() ? ",\n" : "\n");
            }
            out.write("}\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing feature JSON failed", e);
        }
    }

    /** Writes rows in PyRadiomics' batch CSV layout. */
    public static void writeCsv(List<Row> rows, Writer out) {
        Set<String> columns = new LinkedHashSet<>();
        columns.add("Image");
        columns.add("Mask");
        List<Map<String, Object>> flat = new ArrayList<>();
        for (Row r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("Image", r.image());
            m.put("Mask", r.mask());
            m.putAll(flatten(r.features()));
            columns.addAll(m.keySet());
            flat.add(m);
        }
        try {
            // not closed: closing the printer would close the caller's writer
            CSVPrinter csv = new CSVPrinter(out, CSV_FORMAT);
            csv.printRecord(columns);
            for (Map<String, Object> m : flat) {
                List<String> cells = new ArrayList<>(columns.size());
                for (String c : columns) {
                    Object v = m.get(c);
                    cells.add(v == null ? "" : v instanceof Double d ? Double.toString(d) : v.toString());
                }
                csv.printRecord(cells);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing feature CSV failed", e);
        }
    }

    /**
     * One CSV field as {@link #writeCsv} writes it after the first column ({@link #CSV_FORMAT}): as it is, or in
     * double quotes with its quotes doubled when it holds a comma, a quote or a line break, starts with a character
     * up to {@code #} or ends in white space. The empty string stays empty.
     */
    public static String csvField(String s) {
        return s.isEmpty() ? s : CSV_FORMAT.format(s);
    }

    /** A JSON string literal with the required escapes. */
    public static String jsonString(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
