package org.radiomics4j.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of {@code radiomics}. */
interface Command {

    /** The word that selects it, e.g. {@code extract}. */
    String name();

    /** One line for the command list. */
    String summary();

    /** Full usage text. */
    String usage();

    /**
     * Usage for the words after the command name (e.g. {@code stats roc --help} prints the {@code roc}
     * sub-command's options); by default {@link #usage()}.
     */
    default String usage(List<String> args) {
        return usage();
    }

    /**
     * Runs the command.
     *
     * @return the process exit code (0 = success)
     * @throws UsageException for a bad command line
     * @throws Exception for a failure, reported as one line (with the cause chain) and exit code 1
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
