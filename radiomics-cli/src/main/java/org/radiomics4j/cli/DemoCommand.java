package org.radiomics4j.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.radiomics4j.examples.demo.DemoCohort;
import org.radiomics4j.examples.study.StudyConfig;

/** {@code radiomics demo [--out DIR] [--seed N] [--patients N]}: generates the demo cohort and runs the study. */
final class DemoCommand implements Command {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "generate a synthetic two-phase, two-reader cohort and run the whole study on it";
    }

    @Override
    public String usage() {
        return """
                usage: radiomics demo [options]

                Generates a seeded synthetic cohort shaped like a published radiomics study (25 patients,
                15 responders with PFS > 11 months and 10 non-responders; arterial and portal CT; two readers'
                liver masks; responders' livers have a planted coarser texture), writes images, masks, cases.csv,
                params.yaml and study.yaml, then runs 'radiomics study' on it. The generative model is documented
                in the javadoc of org.radiomics4j.examples.demo.DemoCohort; truth.csv holds the planted values.

                options:
                  -o, --out DIR      folder to write (default demo-out under the current directory)
                  --seed N           seed (default 1); the same seed gives the same cohort
                  --patients N       number of patients (default 25; 60 % responders)
                  --threads N        extraction threads (default 2)
                """;
    }

    @Override
    public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
        Args a = Args.parse(argv, Set.of("--out", "--seed", "--patients", "--threads"), Set.of(),
                Map.of("-o", "--out"));
        if (!a.positional().isEmpty()) {
            throw new UsageException("demo takes no positional arguments but got " + a.positional());
        }
        Path folder = Path.of(a.get("--out", "demo-out")).toAbsolutePath().normalize();
        long seed;
        try {
            seed = Long.parseLong(a.get("--seed", "1"));
        } catch (NumberFormatException e) {
            throw new UsageException("option --seed must be an integer but was '" + a.get("--seed", "") + "'");
        }
        int patients = a.getInt("--patients", 25);
        int threads = a.getInt("--threads", 2);
        if (threads < 1) {
            throw new UsageException("option --threads must be >= 1 but was " + threads);
        }
        DemoCohort cohort;
        try {
            cohort = DemoCohort.builder().patients(patients).seed(seed).build();
        } catch (IllegalArgumentException e) {
            throw new UsageException("option --patients: " + e.getMessage());
        }
        long t0 = System.nanoTime();
        err.println("generating " + cohort + " into " + folder);
        DemoCohort.Written w = cohort.write(folder);
        err.println(String.format(Locale.ROOT, "generated in %.1f s", (System.nanoTime() - t0) / 1e9));
        StudyConfig config = StudyConfig.read(w.studyYaml()).withThreads(threads);
        StudyCommand.run(config, out, err);
        out.println(String.format(Locale.ROOT, "demo finished in %.1f s (planted truth: %s)",
                (System.nanoTime() - t0) / 1e9, w.truthCsv()));
        return 0;
    }
}
