package org.radiomics4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

import org.radiomics4j.study.StudyConfig;
import org.radiomics4j.study.StudyReports;
import org.radiomics4j.study.StudyRun;
import org.radiomics4j.study.StudyRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radiomics study CONFIG.yaml [--out DIR] [--threads N] [--resume]}: runs a whole study described by a YAML file. */
@Command(name = "study", sortOptions = false,
        description = {"Run a radiomics study (extraction, statistics, report) from a YAML configuration.", "",
            "Runs the study described by CONFIG.yaml (format: docs/study-config.md): reads the cases file, extracts the"
                + " features of every patient, phase and reader (or reads a feature table), compares the groups,"
                + " and writes features.csv, one cohort table per phase and the report into the output folder."
                + " Progress goes to standard error; a summary of the findings to standard output. A case whose"
                + " image cannot be read or whose extraction fails is listed and left out."})
final class StudyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG.yaml", description = "the study configuration")
    Path config;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "output folder (overrides 'output' of the configuration)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "extraction threads (overrides 'threads' of the configuration)")
    Integer threads;

    @Option(names = "--resume", description = "keep the extractions already in OUTPUT/extraction-batch.csv (an "
            + "interrupted run) and compute only the missing ones; use the same configuration and parameter file")
    boolean resume;

    @Override
    public Integer call() throws Exception {
        if (threads != null && threads < 1) {
            throw new UsageException("option --threads must be >= 1 but was " + threads);
        }
        StudyConfig c = StudyConfig.read(config);
        if (out != null) {
            c = c.withOutput(out);
        }
        if (threads != null) {
            c = c.withThreads(threads);
        }
        run(c, resume, spec.commandLine().getOut(), spec.commandLine().getErr());
        return 0;
    }

    /** Runs the study, writes the report and prints where it is and the summary. */
    static StudyRun run(StudyConfig config, PrintWriter out, PrintWriter err) {
        return run(config, false, out, err);
    }

    /** As {@link #run(StudyConfig, PrintWriter, PrintWriter)}, resuming an interrupted extraction if asked. */
    static StudyRun run(StudyConfig config, boolean resume, PrintWriter out, PrintWriter err) {
        String v = Main.class.getPackage().getImplementationVersion();
        StudyRunner runner = StudyRunner.of(config).withProgress(err::println).withResume(resume);
        if (v != null) {
            runner = runner.withSoftwareVersion(v);
        }
        StudyRun run = runner.run();
        Path report = StudyReports.write(run, LocalDate.now(ZoneOffset.UTC));
        out.println("features: " + run.featuresCsv());
        out.println("report:   " + report);
        out.print(run.summary());
        out.flush();
        return run;
    }
}
