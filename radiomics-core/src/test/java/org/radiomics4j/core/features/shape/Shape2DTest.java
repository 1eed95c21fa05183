package org.radiomics4j.core.features.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;

/** shape2D: hand-derived values for pixel rectangles, slice-axis handling, invariances and errors. */
class Shape2DTest {

    private static final ExtractionSettings FORCE_2D = ExtractionSettings.defaults().withForce2D(true);

    private static FamilyResult<?> shape2D(Mask m, int sliceAxis) {
        return Shape2D.of(FORCE_2D.withForce2Ddimension(sliceAxis)).compute(m);
    }

    /**
     * A rectangle of a×b pixels in the (y, x) plane, spacing (s0, s1) = (sy, sx). By hand, from the midpoint
     * construction: the contour is the rectangle [−½, a−½]×[−½, b−½] with each corner cut by the segment joining the
     * two edge midpoints next to it (a right triangle of legs ½·s0, ½·s1). So MeshSurface = s0·s1·(ab − ½),
     * Perimeter = 2(a−1)s0 + 2(b−1)s1 + 2√(s0² + s1²), PixelSurface = ab·s0·s1, and MaximumDiameter pairs opposite
     * corners of the cut rectangle: the largest of a²s0² + (b−1)²s1², (a−1)²s0² + b²s1², (a−½)²s0² + (b−½)²s1².
     * Axis lengths: variance s²(n²−1)/12 along each axis. Tolerance 1e-12 relative (exact formulas, short sums).
     */
    @ParameterizedTest
    @CsvSource({"1,1,1,1", "1,1,0.7,1.9", "3,1,1,1", "4,6,0.6,0.9", "9,2,2,0.5"})
    void rectangleOfPixels(int a, int b, double s0, double s1) {
        int[] l = new int[a * b];
        java.util.Arrays.fill(l, 1);
        FamilyResult<?> r = shape2D(Mask.of(l, Geometry.of(b, a, 1, s1, s0, 3.0)), 0);
        double tol = 1e-12;
        assertEquals(s0 * s1 * (a * b - 0.5), r.get("MeshSurface"), tol * a * b, "MeshSurface");
        assertEquals(2 * (a - 1) * s0 + 2 * (b - 1) * s1 + 2 * Math.hypot(s0, s1), r.get("Perimeter"),
                tol * (a + b), "Perimeter");
        assertEquals(a * b * s0 * s1, r.get("PixelSurface"), tol * a * b, "PixelSurface");
        double d = Math.max(a * a * s0 * s0 + (b - 1) * (b - 1) * s1 * s1,
                Math.max((a - 1) * (a - 1) * s0 * s0 + b * b * s1 * s1,
                        (a - 0.5) * (a - 0.5) * s0 * s0 + (b - 0.5) * (b - 0.5) * s1 * s1));
        assertEquals(Math.sqrt(d), r.get("MaximumDiameter"), tol * (a + b), "MaximumDiameter");
        double v0 = s0 * s0 * (a * a - 1) / 12.0;
        double v1 = s1 * s1 * (b * b - 1) / 12.0;
        assertEquals(4 * Math.sqrt(Math.max(v0, v1)), r.get("MajorAxisLength"), tol * (a + b), "MajorAxisLength");
        assertEquals(4 * Math.sqrt(Math.min(v0, v1)), r.get("MinorAxisLength"), tol * (a + b), "MinorAxisLength");
        double sph = r.get("Sphericity");
        assertTrue(sph > 0 && sph <= 1, "Sphericity " + sph);
        if (a * b == 1) {
            assertTrue(Double.isNaN(r.get("Elongation")));
            assertTrue(r.notes().get(0).contains("single pixel"), r.notes().toString());
        } else if (a == 1 || b == 1) {
            assertEquals(0.0, r.get("Elongation"));
            assertTrue(r.notes().get(0).contains("line"), r.notes().toString());
        }
    }

    /**
     * The same random slice laid in the z, y or x plane gives the same features when the in-plane axes keep their
     * (z, y, x) order and spacing: a slice (y, x) of a z-slice equals the slice (z, x) of a y-slice with sz := sy.
     * Tolerance 1e-12 relative (identical arithmetic up to summation order).
     */
    @Test
    void sliceAxisFollowsForce2Ddimension() {
        long seed = Masks.seed();
        System.out.println("sliceAxisFollowsForce2Ddimension seed " + seed);
        Random rnd = new Random(seed);
        for (int c = 0; c < 50; c++) {
            int n0 = 1 + rnd.nextInt(8);
            int n1 = 1 + rnd.nextInt(8);
            double s0 = 0.5 + rnd.nextDouble();
            double s1 = 0.5 + rnd.nextDouble();
            int[] plane = new int[n0 * n1];
            plane[rnd.nextInt(plane.length)] = 1;
            for (int i = 0; i < plane.length; i++) {
                plane[i] |= rnd.nextDouble() < 0.6 ? 1 : 0;
            }
            // z-slice: plane axes (y, x) = (n0, n1); stored x fastest
            Mask zSlice = Mask.of(plane, Geometry.of(n1, n0, 1, s1, s0, 9));
            // y-slice: plane axes (z, x) = (n0, n1)
            Mask ySlice = Mask.of(plane, Geometry.of(n1, 1, n0, s1, 9, s0));
            // x-slice: plane axes (z, y) = (n0, n1)
            Mask xSlice = Mask.of(plane, Geometry.of(1, n1, n0, 9, s1, s0));
            Map<String, Double> ref = shape2D(zSlice, 0).byName();
            ShapePropertyTest.assertSame(ref, shape2D(ySlice, 1).byName(), Map.of(), "seed " + seed + " y-slice");
            ShapePropertyTest.assertSame(ref, shape2D(xSlice, 2).byName(), Map.of(), "seed " + seed + " x-slice");
            // a 2-D image (nz = 1) needs no force2D
            ShapePropertyTest.assertSame(ref, Shape2D.of(ExtractionSettings.defaults()).compute(zSlice).byName(),
                    Map.of(), "seed " + seed + " without force2D");
        }
    }

    /** Flips and quarter turns (isotropic in-plane spacing) leave every 2-D feature unchanged (1e-9 relative). */
    @Test
    void invariantUnderFlipsAndRotationsWithoutAmbiguousSquares() {
        long seed = Masks.seed();
        System.out.println("invariantUnderFlipsAndRotationsWithoutAmbiguousSquares seed " + seed);
        Random rnd = new Random(seed);
        int done = 0;
        while (done < 100) {
            double s = 0.5 + rnd.nextDouble();
            Mask m = Masks.randomUnambiguous(rnd, s, s, 2);
            Mask slice = m.crop(new org.radiomics4j.core.image.BoundingBox(0, 0, 0, m.geometry().nx(),
                    m.geometry().ny(), 1));
            if (slice.count() == 0) {
                continue;
            }
            done++;
            Map<String, Double> ref = shape2D(slice, 0).byName();
            ShapePropertyTest.assertSame(ref, shape2D(Masks.flip(slice, 0), 0).byName(), Map.of(), "flip x " + seed);
            ShapePropertyTest.assertSame(ref, shape2D(Masks.flip(slice, 1), 0).byName(), Map.of(), "flip y " + seed);
            ShapePropertyTest.assertSame(ref, shape2D(Masks.rotate90(slice, 0, 1), 0).byName(), Map.of(),
                    "rotation " + seed);
        }
    }

    @Test
    void roiSpanningTwoSlicesIsRejectedNamingItsSize() {
        Mask m = Masks.box(3, 4, 2, 1, 1, 1);
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> shape2D(m, 0));
        assertTrue(e.getMessage().contains("(3, 4, 2)"), e.getMessage());
        assertTrue(e.getMessage().contains("force2Ddimension 0"), e.getMessage());
    }

    @Test
    void threeDimensionalMaskWithoutForce2DIsRejected() {
        Mask m = Mask.of(new int[] {1, 0}, Geometry.of(1, 1, 2));
        InvalidSettingException e = assertThrows(InvalidSettingException.class,
                () -> Shape2D.of(ExtractionSettings.defaults()).compute(m));
        assertTrue(e.getMessage().contains("force2D"), e.getMessage());
    }

    @Test
    void enabledFeaturesAreHonoured() {
        Mask m = Masks.box(3, 4, 1, 1, 1, 1);
        ExtractionSettings s = FORCE_2D.withEnabledFeatures(Map.of(FeatureClass.SHAPE2D,
                Set.of("SphericalDisproportion", "Perimeter")));
        FamilyResult<?> r = Shape2D.of(s).compute(m);
        assertEquals(java.util.List.of("Perimeter", "SphericalDisproportion"), java.util.List.copyOf(r.byName().keySet()));
        assertEquals(FeatureClass.SHAPE2D, r.featureClass());
        assertEquals(9, Shape2D.of(FORCE_2D).compute(m).byName().size());
    }
}
