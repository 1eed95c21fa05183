package org.radiomics4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radiomics help [COMMAND [SUB-COMMAND]]}: the generated usage of any command, nested ones included. */
@Command(name = "help", helpCommand = true, description = "print the usage of a command (all commands without one)")
final class HelpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "a command and its sub-command, e.g. stats roc")
    List<String> path = new ArrayList<>();

    @Override
    public Integer call() {
        CommandLine c = spec.commandLine().getParent();
        for (String word : path) {
            CommandLine sub = c.getSubcommands().get(word);
            if (sub == null) {
                throw new UsageException("unknown command '" + word + "'"
                        + (c.getSubcommands().isEmpty() ? "; '" + c.getCommandSpec().qualifiedName()
                                + "' has no sub-commands" : "; known: " + String.join(", ", c.getSubcommands().keySet())));
            }
            c = sub;
        }
        c.usage(spec.commandLine().getOut());
        return 0;
    }
}
