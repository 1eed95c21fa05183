package org.radiomics4j.io.nrrd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageReaders;

/**
 * NRRD header features on hand-written files: spaces other than LPS (converted as ITK's NrrdImageIO does: RAS
 * negates x and y, LAS negates y), {@code spacings} without space directions, 2-D images, detached headers (single,
 * LIST, printf-style and absolute data files), {@code line skip}, {@code byte skip} (including -1), big-endian data,
 * old and new magic versions and type aliases. Expected values are worked out by hand from the NRRD specification
 * (teem.sourceforge.net/nrrd/format.html); geometry values are exact binary fractions, so tolerance 0 except where
 * a normalisation divides (1e-15).
 */
class NrrdHeaderFeaturesTest {
    @TempDir
    Path tmp;

    private Path file(String name, String header, byte[] data) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(header.getBytes(StandardCharsets.US_ASCII));
        if (data != null) {
            b.write(data);
        }
        Path p = tmp.resolve(name);
        Files.write(p, b.toByteArray());
        return p;
    }

    private static byte[] shorts(ByteOrder order, int... v) {
        ByteBuffer b = ByteBuffer.allocate(2 * v.length).order(order);
        for (int x : v) {
            b.putShort((short) x);
        }
        return b.array();
    }

    private static double[] seq(int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = i;
        }
        return d;
    }

    private static final String ASCII_8 = "encoding: ascii\n\n0 1 2 3 4 5 6 7\n";

    @Test
    void rasIsConvertedToLps() throws IOException {
        Path p = file("ras.nrrd", "NRRD0004\ntype: short\ndimension: 3\nspace: right-anterior-superior\n"
                + "sizes: 2 2 2\nspace directions: (-1,0,0) (0,-2,0) (0,0,3)\nkinds: domain domain domain\n"
                + "space origin: (10,20,30)\n" + ASCII_8, null);
        Volume v = Nrrd.read(p);
        assertEquals(PixelType.INT16, v.pixelType());
        assertArrayEquals(new double[] {1, 2, 3}, v.geometry().spacing(), 0);
        assertArrayEquals(Geometry.identity(), v.geometry().direction(), 0);
        assertArrayEquals(new double[] {-10, -20, 30}, v.geometry().origin(), 0);
        assertArrayEquals(seq(8), v.toDoubleArray(), 0);
    }

    @Test
    void lasFlipsOnlyY() throws IOException {
        Path p = file("las.nrrd", "NRRD0004\ntype: short\ndimension: 3\nspace: LAS\nsizes: 2 2 2\n"
                + "space directions: (0.5,0,0) (0,-0.5,0) (0,0,4)\nspace origin: (1,2,3)\n" + ASCII_8, null);
        Volume v = Nrrd.read(p);
        assertArrayEquals(new double[] {0.5, 0.5, 4}, v.geometry().spacing(), 0);
        assertArrayEquals(Geometry.identity(), v.geometry().direction(), 0);
        assertArrayEquals(new double[] {1, -2, 3}, v.geometry().origin(), 0);
    }

    @Test
    void obliqueDirectionsAreNormalisedColumns() throws IOException {
        // axis 0 along (3,4,0)/5 with spacing 5·0.5, axis 1 along (-4,3,0)/5, axis 2 along z
        Path p = file("obl.nrrd", "NRRD0004\ntype: short\ndimension: 3\nspace: left-posterior-superior\n"
                + "sizes: 2 2 2\nspace directions: (1.5,2,0) (-4,3,0) (0,0,1)\n" + ASCII_8, null);
        Geometry g = Nrrd.read(p).geometry();
        assertArrayEquals(new double[] {2.5, 5, 1}, g.spacing(), 1e-15);
        assertArrayEquals(new double[] {0.6, -0.8, 0, 0.8, 0.6, 0, 0, 0, 1}, g.direction(), 1e-15);
    }

    @Test
    void spacingsWithoutSpaceDirections() throws IOException {
        Path p = file("sp.nrrd", "NRRD0001\ntype: short\ndimension: 3\nsizes: 2 2 2\nspacings: 0.5 0.25 2\n"
                + ASCII_8, null);
        Geometry g = Nrrd.read(p).geometry();
        assertArrayEquals(new double[] {0.5, 0.25, 2}, g.spacing(), 0);
        assertArrayEquals(Geometry.identity(), g.direction(), 0);
        assertArrayEquals(new double[3], g.origin(), 0);
    }

    @Test
    void twoDimensionalWithTwoDimensionalSpace() throws IOException {
        Path p = file("2d.nrrd", "NRRD0005\ntype: uchar\ndimension: 2\nspace dimension: 2\nsizes: 4 2\n"
                + "space directions: (0.5,0) (0,0.25)\nspace origin: (1,2)\n" + ASCII_8, null);
        Volume v = Nrrd.read(p);
        assertEquals(PixelType.UINT8, v.pixelType());
        assertArrayEquals(new int[] {4, 2, 1}, v.geometry().size());
        assertArrayEquals(new double[] {0.5, 0.25, 1}, v.geometry().spacing(), 0);
        assertArrayEquals(new double[] {1, 2, 0}, v.geometry().origin(), 0);
        assertArrayEquals(Geometry.identity(), v.geometry().direction(), 0);
        assertArrayEquals(seq(8), v.toDoubleArray(), 0);
    }

    @Test
    void twoDimensionalSliceInThreeDimensionalSpace() throws IOException {
        // a sagittal slice: index x runs along P, index y along S; the normal (third column) is x × y = L
        Path p = file("sag.nrrd", "NRRD0004\ntype: uchar\ndimension: 2\nspace: LPS\nsizes: 4 2\n"
                + "space directions: (0,1,0) (0,0,2)\nspace origin: (5,6,7)\n" + ASCII_8, null);
        Geometry g = Nrrd.read(p).geometry();
        assertArrayEquals(new double[] {1, 2, 1}, g.spacing(), 0);
        assertArrayEquals(new double[] {0, 0, 1, 1, 0, 0, 0, 1, 0}, g.direction(), 0);
        assertArrayEquals(new double[] {5, 6, 7}, g.origin(), 0);
    }

    @Test
    void fourDimensionalWithSingletonAxisIsAVolume() throws IOException {
        Path p = file("4d.nrrd", "NRRD0004\ntype: short\ndimension: 4\nspace: LPS\nsizes: 1 2 2 2\n"
                + "space directions: none (1,0,0) (0,1,0) (0,0,1)\nkinds: list domain domain domain\n" + ASCII_8,
                null);
        Volume v = Nrrd.read(p);
        assertArrayEquals(new int[] {2, 2, 2}, v.geometry().size());
        assertArrayEquals(seq(8), v.toDoubleArray(), 0);
    }

    @Test
    void detachedHeaderWithRelativeAbsoluteListAndFormatDataFiles() throws IOException {
        byte[] all = shorts(ByteOrder.LITTLE_ENDIAN, 0, 1, 2, 3, 4, 5, 6, 7);
        Files.write(tmp.resolve("data.raw"), all);
        Files.write(tmp.resolve("s00.raw"), java.util.Arrays.copyOfRange(all, 0, 8));
        Files.write(tmp.resolve("s01.raw"), java.util.Arrays.copyOfRange(all, 8, 16));
        String common = "NRRD0004\ntype: short\ndimension: 3\nspace: LPS\nsizes: 2 2 2\n"
                + "space directions: (1,0,0) (0,1,0) (0,0,1)\nendian: little\nencoding: raw\n";
        Path rel = file("rel.nhdr", common + "data file: data.raw\n", null);
        Path abs = file("abs.nhdr", common + "data file: " + tmp.resolve("data.raw").toAbsolutePath() + "\n", null);
        Path list = file("list.nhdr", common + "data file: LIST\ns00.raw\ns01.raw\n", null);
        Path fmt = file("fmt.nhdr", common + "data file: s%02d.raw 0 1 1\n", null);
        for (Path p : new Path[] {rel, abs, list, fmt}) {
            assertArrayEquals(seq(8), ImageReaders.readVolume(p).toDoubleArray(), 0, p.toString());
        }
    }

    @Test
    void lineSkipByteSkipAndDataAtTheEnd() throws IOException {
        byte[] data = shorts(ByteOrder.BIG_ENDIAN, 0, 1, 2, 3, 4, 5, 6, 7);
        String common = "NRRD0004\ntype: ushort\ndimension: 3\nsizes: 2 2 2\nendian: big\nencoding: raw\n";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("first junk line\nsecond\n".getBytes(StandardCharsets.US_ASCII));
        b.write(new byte[] {9, 9, 9});
        b.write(data);
        Files.write(tmp.resolve("skip.raw"), b.toByteArray());
        Path skip = file("skip.nhdr", common + "data file: skip.raw\nline skip: 2\nbyte skip: 3\n", null);
        Volume v = Nrrd.read(skip);
        assertEquals(PixelType.UINT16, v.pixelType());
        assertArrayEquals(seq(8), v.toDoubleArray(), 0);
        Path end = file("end.nrrd", common + "byte skip: -1\n\n", concat(new byte[] {1, 2, 3, 4, 5}, data));
        assertArrayEquals(seq(8), Nrrd.read(end).toDoubleArray(), 0);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"signed char,INT8", "int8_t,INT8", "unsigned char,UINT8", "uint8,UINT8", "short int,INT16",
        "signed short int,INT16", "int16_t,INT16", "unsigned short int,UINT16", "uint16_t,UINT16", "signed int,INT32",
        "int32,INT32", "unsigned int,UINT32", "uint,UINT32", "long long int,INT64", "signed long long,INT64",
        "int64_t,INT64", "ulonglong,UINT64", "unsigned long long int,UINT64", "uint64,UINT64", "float,FLOAT32",
        "double,FLOAT64"})
    void typeAliases(String nrrdType, PixelType expected) throws IOException {
        Path p = file("t.nrrd", "NRRD0004\ntype: " + nrrdType + "\ndimension: 3\nsizes: 2 2 2\n" + ASCII_8, null);
        Volume v = Nrrd.read(p);
        assertEquals(expected, v.pixelType());
        assertArrayEquals(seq(8), v.toDoubleArray(), 0);
    }
}
