package org.radiomics4j.io.nrrd;

import java.nio.file.Path;
import java.util.Locale;
import org.radiomics4j.io.ImageFormatException;

/** NRRD data encodings radiomics4j reads and writes ({@code hex} and {@code bzip2} are not supported). */
public enum NrrdEncoding {
    /** Uncompressed binary samples ({@code raw}). */
    RAW("raw"),
    /** gzip-compressed binary samples ({@code gzip}, alias {@code gz}). */
    GZIP("gzip"),
    /** Whitespace-separated decimal text ({@code ascii}, aliases {@code text}, {@code txt}). */
    ASCII("ascii");

    private final String nrrdName;

    NrrdEncoding(String nrrdName) {
        this.nrrdName = nrrdName;
    }

    /** The name written in the {@code encoding:} field. */
    public String nrrdName() {
        return nrrdName;
    }

    static NrrdEncoding parse(Path file, String v) {
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "raw" -> RAW;
            case "gzip", "gz" -> GZIP;
            case "ascii", "text", "txt" -> ASCII;
            default -> throw new ImageFormatException(file, "encoding", "unsupported encoding '" + v
                    + "'; supported: raw, gzip (gz), ascii (text, txt)");
        };
    }
}
