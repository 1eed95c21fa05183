package org.radiomics4j.cli.stats;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code radiomics stats SUB-COMMAND [options]}: the statistics of a radiomics study on a CSV cohort, one method per
 * sub-command, backed by the {@code radiomics-stats} module. Each prints an aligned table, or with
 * {@code --format json} one JSON object {@code {command, input, settings, result}}. Rows with a missing value in a
 * used column are excluded and counted in the output. See {@code docs/stats-cli.md}.
 */
@Command(name = "stats", synopsisSubcommandLabel = "SUB-COMMAND", commandListHeading = "%nsub-commands:%n",
        description = "statistics on a CSV cohort (describe, compare, roc, survival, logistic, icc, ...)",
        footer = {"", "Common options of every sub-command: --csv FILE (header row; missing values: empty, NA, NaN),"
            + " --delimiter C, --categorical A,B,..., --format table|json.",
            "Rows with a missing value in a used column are excluded and counted in the output.",
            "radiomics help stats SUB-COMMAND (or stats SUB-COMMAND --help) prints a sub-command's options."})
public final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The {@code stats} command with every sub-command. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new StatsCommand());
        for (Object c : new Object[] {new DescribeCommand(), new CompareCommand(), new CategoricalCommand(),
            new RocCommand(), new SurvivalCommand(), new LogisticCommand(), new IccCommand(), new AdjustCommand(),
            new AdasynCommand()}) {
            cl.addSubcommand(c);
        }
        return cl;
    }

    /** {@code radiomics stats} alone: the sub-command list on standard error, exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
