package org.radiomics4j.io.nifti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageFormatException;
import org.radiomics4j.io.RandomImages;

/**
 * The NIfTI header rules: qform/sform choice as in ITK 5's NiftiImageIO, quaternion decoding (with qfac), scaling
 * (nifti1.h: y = scl_slope·x + scl_inter, no scaling when the slope is 0), 4-D volume selection and 2-D images. The
 * files are written by {@link Nifti#write} (NIfTI-1, little-endian) and then patched at the byte offsets of
 * nifti1.h; expected geometry is the geometry written. Quaternion geometry is single precision: tolerance 1e-5.
 */
class NiftiHeaderRulesTest {
    @TempDir
    Path tmp;

    private static final Geometry ROTATED = Geometry.of(new int[] {3, 4, 2}, new double[] {0.7, 1.3, 2.5},
            new double[] {-12.5, 40.25, 3.0}, rotation(0.3, 0.2, -0.4, false));
    private static final Geometry REFLECTED = Geometry.of(new int[] {3, 4, 2}, new double[] {0.7, 1.3, 2.5},
            new double[] {-12.5, 40.25, 3.0}, rotation(0.3, 0.2, -0.4, true));

    private static double[] rotation(double b, double c, double d, boolean reflect) {
        double a = Math.sqrt(1 - b * b - c * c - d * d);
        double[] m = {
            a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c),
            2 * (b * c + a * d), a * a - b * b + c * c - d * d, 2 * (c * d - a * b),
            2 * (b * d - a * c), 2 * (c * d + a * b), a * a - b * b - c * c + d * d};
        if (reflect) {
            for (int r = 0; r < 3; r++) {
                m[3 * r + 2] = -m[3 * r + 2];
            }
        }
        return m;
    }

    private Path write(Volume v) {
        Path f = tmp.resolve("img.nii");
        Nifti.write(v, f, NiftiWriteOptions.defaults());
        return f;
    }

    private static void patch(Path f, java.util.function.Consumer<ByteBuffer> edit) throws IOException {
        byte[] b = Files.readAllBytes(f);
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        edit.accept(bb);
        Files.write(f, b);
    }

    private static Volume sample(Geometry g) {
        return RandomImages.volume(new SplittableRandom(7), PixelType.INT16, g);
    }

    private static void assertGeometry(Geometry expected, Geometry actual, double tol) {
        assertArrayEquals(expected.size(), actual.size());
        assertArrayEquals(expected.spacing(), actual.spacing(), tol);
        assertArrayEquals(expected.origin(), actual.origin(), tol);
        assertArrayEquals(expected.direction(), actual.direction(), tol);
    }

    @ParameterizedTest(name = "reflected={0}")
    @ValueSource(booleans = {false, true})
    void qformAloneGivesTheGeometry(boolean reflected) throws IOException {
        Geometry g = reflected ? REFLECTED : ROTATED;
        Path f = write(sample(g));
        patch(f, b -> {
            b.putShort(254, (short) 0); // sform_code unknown
            for (int i = 0; i < 12; i++) {
                b.putFloat(280 + 4 * i, 0f);
            }
        });
        assertEquals(reflected ? -1f : 1f, ByteBuffer.wrap(Files.readAllBytes(f)).order(ByteOrder.LITTLE_ENDIAN)
                .getFloat(76), "qfac");
        assertGeometry(g, Nifti.read(f).geometry(), 1e-5);
    }

    @Test
    void sformWithScannerCodeWinsOverQform() throws IOException {
        Path f = write(sample(ROTATED));
        patch(f, b -> b.putFloat(292, b.getFloat(292) + 5f)); // srow_x[3] += 5 (RAS x, i.e. LPS x -= 5)
        Geometry got = Nifti.read(f).geometry();
        double[] o = ROTATED.origin();
        assertEquals(o[0] - 5, got.origin()[0], 1e-5);
        assertEquals(o[1], got.origin()[1], 1e-5);
    }

    @Test
    void qformWinsWhenSformIsAlignedAndDifferent() throws IOException {
        Path f = write(sample(ROTATED));
        patch(f, b -> {
            b.putShort(254, (short) 2); // NIFTI_XFORM_ALIGNED_ANAT
            b.putFloat(292, b.getFloat(292) + 5f);
        });
        assertGeometry(ROTATED, Nifti.read(f).geometry(), 1e-5);
    }

    @Test
    void sformUsedWhenQformCodeIsUnknown() throws IOException {
        Path f = write(sample(ROTATED));
        patch(f, b -> {
            b.putShort(252, (short) 0);
            b.putShort(254, (short) 2);
            b.putFloat(292, b.getFloat(292) + 5f);
        });
        assertEquals(ROTATED.origin()[0] - 5, Nifti.read(f).geometry().origin()[0], 1e-5);
    }

    @Test
    void noTransformGivesIdentityAndZeroOrigin() throws IOException {
        Path f = write(sample(ROTATED));
        patch(f, b -> {
            b.putShort(252, (short) 0);
            b.putShort(254, (short) 0);
        });
        Geometry got = Nifti.read(f).geometry();
        assertArrayEquals(Geometry.identity(), got.direction(), 0);
        assertArrayEquals(new double[3], got.origin(), 0);
        assertArrayEquals(ROTATED.spacing(), got.spacing(), 1e-6);
    }

    @Test
    void skewedSformWithoutQformIsRejected() throws IOException {
        Path f = write(sample(ROTATED));
        patch(f, b -> {
            b.putShort(252, (short) 0);
            b.putFloat(284, b.getFloat(284) + 3f); // srow_x[1]: shear
        });
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> Nifti.read(f));
        assertTrue(e.getMessage().contains("img.nii") && e.getMessage().contains("'sform_code'"), e.getMessage());
    }

    @Test
    void slopeAndInterceptScaleToFloat32() throws IOException {
        Volume v = sample(ROTATED);
        Path f = write(v);
        patch(f, b -> {
            b.putFloat(112, 2f);
            b.putFloat(116, -3f);
        });
        Volume got = Nifti.read(f);
        assertEquals(PixelType.FLOAT32, got.pixelType());
        for (int i = 0; i < v.size(); i++) {
            assertEquals((float) (2 * v.get(i) - 3), got.get(i), 0, "voxel " + i);
        }
    }

    @Test
    void scaledFloat64StaysFloat64() throws IOException {
        Volume v = RandomImages.volume(new SplittableRandom(3), PixelType.FLOAT64, ROTATED);
        Path f = write(v);
        patch(f, b -> {
            b.putFloat(112, 0.5f);
            b.putFloat(116, 10f);
        });
        Volume got = Nifti.read(f);
        assertEquals(PixelType.FLOAT64, got.pixelType());
        for (int i = 0; i < v.size(); i++) {
            assertEquals(0.5 * v.get(i) + 10, got.get(i), 0, "voxel " + i);
        }
    }

    @ParameterizedTest(name = "slope={0}")
    @ValueSource(floats = {0f, 1f, Float.NaN})
    void identityOrZeroSlopeKeepsTheType(float slope) throws IOException {
        Volume v = sample(ROTATED);
        Path f = write(v);
        patch(f, b -> {
            b.putFloat(112, slope);
            b.putFloat(116, 0f);
        });
        Volume got = Nifti.read(f);
        assertEquals(PixelType.INT16, got.pixelType());
        assertArrayEquals(v.toDoubleArray(), got.toDoubleArray(), 0);
    }

    @Test
    void fourDimensionalFilesNeedAVolumeIndex() throws IOException {
        Volume v0 = sample(ROTATED);
        Volume v1 = RandomImages.volume(new SplittableRandom(99), PixelType.INT16, ROTATED);
        Path f = write(v0);
        Path g = tmp.resolve("second.nii");
        Nifti.write(v1, g, NiftiWriteOptions.defaults());
        byte[] second = Files.readAllBytes(g);
        byte[] first = Files.readAllBytes(f);
        byte[] both = new byte[first.length + second.length - 352];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 352, both, first.length, second.length - 352);
        Files.write(f, both);
        patch(f, b -> {
            b.putShort(40, (short) 4);
            b.putShort(48, (short) 2);
        });
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> Nifti.read(f));
        assertTrue(e.getMessage().contains("'dim'") && e.getMessage().contains("2 volumes"), e.getMessage());
        assertArrayEquals(v0.toDoubleArray(), Nifti.read(f, 0).toDoubleArray(), 0);
        assertArrayEquals(v1.toDoubleArray(), Nifti.read(f, 1).toDoubleArray(), 0);
        assertThrows(ImageFormatException.class, () -> Nifti.read(f, 2));
        patch(f, b -> b.putShort(48, (short) 1));
        assertArrayEquals(v0.toDoubleArray(), Nifti.read(f).toDoubleArray(), 0, "4-D with dim[4] = 1");
    }

    @Test
    void twoDimensionalImage() throws IOException {
        Geometry g = Geometry.of(new int[] {4, 3, 1}, new double[] {0.5, 0.25, 1}, new double[] {1, 2, 3},
                Geometry.identity());
        Volume v = sample(g);
        Path f = write(v);
        patch(f, b -> b.putShort(40, (short) 2));
        Volume got = Nifti.read(f);
        assertArrayEquals(new int[] {4, 3, 1}, got.geometry().size());
        assertGeometry(g, got.geometry(), 1e-6);
        assertArrayEquals(v.toDoubleArray(), got.toDoubleArray(), 0);
    }

    @Test
    void scalingIsIgnoredWithoutAnyTransformAsInItk() throws IOException {
        Volume v = sample(ROTATED);
        Path f = write(v);
        patch(f, b -> {
            b.putShort(252, (short) 0);
            b.putShort(254, (short) 0);
            b.putFloat(112, 2f);
        });
        Volume got = Nifti.read(f);
        assertEquals(PixelType.INT16, got.pixelType());
        assertArrayEquals(v.toDoubleArray(), got.toDoubleArray(), 0);
    }

    @ParameterizedTest(name = "xyzt_units={0}")
    @CsvSource({"1,1000", "2,1", "3,0.001", "0,1", "10,1", "9,1000"})
    void spatialUnitsScaleTheSpacing(int units, double factor) throws IOException {
        Path f = write(sample(ROTATED));
        patch(f, b -> b.put(123, (byte) units));
        Geometry got = Nifti.read(f).geometry();
        for (int i = 0; i < 3; i++) {
            assertEquals(factor * ROTATED.spacing(i), got.spacing(i), 1e-6 * factor * ROTATED.spacing(i));
        }
        assertArrayEquals(ROTATED.origin(), got.origin(), 1e-5, "origin is not scaled (ITK)");
    }

    @ParameterizedTest(name = "image {0}, given {1}")
    @CsvSource({"img.img,img.hdr", "img.img,img.img", "img.img.gz,img.hdr", "img.img.gz,img.img.gz"})
    void headerImagePairs(String imageName, String given) throws IOException {
        Volume v = sample(ROTATED);
        byte[] nii = Files.readAllBytes(write(v));
        byte[] hdr = java.util.Arrays.copyOf(nii, 348);
        ByteBuffer hb = ByteBuffer.wrap(hdr).order(ByteOrder.LITTLE_ENDIAN);
        hb.putFloat(108, 0f); // vox_offset 0 in the .img
        hb.put(345, (byte) 'i'); // magic "ni1"
        Files.write(tmp.resolve("img.hdr"), hdr);
        byte[] img = java.util.Arrays.copyOfRange(nii, 352, nii.length);
        if (imageName.endsWith(".gz")) {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(b)) {
                g.write(img);
            }
            img = b.toByteArray();
        }
        Files.write(tmp.resolve(imageName), img);
        Volume got = org.radiomics4j.io.ImageReaders.readVolume(tmp.resolve(given));
        assertArrayEquals(v.toDoubleArray(), got.toDoubleArray(), 0);
        assertGeometry(ROTATED, got.geometry(), 1e-5);
        Files.delete(tmp.resolve(imageName));
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> Nifti.read(tmp.resolve("img.hdr")));
        assertTrue(e.getMessage().contains("img.hdr") && e.getMessage().contains("'file name'"), e.getMessage());
    }
}
