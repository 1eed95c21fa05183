package org.radiomics4j.cli.stats;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code radiomics stats SUBCOMMAND [options]}: the statistics of a radiomics study on a CSV cohort, one method per
 * sub-command, backed by the {@code radiomics-stats} module. Each prints an aligned table, or with
 * {@code --format json} one JSON object {@code {command, input, settings, result}}. Rows with a missing value in a
 * used column are excluded and counted in the output. See {@code docs/stats-cli.md}.
 *
 * <p>Exit codes: 0 success; a {@link StatsUsageException} (bad option, unknown column) is meant to give 2, any other
 * exception 1 (the caller, {@code org.radiomics4j.cli.Main}, maps them).
 */
public final class StatsCli {
    private final Map<String, Subcommand> commands = new LinkedHashMap<>();

    /** The CLI with every sub-command. */
    public StatsCli() {
        for (Subcommand c : List.of(new DescribeCommand(), new CompareCommand(), new CategoricalCommand(),
                new RocCommand(), new SurvivalCommand(), new LogisticCommand(), new IccCommand(), new AdjustCommand(),
                new AdasynCommand())) {
            commands.put(c.name(), c);
        }
    }

    /** One line for {@code radiomics help}. */
    public String summary() {
        return "statistics on a CSV cohort (describe, compare, roc, survival, logistic, icc, ...)";
    }

    /** The sub-command list. */
    public String usage() {
        StringBuilder sb = new StringBuilder("usage: radiomics stats SUBCOMMAND [options]\n\nsub-commands:\n");
        commands.values().forEach(c -> sb.append(String.format("  %-12s %s%n", c.name(), c.summary())));
        sb.append("""

                common options:
                  --csv FILE        the cohort: CSV with a header row (missing: empty, NA, NaN)
                  --format F        table (default) or json (one object: command, input, settings, result)

                Rows with a missing value in a used column are excluded and counted in the output.
                radiomics stats SUBCOMMAND --help   prints a sub-command's options
                """);
        return sb.toString();
    }

    /**
     * The usage for a command line: a sub-command's options if {@code args} starts with a known sub-command,
     * otherwise the sub-command list.
     */
    public String usage(List<String> args) {
        if (!args.isEmpty() && commands.containsKey(args.get(0))) {
            return commands.get(args.get(0)).usage();
        }
        return usage();
    }

    /**
     * Runs {@code args} (the words after {@code stats}).
     *
     * @return the exit code (2 when no sub-command is given: the list is printed)
     * @throws StatsUsageException for a bad command line or unknown column
     * @throws Exception           for any other failure
     */
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.isEmpty()) {
            out.print(usage());
            return 2;
        }
        Subcommand c = commands.get(args.get(0));
        if (c == null) {
            throw new StatsUsageException("unknown stats sub-command '" + args.get(0) + "'; known: "
                    + String.join(", ", commands.keySet()));
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(c.usage());
            return 0;
        }
        Set<String> valued = new HashSet<>(c.valued());
        valued.add("--format");
        return c.run(Options.parse(c.name(), rest, valued, c.flags()), out, err);
    }
}
