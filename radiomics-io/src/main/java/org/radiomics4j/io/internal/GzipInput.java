package org.radiomics4j.io.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;
import org.radiomics4j.io.ImageFormatException;

/**
 * A gzip decoder (RFC 1952) that inflates straight into the caller's array: {@code read(b, off, len)} calls
 * {@link Inflater#inflate(byte[], int, int)} on {@code b} itself, and the compressed bytes are read from the source
 * in large blocks, so a whole image passes through no intermediate buffer (unlike {@code GZIPInputStream} over a
 * {@code BufferedInputStream}, which the readers used before).
 *
 * <p>Behaves as {@link java.util.zip.GZIPInputStream} does for every input, with the same exception types so that
 * callers report the same errors:
 * <ul>
 *   <li>the header: magic {@code 1f 8b}, method 8 (deflate), the optional FEXTRA, FNAME, FCOMMENT and FHCRC fields
 *       (the header CRC-16 is checked); a bad header throws {@link ZipException} ("Not in GZIP format",
 *       "Unsupported compression method", "Corrupt GZIP header");</li>
 *   <li>the trailer: the CRC-32 of the inflated bytes and their count modulo 2<sup>32</sup> are checked at the end
 *       of each member ({@link ZipException} "Corrupt GZIP trailer");</li>
 *   <li>concatenated members (multi-member gzip) are read one after the other as one stream; bytes after the last
 *       member that do not start a new gzip header end the stream (as {@code GZIPInputStream} ignores them);</li>
 *   <li>a source that ends inside a member throws {@link EOFException} ("Unexpected end of ZLIB input stream"); a
 *       corrupt deflate stream throws {@link ZipException} with zlib's message.</li>
 * </ul>
 * A reader that needs fewer bytes than the stream holds calls {@link #drain} to check the trailer all the same.
 * Not thread-safe (one reader per stream). Not part of the public API.
 */
public final class GzipInput extends InputStream {
    /** Bytes inflated so far, over all members (for the message of a truncated file). */
    private long inflatedTotal;
    /** Compressed bytes read from the source at a time. */
    private static final int INPUT_BLOCK = 1 << 20;
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final InputStream source;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final byte[] input;
    /** Valid compressed bytes in {@link #input} and the next one not yet given to the inflater or parsed. */
    private int inputLength;
    private int inputPos;
    private boolean sourceEnded;
    private boolean eof;
    private boolean closed;
    private final byte[] single = new byte[1];

    /**
     * Starts decoding the gzip stream at the current position of {@code source} (the header is read here).
     *
     * @throws ZipException if the bytes there are not a gzip header
     * @throws EOFException if the source ends inside the header
     * @throws IOException on an I/O error of the source
     */
    public GzipInput(InputStream source) throws IOException {
        this(source, INPUT_BLOCK);
    }

    /** As {@link #GzipInput(InputStream)} with {@code block} compressed bytes read at a time (for tests). */
    GzipInput(InputStream source, int block) throws IOException {
        this.source = Objects.requireNonNull(source, "source");
        if (block < 16) {
            throw new IllegalArgumentException("block must be >= 16 but was " + block);
        }
        this.input = new byte[block];
        try {
            readHeader();
        } catch (IOException | RuntimeException e) {
            inflater.end();
            throw e;
        }
    }

    // ---- the compressed side: one block of source bytes, parsed or handed to the inflater ------------------------

    /** Reads the next block of the source into {@link #input}; false if the source has ended. */
    private boolean fill() throws IOException {
        if (sourceEnded) {
            return false;
        }
        int n = source.read(input, 0, input.length);
        if (n < 0) {
            sourceEnded = true;
            return false;
        }
        inputLength = n;
        inputPos = 0;
        return true;
    }

    /** The next compressed byte outside the deflate data (header, trailer), or -1 at the end of the source. */
    private int nextRaw() throws IOException {
        while (inputPos >= inputLength) {
            if (!fill()) {
                return -1;
            }
        }
        return input[inputPos++] & 0xFF;
    }

    private int requireRaw(CRC32 headerCrc) throws IOException {
        int b = nextRaw();
        if (b < 0) {
            throw new EOFException("Unexpected end of ZLIB input stream");
        }
        if (headerCrc != null) {
            headerCrc.update(b);
        }
        return b;
    }

    private int u16(CRC32 headerCrc) throws IOException {
        return requireRaw(headerCrc) | requireRaw(headerCrc) << 8;
    }

    private long u32() throws IOException {
        return (requireRaw(null) | (long) requireRaw(null) << 8 | (long) requireRaw(null) << 16
                | (long) requireRaw(null) << 24);
    }

    /** Parses one member header (RFC 1952 section 2.3) and readies the inflater for its deflate data. */
    private void readHeader() throws IOException {
        CRC32 h = new CRC32();
        if (requireRaw(h) != 0x1f || requireRaw(h) != 0x8b) {
            throw new ZipException("Not in GZIP format");
        }
        if (requireRaw(h) != 8) {
            throw new ZipException("Unsupported compression method");
        }
        int flags = requireRaw(h);
        for (int i = 0; i < 6; i++) {
            requireRaw(h); // MTIME, XFL, OS
        }
        if ((flags & FEXTRA) != 0) {
            int xlen = u16(h);
            for (int i = 0; i < xlen; i++) {
                requireRaw(h);
            }
        }
        if ((flags & FNAME) != 0) {
            while (requireRaw(h) != 0) {
                // skip the file name
            }
        }
        if ((flags & FCOMMENT) != 0) {
            while (requireRaw(h) != 0) {
                // skip the comment
            }
        }
        if ((flags & FHCRC) != 0) {
            int want = (int) h.getValue() & 0xFFFF;
            if (u16(null) != want) {
                throw new ZipException("Corrupt GZIP header");
            }
        }
        inflater.reset();
        crc.reset();
        inflater.setInput(input, inputPos, inputLength - inputPos);
    }

    /**
     * Checks the trailer of the member the inflater has just finished and starts the next member if one follows;
     * returns false at the end of the stream.
     */
    private boolean nextMember() throws IOException {
        inputPos = inputLength - inflater.getRemaining();
        long wantCrc = u32();
        long wantSize = u32();
        if (wantCrc != crc.getValue()) {
            throw new ZipException(String.format(java.util.Locale.ROOT, "Corrupt GZIP trailer: the CRC-32 of the"
                    + " inflated data is %08x but the trailer says %08x", crc.getValue(), wantCrc));
        }
        if (wantSize != (inflater.getBytesWritten() & 0xFFFFFFFFL)) {
            throw new ZipException("Corrupt GZIP trailer: the member inflates to " + inflater.getBytesWritten()
                    + " bytes but the trailer says " + wantSize + " (mod 2^32)");
        }
        // another member follows only if the next bytes are a gzip header (GZIPInputStream ignores other bytes)
        if (!available(2) || input[inputPos] != (byte) 0x1f || input[inputPos + 1] != (byte) 0x8b) {
            return false;
        }
        try {
            readHeader();
        } catch (ZipException | EOFException e) {
            return false; // not a complete header: trailing bytes, ignored as GZIPInputStream ignores them
        }
        return true;
    }

    /**
     * Makes {@code k} unread bytes available from {@link #inputPos} (moving the unread rest of the block to its
     * start and reading more if needed); false if the source ends first.
     */
    private boolean available(int k) throws IOException {
        int rest = inputLength - inputPos;
        if (rest >= k) {
            return true;
        }
        System.arraycopy(input, inputPos, input, 0, rest);
        inputPos = 0;
        inputLength = rest;
        while (inputLength < k && !sourceEnded) {
            int n = source.read(input, inputLength, input.length - inputLength);
            if (n < 0) {
                sourceEnded = true;
            } else {
                inputLength += n;
            }
        }
        return inputLength >= k;
    }

    // ---- the inflated side ------------------------------------------------------------------------------------------

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new IOException("Stream closed");
        }
        if (len == 0) {
            return 0;
        }
        while (!eof) {
            int n;
            try {
                n = inflater.inflate(b, off, len);
            } catch (DataFormatException e) {
                String m = e.getMessage();
                throw new ZipException(m != null ? m : "Invalid ZLIB data format");
            }
            if (n > 0) {
                crc.update(b, off, n);
                inflatedTotal += n;
                return n;
            }
            if (inflater.finished()) {
                if (!nextMember()) {
                    eof = true;
                }
            } else if (inflater.needsDictionary()) {
                throw new ZipException("the deflate stream needs a preset dictionary, which gzip does not use");
            } else if (inflater.needsInput()) {
                if (!fill()) {
                    throw new EOFException("Unexpected end of ZLIB input stream (the file ends after "
                            + inflatedTotal + " inflated bytes)");
                }
                inflater.setInput(input, 0, inputLength);
            } else {
                throw new ZipException("the deflate stream makes no progress");
            }
        }
        return -1;
    }

    /**
     * Reads (and discards) the rest of {@code in}, a stream over a gzip stream, so that every member's trailer
     * (CRC-32 and size) is checked even when the caller needed only the first bytes.
     *
     * @throws ImageFormatException (naming {@code file}, field "data") if the stream ends before a trailer or a
     *     trailer does not match the data
     * @throws IOException on another I/O error
     */
    public static void drain(InputStream in, Path file) throws IOException {
        try {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (EOFException e) {
            throw new ImageFormatException(file, "data", "truncated: the gzip stream ends before its trailer"
                    + " (CRC-32 and size) or inside data the header does not need", e);
        } catch (ZipException e) {
            throw new ImageFormatException(file, "data", "corrupt gzip data: " + e.getMessage(), e);
        }
    }

    @Override
    public int read() throws IOException {
        return read(single, 0, 1) < 0 ? -1 : single[0] & 0xFF;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            inflater.end();
            source.close();
        }
    }
}
