package org.radiomics4j.study;

import java.nio.file.Path;

/**
 * An invalid study configuration: the message names the file, the line (1-based, 0 when unknown) and the field
 * (dotted path, e.g. {@code grouping.operator}), then the value and the rule.
 */
public class StudyConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String field;

    public StudyConfigException(Path file, int line, String field, String problem) {
        super(file + (line > 0 ? " line " + line : "") + (field == null ? "" : ", field " + field) + ": " + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    /** The configuration file. */
    public Path file() {
        return file;
    }

    /** 1-based line of the offending entry, 0 when unknown. */
    public int line() {
        return line;
    }

    /** The dotted field name, or null for a file-level problem. */
    public String field() {
        return field;
    }
}
