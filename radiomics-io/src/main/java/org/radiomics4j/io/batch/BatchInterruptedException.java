package org.radiomics4j.io.batch;

/**
 * The thread running a batch was interrupted: the rows written so far are in the output (complete rows, flushed),
 * the rest is left to a run with {@code resume}.
 */
public class BatchInterruptedException extends BatchException {
    private static final long serialVersionUID = 1L;

    public BatchInterruptedException(String message) {
        super(message);
    }
}
