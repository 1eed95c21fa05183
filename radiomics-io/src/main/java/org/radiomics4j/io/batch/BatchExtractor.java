package org.radiomics4j.io.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.extract.ExecutionSettings;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.FeatureSet;
import org.radiomics4j.core.extract.RadiomicsExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts the features of many cases, in parallel, each exactly as single-case extraction does
 * ({@link RadiomicsExtractor#of}{@code (settings.withLabel(Label), execution)}{@code .extract(image, mask)}, the
 * code path of {@link org.radiomics4j.io.Radiomics#extract} and {@code radiomics extract}), into one CSV table.
 *
 * <pre>{@code
 * BatchSummary s = BatchExtractor.of(ParameterFiles.read(Path.of("params.yaml")),
 *                                    BatchConfig.defaults().withJobs(4).withResume(true))
 *         .run(BatchCases.read(Path.of("cases.csv")), Path.of("features.csv"), BatchListener.NONE);
 * }</pre>
 *
 * <p>Guarantees of {@link #run}:
 * <ul>
 * <li>one row per case (layout in {@link BatchRows}); a case that fails becomes an error row and the batch goes
 *     on (or stops, under {@link OnCaseError#STOP});</li>
 * <li>each finished case's row is appended to the output and flushed before the next is taken, so a stopped batch
 *     (killed, interrupted, crashed) loses at most the cases that were running; with {@code resume} a new run keeps
 *     every complete row (a truncated last line is dropped and its case computed again) and computes the rest;</li>
 * <li>at the end the file is rewritten with its rows in input order ({@code Case} ascending) and the union of the
 *     columns, so the final file does not depend on the jobs, the completion order or on interruptions: a resumed
 *     batch ends with the same bytes as an uninterrupted one;</li>
 * <li>an existing output is never replaced unless {@code overwrite} (or extended unless {@code resume}).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe. A distributed runner (one Spark partition) calls {@link #extract(BatchCase)} per
 * case (it never throws for a failing case) and lays out rows with {@link BatchRows#values}, or
 * {@link #extractAll} for a whole partition in memory, with its own {@link CaseReader}.
 */
public final class BatchExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(BatchExtractor.class);

    private final ExtractionSettings settings;
    private final ExecutionSettings execution;
    private final BatchConfig config;
    private final CaseReader reader;

    private BatchExtractor(ExtractionSettings settings, ExecutionSettings execution, BatchConfig config,
            CaseReader reader) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.execution = Objects.requireNonNull(execution, "execution");
        this.config = Objects.requireNonNull(config, "config");
        this.reader = reader;
    }

    /**
     * A batch extractor that reads local files, relative paths resolved against the cases file's folder (see
     * {@link CaseReader#files}); each case is extracted with the default {@link ExecutionSettings}.
     */
    public static BatchExtractor of(ExtractionSettings settings, BatchConfig config) {
        return of(settings, ExecutionSettings.defaults(), config);
    }

    /**
     * As {@link #of(ExtractionSettings, BatchConfig)}, each case extracted as {@code execution} says (threads per
     * case, feature kernel backend, failure policy within a case; none changes a value).
     */
    public static BatchExtractor of(ExtractionSettings settings, ExecutionSettings execution, BatchConfig config) {
        return new BatchExtractor(settings, execution, config, null);
    }

    /** A copy that reads cases with the given reader (for example through Hadoop's FileSystem API). */
    public BatchExtractor withReader(CaseReader r) {
        return new BatchExtractor(settings, execution, config, Objects.requireNonNull(r, "reader"));
    }

    /** A copy with another batch config. */
    public BatchExtractor withConfig(BatchConfig c) {
        return new BatchExtractor(settings, execution, c, reader);
    }

    /** A copy extracting each case as {@code x} says. */
    public BatchExtractor withExecution(ExecutionSettings x) {
        return new BatchExtractor(settings, x, config, reader);
    }

    public ExtractionSettings settings() {
        return settings;
    }

    /** How each case is extracted (threads per case, backend, failure policy). */
    public ExecutionSettings execution() {
        return execution;
    }

    public BatchConfig config() {
        return config;
    }

    /**
     * Extracts one case with this extractor's reader (local files resolved against the working directory if none
     * was set); never throws for a failing case, whose message (and its causes') becomes the result's error.
     */
    public CaseResult extract(BatchCase c) {
        return extract(c, reader != null ? reader : CaseReader.files(Path.of("")));
    }

    private CaseResult extract(BatchCase c, CaseReader r) {
        try {
            ExtractionSettings s = settings;
            if (c.label().isPresent()) {
                s = s.withLabel(c.label().getAsInt());
            }
            CaseReader.Input in = r.read(c);
            FeatureSet fs = RadiomicsExtractor.of(s, execution).extract(in.image(), in.mask());
            return CaseResult.success(c, fs);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            LOG.debug("case {} ({}, {}) failed", c.index(), c.image(), c.mask(), e);
            return CaseResult.failure(c, RadiomicsException.messageChain(e));
        }
    }

    /**
     * Extracts the cases in memory, on {@link BatchConfig#jobs()} threads, and returns their results in the order
     * given (no file, no resume). Listener calls as in {@link #run}, with {@code resumed} 0.
     *
     * @throws BatchInterruptedException if the calling thread is interrupted
     */
    public List<CaseResult> extractAll(List<BatchCase> cases, BatchListener listener) {
        CaseReader r = reader != null ? reader : CaseReader.files(Path.of(""));
        CaseResult[] out = new CaseResult[cases.size()];
        Map<Integer, Integer> position = new java.util.HashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            position.put(cases.get(i).index(), i);
        }
        execute(cases, r, 0, cases.size(), 0, listener, res -> out[position.get(res.batchCase().index())] = res);
        return List.of(out);
    }

    /**
     * Runs the batch into {@code output} (see the class comment for the guarantees).
     *
     * @return what the run did; failed cases are in the summary, not thrown
     * @throws BatchException if the output exists without resume or overwrite, does not belong to these cases, or
     *     cannot be written; or under {@link OnCaseError#STOP} when a case fails
     * @throws BatchInterruptedException if the calling thread is interrupted (the finished rows stay in the file)
     */
    public BatchSummary run(BatchCases cases, Path output, BatchListener listener) {
        return run(cases, output, listener, null);
    }

    /**
     * Runs the batch into {@code output} as {@link #run} does, and returns every case's result in input order: the
     * computed ones and, with resume, the kept ones read back from their rows ({@link BatchRows#result}; numbers
     * are written with {@link Double#toString} and so read back to the same doubles).
     *
     * @throws BatchException as {@link #run}, or if a kept row cannot be read back
     * @throws BatchInterruptedException as {@link #run}
     */
    public List<CaseResult> runAndCollect(BatchCases cases, Path output, BatchListener listener) {
        List<CaseResult> out = new ArrayList<>();
        run(cases, output, listener, out);
        return List.copyOf(out);
    }

    private BatchSummary run(BatchCases cases, Path output, BatchListener listener, List<CaseResult> collect) {
        Objects.requireNonNull(listener, "listener");
        CaseReader r = reader != null ? reader : CaseReader.files(cases.baseDirectory());
        long t0 = System.nanoTime();
        try (BatchOutput out = BatchOutput.open(output, cases, config)) {
            List<BatchCase> todo = new ArrayList<>();
            int failedBefore = 0;
            for (BatchCase c : cases.cases()) {
                Map<String, String> kept = out.rows().get(c.index());
                if (kept == null) {
                    todo.add(c);
                } else if (kept.containsKey(BatchRows.ERROR)) {
                    failedBefore++;
                }
            }
            LOG.info("batch {}: {} cases, {} kept from the existing output, {} to compute on {} jobs", output,
                    cases.size(), out.resumed(), todo.size(), config.jobs());
            Map<Integer, CaseResult> computed = new java.util.HashMap<>();
            execute(todo, r, out.resumed(), cases.size(), failedBefore, listener, res -> {
                out.add(res.batchCase().index(), BatchRows.values(res));
                if (collect != null) {
                    computed.put(res.batchCase().index(), res);
                }
            });
            out.finish();
            if (collect != null) {
                for (BatchCase c : cases.cases()) {
                    CaseResult res = computed.get(c.index());
                    collect.add(res != null ? res : BatchRows.result(c, out.rows().get(c.index())));
                }
            }
            List<BatchSummary.Failure> failures = new ArrayList<>();
            out.rows().forEach((idx, row) -> {
                if (row.containsKey(BatchRows.ERROR)) {
                    failures.add(new BatchSummary.Failure(idx, row.get(BatchRows.ERROR)));
                }
            });
            BatchSummary s = new BatchSummary(output, cases.size(), cases.size() - failures.size(), failures.size(),
                    out.resumed(), Duration.ofNanos(System.nanoTime() - t0), failures);
            LOG.info("batch {}: {} succeeded, {} failed, {} kept, in {}", output, s.succeeded(), s.failed(),
                    s.resumed(), s.elapsed());
            listener.batchFinished(s);
            return s;
        }
    }

    /** A sink of results, called on the coordinating thread. */
    @FunctionalInterface
    private interface Sink {
        void accept(CaseResult r);
    }

    /** Runs the cases on the configured jobs; returns the failed count (including {@code failedBefore}). */
    private int execute(List<BatchCase> todo, CaseReader r, int resumed, int total, int failedBefore,
                        BatchListener listener, Sink sink) {
        long t0 = System.nanoTime();
        int done = resumed;
        int failed = failedBefore;
        listener.batchStarted(new BatchProgress(done, failed, resumed, total, Duration.ZERO, Optional.empty()));
        if (todo.isEmpty()) {
            return failed;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(config.jobs(), todo.size()), threads());
        CompletionService<CaseResult> cs = new ExecutorCompletionService<>(pool);
        try {
            for (BatchCase c : todo) {
                cs.submit(() -> {
                    listener.caseStarted(c);
                    return extract(c, r);
                });
            }
            for (int n = 0; n < todo.size(); n++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw interrupted(done, total);
                }
                CaseResult res;
                try {
                    res = cs.take().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw interrupted(done, total);
                } catch (ExecutionException e) {
                    // extract() catches what a case throws; a listener's caseStarted may not
                    throw new BatchException("batch stopped: " + RadiomicsException.messageChain(e.getCause()),
                            e.getCause());
                }
                sink.accept(res);
                done++;
                Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
                int computed = done - resumed;
                Optional<Duration> eta = Optional.of(elapsed.multipliedBy(total - done).dividedBy(computed));
                if (res.ok()) {
                    listener.caseFinished(res, new BatchProgress(done, failed, resumed, total, elapsed, eta));
                } else {
                    failed++;
                    listener.caseFailed(res, new BatchProgress(done, failed, resumed, total, elapsed, eta));
                    if (config.onCaseError() == OnCaseError.STOP) {
                        throw new BatchException("batch stopped at the first failed case (on-error STOP): case "
                                + res.batchCase().index() + " (" + res.batchCase().image() + ", "
                                + res.batchCase().mask() + "): " + res.error());
                    }
                }
            }
            if (Thread.currentThread().isInterrupted()) {
                throw interrupted(done, total);
            }
            return failed;
        } finally {
            pool.shutdownNow();
            try {
                if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    LOG.warn("batch: running cases did not stop within a minute of the batch ending");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static BatchInterruptedException interrupted(int done, int total) {
        return new BatchInterruptedException("batch interrupted after " + done + " of " + total
                + " cases; their rows are in the output; resume to compute the rest");
    }

    private static ThreadFactory threads() {
        AtomicInteger n = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, "radiomics-batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

}
