package org.radiomics4j.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.nifti.Nifti;
import org.radiomics4j.io.nifti.NiftiVersion;
import org.radiomics4j.io.nifti.NiftiWriteOptions;
import org.radiomics4j.io.nrrd.Nrrd;

/**
 * Every kind of bad file must throw {@link ImageFormatException} (a {@link RadiomicsException}) whose message names
 * the file and the header field, never an OutOfMemoryError, an IOException or a partial volume.
 */
class CorruptFilesTest {
    @TempDir
    Path tmp;

    private static void assertFails(Path file, String field, Runnable read) {
        ImageFormatException e = assertThrows(ImageFormatException.class, read::run);
        assertTrue(e instanceof RadiomicsException);
        String m = e.getMessage();
        assertTrue(m.contains(file.getFileName().toString()), "message names the file: " + m);
        assertTrue(m.contains("'" + field + "'"), "message names field '" + field + "': " + m);
        assertTrue(field.equals(e.field()), "field() is " + e.field());
    }

    private Path nrrd(String name, String header, byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(header.getBytes(StandardCharsets.US_ASCII));
        if (data != null) {
            b.write(data);
        }
        Path p = tmp.resolve(name);
        Files.write(p, b.toByteArray());
        return p;
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(data);
        }
        return b.toByteArray();
    }

    private static final String HEAD = "NRRD0004\ntype: short\ndimension: 3\nspace: LPS\nendian: little\n";

    // ---- NRRD ------------------------------------------------------------------------------------------------

    @Test
    void nrrdWrongMagic() throws IOException {
        Path p = nrrd("bad.nrrd", "NRRX0004\ntype: short\n\n", new byte[8]);
        assertFails(p, "magic", () -> Nrrd.read(p));
        Path q = nrrd("png.nrrd", "\u0089PNG\r\n", new byte[8]);
        assertFails(q, "magic", () -> Nrrd.read(q));
    }

    @Test
    void nrrdRawFileShorterThanTheHeaderClaims() throws IOException {
        Path p = nrrd("short.nrrd", HEAD + "sizes: 4 4 4\nencoding: raw\n\n", new byte[100]);
        assertFails(p, "sizes", () -> Nrrd.read(p));
    }

    @Test
    void nrrdGzipStreamShorterThanTheHeaderClaims() throws IOException {
        Path p = nrrd("shortgz.nrrd", HEAD + "sizes: 4 4 4\nencoding: gzip\n\n", gzip(new byte[100]));
        assertFails(p, "data", () -> Nrrd.read(p));
    }

    @Test
    void nrrdTruncatedGzipFile() throws IOException {
        byte[] z = gzip(new byte[128]);
        Path p = nrrd("cut.nrrd", HEAD + "sizes: 4 4 4\nencoding: gzip\n\n", Arrays.copyOf(z, z.length / 2));
        assertFails(p, "data", () -> Nrrd.read(p));
    }

    @Test
    void nrrdCorruptGzipData() throws IOException {
        Path p = nrrd("junk.nrrd", HEAD + "sizes: 4 4 4\nencoding: gzip\n\n", new byte[] {0x1f, (byte) 0x8b, 8, 0,
            0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertFails(p, "data", () -> Nrrd.read(p));
    }

    /** {@code gz} with its trailer's CRC-32 (last 8 bytes: CRC-32, size) or size changed. */
    private static byte[] badTrailer(byte[] gz, int at) {
        byte[] b = gz.clone();
        b[b.length - 8 + at] ^= 0x5a;
        return b;
    }

    private static byte[] shorts(int n) {
        ByteBuffer b = ByteBuffer.allocate(2 * n).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            b.putShort((short) (i * 37 - 500));
        }
        return b.array();
    }

    @Test
    void nrrdGzipTrailerWithWrongCrcOrSize() throws IOException {
        byte[] z = gzip(shorts(64));
        for (int at : new int[] {0, 3, 4, 7}) {
            Path p = nrrd("crc" + at + ".nrrd", HEAD + "sizes: 4 4 4\nencoding: gzip\n\n", badTrailer(z, at));
            assertFails(p, "data", () -> Nrrd.read(p));
            ImageFormatException e = assertThrows(ImageFormatException.class, () -> Nrrd.read(p));
            assertTrue(e.getMessage().contains("corrupt gzip data") && e.getMessage().contains("trailer"),
                    e.getMessage());
        }
        // the label-map path (8-bit, inflated straight into the mask's bytes) checks it too
        byte[] labels = new byte[64];
        labels[20] = 1;
        Path m = nrrd("crcmask.nrrd", "NRRD0004\ntype: uint8\ndimension: 3\nsizes: 4 4 4\nencoding: gzip\n\n",
                badTrailer(gzip(labels), 1));
        assertFails(m, "data", () -> Nrrd.readMask(m));
        // cut inside the trailer: the data are complete but the stream is not
        Path c = nrrd("cuttrailer.nrrd", HEAD + "sizes: 4 4 4\nencoding: gzip\n\n", Arrays.copyOf(z, z.length - 3));
        assertFails(c, "data", () -> Nrrd.read(c));
    }

    @Test
    void nrrdMultiMemberGzipReadsAsOneStream() throws IOException {
        byte[] all = shorts(64);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(gzip(Arrays.copyOfRange(all, 0, 50)));
        b.write(gzip(Arrays.copyOfRange(all, 50, 51)));
        b.write(gzip(Arrays.copyOfRange(all, 51, 128)));
        Path p = nrrd("multi.nrrd", HEAD + "sizes: 4 4 4\nencoding: gzip\n\n", b.toByteArray());
        Volume v = Nrrd.read(p);
        for (int i = 0; i < 64; i++) {
            assertTrue(v.get(i) == (short) (i * 37 - 500), "voxel " + i + " is " + v.get(i));
        }
        // a corrupt CRC in the last member is found as well
        byte[] bad = b.toByteArray();
        bad[bad.length - 6] ^= 1;
        Path q = nrrd("multibad.nrrd", HEAD + "sizes: 4 4 4\nencoding: gzip\n\n", bad);
        assertFails(q, "data", () -> Nrrd.read(q));
    }

    @Test
    void nrrdMoreVoxelsThanAnArrayHolds() throws IOException {
        Path p = nrrd("huge.nrrd", HEAD + "sizes: 2000 2000 1000\nencoding: gzip\n\n", gzip(new byte[16]));
        assertFails(p, "sizes", () -> Nrrd.read(p));
    }

    @Test
    void nrrdMoreVoxelsThanTheHeapHolds() throws IOException {
        // 1.73e9 doubles = 13.8 GB: fits an array index but not the test JVM's heap (-Xmx3g)
        Path p = nrrd("heap.nrrd", "NRRD0004\ntype: double\ndimension: 3\nendian: little\n"
                + "sizes: 1200 1200 1200\nencoding: gzip\n\n", gzip(new byte[16]));
        assertFails(p, "sizes", () -> Nrrd.read(p));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "encoding|sizes: 2 2 2\\nencoding: bzip2\\n",
        "encoding|sizes: 2 2 2\\nencoding: hex\\n",
        "type|sizes: 2 2 2\\nencoding: raw\\ntype: block\\n",
        "sizes|sizes: 2 -2 2\\nencoding: raw\\n",
        "sizes|sizes: 2 2\\nencoding: raw\\n",
        "sizes|sizes: 2 two 2\\nencoding: raw\\n",
        "space directions|sizes: 2 2 2\\nencoding: raw\\nspace directions: (1,0) (0,1,0) (0,0,1)\\n",
        "space directions|sizes: 2 2 2\\nencoding: raw\\nspace directions: (1,0,0) (0,1,0)\\n",
        "space directions|sizes: 2 2 2\\nencoding: raw\\nspace directions: (1,0,0) (0,x,0) (0,0,1)\\n",
        "space directions|sizes: 2 2 2\\nencoding: raw\\nspace directions: (0,0,0) (0,1,0) (0,0,1)\\n",
        "space directions|sizes: 2 2 2\\nencoding: raw\\nspace directions: (1,0,0) (2,0,0) (0,0,1)\\n",
        "space directions|sizes: 2 2 2\\nencoding: raw\\nspace directions: (1,0,0) (0,1,0 (0,0,1)\\n",
        "space directions|sizes: 2 2 2\\nencoding: raw\\nspace directions: none (0,1,0) (0,0,1)\\n",
        "space origin|sizes: 2 2 2\\nencoding: raw\\nspace origin: (1,2)\\n",
        "byte skip|sizes: 2 2 2\\nencoding: gzip\\nbyte skip: -1\\n",
        "dimension|sizes: 2 2 2 2\\nencoding: raw\\n",
        "header|sizes: 2 2 2\\nencoding: raw\\nthis line has no colon\\n"})
    void nrrdBadHeaderFields(String field, String fields) throws IOException {
        String h = HEAD.replace("dimension: 3\n", fields.startsWith("sizes: 2 2 2 2") ? "dimension: 4\n"
                : "dimension: 3\n") + fields.replace("\\n", "\n");
        Path p = nrrd("f.nrrd", h + "\n", new byte[64]);
        assertFails(p, field, () -> Nrrd.read(p));
    }

    @Test
    void nrrdMissingEndianAndDuplicateField() throws IOException {
        Path p = nrrd("noendian.nrrd", "NRRD0004\ntype: short\ndimension: 3\nsizes: 2 2 2\nencoding: raw\n\n",
                new byte[16]);
        assertFails(p, "endian", () -> Nrrd.read(p));
        Path q = nrrd("dup.nrrd", HEAD + "sizes: 2 2 2\nsizes: 2 2 2\nencoding: raw\n\n", new byte[16]);
        assertFails(q, "sizes", () -> Nrrd.read(q));
        Path r = nrrd("notype.nrrd", "NRRD0004\ndimension: 3\nsizes: 2 2 2\nencoding: raw\n\n", new byte[16]);
        assertFails(r, "type", () -> Nrrd.read(r));
    }

    @Test
    void nrrdMissingDetachedDataFile() throws IOException {
        Path p = nrrd("det.nhdr", HEAD + "sizes: 2 2 2\nencoding: raw\ndata file: nowhere.raw\n", null);
        assertFails(p, "data file", () -> Nrrd.read(p));
    }

    @Test
    void nrrdAsciiWithTooFewOrBadValues() throws IOException {
        Path p = nrrd("few.nrrd", HEAD + "sizes: 2 2 2\nencoding: ascii\n\n", "1 2 3".getBytes(StandardCharsets.US_ASCII));
        assertFails(p, "data", () -> Nrrd.read(p));
        Path q = nrrd("nan.nrrd", HEAD + "sizes: 2 2 2\nencoding: ascii\n\n",
                "1 2 3 4 5 6 7 x".getBytes(StandardCharsets.US_ASCII));
        assertFails(q, "data", () -> Nrrd.read(q));
        Path r = nrrd("range.nrrd", HEAD + "sizes: 2 2 2\nencoding: ascii\n\n",
                "1 2 3 4 5 6 7 40000".getBytes(StandardCharsets.US_ASCII));
        assertFails(r, "data", () -> Nrrd.read(r));
    }

    // ---- NIfTI -----------------------------------------------------------------------------------------------

    private Path nifti(String name, NiftiVersion v, Consumer<ByteBuffer> edit) throws IOException {
        Geometry g = Geometry.of(3, 4, 5, 1, 1, 2);
        Volume vol = RandomImages.volume(new SplittableRandom(1), PixelType.INT16, g);
        Path p = tmp.resolve(name);
        Path raw = tmp.resolve("raw-" + name.replace(".gz", ""));
        Nifti.write(vol, raw, NiftiWriteOptions.defaults().withVersion(v));
        byte[] b = Files.readAllBytes(raw);
        edit.accept(ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN));
        Files.write(p, name.endsWith(".gz") ? gzip(b) : b);
        return p;
    }

    @Test
    void niftiWrongSizeofHdrAndMagic() throws IOException {
        Path p = nifti("a.nii", NiftiVersion.NIFTI_1, b -> b.putInt(0, 349));
        assertFails(p, "sizeof_hdr", () -> Nifti.read(p));
        Path q = nifti("b.nii", NiftiVersion.NIFTI_1, b -> b.put(345, (byte) 'x'));
        assertFails(q, "magic", () -> Nifti.read(q));
        Path r = nifti("c.nii", NiftiVersion.NIFTI_2, b -> b.put(7, (byte) 'x'));
        assertFails(r, "magic", () -> Nifti.read(r));
        Path s = nifti("d.nii", NiftiVersion.NIFTI_1, b -> b.put(345, (byte) 'i'));
        assertFails(s, "magic", () -> Nifti.read(s));
    }

    @Test
    void niftiTruncatedHeaderAndData() throws IOException {
        Path p = tmp.resolve("hdr.nii");
        Files.write(p, Arrays.copyOf(Files.readAllBytes(nifti("x.nii", NiftiVersion.NIFTI_1, b -> { })), 200));
        assertFails(p, "header", () -> Nifti.read(p));
        Path q = tmp.resolve("data.nii");
        byte[] full = Files.readAllBytes(nifti("y.nii", NiftiVersion.NIFTI_1, b -> { }));
        Files.write(q, Arrays.copyOf(full, full.length - 10));
        assertFails(q, "dim", () -> Nifti.read(q));
        Path r = tmp.resolve("data.nii.gz");
        Files.write(r, gzip(Arrays.copyOf(full, full.length - 10)));
        assertFails(r, "data", () -> Nifti.read(r));
        Path s = tmp.resolve("cut.nii.gz");
        byte[] z = gzip(full);
        Files.write(s, Arrays.copyOf(z, z.length - 20));
        assertFails(s, "data", () -> Nifti.read(s));
    }

    @Test
    void niftiGzipTrailerWithWrongCrcOrSize() throws IOException {
        byte[] full = Files.readAllBytes(nifti("ok.nii", NiftiVersion.NIFTI_1, b -> { }));
        byte[] z = gzip(full);
        for (int at : new int[] {0, 5}) {
            Path p = tmp.resolve("crc" + at + ".nii.gz");
            Files.write(p, badTrailer(z, at));
            assertFails(p, "data", () -> Nifti.read(p));
        }
        Path ok = tmp.resolve("ok2.nii.gz");
        Files.write(ok, z);
        Nifti.read(ok);
    }

    @ParameterizedTest(name = "datatype {0}")
    @CsvSource({"1", "32", "128", "1536", "1792", "2304", "99"})
    void niftiUnsupportedDatatypes(short code) throws IOException {
        Path p = nifti("t.nii", NiftiVersion.NIFTI_1, b -> b.putShort(70, code));
        assertFails(p, "datatype", () -> Nifti.read(p));
    }

    @Test
    void niftiBadDimensionsAndOffsets() throws IOException {
        Path p = nifti("neg.nii", NiftiVersion.NIFTI_1, b -> b.putShort(44, (short) -4));
        assertFails(p, "dim", () -> Nifti.read(p));
        Path q = nifti("dim0.nii", NiftiVersion.NIFTI_1, b -> b.putShort(40, (short) 8));
        assertFails(q, "dim", () -> Nifti.read(q));
        Path r = nifti("vox.nii", NiftiVersion.NIFTI_1, b -> b.putFloat(108, 100f));
        assertFails(r, "vox_offset", () -> Nifti.read(r));
        Path s = nifti("voxfrac.nii", NiftiVersion.NIFTI_1, b -> b.putFloat(108, 352.5f));
        assertFails(s, "vox_offset", () -> Nifti.read(s));
        Path t = nifti("neg2.nii", NiftiVersion.NIFTI_2, b -> b.putLong(24, -1));
        assertFails(t, "dim", () -> Nifti.read(t));
    }

    @Test
    void niftiTooLarge() throws IOException {
        Path p = nifti("big.nii.gz", NiftiVersion.NIFTI_1, b -> {
            b.putShort(42, (short) 32000);
            b.putShort(44, (short) 32000);
            b.putShort(46, (short) 32000);
        });
        assertFails(p, "dim", () -> Nifti.read(p));
        // 1200^3 float64 = 13.8 GB: an array could index it, the heap (-Xmx3g) cannot hold it
        Path q = nifti("heap.nii.gz", NiftiVersion.NIFTI_1, b -> {
            b.putShort(42, (short) 1200);
            b.putShort(44, (short) 1200);
            b.putShort(46, (short) 1200);
            b.putShort(70, (short) 64);
        });
        assertFails(q, "dim", () -> Nifti.read(q));
    }

    @Test
    void unknownExtensionNamesTheFileAndTheSupportedOnes() {
        Path p = tmp.resolve("image.xyz");
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageReaders.readVolume(p));
        assertTrue(e.getMessage().contains("image.xyz") && e.getMessage().contains(".nii.gz")
                && e.getMessage().contains(".seg.nrrd"), e.getMessage());
        assertThrows(ImageFormatException.class, () -> ImageReaders.readMask(p));
    }

    @Test
    void negativeMaskValuesAreRejected() throws IOException {
        Path p = nrrd("neg.nrrd", HEAD + "sizes: 2 1 1\nencoding: ascii\n\n", "1 -1".getBytes(StandardCharsets.US_ASCII));
        assertFails(p, "data", () -> ImageReaders.readMask(p));
    }
}
