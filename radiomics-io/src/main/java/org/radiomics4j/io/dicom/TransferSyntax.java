package org.radiomics4j.io.dicom;

import java.util.Optional;

/**
 * The DICOM transfer syntaxes this reader knows by name (PS3.5 section 10 and Annex A; UIDs from PS3.6 Annex A).
 * {@link #supported()} says whether radiomics4j can decode its pixel data; the others are known only so that the
 * error message can name them.
 */
public enum TransferSyntax {
    /** Implicit VR Little Endian, the DICOM default (PS3.5 A.1). */
    IMPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2", "Implicit VR Little Endian", true, false, true),
    /** Explicit VR Little Endian (PS3.5 A.2). */
    EXPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2.1", "Explicit VR Little Endian", true, false, true),
    /** Deflated Explicit VR Little Endian: the data set after the meta header is raw deflate (PS3.5 A.5). */
    DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", true, false,
            true),
    /** Explicit VR Big Endian, retired (PS3.5 A.3). */
    EXPLICIT_VR_BIG_ENDIAN("1.2.840.10008.1.2.2", "Explicit VR Big Endian", true, false, true),
    /** RLE Lossless, encapsulated (PS3.5 A.4.2 and Annex G). */
    RLE_LOSSLESS("1.2.840.10008.1.2.5", "RLE Lossless", true, true, true),
    /** JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14, selection value 1). */
    JPEG_LOSSLESS_SV1("1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction"
            + " (Process 14 [Selection Value 1])", true, true, true),
    /** JPEG Lossless, Non-Hierarchical (Process 14), any predictor 1..7. */
    JPEG_LOSSLESS("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)", true, true, true),
    /** JPEG Baseline (Process 1), lossy: not supported. */
    JPEG_BASELINE("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)", true, true, false),
    /** JPEG Extended (Process 2 and 4), lossy: not supported. */
    JPEG_EXTENDED("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 and 4)", true, true, false),
    /** JPEG-LS Lossless: not supported. */
    JPEG_LS_LOSSLESS("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless Image Compression", true, true, false),
    /** JPEG-LS near-lossless: not supported. */
    JPEG_LS_NEAR_LOSSLESS("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless) Image Compression", true, true,
            false),
    /** JPEG 2000 lossless only: not supported. */
    JPEG_2000_LOSSLESS("1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)", true, true, false),
    /** JPEG 2000: not supported. */
    JPEG_2000("1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression", true, true, false),
    /** High-Throughput JPEG 2000 lossless: not supported. */
    HTJ2K_LOSSLESS("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Image Compression (Lossless Only)", true,
            true, false),
    /** High-Throughput JPEG 2000: not supported. */
    HTJ2K("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 Image Compression", true, true, false),
    /** MPEG-2: not supported. */
    MPEG2("1.2.840.10008.1.2.4.100", "MPEG2 Main Profile / Main Level", true, true, false),
    /** MPEG-4 AVC/H.264: not supported. */
    MPEG4("1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile / Level 4.1", true, true, false);

    private final String uid;
    private final String displayName;
    private final boolean explicitVr;
    private final boolean encapsulated;
    private final boolean supported;

    TransferSyntax(String uid, String displayName, boolean explicitVr, boolean encapsulated, boolean supported) {
        this.uid = uid;
        this.displayName = displayName;
        this.explicitVr = explicitVr && !"1.2.840.10008.1.2".equals(uid);
        this.encapsulated = encapsulated;
        this.supported = supported;
    }

    /** The UID, e.g. {@code 1.2.840.10008.1.2.1}. */
    public String uid() {
        return uid;
    }

    /** The name PS3.6 gives it. */
    public String displayName() {
        return displayName;
    }

    /** Whether data elements carry their VR (all but implicit VR little endian). */
    public boolean explicitVr() {
        return explicitVr;
    }

    /** Whether the data set is big endian (only the retired explicit VR big endian). */
    public boolean bigEndian() {
        return this == EXPLICIT_VR_BIG_ENDIAN;
    }

    /** Whether pixel data are encapsulated (compressed fragments, PS3.5 A.4). */
    public boolean encapsulated() {
        return encapsulated;
    }

    /** Whether radiomics4j decodes the pixel data of this syntax. */
    public boolean supported() {
        return supported;
    }

    /** The syntax of a UID, if known. */
    public static Optional<TransferSyntax> ofUid(String uid) {
        for (TransferSyntax t : values()) {
            if (t.uid.equals(uid)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
