package org.radiomics4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.filters.DerivedImage;
import org.radiomics4j.core.filters.Lbp2DFilter;
import org.radiomics4j.core.filters.Lbp3DFilter;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageReaders;

/**
 * LBP2D and LBP3D of brain1 with PyRadiomics' defaults against testdata/lbp-reference (README there: Debian 12's
 * scikit-image 0.19.3, scipy 1.10.1, numpy 1.24.2, the versions behind testdata/pyradiomics-filters):
 * <ul>
 *   <li>{@code brain1_lbp-2D_crop.nrrd}: scikit-image's uniform LBP (P 8, R 1) of every z-slice of the whole image,
 *       as int16, compared on x 157..213, y 79..158, z 6..22: codes must be identical;</li>
 *   <li>{@code lbp3d_brain1.csv}: m1, m2 and k of every ROI voxel: within 1e-9 relative (absolute floor 1e-12).
 *       The int16 image's samples are rounded to integers by scipy, so pattern bits agree exactly; what remains is
 *       the round-off of the harmonic sums and of the kurtosis, ≈1e-15.</li>
 * </ul>
 */
class LbpReferenceImagesTest {

    private static final BoundingBox CROP = new BoundingBox(157, 79, 6, 57, 80, 17);

    private static Path reference(String name) {
        return BaselineData.root().resolveSibling("lbp-reference").resolve(name);
    }

    private static Volume brain1() {
        return ImageReaders.readVolume(BaselineData.root().resolve("images").resolve("brain1_image.nrrd"));
    }

    private static Mask brain1Mask() {
        return ImageReaders.readMask(BaselineData.root().resolve("images").resolve("brain1_label.nrrd"));
    }

    @Test
    void lbp2dMatchesScikitImage() {
        List<DerivedImage> out = Lbp2DFilter.withDefaults().apply(brain1(), brain1Mask());
        Volume got = out.get(0).image().crop(CROP);
        assertEquals(PixelType.INT16, got.pixelType());
        Volume ref = ImageReaders.readVolume(reference("brain1_lbp-2D_crop.nrrd"));
        assertNull(ref.geometry().difference(got.geometry(), 1e-6), "crop grid");
        for (int i = 0; i < ref.size(); i++) {
            assertEquals(ref.get(i), got.get(i), 0.0, "voxel " + i);
        }
    }

    @Test
    void lbp3dMatchesScipy() throws IOException {
        Mask mask = brain1Mask();
        List<DerivedImage> out = Lbp3DFilter.withDefaults().apply(brain1(), mask);
        assertEquals(List.of("lbp-3D-m1", "lbp-3D-m2", "lbp-3D-k"), out.stream().map(DerivedImage::imageType).toList());
        List<String> lines = Files.readAllLines(reference("lbp3d_brain1.csv"), StandardCharsets.UTF_8);
        assertEquals(mask.count() + 1, lines.size());
        double worst = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            int x = Integer.parseInt(f[0]);
            int y = Integer.parseInt(f[1]);
            int z = Integer.parseInt(f[2]);
            for (int k = 0; k < 3; k++) {
                double e = Double.parseDouble(f[3 + k]);
                double g = out.get(k).image().get(x, y, z);
                worst = Math.max(worst, Math.abs(g - e) / Math.max(Math.abs(e), 1e-3));
                assertEquals(e, g, Math.max(1e-9 * Math.abs(e), 1e-12), out.get(k).imageType() + " at " + x + ","
                        + y + "," + z);
            }
        }
        System.out.printf("LBP3D brain1: %d ROI voxels, worst relative difference %.3g%n", lines.size() - 1, worst);
    }
}
