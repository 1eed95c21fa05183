package org.radiomics4j.study.report;

/** HTML text escaping for the report (package-private). */
final class Html {
    private Html() {
    }

    /** Escapes {@code & < > " '} so that any text is safe in element content and quoted attributes. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** {@link #escape} plus a {@code <wbr>} after each underscore so long feature names can wrap. */
    static String breakable(String s) {
        return escape(s).replace("_", "_<wbr>");
    }
}
