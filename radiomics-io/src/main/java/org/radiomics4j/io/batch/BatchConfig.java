package org.radiomics4j.io.batch;

import java.util.Objects;

/**
 * How a batch runs, as opposed to what it extracts (that is the {@link org.radiomics4j.core.extract.ExtractionSettings}).
 * Immutable; start from {@link #defaults()} and copy with the {@code with*} methods.
 *
 * @param jobs cases extracted at once, each on its own thread ({@code >= 1}); the results do not depend on it
 * @param resume keep the rows of an existing output file and compute only the cases it lacks
 * @param overwrite replace an existing output file (without it, and without {@code resume}, an existing output is
 *     an error: no finished work is ever lost silently)
 * @param onCaseError what a failed case does to the batch
 */
public record BatchConfig(int jobs, boolean resume, boolean overwrite, OnCaseError onCaseError) {
    /** Checks the values. */
    public BatchConfig {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be >= 1 but was " + jobs);
        }
        Objects.requireNonNull(onCaseError, "onCaseError");
        if (resume && overwrite) {
            throw new IllegalArgumentException("resume and overwrite exclude each other: resume keeps the finished rows "
                    + "of the output, overwrite discards them");
        }
    }

    /** One job, no resume, no overwrite, failed cases recorded as error rows. */
    public static BatchConfig defaults() {
        return new BatchConfig(1, false, false, OnCaseError.RECORD);
    }

    public BatchConfig withJobs(int v) {
        return new BatchConfig(v, resume, overwrite, onCaseError);
    }

    public BatchConfig withResume(boolean v) {
        return new BatchConfig(jobs, v, overwrite, onCaseError);
    }

    public BatchConfig withOverwrite(boolean v) {
        return new BatchConfig(jobs, resume, v, onCaseError);
    }

    public BatchConfig withOnCaseError(OnCaseError v) {
        return new BatchConfig(jobs, resume, overwrite, v);
    }
}
