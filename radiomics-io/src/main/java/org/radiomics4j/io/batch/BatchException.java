package org.radiomics4j.io.batch;

import org.radiomics4j.core.RadiomicsException;

/**
 * A batch as a whole cannot go on: a malformed cases file, an output that would be overwritten without
 * {@code resume} or {@code overwrite}, an output that does not belong to the cases file, an I/O error on the
 * output, or a failed case under {@link OnCaseError#STOP}. A failed case under {@link OnCaseError#RECORD} is no
 * exception: it becomes an error row.
 */
public class BatchException extends RadiomicsException {
    private static final long serialVersionUID = 1L;

    public BatchException(String message) {
        super(message);
    }

    public BatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
