package org.radiomics4j.io.dicom;

import java.nio.file.Path;
import org.radiomics4j.io.ImageFormatException;

/**
 * RLE Lossless decoding (PS3.5 Annex G): a frame is a 64-byte header (number of segments, then 15 segment offsets,
 * little endian) followed by segments, each a PackBits byte stream (G.3.1: a header byte {@code n} in 0..127
 * copies the next {@code n+1} bytes, in -127..-1 repeats the next byte {@code 1-n} times, -128 is skipped).
 * Segment {@code s} holds byte {@code s} (most significant first) of every sample (G.2).
 */
final class RleDecoder {
    private RleDecoder() {
    }

    /**
     * Decodes one frame into {@code bytesPerSample} planes of {@code pixels} bytes each, most significant first.
     *
     * @throws ImageFormatException naming the file and frame if the header or a segment is malformed or short
     */
    static byte[][] decode(Path file, int frame, byte[] src, int off, int len, int pixels, int bytesPerSample) {
        String field = "PixelData (RLE frame " + frame + ")";
        if (len < 64) {
            throw new ImageFormatException(file, field, "RLE header needs 64 bytes but the frame has " + len);
        }
        int nseg = u32(src, off);
        if (nseg != bytesPerSample) {
            throw new ImageFormatException(file, field, "RLE header declares " + nseg + " segments but "
                    + bytesPerSample + " are needed (one per byte of a " + 8 * bytesPerSample + "-bit sample)");
        }
        byte[][] planes = new byte[nseg][pixels];
        for (int s = 0; s < nseg; s++) {
            long start = u32(src, off + 4 + 4 * s) & 0xFFFFFFFFL;
            long stop = s + 1 < nseg ? u32(src, off + 8 + 4 * s) & 0xFFFFFFFFL : len;
            if (start < 64 || start > stop || stop > len) {
                throw new ImageFormatException(file, field, "segment " + s + " offset " + start + " (to " + stop
                        + ") is outside the frame of " + len + " bytes");
            }
            unpack(file, field, s, src, off + (int) start, off + (int) stop, planes[s]);
        }
        return planes;
    }

    private static void unpack(Path file, String field, int seg, byte[] src, int p, int end, byte[] out) {
        int o = 0;
        while (o < out.length) {
            if (p >= end) {
                throw new ImageFormatException(file, field, "segment " + seg + " ends after " + o + " of "
                        + out.length + " bytes");
            }
            int n = src[p++];
            if (n >= 0) {
                int k = n + 1;
                if (p + k > end) {
                    throw new ImageFormatException(file, field, "segment " + seg + ": literal run of " + k
                            + " bytes passes the segment end");
                }
                if (o + k > out.length) {
                    throw new ImageFormatException(file, field, "segment " + seg + " decodes to more than "
                            + out.length + " bytes");
                }
                System.arraycopy(src, p, out, o, k);
                p += k;
                o += k;
            } else if (n != -128) {
                int k = 1 - n;
                if (p >= end) {
                    throw new ImageFormatException(file, field, "segment " + seg + ": replicate run without its"
                            + " byte");
                }
                if (o + k > out.length) {
                    throw new ImageFormatException(file, field, "segment " + seg + " decodes to more than "
                            + out.length + " bytes");
                }
                byte v = src[p++];
                for (int i = 0; i < k; i++) {
                    out[o++] = v;
                }
            }
        }
    }

    private static int u32(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24;
    }
}
