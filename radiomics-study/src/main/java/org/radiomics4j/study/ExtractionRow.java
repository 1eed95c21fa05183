package org.radiomics4j.study;

import java.util.Objects;

import org.radiomics4j.core.extract.FeatureSet;

/**
 * The extraction of one patient, phase and reader: its features, or the error that stopped it (then the study goes
 * on without this row, and the report lists it).
 *
 * @param patientId patient id
 * @param phase     imaging phase
 * @param reader    reader
 * @param image     image path as given (relative to the cases file), or "" for a feature-table input
 * @param mask      mask path as given, or ""
 * @param features  the features and diagnostics; null when the extraction failed
 * @param error     why it failed (the message and its causes); null on success
 * @param seconds   wall time of reading and extraction
 */
public record ExtractionRow(String patientId, String phase, String reader, String image, String mask,
        FeatureSet features, String error, double seconds) {

    public ExtractionRow {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(reader, "reader");
        if ((features == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of features and error must be given (patient "
                    + patientId + ", phase " + phase + ", reader " + reader + ")");
        }
    }

    /** Whether the extraction failed. */
    public boolean failed() {
        return error != null;
    }
}
