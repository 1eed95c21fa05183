package org.radiomics4j.io.batch;

/**
 * Follows a batch. Every method has an empty default. {@link #caseStarted} is called on the worker thread that
 * runs the case; the other methods on the thread that called {@link BatchExtractor#run}, one at a time, after the
 * case's row has been written and flushed. A listener that wants to stop the batch interrupts that thread
 * ({@code Thread.currentThread().interrupt()} from {@link #caseFinished} or {@link #caseFailed}): the run then
 * writes no further rows, cancels the running cases and throws {@link BatchInterruptedException}; a resumed run
 * completes it.
 */
public interface BatchListener {
    /** The listener that does nothing. */
    BatchListener NONE = new BatchListener() {
    };

    /** Before the first case: how many cases there are and how many the output already holds. */
    default void batchStarted(BatchProgress progress) {
    }

    /** A worker thread starts extracting a case. */
    default void caseStarted(BatchCase c) {
    }

    /** A case succeeded and its row is written. */
    default void caseFinished(CaseResult result, BatchProgress progress) {
    }

    /** A case failed and its error row is written. */
    default void caseFailed(CaseResult result, BatchProgress progress) {
    }

    /** The batch is complete and the output is in its final order. */
    default void batchFinished(BatchSummary summary) {
    }
}
