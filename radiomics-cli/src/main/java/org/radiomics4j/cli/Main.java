package org.radiomics4j.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.radiomics4j.cli.stats.StatsCommand;
import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.NearestName;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code radiomics} command, parsed by picocli. {@code radiomics help} lists the commands;
 * {@code radiomics help CMD [SUB]} (or {@code CMD [SUB] --help}) prints one command's usage.
 *
 * <p>Exit codes, the same for every command: 0 success; 1 a processing error (one line on standard error naming
 * what failed and its causes; the full exception is logged at DEBUG, shown with
 * {@code -Dorg.slf4j.simpleLogger.defaultLogLevel=debug}); 2 a usage error (unknown command or option, a missing
 * or malformed value, a value out of range, a column the CSV does not have: the message on standard error, then
 * where to find the usage); {@code batch} only: 3 the batch finished but some cases failed (error rows).
 */
public final class Main {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Main.class);

    /** Exit code of a processing error. */
    public static final int EXIT_FAILURE = 1;
    /** Exit code of a usage error. */
    public static final int EXIT_USAGE = 2;

    public static void main(String[] args) {
        System.exit(new Main().run(Arrays.asList(args), System.out, System.err));
    }

    /** Runs a command line (the words after {@code radiomics}); returns the exit code. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            CommandLine cl = args.isEmpty() ? commandLine() : commandLineFor(args.get(0));
            cl.setOut(o);
            cl.setErr(e);
            return cl.execute(args.toArray(String[]::new));
        } catch (OutOfMemoryError oom) {
            // picocli hands only exceptions to the handler; an Error would end the JVM with a stack trace
            e.println("radiomics" + (args.isEmpty() ? "" : " " + args.get(0)) + ": out of memory (" + oom.getMessage()
                    + "; maximum heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB): give the JVM more, e.g."
                    + " RADIOMICS_JAVA_OPTS=-Xmx4g, or crop the image first");
            LOG.debug("out of memory", oom);
            return EXIT_FAILURE;
        } finally {
            o.flush();
            e.flush();
        }
    }

    /** The whole command tree with its conventions (also used to generate the bash completion script). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Root());
        cl.addSubcommand(new ExtractCommand());
        cl.addSubcommand(new BatchCommand());
        cl.addSubcommand(new StudyCommand());
        cl.addSubcommand(new DemoCommand());
        cl.addSubcommand(StatsCommand.commandLine());
        cl.addSubcommand(new VersionCommand());
        cl.addSubcommand(new HelpCommand());
        return conventions(cl);
    }

    /**
     * The command tree for a command line starting with {@code first}: for {@code extract} and {@code batch} only
     * that command under the root (picocli builds each command's model by reflection, and the statistics commands
     * alone cost a noticeable part of a small extraction's start-up); for anything else the whole tree, so that help,
     * unknown commands and the other commands behave as with {@link #commandLine()}.
     */
    static CommandLine commandLineFor(String first) {
        if (first.equals("extract") || first.equals("batch")) {
            CommandLine cl = new CommandLine(new Root());
            cl.addSubcommand(first.equals("extract") ? new ExtractCommand() : new BatchCommand());
            return conventions(cl);
        }
        return commandLine();
    }

    private static CommandLine conventions(CommandLine cl) {
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof UsageException) {
                return usageError(c, ex.getMessage());
            }
            c.getErr().println(c.getCommandSpec().qualifiedName() + ": " + RadiomicsException.messageChain(ex));
            LOG.debug("{} failed", c.getCommandSpec().qualifiedName(), ex);
            return EXIT_FAILURE;
        });
        return cl;
    }

    private static int usageError(ParameterException ex, String[] args) {
        CommandLine c = ex.getCommandLine();
        String message = ex.getMessage();
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            if (first.startsWith("-") && first.length() > 1) {
                String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
                String near = nearestOption(name, c);
                message = "unknown option '" + name + "'" + (near == null ? "" : "; did you mean " + near + "?");
            } else if (!c.getSubcommands().isEmpty()) {
                message = "unknown " + (c.getParent() == null ? "command" : "sub-command") + " '" + first
                        + "'; known: " + String.join(", ", c.getSubcommands().keySet());
            } else {
                message = "unexpected argument '" + first + "'";
            }
        }
        return usageError(c, message);
    }

    private static int usageError(CommandLine c, String message) {
        String name = c.getCommandSpec().qualifiedName();
        c.getErr().println(name + ": " + message);
        c.getErr().println("run '" + helpCommand(c) + "' for usage");
        return EXIT_USAGE;
    }

    /**
     * The option of {@code c} nearest to {@code name} (case-insensitive Levenshtein distance at most 3, see
     * {@link NearestName}), or null.
     */
    static String nearestOption(String name, CommandLine c) {
        return NearestName.nearest(name, c.getCommandSpec().optionsMap().keySet(), 3);
    }

    /** {@code radiomics help stats roc} for the command {@code radiomics stats roc}. */
    static String helpCommand(CommandLine c) {
        String q = c.getCommandSpec().qualifiedName();
        int sp = q.indexOf(' ');
        return sp < 0 ? "radiomics help" : "radiomics help" + q.substring(sp);
    }

    /** {@code radiomics} without a command: the command list on standard error, exit code 2. */
    @Command(name = "radiomics", synopsisSubcommandLabel = "COMMAND",
            description = "Radiomic features from medical images and the statistics of a radiomics study.",
            footer = {"", "radiomics help COMMAND [SUB-COMMAND] (or COMMAND --help) prints a command's options.",
                "Exit codes: 0 success, 1 processing error, 2 usage error (batch: 3 finished with failed cases)."})
    static final class Root implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT,
                description = "print this command's usage and exit")
        boolean help;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return EXIT_USAGE;
        }
    }
}
