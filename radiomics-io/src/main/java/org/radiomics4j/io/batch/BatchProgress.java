package org.radiomics4j.io.batch;

import java.time.Duration;
import java.util.Optional;

/**
 * Where a batch stands.
 *
 * @param done cases with a row in the output (succeeded or failed), including {@code resumed}
 * @param failed cases with an error row, including resumed ones
 * @param resumed cases whose rows a resumed batch kept from the existing output (not recomputed)
 * @param total cases in the cases file
 * @param elapsed time since this run started
 * @param eta estimated time to finish: this run's elapsed time divided by the cases it has computed, times the cases
 *     left (with several jobs the rate already reflects them); empty until this run has computed a case
 */
public record BatchProgress(int done, int failed, int resumed, int total, Duration elapsed, Optional<Duration> eta) {
    /** Cases not yet done. */
    public int remaining() {
        return total - done;
    }
}
