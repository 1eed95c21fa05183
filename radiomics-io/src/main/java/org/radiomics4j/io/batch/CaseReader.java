package org.radiomics4j.io.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageFormatException;
import org.radiomics4j.io.ImageReaders;
import org.radiomics4j.io.dicom.DicomReaders;
import org.radiomics4j.io.nrrd.SlicerSegmentation;

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
     * Reads {@code Image} and {@code Mask} as local files with {@link ImageReaders#readVolume} (NRRD, NIfTI,
     * MetaImage, or a DICOM series folder or file) and {@link #readMask}; a relative path is resolved against
     * {@code baseDirectory} (the folder of the cases file, as PyRadiomics resolves its batch input).
     */
    static CaseReader files(Path baseDirectory) {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        return c -> {
            Volume image = ImageReaders.readVolume(baseDirectory.resolve(c.image()));
            return new Input(image, readMask(baseDirectory.resolve(c.mask()), c.maskName().orElse(null),
                    image.geometry()));
        };
    }

    /**
     * Reads a case's mask. Without a name, a label volume ({@link ImageReaders#readMask}). With a name, the
     * structure of that name: of an RTSTRUCT (ROI Name, rasterised onto {@code imageGrid}) or a DICOM SEG (Segment
     * Label) through {@link DicomReaders#readMask}, or of a 3D Slicer {@code .seg.nrrd} through
     * {@link SlicerSegmentation#mask}.
     *
     * @param file the mask file
     * @param name the structure's name, or null for a label volume
     * @param imageGrid the geometry of the case's image (the grid an RTSTRUCT is rasterised onto)
     * @throws ImageFormatException naming the file if it cannot be read, if the name does not exist (listing the
     *     names present), or if a name is given for a file that holds no named structures
     */
    static Mask readMask(Path file, String name, Geometry imageGrid) {
        if (name == null) {
            return ImageReaders.readMask(file);
        }
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".seg.nrrd")) {
            try {
                return SlicerSegmentation.read(file).mask(name);
            } catch (IllegalArgumentException e) {
                throw new ImageFormatException(file, BatchCase.MASK_NAME, e.getMessage(), e);
            }
        }
        if (Files.isRegularFile(file) && DicomReaders.looksLikeDicom(file)) {
            return DicomReaders.readMask(file, name, imageGrid);
        }
        if (!Files.exists(file)) {
            throw new ImageFormatException(file, "file", "does not exist");
        }
        throw new ImageFormatException(file, BatchCase.MASK_NAME, "a mask name ('" + name + "') selects a structure"
                + " of an RTSTRUCT, DICOM SEG or .seg.nrrd mask, but this file is none of them; leave "
                + BatchCase.MASK_NAME + " empty for a label volume");
    }
}
