package org.radiomics4j.io.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link GzipInput} against the JDK's {@link GZIPInputStream} (the reference: the decoder the readers used before)
 * on seeded random data, with small source blocks and random read lengths so that every header, deflate and trailer
 * boundary falls across a block; plus hand-built headers (FEXTRA, FNAME, FCOMMENT, FHCRC), concatenated members,
 * trailing bytes, and every way a hostile file can be cut or corrupted.
 */
class GzipInputTest {

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(data);
        }
        return b.toByteArray();
    }

    /** Random bytes: runs of zeros and small values (compressible, like a mask or a CT) or plain noise. */
    private static byte[] data(Random r, int n) {
        byte[] d = new byte[n];
        int mode = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            d[i] = switch (mode) {
                case 0 -> (byte) r.nextInt(256);
                case 1 -> (byte) (r.nextInt(50) == 0 ? r.nextInt(4) : 0);
                default -> (byte) (i / 97 % 7 + r.nextInt(3));
            };
        }
        return d;
    }

    private static byte[] readAll(InputStream in, Random r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 + r.nextInt(5000)];
        while (true) {
            int len = Math.min(buf.length, r.nextInt(10) == 0 ? 1 + r.nextInt(3) : 1 + r.nextInt(buf.length));
            int n = in.read(buf, 0, len);
            if (n < 0) {
                return out.toByteArray();
            }
            out.write(buf, 0, n);
        }
    }

    private static byte[] reference(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    private static byte[] decode(byte[] gz, int block, Random r) throws IOException {
        try (InputStream in = new GzipInput(new ByteArrayInputStream(gz), block)) {
            return readAll(in, r);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1L, 2L, 3L, 42L, 2026L, 31337L, 77777L, 123456789L})
    void equalsTheJdkDecoderOnRandomData(long seed) throws IOException {
        System.out.println("GzipInputTest seed " + seed);
        Random r = new Random(seed);
        for (int t = 0; t < 20; t++) {
            byte[] d = data(r, r.nextInt(4) == 0 ? r.nextInt(10) : r.nextInt(300_000));
            byte[] gz = gzip(d);
            if (r.nextBoolean()) { // a second (and third) member
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                b.write(gz);
                for (int m = r.nextInt(2); m >= 0; m--) {
                    b.write(gzip(data(r, r.nextInt(50_000))));
                }
                gz = b.toByteArray();
            }
            int block = 16 + r.nextInt(r.nextBoolean() ? 64 : 1 << 17);
            assertArrayEquals(reference(gz), decode(gz, block, r), "seed " + seed + ", case " + t + ", block " + block);
        }
    }

    /** A gzip member built by hand: a header with the given flags and fields, raw deflate data, the trailer. */
    private static byte[] member(byte[] data, int flags, boolean goodHeaderCrc, long crcDelta, long sizeDelta) {
        ByteArrayOutputStream h = new ByteArrayOutputStream();
        h.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, (byte) flags, 1, 2, 3, 4, 0, 3});
        if ((flags & 4) != 0) {
            h.writeBytes(new byte[] {5, 0, 'a', 'b', 'c', 'd', 'e'});
        }
        if ((flags & 8) != 0) {
            h.writeBytes("image.raw\0".getBytes(StandardCharsets.ISO_8859_1));
        }
        if ((flags & 16) != 0) {
            h.writeBytes("a comment\0".getBytes(StandardCharsets.ISO_8859_1));
        }
        if ((flags & 2) != 0) {
            CRC32 c = new CRC32();
            c.update(h.toByteArray());
            int v = (int) c.getValue() & 0xFFFF;
            if (!goodHeaderCrc) {
                v ^= 1;
            }
            h.writeBytes(new byte[] {(byte) v, (byte) (v >>> 8)});
        }
        Deflater def = new Deflater(6, true);
        def.setInput(data);
        def.finish();
        byte[] buf = new byte[data.length + 1024];
        int n = 0;
        while (!def.finished()) {
            n += def.deflate(buf, n, buf.length - n);
        }
        def.end();
        h.write(buf, 0, n);
        CRC32 c = new CRC32();
        c.update(data);
        long crc = (c.getValue() + crcDelta) & 0xFFFFFFFFL;
        long size = (data.length + sizeDelta) & 0xFFFFFFFFL;
        for (long v : new long[] {crc, size}) {
            h.writeBytes(new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)});
        }
        return h.toByteArray();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 4, 8, 16, 2 | 4 | 8 | 16, 4 | 16})
    void headerFieldsAreSkippedAndTheHeaderCrcChecked(int flags) throws IOException {
        Random r = new Random(flags);
        byte[] d = data(r, 10_000);
        for (int block : new int[] {16, 17, 23, 1 << 20}) {
            assertArrayEquals(d, decode(member(d, flags, true, 0, 0), block, r), "flags " + flags);
        }
        if ((flags & 2) != 0) {
            byte[] bad = member(d, flags, false, 0, 0);
            assertThrows(ZipException.class, () -> reference(bad)); // the JDK checks it too
            assertThrows(ZipException.class, () -> decode(bad, 16, r));
        }
    }

    @Test
    void corruptTrailerCrcOrSizeIsAnError() throws IOException {
        Random r = new Random(11);
        byte[] d = data(r, 70_000);
        for (long[] delta : new long[][] {{1, 0}, {0, 1}, {0x80000000L, 0}, {0, -1}}) {
            byte[] bad = member(d, 0, true, delta[0], delta[1]);
            assertThrows(ZipException.class, () -> reference(bad));
            ZipException e = assertThrows(ZipException.class, () -> decode(bad, 4096, r));
            assertTrue(e.getMessage().startsWith("Corrupt GZIP trailer"), e.getMessage());
            // a reader that stops at the last data byte still sees it through drain
            try (InputStream in = new GzipInput(new ByteArrayInputStream(bad))) {
                assertEquals(d.length, in.readNBytes(d.length).length);
                assertThrows(org.radiomics4j.io.ImageFormatException.class,
                        () -> GzipInput.drain(in, java.nio.file.Path.of("x.nrrd")));
            }
        }
    }

    @Test
    void everyTruncationIsAnErrorNeverShortData() throws IOException {
        Random r = new Random(5);
        byte[] d = data(r, 3000);
        byte[] gz = gzip(d);
        for (int cut = 0; cut < gz.length; cut++) {
            byte[] part = Arrays.copyOf(gz, cut);
            for (int block : new int[] {16, 1 << 20}) {
                IOException e = assertThrows(IOException.class, () -> decode(part, block, r), "cut at " + cut);
                assertTrue(e instanceof EOFException || e instanceof ZipException, "cut at " + cut + ": " + e);
            }
        }
    }

    @Test
    void corruptDeflateDataAndWrongMagicAreErrors() throws IOException {
        Random r = new Random(8);
        assertThrows(ZipException.class, () -> decode(new byte[] {0x1f, (byte) 0x8c, 8, 0, 0, 0, 0, 0, 0, 0}, 16, r));
        assertThrows(ZipException.class, () -> decode(new byte[] {0x1f, (byte) 0x8b, 7, 0, 0, 0, 0, 0, 0, 0}, 16, r));
        assertThrows(ZipException.class, () -> decode(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3,
            4, 5, 6, 7, 8, 9}, 16, r));
        byte[] gz = gzip(data(r, 20_000));
        for (int k = 0; k < 40; k++) { // flip bytes in the deflate data: an error, never silently other data
            byte[] bad = gz.clone();
            int p = 10 + r.nextInt(gz.length - 18);
            bad[p] ^= (byte) (1 + r.nextInt(255));
            assertThrows(IOException.class, () -> decode(bad, 1 + 15 + r.nextInt(1000), r), "flipped byte " + p);
        }
    }

    @Test
    void trailingBytesAfterTheLastMemberAreIgnoredAsTheJdkDoes() throws IOException {
        Random r = new Random(3);
        byte[] d = data(r, 5000);
        byte[] gz = gzip(d);
        for (byte[] tail : new byte[][] {{0}, {0, 0, 0, 0}, {0x1f}, {0x1f, (byte) 0x8b}, {0x1f, (byte) 0x8b, 8, 0, 0},
            "garbage after the stream".getBytes(StandardCharsets.US_ASCII)}) {
            byte[] all = Arrays.copyOf(gz, gz.length + tail.length);
            System.arraycopy(tail, 0, all, gz.length, tail.length);
            assertArrayEquals(reference(all), decode(all, 16, r));
            assertArrayEquals(d, decode(all, 1 << 20, r));
        }
    }
}
