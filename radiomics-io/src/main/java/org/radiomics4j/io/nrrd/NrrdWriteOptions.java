package org.radiomics4j.io.nrrd;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.radiomics4j.io.Endian;

/**
 * How {@link Nrrd#write} encodes a file. Immutable; start from {@link #defaults()} (gzip, little-endian) and
 * change with the {@code with*} methods or a {@link #builder()}.
 *
 * <p>Whether the header is attached ({@code .nrrd}) or detached ({@code .nhdr} plus a data file) follows from the
 * file name given to {@link Nrrd#write}.
 *
 * @param encoding data encoding
 * @param endian byte order of multi-byte samples (ignored for ascii)
 * @param keyValues extra {@code key:=value} pairs written into the header, in iteration order; keys must not
 *     contain {@code ":="} or line breaks
 */
public record NrrdWriteOptions(NrrdEncoding encoding, Endian endian, Map<String, String> keyValues) {

    /** Validates and copies the arguments. */
    public NrrdWriteOptions {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(endian, "endian");
        Objects.requireNonNull(keyValues, "keyValues");
        Map<String, String> copy = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : keyValues.entrySet()) {
            String k = Objects.requireNonNull(e.getKey(), "key");
            String v = Objects.requireNonNull(e.getValue(), "value of " + k);
            if (k.isEmpty() || k.contains(":=") || k.contains("\n") || k.contains("\r") || v.contains("\r")) {
                throw new IllegalArgumentException("keyValues key must be non-empty without ':=' or line breaks and"
                        + " the value without carriage returns, but was '" + k + "'");
            }
            copy.put(k, v);
        }
        keyValues = java.util.Collections.unmodifiableMap(copy);
    }

    /** gzip, little-endian, no extra key/value pairs. */
    public static NrrdWriteOptions defaults() {
        return new NrrdWriteOptions(NrrdEncoding.GZIP, Endian.LITTLE, Map.of());
    }

    /** A copy with another encoding. */
    public NrrdWriteOptions withEncoding(NrrdEncoding e) {
        return new NrrdWriteOptions(e, endian, keyValues);
    }

    /** A copy with another byte order. */
    public NrrdWriteOptions withEndian(Endian e) {
        return new NrrdWriteOptions(encoding, e, keyValues);
    }

    /** A copy with other extra key/value pairs. */
    public NrrdWriteOptions withKeyValues(Map<String, String> kv) {
        return new NrrdWriteOptions(encoding, endian, kv);
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder of {@link NrrdWriteOptions}. */
    public static final class Builder {
        private NrrdEncoding encoding = NrrdEncoding.GZIP;
        private Endian endian = Endian.LITTLE;
        private final Map<String, String> keyValues = new LinkedHashMap<>();

        private Builder() {
        }

        /** Sets the data encoding. */
        public Builder encoding(NrrdEncoding e) {
            this.encoding = e;
            return this;
        }

        /** Sets the byte order. */
        public Builder endian(Endian e) {
            this.endian = e;
            return this;
        }

        /** Adds one {@code key:=value} pair. */
        public Builder keyValue(String key, String value) {
            keyValues.put(key, value);
            return this;
        }

        /** The options set so far. */
        public NrrdWriteOptions build() {
            return new NrrdWriteOptions(encoding, endian, keyValues);
        }
    }
}
