package org.radiomics4j.study.report;

import java.util.List;
import java.util.Objects;

/**
 * A table of text cells ready to print as CSV, Markdown or HTML (package-private building block of
 * {@link StudyReportWriter}).
 *
 * @param title  caption
 * @param header column names
 * @param rows   cells, each row as long as the header
 * @param notes  footnotes printed under the table (not in CSV)
 */
record ReportTable(String title, List<String> header, List<List<String>> rows, List<String> notes) {
    /** A cell that is a number, a number with a CI, a P like "&lt;0.001", a criterion like "&gt; 3.5" or a dash. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "^$|^[–-]$|^(NR|Inf|-Inf|NaN)$"
                    + "|^(<=|>=|<|>)? ?-?[0-9][0-9.eE+-]*( ± [0-9.eE+-]+)?( \\([^)]*\\))?( \\(.*%\\))?$");

    ReportTable {
        Objects.requireNonNull(title, "title");
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("table '" + title + "': row " + i + " has " + rows.get(i).size()
                        + " cells but the header has " + header.size());
            }
        }
    }

    /** RFC 4180 CSV (header + rows; quoted when a cell holds a comma, quote or line break). */
    String toCsv() {
        StringBuilder b = new StringBuilder();
        csvRow(b, header);
        for (List<String> r : rows) {
            csvRow(b, r);
        }
        return b.toString();
    }

    private static void csvRow(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        b.append('\n');
    }

    /** GitHub-flavoured Markdown: bold caption, pipe table (pipes escaped), italic notes. */
    String toMarkdown() {
        StringBuilder b = new StringBuilder();
        b.append("**").append(md(title)).append("**\n\n");
        mdRow(b, header);
        b.append('|');
        for (int i = 0; i < header.size(); i++) {
            b.append(" --- |");
        }
        b.append('\n');
        for (List<String> r : rows) {
            mdRow(b, r);
        }
        if (!notes.isEmpty()) {
            b.append('\n');
            for (String n : notes) {
                b.append('_').append(md(n)).append("_  \n");
            }
        }
        return b.append('\n').toString();
    }

    private static void mdRow(StringBuilder b, List<String> cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(md(c).replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        b.append('\n');
    }

    /** Escapes Markdown emphasis characters. */
    static String md(String s) {
        return s.replace("\\", "\\\\").replace("_", "\\_").replace("*", "\\*");
    }

    /**
     * An HTML table (escaped) in a horizontally scrolling wrapper, caption and notes included. The first column is
     * the row label; long identifiers may break after underscores.
     */
    String toHtml(String id) {
        StringBuilder b = new StringBuilder();
        b.append("<figure class=\"table\" id=\"").append(Html.escape(id)).append("\">\n<figcaption>")
                .append(Html.escape(title)).append("</figcaption>\n<div class=\"scroll\"><table>\n<thead><tr>");
        for (String h : header) {
            b.append("<th>").append(Html.breakable(h)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        boolean[] numeric = new boolean[header.size()];
        for (int i = 1; i < numeric.length; i++) {
            numeric[i] = true;
            for (List<String> r : rows) {
                numeric[i] &= NUMBER.matcher(r.get(i)).matches();
            }
        }
        for (List<String> r : rows) {
            boolean sub = !r.isEmpty() && r.get(0).startsWith("  ");
            b.append(sub ? "<tr class=\"sub\">" : "<tr>");
            for (int i = 0; i < r.size(); i++) {
                String c = r.get(i);
                b.append(i == 0 ? "<td class=\"label\">" : numeric[i] ? "<td class=\"num\">"
                        : c.length() <= 32 ? "<td class=\"text short\">" : "<td class=\"text\">")
                        .append(i == 0 ? Html.breakable(c.strip()) : Html.escape(c)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div>\n");
        for (String n : notes) {
            b.append("<p class=\"note\">").append(Html.escape(n)).append("</p>\n");
        }
        return b.append("</figure>\n").toString();
    }
}
