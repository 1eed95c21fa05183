package org.radiomics4j.study.report;

import java.util.Objects;

/**
 * A case whose features could not be extracted, listed in the report so that missing rows are explained.
 *
 * @param caseId  the subject identifier
 * @param phase   the imaging phase (null or "" = not stated)
 * @param reader  the reader whose segmentation was used (null or "" = not stated)
 * @param message what went wrong (the exception message)
 */
public record ExtractionError(String caseId, String phase, String reader, String message) {

    /** @throws NullPointerException if {@code caseId} or {@code message} is null */
    public ExtractionError {
        Objects.requireNonNull(caseId, "extractionError.caseId must not be null");
        Objects.requireNonNull(message, "extractionError.message must not be null (case " + caseId + ")");
        phase = phase == null ? "" : phase;
        reader = reader == null ? "" : reader;
    }
}
