package org.radiomics4j.io.nrrd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageReaders;
import org.radiomics4j.io.TestData;

/**
 * Reads PyRadiomics' brain1/breast1 NRRD files and checks them against testdata/pyradiomics/README.md: the SHA-1 of
 * the decoded buffers (equal to SimpleITK's {@code sitk.Hash}, recorded by PyRadiomics in
 * {@code diagnostics_*_Hash}) and the header geometry printed there. Geometry tolerance: 1e-12 absolute, since the
 * header values are decimal strings with 17 significant digits parsed to the nearest double (exact parse, only
 * normalisation of the direction can round).
 */
class NrrdPyRadiomicsTest {
    private static final double TOL = 1e-12;

    static String sha1(Volume v, boolean asUint32) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-1");
        int bytes = asUint32 ? 4 : 2;
        ByteBuffer bb = ByteBuffer.allocate(v.size() * bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < v.size(); i++) {
            if (asUint32) {
                bb.putInt((int) (long) v.get(i));
            } else {
                bb.putShort((short) v.get(i));
            }
        }
        return HexFormat.of().formatHex(md.digest(bb.array()));
    }

    static String sha1(Mask m) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-1");
        ByteBuffer bb = ByteBuffer.allocate(m.size() * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < m.size(); i++) {
            bb.putInt(m.label(i));
        }
        return HexFormat.of().formatHex(md.digest(bb.array()));
    }

    private static void assertGeometry(Geometry g, int[] size, double[] spacing, double[] origin, double[] dir) {
        assertArrayEquals(size, g.size(), "size");
        assertArrayEquals(spacing, g.spacing(), TOL, "spacing");
        assertArrayEquals(origin, g.origin(), TOL, "origin");
        assertArrayEquals(dir, g.direction(), TOL, "direction");
    }

    @Test
    void brain1ImageAndMask() throws Exception {
        Volume image = Nrrd.read(TestData.pyradiomicsImage("brain1_image.nrrd"));
        assertEquals(PixelType.INT16, image.pixelType());
        assertEquals("5c9ce3ca174f0f8324aa4d277e0fef82dc5ac566", sha1(image, false));
        assertEquals(0, image.min());
        assertEquals(3057, image.max());
        double s = 0.78124999999999989;
        double[] origin = {-99.609374999999986, 99.609374999999986, -77.999999999999957};
        double[] dir = {1, 0, 0, 0, -1, 0, 0, 0, 1};
        assertGeometry(image.geometry(), new int[] {256, 256, 25}, new double[] {s, s, 6.4999999999999982}, origin,
                dir);

        Volume maskVolume = Nrrd.read(TestData.pyradiomicsImage("brain1_label.nrrd"));
        assertEquals(PixelType.INT32, maskVolume.pixelType());
        assertEquals("9dc2c3137b31fd872997d92c9a92d5178126d9d3", sha1(maskVolume, true));
        Mask mask = ImageReaders.readMask(TestData.pyradiomicsImage("brain1_label.nrrd"));
        assertEquals("9dc2c3137b31fd872997d92c9a92d5178126d9d3", sha1(mask));
        assertEquals(4137, mask.count(1));
        assertGeometry(mask.geometry(), new int[] {256, 256, 25}, new double[] {s, s, 6.4999999999999982}, origin,
                dir);
    }

    @Test
    void breast1ImageAndMask() throws Exception {
        Volume image = ImageReaders.readVolume(TestData.pyradiomicsImage("breast1_image.nrrd"));
        assertEquals(PixelType.INT16, image.pixelType());
        assertEquals("016951a8f9e8e5de21092d9d62b77262f92e04a5", sha1(image, false));
        assertEquals(6, image.min());
        assertEquals(248, image.max());
        double s = 0.66406200000000004;
        double[] origin = {-116.54304, -48.14465400000001, 9.4500000000000295};
        assertGeometry(image.geometry(), new int[] {45, 120, 21}, new double[] {s, s, 2.1000000000000001}, origin,
                Geometry.identity());

        Volume maskVolume = Nrrd.read(TestData.pyradiomicsImage("breast1_label.nrrd"));
        assertEquals(PixelType.INT16, maskVolume.pixelType());
        Mask mask = ImageReaders.readMask(TestData.pyradiomicsImage("breast1_label.nrrd"));
        assertEquals("c45601d81c387b7c809948af79ebf173738c0b02", sha1(mask));
        assertEquals(143, mask.count(1));
        assertGeometry(mask.geometry(), new int[] {45, 120, 21}, new double[] {s, s, 2.1000000000000001}, origin,
                Geometry.identity());
    }
}
