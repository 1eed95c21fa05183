package org.radiomics4j.io;

import java.nio.file.Path;
import java.util.Objects;
import org.radiomics4j.core.RadiomicsException;

/**
 * An image file that cannot be read: wrong magic, a malformed or unsupported header field, data shorter than the
 * header promises, or an image too large for the JVM. The message always names the file and the header field
 * (or {@code "data"} for the voxel data) and says what was found and what was expected.
 *
 * <p>Readers throw it before allocating the voxel array whenever the problem is detectable from the header, and
 * never return a partially filled volume.
 */
public class ImageFormatException extends RadiomicsException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String field;

    /**
     * @param file the file being read
     * @param field the header field (or {@code "data"}) at fault
     * @param detail what was wrong: the value found and the rule it breaks
     */
    public ImageFormatException(Path file, String field, String detail) {
        super(message(file, field, detail));
        this.file = file;
        this.field = Objects.requireNonNull(field, "field");
    }

    /** As {@link #ImageFormatException(Path, String, String)} with the underlying cause (e.g. a ZIP error). */
    public ImageFormatException(Path file, String field, String detail, Throwable cause) {
        super(message(file, field, detail), cause);
        this.file = file;
        this.field = Objects.requireNonNull(field, "field");
    }

    private static String message(Path file, String field, String detail) {
        return file + ": field '" + field + "': " + detail;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }

    /** The header field at fault, or {@code "data"} for the voxel data. */
    public String field() {
        return field;
    }
}
