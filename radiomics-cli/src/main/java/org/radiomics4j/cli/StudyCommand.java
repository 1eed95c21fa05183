package org.radiomics4j.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.radiomics4j.examples.study.StudyConfig;
import org.radiomics4j.examples.study.StudyReports;
import org.radiomics4j.examples.study.StudyRun;
import org.radiomics4j.examples.study.StudyRunner;

/** {@code radiomics study CONFIG.yaml [--out DIR] [--threads N]}: runs a whole study described by a YAML file. */
final class StudyCommand implements Command {

    @Override
    public String name() {
        return "study";
    }

    @Override
    public String summary() {
        return "run a radiomics study (extraction, statistics, report) from a YAML configuration";
    }

    @Override
    public String usage() {
        return """
                usage: radiomics study CONFIG.yaml [options]

                Runs the study described by CONFIG.yaml (format: docs/study-config.md): reads the cases file,
                extracts the features of every patient, phase and reader (or reads a feature table), compares the
                groups, and writes features.csv, one cohort table per phase and the report into the output folder.
                Progress goes to standard error; a summary of the findings to standard output.
                A case whose image cannot be read or whose extraction fails is listed and left out.

                options:
                  -o, --out DIR      output folder (overrides 'output' of the configuration)
                  --threads N        extraction threads (overrides 'threads' of the configuration)
                """;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
        Args a = Args.parse(argv, Set.of("--out", "--threads"), Set.of(), Map.of("-o", "--out"));
        if (a.positional().size() != 1) {
            throw new UsageException("study needs exactly one CONFIG.yaml but got " + a.positional().size()
                    + " arguments: " + a.positional());
        }
        StudyConfig config = StudyConfig.read(Path.of(a.positional().get(0)));
        if (a.has("--out")) {
            config = config.withOutput(Path.of(a.get("--out", null)));
        }
        if (a.has("--threads")) {
            int t = a.getInt("--threads", 1);
            if (t < 1) {
                throw new UsageException("option --threads must be >= 1 but was " + t);
            }
            config = config.withThreads(t);
        }
        run(config, out, err);
        return 0;
    }

    /** Runs the study, writes the report and prints where it is and the summary. */
    static StudyRun run(StudyConfig config, PrintStream out, PrintStream err) {
        String v = Main.class.getPackage().getImplementationVersion();
        StudyRunner runner = StudyRunner.of(config).withProgress(err::println);
        if (v != null) {
            runner = runner.withSoftwareVersion(v);
        }
        StudyRun run = runner.run();
        Path report = StudyReports.write(run, LocalDate.now(ZoneOffset.UTC));
        out.println("features: " + run.featuresCsv());
        out.println("report:   " + report);
        out.print(run.summary());
        return run;
    }
}
