package org.radiomics4j.io.nifti;

/** The NIfTI header layout. */
public enum NiftiVersion {
    /** NIfTI-1: 348-byte header, 16-bit sizes, single-precision geometry (nifti1.h). */
    NIFTI_1(348, 352),
    /** NIfTI-2: 540-byte header, 64-bit sizes, double-precision geometry (nifti2.h). */
    NIFTI_2(540, 544);

    private final int headerSize;
    private final int dataOffset;

    NiftiVersion(int headerSize, int dataOffset) {
        this.headerSize = headerSize;
        this.dataOffset = dataOffset;
    }

    /** {@code sizeof_hdr}: 348 or 540. */
    public int headerSize() {
        return headerSize;
    }

    /** The {@code vox_offset} the writer uses: header plus the 4-byte extension flag. */
    public int dataOffset() {
        return dataOffset;
    }
}
