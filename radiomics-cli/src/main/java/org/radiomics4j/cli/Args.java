package org.radiomics4j.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: positional arguments and {@code --name value} / {@code -x value} options. Each command
 * declares which options it takes and which of them are flags (take no value); anything else is a
 * {@link UsageException} naming the argument.
 */
final class Args {
    private final List<String> positional;
    private final Map<String, String> options;

    private Args(List<String> positional, Map<String, String> options) {
        this.positional = positional;
        this.options = options;
    }

    /**
     * Parses {@code argv}.
     *
     * @param valued option names that take a value (long names, e.g. {@code --format}); {@code aliases} maps short
     *     forms to long ones
     * @param flags option names that take no value
     */
    static Args parse(List<String> argv, Set<String> valued, Set<String> flags, Map<String, String> aliases) {
        List<String> pos = new ArrayList<>();
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < argv.size(); i++) {
            String a = argv.get(i);
            if (a.equals("--")) {
                pos.addAll(argv.subList(i + 1, argv.size()));
                break;
            }
            if (a.startsWith("-") && a.length() > 1 && !isNumber(a)) {
                String name = a;
                String value = null;
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                }
                name = aliases.getOrDefault(name, name);
                if (flags.contains(name)) {
                    if (value != null) {
                        throw new UsageException("option " + name + " takes no value but was given '" + value + "'");
                    }
                    opts.put(name, "true");
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= argv.size()) {
                            throw new UsageException("option " + name + " needs a value");
                        }
                        value = argv.get(++i);
                    }
                    if (opts.containsKey(name)) {
                        throw new UsageException("option " + name + " given twice");
                    }
                    opts.put(name, value);
                } else {
                    List<String> known = new ArrayList<>(valued);
                    known.addAll(flags);
                    throw new UsageException("unknown option '" + a + "'; known: " + String.join(", ", known.stream().sorted().toList()));
                }
            } else {
                pos.add(a);
            }
        }
        return new Args(List.copyOf(pos), opts);
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    List<String> positional() {
        return positional;
    }

    boolean has(String name) {
        return options.containsKey(name);
    }

    String get(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** A required option's value. */
    String require(String name) {
        String v = options.get(name);
        if (v == null) {
            throw new UsageException("option " + name + " is required");
        }
        return v;
    }

    int getInt(String name, int fallback) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException("option " + name + " must be an integer but was '" + v + "'");
        }
    }

    double getDouble(String name, double fallback) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new UsageException("option " + name + " must be a number but was '" + v + "'");
        }
    }

    /** An option whose value must be one of {@code allowed}. */
    String choice(String name, String fallback, String... allowed) {
        String v = get(name, fallback);
        for (String a : allowed) {
            if (a.equals(v)) {
                return v;
            }
        }
        throw new UsageException("option " + name + " must be one of " + String.join(", ", allowed) + " but was '" + v + "'");
    }
}
