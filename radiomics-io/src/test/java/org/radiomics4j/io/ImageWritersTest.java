package org.radiomics4j.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;

/** Extension dispatch of {@link ImageWriters}; masks come back with the same labels (exact). */
class ImageWritersTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} maxLabel={1}")
    @CsvSource({"m.nrrd,3,UINT8", "m.nhdr,300,UINT16", "m.nii,70000,INT32", "m.nii.gz,255,UINT8"})
    void maskRoundTrip(String name, int maxLabel, PixelType expectedType) {
        Geometry g = Geometry.of(4, 3, 2, 0.5, 0.5, 2);
        SplittableRandom r = new SplittableRandom(maxLabel);
        int[] labels = new int[g.voxelCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = r.nextInt(maxLabel + 1);
        }
        labels[0] = maxLabel;
        Mask m = Mask.of(labels, g);
        Path f = tmp.resolve(name);
        ImageWriters.writeMask(m, f);
        assertEquals(expectedType, ImageReaders.readVolume(f).pixelType());
        assertArrayEquals(labels, ImageReaders.readMask(f).toIntArray());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"x.mha", "x.seg.nrrd", "x"})
    void unsupportedExtensions(String name) {
        Path f = tmp.resolve(name);
        Volume v = Volume.of(new double[] {1}, 1, 1, 1);
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ImageWriters.writeVolume(v, f));
        assertTrue(e.getMessage().contains(name) && e.getMessage().contains(".nii.gz"), e.getMessage());
    }
}
