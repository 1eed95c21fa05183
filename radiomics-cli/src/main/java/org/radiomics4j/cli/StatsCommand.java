package org.radiomics4j.cli;

import java.io.PrintStream;
import java.util.List;

import org.radiomics4j.cli.stats.StatsCli;
import org.radiomics4j.cli.stats.StatsUsageException;

/** {@code radiomics stats SUBCOMMAND ...}: adapts {@link StatsCli} to the command list. */
final class StatsCommand implements Command {
    private final StatsCli cli = new StatsCli();

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String summary() {
        return cli.summary();
    }

    @Override
    public String usage() {
        return cli.usage();
    }

    @Override
    public String usage(List<String> args) {
        return cli.usage(args);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        try {
            return cli.run(args, out, err);
        } catch (StatsUsageException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
