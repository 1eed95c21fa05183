package org.radiomics4j.io.batch;

import java.nio.file.Path;
import java.util.Objects;

import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageReaders;

/**
 * Reads the image and the mask of a case. The default, {@link #files(Path)}, reads local files with
 * {@link ImageReaders}; a distributed runner (a Spark partition reading through Hadoop's FileSystem API) supplies
 * its own. Implementations must be safe to call from several threads at once.
 */
@FunctionalInterface
public interface CaseReader {
    /** An image and its mask, read for one case. */
    record Input(Volume image, Mask mask) {
        public Input {
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(mask, "mask");
        }
    }

    /**
     * Reads the case's image and mask.
     *
     * @throws RuntimeException (typically {@link org.radiomics4j.io.ImageFormatException}) naming the file; the
     *     batch turns it into the case's error row
     */
    Input read(BatchCase c);

    /**
     * Reads {@code Image} and {@code Mask} as local files with {@link ImageReaders#readVolume} and
     * {@link ImageReaders#readMask}; a relative path is resolved against {@code baseDirectory} (the folder of the
     * cases file, as PyRadiomics resolves its batch input).
     */
    static CaseReader files(Path baseDirectory) {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        return c -> new Input(ImageReaders.readVolume(baseDirectory.resolve(c.image())),
                ImageReaders.readMask(baseDirectory.resolve(c.mask())));
    }
}
