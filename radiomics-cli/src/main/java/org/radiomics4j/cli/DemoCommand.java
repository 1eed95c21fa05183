package org.radiomics4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.radiomics4j.study.demo.DemoCohort;
import org.radiomics4j.study.StudyConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code radiomics demo [--out DIR] [--seed N] [--patients N]}: generates the demo cohort and runs the study. */
@Command(name = "demo", sortOptions = false,
        description = {"Generate a synthetic two-phase, two-reader cohort and run the whole study on it.", "",
            "Generates a seeded synthetic cohort shaped like a published radiomics study (25 patients, 15 responders"
                + " with PFS > 11 months and 10 non-responders; arterial and portal CT; two readers' liver masks;"
                + " responders' livers have a planted coarser texture), writes images, masks, cases.csv, params.yaml"
                + " and study.yaml, then runs 'radiomics study' on it. The generative model is documented in the"
                + " javadoc of org.radiomics4j.study.demo.DemoCohort; truth.csv holds the planted values."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "demo-out",
            description = "folder to write (default demo-out under the current directory)")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "seed (default 1); the same seed gives the same cohort")
    long seed;

    @Option(names = "--patients", paramLabel = "N", defaultValue = "25",
            description = "number of patients (default 25; 60 %% responders)")
    int patients;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "extraction threads (default 2)")
    int threads;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new UsageException("option --threads must be >= 1 but was " + threads);
        }
        DemoCohort cohort;
        try {
            cohort = DemoCohort.builder().patients(patients).seed(seed).build();
        } catch (IllegalArgumentException e) {
            throw new UsageException("option --patients: " + e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = out.toAbsolutePath().normalize();
        long t0 = System.nanoTime();
        err.println("generating " + cohort + " into " + folder);
        DemoCohort.Written w = cohort.write(folder);
        err.println(String.format(Locale.ROOT, "generated in %.1f s", (System.nanoTime() - t0) / 1e9));
        StudyConfig config = StudyConfig.read(w.studyYaml()).withThreads(threads);
        StudyCommand.run(config, o, err);
        o.println(String.format(Locale.ROOT, "demo finished in %.1f s (planted truth: %s)",
                (System.nanoTime() - t0) / 1e9, w.truthCsv()));
        return 0;
    }
}
