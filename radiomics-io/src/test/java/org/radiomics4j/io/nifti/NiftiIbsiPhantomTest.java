package org.radiomics4j.io.nifti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageReaders;
import org.radiomics4j.io.TestData;

/**
 * The IBSI-1 digital phantom NIfTI files (testdata/ibsi/digital_phantom) against the plain-text decoding shipped
 * with them: phantom_voxels.csv (x,y,z,value,mask) and phantom_geometry.properties. Values are small integers, so
 * they must match exactly; geometry is exact too (2.0 mm and 0 are exact in float).
 */
class NiftiIbsiPhantomTest {
    private static Path dir() {
        return TestData.root().resolve("ibsi").resolve("digital_phantom");
    }

    private static double[] doubles(String csv) {
        String[] t = csv.split(",");
        double[] d = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            d[i] = Double.parseDouble(t[i].strip());
        }
        return d;
    }

    @Test
    void imageAndMaskMatchTheCsvAndGeometry() throws IOException {
        Volume image = Nifti.read(dir().resolve("image.nii.gz"));
        Mask mask = ImageReaders.readMask(dir().resolve("mask.nii.gz"));
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(dir().resolve("phantom_geometry.properties"))) {
            p.load(r);
        }
        int[] size = {Integer.parseInt(p.getProperty("size.x")), Integer.parseInt(p.getProperty("size.y")),
            Integer.parseInt(p.getProperty("size.z"))};
        assertArrayEquals(size, image.geometry().size());
        assertArrayEquals(size, mask.geometry().size());
        double[] spacing = {Double.parseDouble(p.getProperty("spacing.x")),
            Double.parseDouble(p.getProperty("spacing.y")), Double.parseDouble(p.getProperty("spacing.z"))};
        assertArrayEquals(spacing, image.geometry().spacing(), 0);
        assertArrayEquals(doubles(p.getProperty("origin.lps")), image.geometry().origin(), 0);
        assertArrayEquals(doubles(p.getProperty("direction.lps")), image.geometry().direction(), 0);
        assertEquals(image.geometry(), mask.geometry());
        assertEquals(PixelType.INT16, image.pixelType());

        List<String> rows = Files.readAllLines(dir().resolve("phantom_voxels.csv"));
        assertEquals("x,y,z,value,mask", rows.get(0));
        assertEquals(image.size(), rows.size() - 1);
        int inside = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] t = row.split(",");
            int x = Integer.parseInt(t[0]);
            int y = Integer.parseInt(t[1]);
            int z = Integer.parseInt(t[2]);
            assertEquals(Double.parseDouble(t[3]), image.get(x, y, z), 0, row);
            assertEquals(Integer.parseInt(t[4]), mask.label(x, y, z), row);
            inside += Integer.parseInt(t[4]);
        }
        assertEquals(Integer.parseInt(p.getProperty("roi.voxel_count")), mask.count());
        assertEquals(inside, mask.count());
    }
}
