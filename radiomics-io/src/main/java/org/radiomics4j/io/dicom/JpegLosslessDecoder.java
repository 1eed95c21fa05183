package org.radiomics4j.io.dicom;

import java.nio.file.Path;
import java.util.Locale;
import org.radiomics4j.io.ImageFormatException;

/**
 * Decoder for single-component lossless JPEG (ITU-T T.81 / ISO 10918-1, process 14: SOF3, Huffman coding),
 * all predictors 1 to 7 (T.81 Table H.1), point transform, restart intervals. A sample is the prediction plus the
 * decoded difference modulo 2<sup>16</sup> (T.81 H.1.2); the first sample of the image and of every restart
 * interval is predicted by 2<sup>P-Pt-1</sup>, the rest of its first row by the left neighbour, and the first
 * sample of every other row by the sample above (T.81 H.1.1).
 */
final class JpegLosslessDecoder {
    private final Path file;
    private final String field;
    private final byte[] b;
    private final int end;
    private int pos;

    private final int[][] maxCode = new int[4][18];
    private final int[][] valPtr = new int[4][17];
    private final int[][] minCode = new int[4][17];
    private final int[][] huffVal = new int[4][];

    private int bitBuf;
    private int bitCount;
    private boolean markerHit;

    private JpegLosslessDecoder(Path file, int frame, byte[] b, int off, int len) {
        this.file = file;
        this.field = "PixelData (JPEG frame " + frame + ")";
        this.b = b;
        this.pos = off;
        this.end = off + len;
    }

    /**
     * Decodes one frame of {@code rows x cols} samples.
     *
     * @throws ImageFormatException if the stream is not lossless JPEG, has several components, another size, or
     *     is corrupt
     */
    static int[] decode(Path file, int frame, byte[] src, int off, int len, int rows, int cols) {
        return new JpegLosslessDecoder(file, frame, src, off, len).run(rows, cols);
    }

    private ImageFormatException error(String detail) {
        return new ImageFormatException(file, field, detail + " (at byte " + pos + ")");
    }

    private int u8() {
        if (pos >= end) {
            throw error("truncated JPEG stream");
        }
        return b[pos++] & 0xFF;
    }

    private int u16() {
        return u8() << 8 | u8();
    }

    private int[] run(int rows, int cols) {
        if (u8() != 0xFF || u8() != 0xD8) {
            throw error("not a JPEG stream: no SOI marker (FFD8)");
        }
        int precision = -1;
        int width = -1;
        int height = -1;
        int restart = 0;
        while (true) {
            int m = nextMarker();
            switch (m) {
                case 0xC3 -> {
                    int l = u16();
                    precision = u8();
                    height = u16();
                    width = u16();
                    int nf = u8();
                    if (nf != 1) {
                        throw error("lossless JPEG with " + nf + " components; only single-component (grey) images"
                                + " are supported");
                    }
                    pos += l - 8;
                    if (precision < 2 || precision > 16) {
                        throw error("sample precision " + precision + " is outside 2..16");
                    }
                }
                case 0xC0, 0xC1, 0xC2, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF -> throw error(String
                        .format(Locale.ROOT, "JPEG frame type SOF%d is not lossless process 14 (SOF3)", m - 0xC0));
                case 0xC4 -> readHuffmanTables();
                case 0xDD -> {
                    u16();
                    restart = u16();
                }
                case 0xDA -> {
                    if (precision < 0) {
                        throw error("SOS before SOF3");
                    }
                    if (height != rows || width != cols) {
                        throw error("JPEG frame is " + width + "x" + height + " but Columns x Rows is " + cols + "x"
                                + rows);
                    }
                    int l = u16();
                    int ns = u8();
                    if (ns != 1) {
                        throw error("scan with " + ns + " components");
                    }
                    u8();
                    int td = u8() >> 4;
                    int ss = u8();
                    u8();
                    int pt = u8() & 0x0F;
                    pos += l - 8;
                    if (ss < 1 || ss > 7) {
                        throw error("predictor selection value " + ss + " is not in 1..7");
                    }
                    if (huffVal[td] == null) {
                        throw error("scan uses Huffman table " + td + " which was not defined");
                    }
                    return scan(rows, cols, precision, ss, pt, td, restart);
                }
                case 0xD9 -> throw error("EOI before any scan");
                default -> {
                    int l = u16();
                    if (l < 2 || pos + l - 2 > end) {
                        throw error(String.format(Locale.ROOT, "marker FF%02X segment length %d passes the end", m,
                                l));
                    }
                    pos += l - 2;
                }
            }
        }
    }

    private int nextMarker() {
        int c = u8();
        if (c != 0xFF) {
            throw error(String.format(Locale.ROOT, "expected a marker but found byte 0x%02X", c));
        }
        while (c == 0xFF) {
            c = u8();
        }
        return c;
    }

    private void readHuffmanTables() {
        int l = u16();
        int stop = pos + l - 2;
        if (stop > end) {
            throw error("DHT segment passes the end of the stream");
        }
        while (pos < stop) {
            int tcth = u8();
            int th = tcth & 0x0F;
            if (th > 3) {
                throw error("Huffman table id " + th + " is not in 0..3");
            }
            int[] bits = new int[17];
            int total = 0;
            for (int i = 1; i <= 16; i++) {
                bits[i] = u8();
                total += bits[i];
            }
            if (total > 256) {
                throw error("Huffman table declares " + total + " codes, more than 256");
            }
            int[] vals = new int[total];
            for (int i = 0; i < total; i++) {
                vals[i] = u8();
            }
            // T.81 Annex C (code generation) and F.2.2.3 (decoder tables)
            int code = 0;
            int k = 0;
            for (int len = 1; len <= 16; len++) {
                valPtr[th][len] = k;
                minCode[th][len] = code;
                code += bits[len];
                k += bits[len];
                maxCode[th][len] = bits[len] == 0 ? -1 : code - 1;
                code <<= 1;
            }
            maxCode[th][17] = Integer.MAX_VALUE;
            huffVal[th] = vals;
        }
    }

    private int bit() {
        if (bitCount == 0) {
            if (pos >= end && !markerHit) {
                throw error("truncated JPEG stream: the entropy-coded data end before the last sample");
            }
            if (markerHit) {
                bitBuf = 0; // T.81 F.2.2.5: after a marker, zeros are supplied
            } else {
                int c = b[pos] & 0xFF;
                if (c == 0xFF) {
                    int n = pos + 1 < end ? b[pos + 1] & 0xFF : 0xD9;
                    if (n == 0x00) {
                        pos += 2;
                    } else {
                        markerHit = true;
                        c = 0;
                    }
                } else {
                    pos++;
                }
                bitBuf = c;
            }
            bitCount = 8;
        }
        bitCount--;
        return (bitBuf >> bitCount) & 1;
    }

    private int decodeCategory(int t) {
        int code = bit();
        int len = 1;
        while (len <= 16 && code > maxCode[t][len]) {
            code = (code << 1) | bit();
            len++;
        }
        if (len > 16) {
            throw error("invalid Huffman code");
        }
        int idx = valPtr[t][len] + code - minCode[t][len];
        if (idx < 0 || idx >= huffVal[t].length) {
            throw error("invalid Huffman code");
        }
        return huffVal[t][idx];
    }

    private int difference(int t) {
        int s = decodeCategory(t);
        if (s == 0) {
            return 0;
        }
        if (s == 16) {
            return 32768;
        }
        if (s > 16) {
            throw error("difference category " + s + " is above 16");
        }
        int v = 0;
        for (int i = 0; i < s; i++) {
            v = (v << 1) | bit();
        }
        // T.81 F.2.2.1 EXTEND
        return v < (1 << (s - 1)) ? v - (1 << s) + 1 : v;
    }

    private int[] scan(int rows, int cols, int p, int ss, int pt, int t, int restart) {
        int[] out = new int[rows * cols];
        int mask = (1 << (p - pt)) - 1;
        int init = 1 << (p - pt - 1);
        int sinceRestart = 0;
        boolean firstRow = true;
        int rowOfRestart = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                if (restart > 0 && sinceRestart == restart) {
                    handleRestart();
                    sinceRestart = 0;
                    firstRow = true;
                    rowOfRestart = y;
                }
                int i = y * cols + x;
                int pred;
                boolean startOfInterval = sinceRestart == 0;
                if (startOfInterval) {
                    pred = init;
                } else if (firstRow && y == rowOfRestart) {
                    pred = x > 0 ? out[i - 1] : out[i - cols];
                } else if (x == 0) {
                    pred = out[i - cols];
                } else {
                    int ra = out[i - 1];
                    int rb = out[i - cols];
                    int rc = out[i - cols - 1];
                    pred = switch (ss) {
                        case 1 -> ra;
                        case 2 -> rb;
                        case 3 -> rc;
                        case 4 -> ra + rb - rc;
                        case 5 -> ra + ((rb - rc) >> 1);
                        case 6 -> rb + ((ra - rc) >> 1);
                        default -> (ra + rb) >> 1;
                    };
                }
                out[i] = (pred + difference(t)) & mask;
                sinceRestart++;
            }
            if (y > rowOfRestart) {
                firstRow = false;
            }
        }
        if (pt > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] <<= pt;
            }
        }
        return out;
    }

    private void handleRestart() {
        bitCount = 0;
        markerHit = false;
        // skip to the RSTn marker
        while (pos + 1 < end && !((b[pos] & 0xFF) == 0xFF && (b[pos + 1] & 0xFF) >= 0xD0 && (b[pos + 1] & 0xFF) <= 0xD7)) {
            pos++;
        }
        if (pos + 1 >= end) {
            throw error("restart marker expected but the stream ended");
        }
        pos += 2;
    }
}
