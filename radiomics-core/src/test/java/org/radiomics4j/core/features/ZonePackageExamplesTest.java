package org.radiomics4j.core.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.gldm.Gldm;
import org.radiomics4j.core.features.glszm.Glszm;
import org.radiomics4j.core.features.ngtdm.Ngtdm;
import org.radiomics4j.core.features.ngtdm.NgtdmMatrix;

/**
 * The worked examples in the package documentation of glszm, gldm and ngtdm (row {@code 1 1 2}), whose values are
 * derived by hand from the definitions there. Tolerance 1e-15: every value is a short exact-ish expression.
 */
class ZonePackageExamplesTest {
    private static final GrayLevelVolume ROW = GrayLevelVolume.of(new int[] {1, 1, 2}, 3, 1, 1);
    private static final ExtractionSettings DEFAULTS = ExtractionSettings.defaults();

    @Test
    void glszmExample() {
        GrayLevelSizeMatrix m = Glszm.of(DEFAULTS).matrix(ROW);
        assertArrayEquals(new int[] {1, 2}, m.sizes());
        assertArrayEquals(new int[] {0, 1, 1, 0}, m.counts());
        assertEquals(2.0 / 3.0, Glszm.of(DEFAULTS).compute(ROW).get("ZonePercentage"), 1e-15);
    }

    @Test
    void gldmExample() {
        GrayLevelSizeMatrix m = Gldm.of(DEFAULTS).matrix(ROW);
        assertArrayEquals(new int[] {1, 2}, m.sizes());
        assertArrayEquals(new int[] {0, 2, 1, 0}, m.counts());
    }

    @Test
    void ngtdmExample() {
        NgtdmMatrix m = Ngtdm.of(DEFAULTS).matrix(ROW);
        assertArrayEquals(new int[] {2, 1}, m.counts());
        assertArrayEquals(new double[] {0.5, 1.0}, m.differenceSums(), 1e-15);
        assertEquals(1.5, Ngtdm.of(DEFAULTS).compute(ROW).get("Coarseness"), 1e-15);
    }
}
