package org.radiomics4j.io.nifti;

import java.util.Objects;
import org.radiomics4j.io.Endian;

/**
 * How {@link Nifti#write} encodes a file. Immutable; start from {@link #defaults()} (NIfTI-1, little-endian).
 * Compression follows the file name: {@code .nii.gz} is gzip-compressed, {@code .nii} is not.
 *
 * @param version header layout
 * @param endian byte order of the header and the samples
 */
public record NiftiWriteOptions(NiftiVersion version, Endian endian) {

    /** Checks the arguments are not null. */
    public NiftiWriteOptions {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(endian, "endian");
    }

    /** NIfTI-1, little-endian. */
    public static NiftiWriteOptions defaults() {
        return new NiftiWriteOptions(NiftiVersion.NIFTI_1, Endian.LITTLE);
    }

    /** A copy with another header version. */
    public NiftiWriteOptions withVersion(NiftiVersion v) {
        return new NiftiWriteOptions(v, endian);
    }

    /** A copy with another byte order. */
    public NiftiWriteOptions withEndian(Endian e) {
        return new NiftiWriteOptions(version, e);
    }
}
