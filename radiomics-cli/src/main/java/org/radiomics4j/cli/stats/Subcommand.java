package org.radiomics4j.cli.stats;

import java.io.PrintStream;
import java.util.Set;

/** One {@code radiomics stats} sub-command. */
interface Subcommand {

    /** The word that selects it, e.g. {@code roc}. */
    String name();

    /** One line for the sub-command list. */
    String summary();

    /** Full usage text. */
    String usage();

    /** Options that take a value (besides {@code --format}). */
    Set<String> valued();

    /** Options that take no value. */
    default Set<String> flags() {
        return Set.of();
    }

    /**
     * Runs the sub-command, printing a table or (with {@code --format json}) one JSON object on {@code out}.
     *
     * @return the exit code
     * @throws StatsUsageException for a bad command line or an unknown column
     * @throws Exception           for any other failure
     */
    int run(Options o, PrintStream out, PrintStream err) throws Exception;
}
