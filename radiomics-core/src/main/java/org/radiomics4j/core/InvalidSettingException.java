package org.radiomics4j.core;

/**
 * A setting or parameter has a value outside its domain, or a parameter file names a key radiomics4j does not
 * support. The message names the setting, the value and the rule, for example
 * {@code "binWidth must be > 0 but was 0.0"}.
 */
public class InvalidSettingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidSettingException(String message) {
        super(message);
    }

    public InvalidSettingException(String message, Throwable cause) {
        super(message, cause);
    }
}
