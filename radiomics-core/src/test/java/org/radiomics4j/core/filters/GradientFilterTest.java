package org.radiomics4j.core.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;

/**
 * {@link GradientFilter} on analytic images (the brain1 comparison with ITK is in radiomics-validation
 * {@code ItkFilteredImagesTest}): central differences are exact on a linear ramp, and the zero-flux Neumann border
 * (the outside neighbour is the edge voxel) halves the difference along an axis at its edges.
 */
class GradientFilterTest {

    private static Volume ramp(Geometry g, double a, double b, double c) {
        double[] d = new double[g.voxelCount()];
        for (int z = 0; z < g.nz(); z++) {
            for (int y = 0; y < g.ny(); y++) {
                for (int x = 0; x < g.nx(); x++) {
                    d[g.index(x, y, z)] = a * x + b * y + c * z;
                }
            }
        }
        return Volume.ofCast(d, g, PixelType.INT16);
    }

    @Test
    void linearRampWithSpacing() {
        Geometry g = Geometry.of(6, 5, 4, 0.5, 2.0, 4.0);
        // f = 3x + 4y + 8z (index units): per mm 6, 2, 2
        Volume out = GradientFilter.withDefaults().apply(ramp(g, 3, 4, 8), null).get(0).image();
        assertEquals(PixelType.FLOAT32, out.pixelType());
        assertEquals("gradient", GradientFilter.withDefaults().apply(ramp(g, 3, 4, 8), null).get(0).imageType());
        assertEquals((float) Math.sqrt(36 + 4 + 4), out.get(2, 2, 2), 0.0);
        // x edge: one-sided difference halved -> 3 per mm along x
        assertEquals((float) Math.sqrt(9 + 4 + 4), out.get(0, 2, 2), 0.0);
        // corner (0,0,0): every axis halved
        assertEquals((float) Math.sqrt(9 + 1 + 1), out.get(0, 0, 0), 0.0);
    }

    @Test
    void linearRampWithoutSpacing() {
        Geometry g = Geometry.of(6, 5, 4, 0.5, 2.0, 4.0);
        Volume out = new GradientFilter(false).apply(ramp(g, 3, 4, 8), null).get(0).image();
        assertEquals((float) Math.sqrt(9 + 16 + 64), out.get(2, 2, 2), 0.0);
        assertEquals((float) Math.sqrt(9 + 16 + 16), out.get(3, 2, 3), 0.0);
    }

    @Test
    void singleSliceAxisContributesZero() {
        Geometry g = Geometry.of(5, 5, 1, 1.0, 1.0, 1.0);
        Volume out = GradientFilter.withDefaults().apply(ramp(g, 1, 2, 0), null).get(0).image();
        assertEquals((float) Math.sqrt(1 + 4), out.get(2, 2, 0), 0.0);
    }
}
