package org.radiomics4j.core.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;

/**
 * {@link Lbp2DFilter} against scikit-image 0.19.3 itself ({@code skimage.feature.local_binary_pattern}, Debian
 * python3-skimage 0.19.3-8, called per slice and written back into the image's dtype as PyRadiomics'
 * {@code getLBP2DImage} does): testdata/lbp-reference/lbp2d_synthetic.csv, 90 cases = 2 images (int16 and float64,
 * 9×8×7) × 5 methods × 3 (P, R) × 3 slice axes, every voxel. The brain1 case is in radiomics-validation
 * ({@code LbpReferenceImagesTest}).
 *
 * <p>Tolerance: codes must be identical (they are integers); {@code var} values (float64 image) within 1e-12
 * relative, the round-off of the variance sums, which the Java code performs in scikit-image's order.
 */
class Lbp2DFilterTest {

    @TestFactory
    Stream<DynamicTest> matchesScikitImage() {
        Map<String, Volume> images = LbpReference.images();
        List<String[]> rows = LbpReference.rows("lbp2d_synthetic.csv", 6, 1);
        assertEquals(90, rows.size());
        return rows.stream().map(r -> DynamicTest.dynamicTest(String.join(" ", r[0], r[1], "P=" + r[2], "R=" + r[3],
                "dim=" + r[4]), () -> {
                    Volume image = images.get(r[0]);
                    Lbp2DFilter f = new Lbp2DFilter(Double.parseDouble(r[3]), Integer.parseInt(r[2]),
                            Lbp2DMethod.fromName(r[1]), Integer.parseInt(r[4]));
                    List<DerivedImage> out = f.apply(image, null);
                    assertEquals(1, out.size());
                    assertEquals("lbp-2D", out.get(0).imageType());
                    Volume got = out.get(0).image();
                    assertEquals(image.pixelType(), got.pixelType());
                    double[] expected = LbpReference.values(r[5]);
                    assertEquals(expected.length, got.size());
                    for (int i = 0; i < expected.length; i++) {
                        double e = expected[i];
                        double g = got.get(i);
                        if (Double.isNaN(e)) {
                            assertTrue(Double.isNaN(g), "voxel " + i + ": expected nan, got " + g);
                        } else {
                            assertEquals(e, g, 1e-12 * Math.abs(e), "voxel " + i);
                        }
                    }
                }));
    }

    @Test
    void defaultsAreThoseOfPyRadiomicsCode() {
        Lbp2DFilter d = Lbp2DFilter.withDefaults();
        assertEquals(1.0, d.radius());
        assertEquals(8, d.samples());
        assertEquals(Lbp2DMethod.UNIFORM, d.method());
        assertEquals(0, d.force2Ddimension());
        assertEquals(Lbp2DMethod.NRI_UNIFORM, Lbp2DMethod.fromName("NRI_uniform"));
    }

    @Test
    void invalidSettingsAreNamed() {
        assertTrue(assertThrows(InvalidSettingException.class, () -> Lbp2DMethod.fromName("unifrom")).getMessage()
                .contains("unifrom"));
        assertTrue(assertThrows(InvalidSettingException.class, () -> Lbp2DFilter.withDefaults().withRadius(0))
                .getMessage().contains("lbp2DRadius"));
        assertTrue(assertThrows(InvalidSettingException.class, () -> Lbp2DFilter.withDefaults().withSamples(0))
                .getMessage().contains("lbp2DSamples"));
        assertTrue(assertThrows(InvalidSettingException.class,
                () -> Lbp2DFilter.withDefaults().withMethod(Lbp2DMethod.DEFAULT).withSamples(32)).getMessage()
                .contains("lbp2DSamples"));
        assertTrue(assertThrows(InvalidSettingException.class, () -> Lbp2DFilter.withDefaults()
                .withForce2Ddimension(3)).getMessage().contains("force2Ddimension"));
    }

    @Test
    void uniformCodesOfAnInt16ImageStayInt16() {
        Volume v = LbpReference.images().get("syn16");
        Volume out = Lbp2DFilter.withDefaults().apply(v, null).get(0).image();
        assertEquals(PixelType.INT16, out.pixelType());
        for (int i = 0; i < out.size(); i++) {
            assertTrue(out.get(i) >= 0 && out.get(i) <= 9, "uniform code of P=8 in 0..9");
        }
    }
}
