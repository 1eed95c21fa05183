package org.radiomics4j.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.io.ParameterFiles;
import org.radiomics4j.io.batch.BatchCases;
import org.radiomics4j.io.batch.BatchConfig;
import org.radiomics4j.io.batch.BatchExtractor;
import org.radiomics4j.io.batch.BatchListener;
import org.radiomics4j.io.batch.BatchProgress;
import org.radiomics4j.io.batch.BatchSummary;
import org.radiomics4j.io.batch.CaseResult;
import org.radiomics4j.io.batch.OnCaseError;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radiomics batch CASES.csv -p params.yaml -o features.csv [--jobs N] [--resume | --overwrite]}. */
@Command(name = "batch", sortOptions = false,
        description = {"Extract features for many cases (PyRadiomics' batch input: a CSV with columns Image, Mask, "
                + "optional Label, and any others, passed through) into one CSV, one row per case, in parallel.",
            "A failed case becomes an error row (Error column) and the batch goes on. Each finished row is written "
                + "at once, so a stopped batch can be completed with --resume without recomputing finished cases; "
                + "at the end the rows are put in input order.",
            "Output columns: Case (the row number in CASES), the cases file's columns, Error, then the "
                + "diagnostics_* and features as 'extract --format csv' writes them."},
        footer = {"", "Exit codes: 0 every case succeeded; 3 the batch finished but some cases failed (their error "
                + "rows are in the output, a summary on standard error); 1 the batch could not run or was stopped "
                + "(cases file unreadable, output not writable); 2 usage error (also: the output exists and neither "
                + "--resume nor --overwrite was given).",
            "example: radiomics batch cases.csv -p params.yaml -o features.csv --jobs 4 --resume"})
final class BatchCommand implements Callable<Integer> {
    /** Exit code of a batch that finished with failed cases. */
    static final int EXIT_FAILED_CASES = 3;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASES",
            description = "cases file (CSV, header Image,Mask[,Label][,...]; relative paths are taken from its folder)")
    Path cases;

    @Option(names = {"-p", "--params"}, paramLabel = "FILE",
            description = "PyRadiomics YAML parameter file for every case (default: PyRadiomics' defaults)")
    Path params;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "the output CSV")
    Path output;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "1",
            description = "cases extracted at once (default 1); results do not depend on it")
    int jobs;

    @Option(names = "--resume", description = "keep the rows of an existing output and compute only the missing cases")
    boolean resume;

    @Option(names = "--overwrite", description = "replace an existing output")
    boolean overwrite;

    @Option(names = "--on-error", paramLabel = "P", completionCandidates = Policies.class,
            description = "record (default: error row, go on) or stop (at the first failed case, exit 1)")
    String onError;

    @Option(names = "--progress", paramLabel = "M", completionCandidates = ProgressModes.class,
            description = "auto (default: a bar on a terminal, lines otherwise), bar, lines or none")
    String progress;

    @Override
    public Integer call() throws Exception {
        String policy = Choices.check("--on-error", onError, "record", "record", "stop");
        String mode = Choices.check("--progress", progress, "auto", "auto", "bar", "lines", "none");
        if (jobs < 1) {
            throw new UsageException("option --jobs must be >= 1 but was " + jobs);
        }
        if (resume && overwrite) {
            throw new UsageException("options --resume and --overwrite exclude each other (--resume keeps the rows of "
                    + output + ", --overwrite discards them)");
        }
        if (!Files.exists(cases)) {
            throw new UsageException("cases file " + cases + " does not exist");
        }
        if (Files.exists(output) && !resume && !overwrite) {
            throw new UsageException(output + " exists: add --resume to complete it (its finished rows are kept) or "
                    + "--overwrite to replace it");
        }
        OutputFiles.checkWritable(output, "-o");
        ExtractionSettings settings = params != null ? ParameterFiles.read(params) : ExtractionSettings.defaults();
        BatchCases batch = BatchCases.read(cases);
        BatchConfig config = BatchConfig.defaults().withJobs(jobs).withResume(resume).withOverwrite(overwrite)
                .withOnCaseError(OnCaseError.valueOf(policy.toUpperCase(Locale.ROOT)));
        if ("auto".equals(mode)) {
            mode = System.console() != null ? "bar" : "lines";
        }
        PrintWriter err = spec.commandLine().getErr();
        BatchListener listener = switch (mode) {
            case "bar" -> new Bar(err);
            case "lines" -> new Lines(err);
            default -> BatchListener.NONE;
        };
        BatchSummary s = BatchExtractor.of(settings, config).run(batch, output, listener);
        err.println("batch: " + s.total() + " cases, " + s.succeeded() + " succeeded, " + s.failed() + " failed"
                + (s.resumed() > 0 ? ", " + s.resumed() + " kept from the existing output" : "") + "; wrote "
                + output + " in " + clock(s.elapsed()));
        for (BatchSummary.Failure f : s.failures()) {
            err.println("  case " + f.caseIndex() + " failed: " + f.error());
        }
        err.flush();
        return s.failed() > 0 ? EXIT_FAILED_CASES : 0;
    }

    /** {@code 1:02:03} or {@code 2:03}. */
    static String clock(Duration d) {
        long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    private static String eta(BatchProgress p) {
        return p.eta().map(BatchCommand::clock).orElse("?");
    }

    /** Plain progress lines (not a terminal): one per finished case. */
    static final class Lines implements BatchListener {
        private final PrintWriter err;

        Lines(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void batchStarted(BatchProgress p) {
            err.println("batch: " + p.total() + " cases" + (p.resumed() > 0 ? ", " + p.resumed()
                    + " already in the output" : ""));
            err.flush();
        }

        @Override
        public void caseFinished(CaseResult r, BatchProgress p) {
            line(r, p, "done");
        }

        @Override
        public void caseFailed(CaseResult r, BatchProgress p) {
            line(r, p, "FAILED: " + r.error());
        }

        private void line(CaseResult r, BatchProgress p, String what) {
            err.println("batch: " + p.done() + "/" + p.total() + " case " + r.batchCase().index() + " " + what
                    + " (" + p.failed() + " failed, elapsed " + clock(p.elapsed()) + ", ETA " + eta(p) + ")");
            err.flush();
        }
    }

    /** A progress bar redrawn in place on a terminal. */
    static final class Bar implements BatchListener {
        private static final int WIDTH = 30;
        private final PrintWriter err;

        Bar(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void batchStarted(BatchProgress p) {
            draw(p);
        }

        @Override
        public void caseFinished(CaseResult r, BatchProgress p) {
            draw(p);
        }

        @Override
        public void caseFailed(CaseResult r, BatchProgress p) {
            err.print("\r\033[K");
            err.println("case " + r.batchCase().index() + " failed: " + r.error());
            draw(p);
        }

        @Override
        public void batchFinished(BatchSummary s) {
            err.println();
            err.flush();
        }

        private void draw(BatchProgress p) {
            int filled = p.total() == 0 ? WIDTH : (int) ((long) WIDTH * p.done() / p.total());
            err.print("\r\033[K[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + p.done() + "/"
                    + p.total() + (p.failed() > 0 ? " (" + p.failed() + " failed)" : "") + " elapsed "
                    + clock(p.elapsed()) + " ETA " + eta(p));
            err.flush();
        }
    }

    /** Completion candidates of --on-error. */
    static final class Policies extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Policies() {
            super(List.of("record", "stop"));
        }
    }

    /** Completion candidates of --progress. */
    static final class ProgressModes extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        ProgressModes() {
            super(List.of("auto", "bar", "lines", "none"));
        }
    }
}
