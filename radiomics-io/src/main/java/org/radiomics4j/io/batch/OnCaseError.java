package org.radiomics4j.io.batch;

/** What a batch does when a case fails (its file cannot be read, its ROI is invalid, a feature throws). */
public enum OnCaseError {
    /** Write the case's error row (its passed-through columns and the error message) and go on: the default. */
    RECORD,
    /**
     * Write the case's error row, finish no further cases (cases already running are discarded, to be computed by a
     * resumed run) and throw a {@link BatchException} naming the case.
     */
    STOP
}
