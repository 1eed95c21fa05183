package org.radiomics4j.io.metaimage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageFormatException;
import org.radiomics4j.io.TestData;

/**
 * MetaImage reader against a file written by plastimatch 1.9.4 (testdata/dicom/oblique/expected, header values
 * checked as text here), and writer round trips in every form (.mha/.mhd, compressed or not, all pixel types).
 */
class MetaImageTest {
    @Test
    void readsPlastimatchHeaderAsWritten() {
        Volume v = MetaImage.read(TestData.root().resolve("dicom/oblique/expected/oblique_plastimatch.mha"));
        Geometry g = v.geometry();
        // header: TransformMatrix = 0.6 0.8 0 0 0 -1 -0.8 0.6 0 (float32), one axis per triple
        assertArrayEquals(new double[] {0.60000002384185791, 0, -0.80000001192092896, 0.80000001192092896, 0,
            0.60000002384185791, 0, -1, 0}, g.direction(), 0);
        assertArrayEquals(new double[] {-20, 30, 40}, g.origin(), 0);
        assertArrayEquals(new double[] {0.6614680290222168, 0.6614680290222168, 2.5}, g.spacing(), 0);
        assertArrayEquals(new int[] {128, 128, 3}, g.size());
        assertEquals(PixelType.FLOAT32, v.pixelType());
    }

    @Test
    void roundTripsEveryFormAndType(@TempDir Path dir) {
        Geometry g = Geometry.of(new int[] {5, 4, 3}, new double[] {0.5, 0.75, 2}, new double[] {-1, 2.5, 3},
                new double[] {0, 1, 0, -1, 0, 0, 0, 0, 1});
        for (PixelType t : PixelType.values()) {
            double[] vals = new double[g.voxelCount()];
            for (int i = 0; i < vals.length; i++) {
                vals[i] = t.isInteger() ? Math.max(t.min(), Math.min(t.max(), i * 7 - 20)) : i * 0.25 - 3;
            }
            Volume v = Volume.ofCast(vals, g, t);
            for (String name : new String[] {"a.mha", "b.mhd"}) {
                for (boolean z : new boolean[] {false, true}) {
                    Path f = dir.resolve(t + (z ? "z" : "") + name);
                    MetaImage.write(v, f, z);
                    Volume back = MetaImage.read(f);
                    assertEquals(t, back.pixelType(), f.toString());
                    assertEquals(g, back.geometry(), f.toString());
                    assertArrayEquals(v.toDoubleArray(), back.toDoubleArray(), 0, f.toString());
                }
            }
        }
    }

    @Test
    void bigEndianSeparateFileWithHeaderSize(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.mhd"), "ObjectType = Image\nNDims = 2\nDimSize = 2 2\n"
                + "ElementType = MET_SHORT\nElementByteOrderMSB = True\nHeaderSize = 3\nElementSpacing = 2 3\n"
                + "Offset = 1 2\nElementDataFile = x.raw\n");
        Files.write(dir.resolve("x.raw"), new byte[] {9, 9, 9, 0, 1, 0, 2, (byte) 0xFF, (byte) 0xFF, 1, 0});
        Volume v = MetaImage.read(dir.resolve("x.mhd"));
        assertArrayEquals(new double[] {1, 2, -1, 256}, v.toDoubleArray(), 0);
        assertArrayEquals(new double[] {2, 3, 1}, v.geometry().spacing(), 0);
        assertArrayEquals(new double[] {1, 2, 0}, v.geometry().origin(), 0);
    }

    @Test
    void corruptFilesNameTheKey(@TempDir Path dir) throws IOException {
        String ok = "ObjectType = Image\nNDims = 3\nDimSize = 2 2 2\nElementType = MET_UCHAR\nElementDataFile = LOCAL\n";
        Path f = dir.resolve("c.mha");
        Files.write(f, concat(ok.getBytes(StandardCharsets.US_ASCII), new byte[5]));
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> MetaImage.read(f));
        assertEquals("data", e.field());
        Files.writeString(f, ok.replace("2 2 2", "100000 100000 100000"));
        e = assertThrows(ImageFormatException.class, () -> MetaImage.read(f));
        assertEquals("DimSize", e.field());
        Files.writeString(f, ok.replace("MET_UCHAR", "MET_UCHAR_ARRAY"));
        e = assertThrows(ImageFormatException.class, () -> MetaImage.read(f));
        assertEquals("ElementType", e.field());
        Files.writeString(f, ok.replace("LOCAL", "missing.raw"));
        e = assertThrows(ImageFormatException.class, () -> MetaImage.read(f));
        assertTrue(e.getMessage().contains("missing.raw"), e.getMessage());
        Files.write(f, concat((ok.replace("NDims = 3", "NDims = 3\nCompressedData = True"))
                .getBytes(StandardCharsets.US_ASCII), new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
        e = assertThrows(ImageFormatException.class, () -> MetaImage.read(f));
        assertEquals("data", e.field());
        Files.writeString(f, "NDims = 3\nDimSize = 2 2\n");
        assertThrows(ImageFormatException.class, () -> MetaImage.read(f));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
