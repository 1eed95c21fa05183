package org.radiomics4j.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code radiomics version}: the SDK, Java and OS versions (what a report's methods section cites). */
@Command(name = "version", description = "print radiomics4j, Java and OS versions")
final class VersionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String v = Main.class.getPackage().getImplementationVersion();
        var out = spec.commandLine().getOut();
        out.println("radiomics4j " + (v == null ? "(development build)" : v));
        out.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        out.println(System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return 0;
    }
}
