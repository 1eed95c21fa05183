package org.radiomics4j.core.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits the lines of the small CSV files of testdata/ (reference tables) for radiomics-core's own tests. */
public final class CsvFields {
    private CsvFields() {
    }

    /**
     * The fields of one CSV line (RFC 4180 quoting: a field in double quotes may hold commas, and {@code ""} inside
     * it is one quote).
     */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
