package org.radiomics4j.cli;

/**
 * A command line that parses but does not fit the command (a value out of range, a column the CSV does not have,
 * two options that exclude each other); the message says what is wrong. It is the one usage-error type of the CLI
 * besides picocli's own {@code ParameterException}; both are reported the same way and exit with code 2.
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with the given message. */
    public UsageException(String message) {
        super(message);
    }
}
