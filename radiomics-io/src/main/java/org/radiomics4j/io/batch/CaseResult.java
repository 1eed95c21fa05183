package org.radiomics4j.io.batch;

import java.util.Objects;

import org.radiomics4j.core.extract.FeatureSet;

/**
 * The outcome of one case: its feature set, or the message of the error that stopped it (never both).
 *
 * @param batchCase the case
 * @param features the features, or null if the case failed
 * @param error the error message (one line: the exception's message and its causes'), or null if it succeeded
 */
public record CaseResult(BatchCase batchCase, FeatureSet features, String error) {
    /** Checks that exactly one of features and error is set. */
    public CaseResult {
        Objects.requireNonNull(batchCase, "batchCase");
        if ((features == null) == (error == null)) {
            throw new IllegalArgumentException("a case result has either features or an error, not "
                    + (features == null ? "neither" : "both"));
        }
    }

    /** A succeeded case. */
    public static CaseResult success(BatchCase c, FeatureSet features) {
        return new CaseResult(c, Objects.requireNonNull(features, "features"), null);
    }

    /** A failed case; the message is made one line (line breaks become spaces) so that each output row is one line. */
    public static CaseResult failure(BatchCase c, String error) {
        return new CaseResult(c, null, Objects.requireNonNull(error, "error").replaceAll("[\\r\\n]+", " "));
    }

    /** Whether the case succeeded. */
    public boolean ok() {
        return error == null;
    }
}
