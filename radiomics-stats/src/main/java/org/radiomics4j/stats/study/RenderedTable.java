package org.radiomics4j.stats.study;

import java.util.List;
import java.util.Objects;

/**
 * A table of text cells ready to print, made by {@link StudyReportTables}.
 *
 * @param title   the caption, e.g. "Table 2. Radiomic features by group"
 * @param header  column names
 * @param rows    cells, each row as long as the header
 * @param notes   footnotes (tests used, abbreviations, warnings); printed under the table
 */
public record RenderedTable(String title, List<String> header, List<List<String>> rows, List<String> notes) {

    public RenderedTable {
        Objects.requireNonNull(title, "title");
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("row " + i + " has " + rows.get(i).size() + " cells but the "
                        + "header has " + header.size());
            }
        }
    }

    /**
     * GitHub-flavoured Markdown: the title in bold, a pipe table ({@code |} in cells escaped), then the notes as
     * italic lines. An empty table prints its header and a single row saying "(none)".
     */
    public String toMarkdown() {
        StringBuilder b = new StringBuilder();
        b.append("**").append(title).append("**\n\n");
        b.append(mdRow(header));
        b.append('|');
        for (int i = 0; i < header.size(); i++) {
            b.append(" --- |");
        }
        b.append('\n');
        if (rows.isEmpty()) {
            b.append("| (none) |");
            for (int i = 1; i < header.size(); i++) {
                b.append("  |");
            }
            b.append('\n');
        }
        for (List<String> r : rows) {
            b.append(mdRow(r));
        }
        if (!notes.isEmpty()) {
            b.append('\n');
            for (String n : notes) {
                b.append('_').append(n.replace("_", "\\_")).append("_  \n");
            }
        }
        return b.toString();
    }

    private static String mdRow(List<String> cells) {
        StringBuilder b = new StringBuilder("|");
        for (String c : cells) {
            b.append(' ').append(c.replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        return b.append('\n').toString();
    }

    /**
     * RFC 4180 CSV: the header line then one line per row; a cell with a comma, quote or line break is quoted with
     * inner quotes doubled. Title and notes are not included (CSV has no place for them).
     */
    public String toCsv() {
        StringBuilder b = new StringBuilder();
        b.append(csvRow(header));
        for (List<String> r : rows) {
            b.append(csvRow(r));
        }
        return b.toString();
    }

    private static String csvRow(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        return b.append('\n').toString();
    }
}
