package org.radiomics4j.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Values of an option that must be one of a closed list. One convention for every command: the value is matched
 * ignoring case and returned in the list's spelling; anything else is a {@link UsageException} naming the option,
 * the allowed values and the value given.
 */
public final class Choices {
    private Choices() {
    }

    /** {@code value} (or {@code fallback} if null) in the spelling of {@code allowed}. */
    public static String check(String option, String value, String fallback, String... allowed) {
        String v = value == null ? fallback : value;
        for (String a : allowed) {
            if (a.equalsIgnoreCase(v)) {
                return a;
            }
        }
        throw new UsageException("option " + option + " must be one of " + String.join(", ", allowed) + " but was '"
                + v + "'");
    }

    /**
     * A comma-separated list of names (blank items dropped, items trimmed).
     *
     * @throws UsageException if no name is left
     */
    public static List<String> names(String option, String value) {
        List<String> out = new ArrayList<>();
        if (value != null) {
            for (String s : value.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        if (out.isEmpty()) {
            throw new UsageException("option " + option + " needs at least one name but was '"
                    + (value == null ? "" : value) + "'");
        }
        return out;
    }

    /** A comma-separated list of numbers. */
    public static double[] numbers(String option, String value) {
        List<String> items = names(option, value);
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = Double.parseDouble(items.get(i));
            } catch (NumberFormatException e) {
                throw new UsageException("option " + option + " must list numbers but has '" + items.get(i) + "'");
            }
        }
        return out;
    }

    /** Completion candidates: picocli needs a class with a no-argument constructor per list. */
    public static class Format extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        public Format() {
            super(List.of("table", "json"));
        }
    }
}
