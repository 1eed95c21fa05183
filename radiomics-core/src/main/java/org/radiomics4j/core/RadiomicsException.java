package org.radiomics4j.core;

/**
 * Base class of the unchecked exceptions radiomics4j throws for a failure that is not a bad argument:
 * an unreadable file, an ROI too small to compute on, a feature that cannot be computed.
 *
 * <p>Bad arguments throw {@link IllegalArgumentException} subtypes ({@link InvalidSettingException},
 * {@link org.radiomics4j.core.image.GeometryMismatchException}). Every message names the input (file, field,
 * parameter), the offending value and the rule that was broken.
 */
public class RadiomicsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RadiomicsException(String message) {
        super(message);
    }

    public RadiomicsException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The message of {@code e} followed by those of its causes that add something ({@code "a: b: c"}), for one-line
     * reports of a failure (error rows, command-line errors); the class name stands in for a missing message.
     *
     * @param e any throwable
     * @return its message chain
     */
    public static String messageChain(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null && !sb.toString().contains(t.getMessage())) {
                sb.append(": ").append(t.getMessage());
            }
        }
        return sb.toString();
    }
}
