package org.radiomics4j.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code radiomics version}: the SDK, Java and OS versions (what a report's methods section cites). */
final class VersionCommand implements Command {

    @Override
    public String name() {
        return "version";
    }

    @Override
    public String summary() {
        return "print radiomics4j, Java and OS versions";
    }

    @Override
    public String usage() {
        return "usage: radiomics version\n";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            throw new UsageException("version takes no arguments but got " + args);
        }
        String v = Main.class.getPackage().getImplementationVersion();
        out.println("radiomics4j " + (v == null ? "(development build)" : v));
        out.println("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        out.println(System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return 0;
    }
}
