package org.radiomics4j.cli.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parsed options of one stats sub-command: {@code --name value}, {@code --name=value} and flags. Unknown options,
 * missing values and positional arguments are {@link StatsUsageException}s naming the argument.
 */
final class Options {
    private final String command;
    private final Map<String, String> values;

    private Options(String command, Map<String, String> values) {
        this.command = command;
        this.values = values;
    }

    static Options parse(String command, List<String> argv, Set<String> valued, Set<String> flags) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < argv.size(); i++) {
            String a = argv.get(i);
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (name.equals("-o")) {
                name = "--output";
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new StatsUsageException("option " + name + " takes no value but was given '" + value + "'");
                }
                opts.put(name, "true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= argv.size()) {
                        throw new StatsUsageException("option " + name + " needs a value");
                    }
                    value = argv.get(++i);
                }
                if (opts.containsKey(name)) {
                    throw new StatsUsageException("option " + name + " given twice");
                }
                opts.put(name, value);
            } else {
                Set<String> known = new TreeSet<>(valued);
                known.addAll(flags);
                throw new StatsUsageException((a.startsWith("-") ? "unknown option '" : "unexpected argument '") + a
                        + "' for 'stats " + command + "'; known options: " + String.join(", ", known));
            }
        }
        return new Options(command, opts);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    String require(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new StatsUsageException("'stats " + command + "' needs option " + name);
        }
        return v;
    }

    /** A comma-separated list (blank items dropped). */
    List<String> list(String name) {
        List<String> out = new ArrayList<>();
        for (String s : require(name).split(",")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        if (out.isEmpty()) {
            throw new StatsUsageException("option " + name + " needs at least one name but was '" + get(name, "")
                    + "'");
        }
        return out;
    }

    double getDouble(String name, double fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new StatsUsageException("option " + name + " must be a number but was '" + v + "'");
        }
    }

    long getLong(String name, long fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new StatsUsageException("option " + name + " must be an integer but was '" + v + "'");
        }
    }

    /** An option whose value must be one of {@code allowed} (case-insensitive; returned in lower case). */
    String choice(String name, String fallback, String... allowed) {
        String v = get(name, fallback);
        for (String a : allowed) {
            if (a.equalsIgnoreCase(v)) {
                return a;
            }
        }
        throw new StatsUsageException("option " + name + " must be one of " + String.join(", ", allowed)
                + " but was '" + v + "'");
    }

    /** Whether the output format is JSON ({@code --format json}); table otherwise. */
    boolean json() {
        return choice("--format", "table", "table", "json").equals("json");
    }
}
