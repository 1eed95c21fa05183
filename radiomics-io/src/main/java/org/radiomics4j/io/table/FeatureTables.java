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
 *     share the union of the columns in first-seen order; a missing cell is empty. Fields holding a comma, quote or
 *     line break are quoted (RFC 4180).</li>
 * </ul>
 *
 * <p>Numbers are written with {@link Double#toString}, the shortest decimal that reads back to the same double.
 */
public final class FeatureTables {
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
            out.write(String.join(",", columns.stream().map(FeatureTables::csvField).toList()));
            out.write("\n");
            for (Map<String, Object> m : flat) {
                List<String> cells = new ArrayList<>(columns.size());
                for (String c : columns) {
                    Object v = m.get(c);
                    cells.add(v == null ? "" : csvField(v instanceof Double d ? Double.toString(d) : v.toString()));
                }
                out.write(String.join(",", cells));
                out.write("\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing feature CSV failed", e);
        }
    }

    /** Quotes a CSV field if it holds a comma, a quote or a line break (RFC 4180). */
    public static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
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
