package org.radiomics4j.io.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.io.ImageFormatException;
import org.radiomics4j.io.TestData;

/**
 * Corrupt and hostile DICOM files: truncations, lengths changed or pointing past the end, absurd dimensions, deep
 * nesting and deflate garbage. Every one must be refused with an {@link ImageFormatException} that names the file
 * (and, where there is one, the element), quickly and without OutOfMemoryError or any other exception type.
 * Random corruptions use fixed seeds, printed in the test name.
 */
class DicomHostileFilesTest {
    static Stream<String> sources() {
        return Stream.of("pydicom/CT_small.dcm", "pydicom/MR_small_implicit.dcm", "pydicom/MR_small_bigendian.dcm",
                "pydicom/image_dfl.dcm", "dcmtk/MR_small_rle.dcm", "dcmtk/MR_small_jpeg_sv1.dcm",
                "dcmtk/CT_small_undefined_lengths.dcm", "pydicom/rtstruct.dcm");
    }

    private static void read(Path f) {
        if (f.getFileName().toString().contains("rtstruct")) {
            RtStruct.read(f);
        } else {
            DicomReaders.readFile(f);
        }
    }

    /** Reads {@code bytes}: it must either succeed or fail with an ImageFormatException naming the file. */
    private static boolean survives(Path dir, byte[] bytes, String what) throws IOException {
        Path f = dir.resolve("corrupt.dcm");
        Files.write(f, bytes);
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(f), what);
            return true;
        } catch (ImageFormatException e) {
            assertTrue(e.getMessage().startsWith(f.toString()), what + ": message does not name the file: "
                    + e.getMessage());
            return false;
        } catch (RuntimeException | Error e) {
            throw new AssertionError(what + ": unexpected " + e, e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void everyTruncationIsRefused(String name, @TempDir Path dir) throws IOException {
        byte[] b = Files.readAllBytes(TestData.root().resolve("dicom").resolve(name));
        int step = Math.max(1, b.length / 150);
        // a file may end with Data Set Trailing Padding (FFFC,FFFC) after the pixel data: cutting it off exactly at
        // its start leaves a valid file; any other cut is inside the last element and must be refused
        int valid = b.length - 1;
        try {
            valid = indexOf(b, new byte[] {(byte) 0xFC, (byte) 0xFF, (byte) 0xFC, (byte) 0xFF});
        } catch (IllegalStateException none) {
            // no padding
        }
        for (int n = 0; n < b.length - 1; n += step) {
            boolean ok = survives(dir, Arrays.copyOf(b, n), name + " truncated to " + n + " bytes");
            assertTrue(!ok || n == valid, name + " truncated to " + n + " of " + b.length + " bytes was read");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void randomLengthCorruptionsNeverEscapeAsOtherExceptions(String name, @TempDir Path dir) throws IOException {
        byte[] b = Files.readAllBytes(TestData.root().resolve("dicom").resolve(name));
        long seed = name.hashCode();
        Random r = new Random(seed);
        for (int trial = 0; trial < 80; trial++) {
            byte[] c = b.clone();
            int at = 128 + r.nextInt(Math.min(c.length - 132, 1500));
            int kind = r.nextInt(3);
            int[] values = {0xFFFFFFF0, 0x7FFFFFFF, 0xFFFFFFFF, c.length, 1 + r.nextInt(1 << 16)};
            int v = values[r.nextInt(values.length)];
            if (kind == 0 && at + 4 <= c.length) {
                ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN).putInt(at, v);
            } else if (kind == 1 && at + 2 <= c.length) {
                ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN).putShort(at, (short) v);
            } else {
                c[at] = (byte) v;
            }
            survives(dir, c, name + " seed " + seed + " trial " + trial + " at byte " + at);
        }
    }

    @Test
    void absurdDimensionsAreRefusedBeforeAllocating(@TempDir Path dir) throws IOException {
        DicomTestWriter w = DicomTestWriter.ctSlice("1", 3, 4, new double[] {0, 0, 0}, DicomSeriesTest.AXIAL, 1,
                new int[12], 1, 0);
        w.us(Tags.ROWS, 65535).us(Tags.COLUMNS, 65535).str(Tags.NUMBER_OF_FRAMES, "IS", "2147483647");
        Path f = dir.resolve("huge.dcm");
        Files.write(f, w.toFile(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN));
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> DicomReaders.readFile(f));
        assertTrue(e.getMessage().contains("65535 x 65535 x 2147483647"), e.getMessage());
        assertTrue(e.getMessage().contains("exceeds 2147483639 voxels"), e.getMessage());
        w.us(Tags.COLUMNS, 32768).str(Tags.NUMBER_OF_FRAMES, "IS", "1");
        Files.write(f, w.toFile(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN));
        ImageFormatException e2 = assertThrows(ImageFormatException.class, () -> DicomReaders.readFile(f));
        assertTrue(e2.getMessage().contains("PixelData") && e2.getMessage().contains("needs 4294901760"),
                e2.getMessage());
    }

    @Test
    void aLengthPastTheEndNamesTheElement(@TempDir Path dir) throws IOException {
        DicomTestWriter w = DicomTestWriter.ctSlice("1", 3, 4, new double[] {0, 0, 0}, DicomSeriesTest.AXIAL, 1,
                new int[12], 1, 0);
        byte[] b = w.toFile(TransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN);
        // find Modality (0008,0060) and give it a length of 2^31
        int at = indexOf(b, new byte[] {0x08, 0x00, 0x60, 0x00});
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(at + 4, Integer.MAX_VALUE);
        Path f = dir.resolve("len.dcm");
        Files.write(f, b);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> DicomReaders.readFile(f));
        assertEquals("(0008,0060) Modality", e.field());
        assertTrue(e.getMessage().contains("points past the end"), e.getMessage());
    }

    @Test
    void deepNestingIsRefused(@TempDir Path dir) throws IOException {
        for (boolean undefined : new boolean[] {false, true}) {
            DicomTestWriter inner = new DicomTestWriter().str(Tags.MODALITY, "CS", "CT");
            for (int d = 0; d < 2000; d++) {
                inner = new DicomTestWriter().undefinedLengths(undefined).seq(0x00081115, List.of(inner));
            }
            Path f = dir.resolve("deep.dcm");
            Files.write(f, inner.toFile(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN));
            ImageFormatException e = assertThrows(ImageFormatException.class, () -> DicomFile.read(f));
            assertTrue(e.getMessage().contains("nested deeper than 32"), e.getMessage());
        }
    }

    @Test
    void garbageAfterTheDeflatedMetaHeaderIsRefused(@TempDir Path dir) throws IOException {
        byte[] b = DicomTestWriter.ctSlice("1", 3, 4, new double[] {0, 0, 0}, DicomSeriesTest.AXIAL, 1, new int[12],
                1, 0).toFile(TransferSyntax.DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN);
        int meta = 132 + 12 + ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt(140);
        for (int i = meta; i < b.length; i++) {
            b[i] = (byte) 0xFF;
        }
        Path f = dir.resolve("dfl.dcm");
        Files.write(f, b);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> DicomReaders.readFile(f));
        assertEquals("deflated data set", e.field());
    }

    @Test
    void notDicomAndUnknownSyntax(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.dcm");
        Files.write(f, new byte[300]);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> DicomFile.read(f));
        assertTrue(e.getMessage().contains("no 'DICM' prefix"), e.getMessage());
        byte[] b = new DicomTestWriter().str(Tags.MODALITY, "CS", "CT").toFile(TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN);
        byte[] uid = TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int at = indexOf(b, uid);
        b[at + uid.length - 1] = '7'; // 1.2.840.10008.1.7: no such syntax
        Files.write(f, b);
        ImageFormatException e2 = assertThrows(ImageFormatException.class, () -> DicomFile.read(f));
        assertTrue(e2.getMessage().contains("unsupported transfer syntax 1.2.840.10008.1.2.7 (unknown UID)"),
                e2.getMessage());
    }

    private static int indexOf(byte[] b, byte[] pat) {
        outer:
        for (int i = 0; i + pat.length <= b.length; i++) {
            for (int k = 0; k < pat.length; k++) {
                if (b[i + k] != pat[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("pattern not found");
    }
}
