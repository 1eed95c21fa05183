package org.radiomics4j.io;

import java.nio.file.Path;
import java.util.Locale;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.nifti.Nifti;
import org.radiomics4j.io.nifti.NiftiWriteOptions;
import org.radiomics4j.io.nrrd.Nrrd;
import org.radiomics4j.io.nrrd.NrrdWriteOptions;

/**
 * Writes an image or a mask, choosing the format from the file name's extension (case-insensitive) with default
 * options: {@code .nrrd}/{@code .nhdr} as gzip-compressed little-endian NRRD ({@link NrrdWriteOptions#defaults()}),
 * {@code .nii}/{@code .nii.gz} as little-endian NIfTI-1 ({@link NiftiWriteOptions#defaults()}). For other options
 * call {@link Nrrd#write} or {@link Nifti#write} directly. Geometry is written so that {@link ImageReaders} reads
 * back the same LPS grid (NIfTI-1 rounds it to single precision).
 */
public final class ImageWriters {
    /** The file name endings {@link #writeVolume} and {@link #writeMask} accept. */
    public static final String SUPPORTED_EXTENSIONS = ".nrrd, .nhdr, .nii, .nii.gz";

    private ImageWriters() {
    }

    /**
     * Writes {@code volume} in its own pixel type.
     *
     * @throws ImageFormatException if the extension is not supported (naming the file and the supported ones) or
     *     the file cannot be written
     */
    public static void writeVolume(Volume volume, Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".seg.nrrd")) {
            throw new ImageFormatException(file, "file name", "write segmentations with SlicerSegmentation.write;"
                    + " supported here: " + SUPPORTED_EXTENSIONS);
        }
        if (n.endsWith(".nrrd") || n.endsWith(".nhdr")) {
            Nrrd.write(volume, file, NrrdWriteOptions.defaults());
        } else if (n.endsWith(".nii") || n.endsWith(".nii.gz")) {
            Nifti.write(volume, file, NiftiWriteOptions.defaults());
        } else {
            throw new ImageFormatException(file, "file name", "unknown extension; supported: " + SUPPORTED_EXTENSIONS);
        }
    }

    /**
     * Writes a label mask as the smallest unsigned integer type holding its labels (uint8, uint16, else int32).
     *
     * @throws ImageFormatException if the extension is not supported or the file cannot be written
     */
    public static void writeMask(Mask mask, Path file) {
        int[] labels = mask.toIntArray();
        int max = 0;
        for (int l : labels) {
            max = Math.max(max, l);
        }
        PixelType t = max <= 255 ? PixelType.UINT8 : max <= 65535 ? PixelType.UINT16 : PixelType.INT32;
        double[] d = new double[labels.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = labels[i];
        }
        writeVolume(Volume.ofCast(d, mask.geometry(), t), file);
    }
}
