package org.radiomics4j.io.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a finished batch did.
 *
 * @param output the output file
 * @param total cases in the cases file (= rows in the output)
 * @param succeeded cases with features
 * @param failed cases with an error row
 * @param resumed cases whose rows were kept from an existing output rather than computed in this run
 * @param elapsed time of this run
 * @param failures the failed cases' ids and messages, in input order
 */
public record BatchSummary(Path output, int total, int succeeded, int failed, int resumed, Duration elapsed,
                           List<Failure> failures) {
    /** A failed case: its id ({@code Case} column) and its error message. */
    public record Failure(int caseIndex, String error) {
    }

    /** Copies the failures. */
    public BatchSummary {
        failures = List.copyOf(failures);
    }
}
