package org.radiomics4j.cli;

/** A command line that does not fit the command's usage; the message says what is wrong. Exit code 2. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
