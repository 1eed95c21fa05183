package org.radiomics4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.filters.DerivedImage;
import org.radiomics4j.core.filters.GradientFilter;
import org.radiomics4j.core.filters.LogFilter;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageReaders;

/**
 * The LoG (sigma 1 mm) and gradient images of brain1 against the images PyRadiomics produced with the real ITK
 * 5.2.1 ({@code testdata/pyradiomics-filters/filtered/brain1_log-sigma-1-0-mm-3D_crop.nrrd} and
 * {@code brain1_gradient_crop.nrrd}; README "The filtered images in filtered/"): the filter runs on the whole
 * 256×256×25 image, then index region x 157..213, y 79..158, z 6..22 (57×80×17 voxels) is compared voxel by voxel.
 *
 * <p><b>Tolerance: none.</b> Both references are float32, and both filters reproduce ITK's double-precision
 * arithmetic operation by operation (the LoG's coefficients use {@code StrictMath}, so they are the same on every
 * platform), with float32 stores where ITK stores float32. Measured: all 77,520 voxels of each crop are
 * bit-identical to ITK's output, so the test requires bit identity. Should a change (or a platform) ever move a
 * voxel, the failure message reports the number of differing voxels and the worst difference in units of one float32
 * rounding: {@code 2⁻²³·|ref|} for the gradient (only its final cast rounds); {@code 2⁻²³·(|ref| + s)} for the LoG,
 * {@code s} the largest |value| of the crop, because the LoG sums three float32-rounded terms of magnitude up to
 * {@code s} that cancel, so one rounding of a term moves the sum by an ulp of the terms, not of the sum. A texture
 * feature moves only if a voxel changes bin, which takes far more than that (README "Suggested tolerance").
 */
class ItkFilteredImagesTest {

    private static final BoundingBox CROP = new BoundingBox(157, 79, 6, 57, 80, 17);
    private static final double FLOAT_EPS = Math.ulp(1.0f);

    private static Path filtered(String name) {
        return BaselineData.root().resolveSibling("pyradiomics-filters").resolve("filtered").resolve(name);
    }

    private static Volume brain1() {
        return ImageReaders.readVolume(BaselineData.root().resolve("images").resolve("brain1_image.nrrd"));
    }

    private static Mask brain1Mask() {
        return ImageReaders.readMask(BaselineData.root().resolve("images").resolve("brain1_label.nrrd"));
    }

    @Test
    void logSigma1MatchesItk() {
        Volume image = brain1();
        List<DerivedImage> out = new LogFilter(List.of(1.0)).apply(image, brain1Mask());
        assertEquals(1, out.size());
        assertEquals("log-sigma-1-0-mm-3D", out.get(0).imageType());
        Volume got = out.get(0).image();
        assertEquals(PixelType.FLOAT32, got.pixelType());
        Volume ref = ImageReaders.readVolume(filtered("brain1_log-sigma-1-0-mm-3D_crop.nrrd"));
        compare(got.crop(CROP), ref, true);
    }

    @Test
    void gradientMatchesItk() {
        Volume image = brain1();
        List<DerivedImage> out = GradientFilter.withDefaults().apply(image, brain1Mask());
        assertEquals(1, out.size());
        assertEquals("gradient", out.get(0).imageType());
        Volume got = out.get(0).image();
        assertEquals(PixelType.FLOAT32, got.pixelType());
        Volume ref = ImageReaders.readVolume(filtered("brain1_gradient_crop.nrrd"));
        compare(got.crop(CROP), ref, false);
    }

    private static void compare(Volume got, Volume ref, boolean cancelling) {
        assertEquals(PixelType.FLOAT32, ref.pixelType());
        assertNull(ref.geometry().difference(got.geometry(), 1e-6), "crop grid");
        double scale = 0;
        for (int i = 0; i < ref.size(); i++) {
            scale = Math.max(scale, Math.abs(ref.get(i)));
        }
        int identical = 0;
        double worstRatio = 0;
        int worst = -1;
        for (int i = 0; i < ref.size(); i++) {
            double r = ref.get(i);
            double g = got.get(i);
            if (Float.floatToIntBits((float) r) == Float.floatToIntBits((float) g)) {
                identical++;
                continue;
            }
            double bound = FLOAT_EPS * (Math.abs(r) + (cancelling ? scale : 0));
            double ratio = Math.abs(g - r) / bound;
            if (!(ratio <= worstRatio)) {
                worstRatio = ratio;
                worst = i;
            }
        }
        int n = ref.size();
        String report = String.format(java.util.Locale.ROOT, "%d/%d voxels bit-identical; worst |diff| = %.3g float32"
                + " roundings at voxel %d (got %s, reference %s)", identical, n, worstRatio, worst,
                worst < 0 ? "-" : got.get(worst), worst < 0 ? "-" : ref.get(worst));
        assertEquals(n, identical, report);
    }
}
