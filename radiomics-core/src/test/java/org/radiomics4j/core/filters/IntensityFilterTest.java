package org.radiomics4j.core.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;

/**
 * {@link IntensityFilter} against numpy 1.24.2 (Debian 12) running PyRadiomics' own formulas
 * ({@code getSquareImage} etc.) on an int16 array with negatives, zeros and max|x| reached by a positive value:
 * {@code src/test/resources/filters/numpy-intensity.txt}, written by {@code generate.py} there.
 * Tolerance 1e-14 relative: the operations are the same IEEE ones except log/exp/sqrt, where numpy and
 * {@link Math} may differ by 1 ulp.
 */
class IntensityFilterTest {

    @TestFactory
    Stream<DynamicTest> matchesNumpy() throws IOException {
        List<String> rows = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/filters/numpy-intensity.txt")) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    rows.add(l);
                }
            }
        }
        String[] input = rows.get(0).split(" ");
        short[] x = new short[input.length - 1];
        for (int i = 0; i < x.length; i++) {
            x[i] = (short) Double.parseDouble(input[i + 1]);
        }
        Volume image = Volume.wrap(x, Geometry.of(3, 2, 2), PixelType.INT16);
        List<DynamicTest> tests = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] p = row.split(" ");
            IntensityFilter.Kind kind = IntensityFilter.Kind.valueOf(p[0].toUpperCase(Locale.ROOT));
            tests.add(DynamicTest.dynamicTest(p[0], () -> {
                List<DerivedImage> out = new IntensityFilter(kind).apply(image, null);
                assertEquals(1, out.size());
                assertEquals(p[0], out.get(0).imageType());
                assertEquals(PixelType.FLOAT64, out.get(0).image().pixelType());
                for (int i = 0; i < x.length; i++) {
                    double want = Double.parseDouble(p[i + 1]);
                    double got = out.get(0).image().get(i);
                    assertEquals(want, got, 1e-14 * Math.max(1, Math.abs(want)), p[0] + " voxel " + i);
                }
            }));
        }
        assertEquals(4, tests.size(), "four filters in the reference file");
        return tests.stream();
    }

    @Test
    void allZeroImageIsRejectedNamingTheFilter() {
        Volume zero = Volume.of(new double[8], 2, 2, 2);
        for (IntensityFilter.Kind k : IntensityFilter.Kind.values()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new IntensityFilter(k).apply(zero, null));
            assertTrue(e.getMessage().contains(k.imageType()) && e.getMessage().contains("max|x|"), e.getMessage());
        }
    }
}
