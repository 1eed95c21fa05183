package org.radiomics4j.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Output files of the commands: checked before the work starts, and opened with a message that says why a path
 * cannot be written (no such directory, not a directory, a directory, no permission), not only the path.
 */
public final class OutputFiles {
    private OutputFiles() {
    }

    /**
     * Checks that {@code file} can be created or overwritten.
     *
     * @param option the option that named it, e.g. {@code -o}
     * @throws IOException naming the option, the path and the reason
     */
    public static void checkWritable(Path file, String option) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw cannot(file, option, "it is a directory");
        }
        if (dir != null && !Files.exists(dir)) {
            Path missing = dir;
            while (missing.getParent() != null && !Files.exists(missing.getParent())) {
                missing = missing.getParent();
            }
            throw cannot(file, option, "no such directory: " + missing);
        }
        if (dir != null && !Files.isDirectory(dir)) {
            throw cannot(file, option, dir + " is not a directory");
        }
        if (Files.exists(abs) ? !Files.isWritable(abs) : dir != null && !Files.isWritable(dir)) {
            throw cannot(file, option, "no permission to write " + (Files.exists(abs) ? "the file" : "in " + dir));
        }
    }

    /**
     * Opens {@code file} for writing UTF-8 text, replacing it.
     *
     * @throws IOException naming the option, the path and the reason
     */
    public static Writer open(Path file, String option) throws IOException {
        checkWritable(file, option);
        try {
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (AccessDeniedException e) {
            throw cannot(file, option, "no permission");
        } catch (NoSuchFileException e) {
            throw cannot(file, option, "no such directory");
        } catch (NotDirectoryException e) {
            throw cannot(file, option, "a parent is not a directory");
        }
    }

    private static IOException cannot(Path file, String option, String why) {
        return new IOException("cannot write " + option + " " + file + ": " + why);
    }
}
