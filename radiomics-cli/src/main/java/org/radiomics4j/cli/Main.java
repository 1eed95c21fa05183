package org.radiomics4j.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code radiomics} command. {@code radiomics help} lists the commands; {@code radiomics help CMD} (or
 * {@code CMD --help}) prints one command's usage. Exit codes: 0 success, 1 failure (one line on standard error
 * naming what failed and its causes; the full exception is logged at DEBUG, shown with
 * {@code -Dorg.slf4j.simpleLogger.defaultLogLevel=debug}), 2 bad usage.
 */
public final class Main {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Main.class);
    private final Map<String, Command> commands = new LinkedHashMap<>();

    /** The command with every sub-command registered. */
    public Main() {
        for (Command c : List.of(new ExtractCommand(), new StudyCommand(), new DemoCommand(), new StatsCommand(),
                new VersionCommand())) {
            commands.put(c.name(), c);
        }
    }

    public static void main(String[] args) {
        System.exit(new Main().run(Arrays.asList(args), System.out, System.err));
    }

    /** Runs a command line (the words after {@code radiomics}); returns the exit code. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            if (args.size() >= 2 && commands.containsKey(args.get(1))) {
                out.print(commands.get(args.get(1)).usage(args.subList(2, args.size())));
                return 0;
            }
            out.print(help());
            return args.isEmpty() ? 2 : 0;
        }
        Command c = commands.get(args.get(0));
        if (c == null) {
            err.println("radiomics: unknown command '" + args.get(0) + "'");
            err.print(help());
            return 2;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(c.usage(rest));
            return 0;
        }
        try {
            return c.run(rest, out, err);
        } catch (UsageException e) {
            err.println("radiomics " + c.name() + ": " + e.getMessage());
            err.println("run 'radiomics help " + c.name() + "' for usage");
            return 2;
        } catch (Exception e) {
            err.println("radiomics " + c.name() + ": " + describe(e));
            LOG.debug("radiomics {} failed", c.name(), e);
            return 1;
        }
    }

    /** The exception's message followed by its causes' messages. */
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null && !sb.toString().contains(t.getMessage())) {
                sb.append(": ").append(t.getMessage());
            }
        }
        return sb.toString();
    }

    String help() {
        StringBuilder sb = new StringBuilder("usage: radiomics COMMAND [ARGS]\n\ncommands:\n");
        commands.values().forEach(c -> sb.append(String.format("  %-10s %s%n", c.name(), c.summary())));
        sb.append("\nradiomics help COMMAND   prints a command's options\n");
        return sb.toString();
    }
}
