package org.radiomics4j.io;

import java.nio.file.Path;
import java.util.Locale;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.dicom.DicomReaders;
import org.radiomics4j.io.metaimage.MetaImage;
import org.radiomics4j.io.nifti.Nifti;
import org.radiomics4j.io.nrrd.Nrrd;
import org.radiomics4j.io.nrrd.SlicerSegmentation;

/**
 * Reads an image or a mask from a file, choosing the format from the file name's extension (case-insensitive):
 * {@code .nrrd}, {@code .nhdr}, {@code .seg.nrrd} (NRRD, see {@link Nrrd} and {@link SlicerSegmentation}),
 * {@code .nii}, {@code .nii.gz} (NIfTI-1/2, see {@link Nifti}), and NIfTI {@code .hdr}/{@code .img} pairs,
 * {@code .mha}, {@code .mhd} (MetaImage, see {@link MetaImage}), and DICOM: a folder holding one image series, or
 * a {@code .dcm} file (or any file starting like DICOM) standing for the series it belongs to (see
 * {@link DicomReaders}). RTSTRUCT and DICOM SEG masks need a structure name: use
 * {@link DicomReaders#readMask(Path, String, org.radiomics4j.core.image.Geometry)}.
 *
 * <p>Geometry is always in LPS (ITK/SimpleITK convention), voxels x fastest; see
 * {@link org.radiomics4j.core.image.Geometry}.
 */
public final class ImageReaders {
    /** The file name endings {@link #readVolume} and {@link #readMask} accept. */
    public static final String SUPPORTED_EXTENSIONS = ".nrrd, .nhdr, .seg.nrrd, .nii, .nii.gz, .hdr, .img, .img.gz, .mha, .mhd, .dcm (or a DICOM folder)";

    private ImageReaders() {
    }

    /**
     * Reads an image in its stored pixel type.
     *
     * @throws ImageFormatException if the extension is not supported (naming the file and the supported
     *     extensions) or the file cannot be read
     */
    public static Volume readVolume(Path file) {
        return switch (format(file)) {
            case NRRD -> Nrrd.read(file);
            case NIFTI -> Nifti.read(file);
            case METAIMAGE -> MetaImage.read(file);
            case DICOM -> DicomReaders.readVolume(file);
        };
    }

    /**
     * Reads a label mask, as PyRadiomics does: values are truncated to non-negative integer labels. A
     * {@code .seg.nrrd} file gives {@link SlicerSegmentation#labelMap()}.
     *
     * @throws ImageFormatException if the extension is not supported, the file cannot be read, or a value is not a
     *     valid label (negative or not finite)
     * @throws org.radiomics4j.core.RadiomicsException if a multi-layer {@code .seg.nrrd} has overlapping segments
     *     or segments sharing a label value (no single label map exists; use {@link SlicerSegmentation#mask})
     */
    public static Mask readMask(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".seg.nrrd")) {
            return SlicerSegmentation.read(file).labelMap();
        }
        if (format(file) == Format.NRRD) {
            return Nrrd.readMask(file); // an 8-bit label map straight into the mask's bytes
        }
        Volume v = readVolume(file);
        try {
            return Mask.fromVolume(v);
        } catch (IllegalArgumentException e) {
            throw new ImageFormatException(file, "data", "not a label mask: " + e.getMessage(), e);
        }
    }

    private enum Format { NRRD, NIFTI, METAIMAGE, DICOM }

    private static Format format(Path file) {
        if (java.nio.file.Files.isDirectory(file)) {
            return Format.DICOM;
        }
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".nrrd") || n.endsWith(".nhdr")) {
            return Format.NRRD;
        }
        if (n.endsWith(".nii") || n.endsWith(".nii.gz") || n.endsWith(".hdr") || n.endsWith(".img")
                || n.endsWith(".img.gz")) {
            return Format.NIFTI;
        }
        if (n.endsWith(".mha") || n.endsWith(".mhd")) {
            return Format.METAIMAGE;
        }
        if (n.endsWith(".dcm") || java.nio.file.Files.isRegularFile(file) && DicomReaders.looksLikeDicom(file)) {
            return Format.DICOM;
        }
        throw new ImageFormatException(file, "file name", "unknown extension; supported: " + SUPPORTED_EXTENSIONS);
    }
}
