package org.radiomics4j.cli.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** An aligned plain-text table for terminals: text columns left-aligned, numeric-looking columns right-aligned. */
final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... header) {
        this.header = List.of(header);
    }

    TextTable row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(c instanceof Double d ? num(d) : String.valueOf(c));
        }
        rows.add(r);
        return this;
    }

    @Override
    public String toString() {
        int n = header.size();
        int[] w = new int[n];
        boolean[] right = new boolean[n];
        Arrays.fill(right, true);
        for (int j = 0; j < n; j++) {
            w[j] = header.get(j).length();
            for (List<String> r : rows) {
                String c = j < r.size() ? r.get(j) : "";
                w[j] = Math.max(w[j], c.length());
                if (!c.isEmpty() && !looksNumeric(c)) {
                    right[j] = false;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, w, right);
        StringBuilder rule = new StringBuilder();
        for (int j = 0; j < n; j++) {
            rule.append(j == 0 ? "" : "  ").append("-".repeat(w[j]));
        }
        sb.append(rule).append(System.lineSeparator());
        for (List<String> r : rows) {
            line(sb, r, w, right);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, int[] w, boolean[] right) {
        StringBuilder l = new StringBuilder();
        for (int j = 0; j < w.length; j++) {
            String c = j < cells.size() ? cells.get(j) : "";
            String pad = " ".repeat(w[j] - c.length());
            l.append(j == 0 ? "" : "  ").append(right[j] ? pad + c : c + pad);
        }
        sb.append(l.toString().stripTrailing()).append(System.lineSeparator());
    }

    private static boolean looksNumeric(String c) {
        return c.matches("(< )?[-+]?[0-9.][0-9.eE+\\-]*|NaN|-?Infinity|NA");
    }

    /** A number with 4 significant digits for display (the JSON output carries full precision). */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e6) {
            String s = String.format(Locale.ROOT, "%.4f", v);
            if (a < 0.1) {
                s = String.format(Locale.ROOT, "%.4g", v);
            }
            return s;
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /** A P value for display: 4 significant digits, "< 0.0001" below that. */
    static String p(double p) {
        if (Double.isNaN(p)) {
            return "NaN";
        }
        return p < 1e-4 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    /** A confidence interval "lower to upper". */
    static String ci(double lo, double hi) {
        return num(lo) + " to " + num(hi);
    }
}
