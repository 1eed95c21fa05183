package org.radiomics4j.cli.stats;

/**
 * A {@code radiomics stats} command line that does not fit the sub-command's usage, or names a column the CSV does
 * not have; the message says what is wrong. The CLI maps it to exit code 2.
 */
public final class StatsUsageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** An exception with the given message. */
    public StatsUsageException(String message) {
        super(message);
    }
}
