package org.radiomics4j.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radiomics4j.core.filters.DerivedImage;
import org.radiomics4j.core.filters.WaveletFilter;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageReaders;

/**
 * The wavelet images themselves against the ones PyRadiomics (with PyWavelets 1.1.1) produced for brain1,
 * testdata/pyradiomics-filters/filtered/brain1_wavelet-*_crop.nrrd (float64): the full image is filtered, then the
 * README's index region x 157..213, y 79..158, z 6..22 is compared voxel by voxel.
 *
 * <p>Tolerance 1e-12 relative to the largest |value| of the crop: the same double sums in the same order.
 */
class FilteredImagesTest {

    private static final BoundingBox CROP = new BoundingBox(157, 79, 6, 57, 80, 17);

    @ParameterizedTest
    @ValueSource(strings = {"wavelet-LLH", "wavelet-HHH"})
    void waveletMatchesPyRadiomics(String imageType) {
        Volume image = BaselineData.image("brain1_image.nrrd");
        Volume expected = ImageReaders.readVolume(PyRadiomicsFiltersTest.root().resolve("filtered")
                .resolve("brain1_" + imageType + "_crop.nrrd"));
        List<DerivedImage> out = WaveletFilter.defaults().apply(image, null);
        DerivedImage d = out.stream().filter(x -> x.imageType().equals(imageType)).findFirst().orElseThrow();
        Volume got = d.image().crop(CROP);
        assertArrayEquals(expected.geometry().size(), got.geometry().size(), "crop size");
        assertArrayEquals(expected.geometry().origin(), got.geometry().origin(), 1e-6, "crop origin");
        double scale = 0;
        for (int i = 0; i < expected.size(); i++) {
            scale = Math.max(scale, Math.abs(expected.get(i)));
        }
        assertTrue(scale > 0, "the reference crop is not all zero");
        double tol = 1e-12 * scale;
        double worst = 0;
        for (int i = 0; i < expected.size(); i++) {
            worst = Math.max(worst, Math.abs(got.get(i) - expected.get(i)));
        }
        assertTrue(worst <= tol, imageType + ": worst voxel difference " + worst + " > " + tol);
        assertEquals(expected.size(), got.size());
    }
}
