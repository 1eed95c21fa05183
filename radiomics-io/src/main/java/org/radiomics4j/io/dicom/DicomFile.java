package org.radiomics4j.io.dicom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.radiomics4j.io.ImageFormatException;
import org.radiomics4j.io.internal.Samples;

/**
 * A DICOM Part 10 file (PS3.10 section 7): the 128-byte preamble and {@code DICM} prefix, the File Meta
 * Information (group 0002, always explicit VR little endian), then the data set in the transfer syntax the meta
 * header names (PS3.5 section 7 and Annex A): implicit VR little endian, explicit VR little endian, explicit VR
 * big endian, or deflated explicit VR little endian (raw deflate, RFC 1951, of everything after the meta header).
 * Defined- and undefined-length sequences and items (PS3.5 7.5) and encapsulated pixel data (PS3.5 A.4) are
 * parsed. A file without preamble whose first element is in group 0002 or 0008 is also accepted; without a meta
 * header its syntax is explicit VR little endian when the first element carries a VR (two upper-case letters after
 * the tag), implicit VR little endian otherwise (as many old files are).
 *
 * <p>Robustness: the whole file is read once (its size bounds every later allocation); every declared length is
 * checked against the bytes that remain before it is used, nesting is limited to {@value #MAX_DEPTH} levels, and a
 * deflated data set may not inflate beyond the free heap. Errors are {@link ImageFormatException}s that name the
 * file, the element and its byte offset.
 */
public final class DicomFile {
    /** Deepest sequence nesting accepted. */
    public static final int MAX_DEPTH = 32;

    private static final int UNDEFINED = 0xFFFFFFFF;

    private final Path file;
    private final TransferSyntax transferSyntax;
    private final DicomDataset meta;
    private final DicomDataset dataset;

    private DicomFile(Path file, TransferSyntax ts, DicomDataset meta, DicomDataset dataset) {
        this.file = file;
        this.transferSyntax = ts;
        this.meta = meta;
        this.dataset = dataset;
    }

    /** The file read. */
    public Path file() {
        return file;
    }

    /** The transfer syntax of the data set. */
    public TransferSyntax transferSyntax() {
        return transferSyntax;
    }

    /** The File Meta Information (group 0002). */
    public DicomDataset meta() {
        return meta;
    }

    /** The data set. */
    public DicomDataset dataset() {
        return dataset;
    }

    /**
     * Reads and parses a whole file.
     *
     * @throws ImageFormatException if the file is missing, not DICOM, uses an unknown transfer syntax, or is
     *     malformed (naming the element and the offset)
     */
    public static DicomFile read(Path file) {
        return read(file, true);
    }

    /** Reads a file; with {@code withPixels == false} parsing stops at the Pixel Data element (header scans). */
    static DicomFile read(Path file, boolean withPixels) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > Samples.MAX_VOXELS) {
                throw new ImageFormatException(file, "file", "file of " + size + " bytes is larger than the largest"
                        + " supported DICOM file (" + Samples.MAX_VOXELS + " bytes)");
            }
            Samples.requireHeap(file, "file", size, size, org.radiomics4j.core.image.PixelType.UINT8);
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImageFormatException(file, "file", "no such file", e);
        } catch (IOException e) {
            throw new ImageFormatException(file, "file", "cannot read: " + e.getMessage(), e);
        }
        return parse(file, bytes, withPixels);
    }

    static DicomFile parse(Path file, byte[] bytes, boolean withPixels) {
        int pos;
        boolean hasMeta;
        if (bytes.length >= 132 && bytes[128] == 'D' && bytes[129] == 'I' && bytes[130] == 'C' && bytes[131] == 'M') {
            pos = 132;
            hasMeta = true;
        } else if (bytes.length >= 8 && (u16le(bytes, 0) == 0x0002 || u16le(bytes, 0) == 0x0008)) {
            pos = 0;
            hasMeta = u16le(bytes, 0) == 0x0002;
        } else {
            throw new ImageFormatException(file, "preamble", "not a DICOM Part 10 file: no 'DICM' prefix at byte 128"
                    + " and no data set at byte 0 (file has " + bytes.length + " bytes)");
        }
        Parser p = new Parser(file, bytes, ByteOrder.LITTLE_ENDIAN, true, StandardCharsets.ISO_8859_1, false);
        DicomDataset meta;
        TransferSyntax ts;
        if (hasMeta) {
            Map<Integer, DicomElement> m = new LinkedHashMap<>();
            while (pos + 4 <= bytes.length && u16le(bytes, pos) == 0x0002) {
                pos = p.element(pos, bytes.length, m, 0);
            }
            meta = new DicomDataset(file, bytes, ByteOrder.LITTLE_ENDIAN, m, StandardCharsets.ISO_8859_1);
            String uid = meta.string(Tags.TRANSFER_SYNTAX_UID).orElseThrow(() -> meta.missing(
                    Tags.TRANSFER_SYNTAX_UID));
            ts = TransferSyntax.ofUid(uid).orElseThrow(() -> new ImageFormatException(file,
                    Tags.name(Tags.TRANSFER_SYNTAX_UID), "unsupported transfer syntax " + uid + " (unknown UID)"));
        } else {
            meta = new DicomDataset(file, bytes, ByteOrder.LITTLE_ENDIAN, new LinkedHashMap<>(),
                    StandardCharsets.ISO_8859_1);
            // no meta header: implicit VR little endian, unless the first element carries a VR (explicit VR LE)
            char c0 = (char) (bytes[pos + 4] & 0xFF);
            char c1 = (char) (bytes[pos + 5] & 0xFF);
            boolean vr = c0 >= 'A' && c0 <= 'Z' && c1 >= 'A' && c1 <= 'Z';
            ts = vr ? TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN : TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN;
        }
        byte[] body = bytes;
        if (ts == TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN) {
            body = inflate(file, bytes, pos);
            pos = 0;
        }
        ByteOrder order = ts.bigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        Charset cs = charsetOf(body, pos, order, ts.explicitVr(), file);
        Parser dp = new Parser(file, body, order, ts.explicitVr(), cs, !withPixels);
        Map<Integer, DicomElement> m = new LinkedHashMap<>();
        dp.dataset(pos, body.length, false, m, 0);
        return new DicomFile(file, ts, meta, new DicomDataset(file, body, order, m, cs));
    }

    private static Charset charsetOf(byte[] body, int pos, ByteOrder order, boolean explicit, Path file) {
        // Specific Character Set (0008,0005) comes early; a cheap scan of the first elements finds it
        Parser probe = new Parser(file, body, order, explicit, StandardCharsets.ISO_8859_1, true);
        Map<Integer, DicomElement> m = new LinkedHashMap<>();
        int p = pos;
        try {
            while (p + 8 <= body.length) {
                int tag = probe.tagAt(p);
                if (Integer.compareUnsigned(tag, Tags.SPECIFIC_CHARACTER_SET) > 0) {
                    break;
                }
                p = probe.element(p, body.length, m, 0);
            }
        } catch (ImageFormatException e) {
            // the full parse reports the error with its context
            return StandardCharsets.ISO_8859_1;
        }
        DicomElement e = m.get(Tags.SPECIFIC_CHARACTER_SET);
        if (e != null && new String(body, e.offset(), e.length(), StandardCharsets.ISO_8859_1).contains("ISO_IR 192")) {
            return StandardCharsets.UTF_8;
        }
        return StandardCharsets.ISO_8859_1;
    }

    private static byte[] inflate(Path file, byte[] bytes, int pos) {
        Runtime rt = Runtime.getRuntime();
        long limit = Math.min(Samples.MAX_VOXELS, (rt.maxMemory() - (rt.totalMemory() - rt.freeMemory())) / 2);
        Inflater inf = new Inflater(true);
        try {
            inf.setInput(bytes, pos, bytes.length - pos);
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit, Math.max(1024,
                    3L * (bytes.length - pos))));
            byte[] buf = new byte[1 << 16];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0) {
                    if (inf.needsInput()) {
                        throw new ImageFormatException(file, "deflated data set", "truncated: the deflate stream"
                                + " ends after " + out.size() + " inflated bytes without its final block");
                    }
                    if (inf.needsDictionary()) {
                        throw new ImageFormatException(file, "deflated data set", "the deflate stream needs a preset"
                                + " dictionary, which DICOM does not use");
                    }
                }
                if (out.size() + (long) n > limit) {
                    throw new ImageFormatException(file, "deflated data set", "inflates to more than " + limit
                            + " bytes (the free heap / 2 or the array limit)");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new ImageFormatException(file, "deflated data set", "corrupt deflate stream at byte " + pos
                    + ": " + e.getMessage(), e);
        } finally {
            inf.end();
        }
    }

    private static int u16le(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
    }

    /** The element-level parser of PS3.5 section 7.1 over one byte array. */
    private static final class Parser {
        private final Path file;
        private final byte[] b;
        private final ByteOrder order;
        private final boolean explicit;
        private final Charset charset;
        private final boolean stopAtPixels;

        Parser(Path file, byte[] b, ByteOrder order, boolean explicit, Charset charset, boolean stopAtPixels) {
            this.file = file;
            this.b = b;
            this.order = order;
            this.explicit = explicit;
            this.charset = charset;
            this.stopAtPixels = stopAtPixels;
        }

        int u16(int p) {
            return order == ByteOrder.LITTLE_ENDIAN ? (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8
                    : (b[p] & 0xFF) << 8 | (b[p + 1] & 0xFF);
        }

        int u32(int p) {
            return order == ByteOrder.LITTLE_ENDIAN
                    ? (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24
                    : (b[p] & 0xFF) << 24 | (b[p + 1] & 0xFF) << 16 | (b[p + 2] & 0xFF) << 8 | (b[p + 3] & 0xFF);
        }

        int tagAt(int p) {
            return u16(p) << 16 | u16(p + 2);
        }

        ImageFormatException error(int tag, int offset, String detail) {
            return new ImageFormatException(file, Tags.name(tag), detail + " (element at byte " + offset + ")");
        }

        /**
         * Parses elements from {@code pos} to {@code end} (or to an item delimiter when {@code undefinedItem}).
         *
         * @return the position after the last element (after the item delimiter, if any)
         */
        int dataset(int pos, int end, boolean undefinedItem, Map<Integer, DicomElement> out, int depth) {
            while (pos < end) {
                if (end - pos < 8) {
                    if (!undefinedItem && allZero(pos, end)) {
                        return end; // trailing padding
                    }
                    throw new ImageFormatException(file, "data set", "truncated: " + (end - pos) + " bytes left at"
                            + " byte " + pos + ", too few for an element header");
                }
                int tag = tagAt(pos);
                if (tag == Tags.ITEM_DELIMITATION) {
                    if (!undefinedItem) {
                        throw error(tag, pos, "item delimiter outside an undefined-length item");
                    }
                    return pos + 8;
                }
                if (stopAtPixels && tag == Tags.PIXEL_DATA && depth == 0) {
                    return end;
                }
                pos = element(pos, end, out, depth);
            }
            if (undefinedItem) {
                throw new ImageFormatException(file, "item", "truncated: undefined-length item has no item"
                        + " delimiter (FFFE,E00D) before byte " + end);
            }
            return pos;
        }

        private boolean allZero(int from, int to) {
            for (int i = from; i < to; i++) {
                if (b[i] != 0) {
                    return false;
                }
            }
            return true;
        }

        /** Parses one element at {@code pos} into {@code out}; returns the position after it. */
        int element(int pos, int end, Map<Integer, DicomElement> out, int depth) {
            int start = pos;
            if (end - pos < 8) {
                throw new ImageFormatException(file, "data set", "truncated element header at byte " + pos);
            }
            int tag = tagAt(pos);
            if (tag >>> 16 == 0xFFFE) {
                throw error(tag, pos, "item tag found where a data element was expected");
            }
            String vr;
            long len;
            boolean fileVr = explicit || tag >>> 16 == 0x0002;
            if (fileVr) {
                char c0 = (char) (b[pos + 4] & 0xFF);
                char c1 = (char) (b[pos + 5] & 0xFF);
                if (c0 < 'A' || c0 > 'Z' || c1 < 'A' || c1 > 'Z') {
                    throw error(tag, pos, String.format(Locale.ROOT, "invalid VR bytes 0x%02X 0x%02X (explicit VR"
                            + " expected)", (int) c0, (int) c1));
                }
                vr = "" + c0 + c1;
                if (longLength(vr)) {
                    if (end - pos < 12) {
                        throw new ImageFormatException(file, Tags.name(tag), "truncated element header at byte "
                                + pos);
                    }
                    len = u32(pos + 8) & 0xFFFFFFFFL;
                    pos += 12;
                } else {
                    len = u16(pos + 6);
                    pos += 8;
                }
            } else {
                vr = Tags.vr(tag);
                len = u32(pos + 4) & 0xFFFFFFFFL;
                pos += 8;
            }
            if (len == (UNDEFINED & 0xFFFFFFFFL)) {
                if (tag == Tags.PIXEL_DATA) {
                    return fragments(tag, start, pos, end, out, vr);
                }
                if (!"SQ".equals(vr) && !"UN".equals(vr) && !"OB".equals(vr) && !"OW".equals(vr)) {
                    throw error(tag, start, "undefined length (FFFFFFFF) is only allowed for SQ, UN and pixel data,"
                            + " not VR " + vr);
                }
                List<DicomDataset> items = new ArrayList<>();
                // an undefined-length UN is an implicit VR little endian sequence (PS3.5 6.2.2)
                Parser sub = "UN".equals(vr) ? new Parser(file, b, ByteOrder.LITTLE_ENDIAN, false, charset,
                        false) : this;
                int p = sub.items(tag, pos, end, true, items, depth + 1);
                out.put(tag, new DicomElement(tag, "SQ", pos, -1, List.copyOf(items), null));
                return p;
            }
            if (len > end - pos) {
                throw error(tag, start, "value length " + len + " points past the end of its container: only "
                        + (end - pos) + " bytes remain (truncated file or wrong length)");
            }
            int n = (int) len;
            boolean seq = "SQ".equals(vr)
                    || (!explicit && "UN".equals(vr) && n >= 8 && tagAt(pos) == Tags.ITEM);
            if (seq) {
                List<DicomDataset> items = new ArrayList<>();
                items(tag, pos, pos + n, false, items, depth + 1);
                out.put(tag, new DicomElement(tag, "SQ", pos, n, List.copyOf(items), null));
            } else {
                out.put(tag, new DicomElement(tag, vr, pos, n, null, null));
            }
            return pos + n;
        }

        private static boolean longLength(String vr) {
            return switch (vr) {
                case "OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN", "UR", "UT", "UV" -> true;
                default -> false;
            };
        }

        /** Parses sequence items from {@code pos}; returns the position after the sequence. */
        int items(int seqTag, int pos, int end, boolean undefined, List<DicomDataset> items, int depth) {
            if (depth > MAX_DEPTH) {
                throw error(seqTag, pos, "sequences nested deeper than " + MAX_DEPTH + " levels");
            }
            while (pos < end) {
                if (end - pos < 8) {
                    throw error(seqTag, pos, "truncated: " + (end - pos) + " bytes left inside the sequence");
                }
                int tag = tagAt(pos);
                long len = u32(pos + 4) & 0xFFFFFFFFL;
                if (tag == Tags.SEQUENCE_DELIMITATION) {
                    if (!undefined) {
                        throw error(seqTag, pos, "sequence delimiter in a defined-length sequence");
                    }
                    return pos + 8;
                }
                if (tag != Tags.ITEM) {
                    throw error(seqTag, pos, String.format(Locale.ROOT, "expected an item tag (FFFE,E000) inside the"
                            + " sequence but found (%04X,%04X)", tag >>> 16, tag & 0xFFFF));
                }
                int ip = pos + 8;
                Map<Integer, DicomElement> m = new LinkedHashMap<>();
                if (len == (UNDEFINED & 0xFFFFFFFFL)) {
                    pos = dataset(ip, end, true, m, depth);
                } else {
                    if (len > end - ip) {
                        throw error(seqTag, pos, "item length " + len + " points past the end of the sequence: only "
                                + (end - ip) + " bytes remain");
                    }
                    dataset(ip, ip + (int) len, false, m, depth);
                    pos = ip + (int) len;
                }
                items.add(new DicomDataset(file, b, order, m, charset));
            }
            if (undefined) {
                throw error(seqTag, pos, "truncated: undefined-length sequence has no sequence delimiter"
                        + " (FFFE,E0DD)");
            }
            return pos;
        }

        /** Encapsulated pixel data (PS3.5 A.4): items holding the basic offset table and fragments. */
        private int fragments(int tag, int start, int pos, int end, Map<Integer, DicomElement> out, String vr) {
            List<int[]> frags = new ArrayList<>();
            while (true) {
                if (end - pos < 8) {
                    throw error(tag, start, "truncated encapsulated pixel data: no sequence delimiter (FFFE,E0DD)"
                            + " after " + frags.size() + " items");
                }
                int t = tagAt(pos);
                long len = u32(pos + 4) & 0xFFFFFFFFL;
                if (t == Tags.SEQUENCE_DELIMITATION) {
                    pos += 8;
                    break;
                }
                if (t != Tags.ITEM) {
                    throw error(tag, pos, String.format(Locale.ROOT, "expected a fragment item (FFFE,E000) in"
                            + " encapsulated pixel data but found (%04X,%04X)", t >>> 16, t & 0xFFFF));
                }
                if (len > end - pos - 8) {
                    throw error(tag, pos, "fragment " + frags.size() + " length " + len + " points past the end of"
                            + " the file: only " + (end - pos - 8) + " bytes remain");
                }
                frags.add(new int[] {pos + 8, (int) len});
                pos += 8 + (int) len;
            }
            if (frags.isEmpty()) {
                throw error(tag, start, "encapsulated pixel data without a basic offset table item");
            }
            out.put(tag, new DicomElement(tag, vr, start, -1, null, List.copyOf(frags)));
            return pos;
        }
    }
}
