package org.radiomics4j.core.features.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;

/**
 * Values that follow from geometry by hand (derivations in each test's comment; no number comes from this code).
 * Tolerance 1e-12 relative: the hand formulas are exact and the code sums at most a few thousand terms.
 */
class ShapeAnalyticTest {

    private static final double TOL = 1e-12;

    private static FamilyResult<?> shape(Mask m) {
        return Shape.of(ExtractionSettings.defaults()).compute(m);
    }

    private static void near(double expected, double actual, String what) {
        assertEquals(expected, actual, TOL * Math.max(1, Math.abs(expected)), what);
    }

    /**
     * A box of a×b×c voxels (x, y, z). By hand, from the midpoint construction:
     * <ul>
     * <li>The mesh is the box [−½, a−½]×[−½, b−½]×[−½, c−½] (voxel units) with every edge chamfered by the plane
     * through the two face midpoints next to it and every corner cut by the plane through three: per unit length an
     * edge loses a right triangle of legs ½, ½ (area 1/8); a corner cube of side ½ keeps only the tetrahedron
     * x+y+z ≤ ½ (1/48 of 1/8). So V = sx·sy·sz·(abc − ½((a−1)+(b−1)+(c−1)) − 8·(1/8 − 1/48)).</li>
     * <li>Vertices lie on the faces: x ∈ {−½, a−½} with y ∈ 0..b−1, z ∈ 0..c−1 and likewise for y and z faces; the
     * largest distance pairs opposite corners of two faces, giving the six candidates below.</li>
     * <li>PCA: the coordinates along each axis are uniform on 0..n−1, variance s²(n²−1)/12, covariance 0.</li>
     * </ul>
     */
    @ParameterizedTest
    @CsvSource({"1,1,1,1,1,1", "2,1,1,1,1,1", "3,4,5,0.7,0.9,2.5", "6,2,3,1.5,0.8,0.4", "1,5,2,0.5,0.5,3",
        "7,7,7,1,1,1"})
    void boxOfVoxels(int a, int b, int c, double sx, double sy, double sz) {
        FamilyResult<?> r = shape(Masks.box(a, b, c, sx, sy, sz));
        double volume = sx * sy * sz * (a * b * c - 0.5 * ((a - 1) + (b - 1) + (c - 1)) - 8 * (1.0 / 8 - 1.0 / 48));
        near(volume, r.get("MeshVolume"), "MeshVolume");
        near(a * b * c * sx * sy * sz, r.get("VoxelVolume"), "VoxelVolume");

        double x2 = sx * sx;
        double y2 = sy * sy;
        double z2 = sz * sz;
        double xx = a * a * x2 + sq(b - 1) * y2 + sq(c - 1) * z2;
        double yy = sq(a - 1) * x2 + b * b * y2 + sq(c - 1) * z2;
        double zz = sq(a - 1) * x2 + sq(b - 1) * y2 + c * c * z2;
        double xy = sq(a - 0.5) * x2 + sq(b - 0.5) * y2 + sq(c - 1) * z2;
        double xz = sq(a - 0.5) * x2 + sq(b - 1) * y2 + sq(c - 0.5) * z2;
        double yz = sq(a - 1) * x2 + sq(b - 0.5) * y2 + sq(c - 0.5) * z2;
        near(Math.sqrt(max(xx, yy, zz, xy, xz, yz)), r.get("Maximum3DDiameter"), "Maximum3DDiameter");
        // equal z: x- and y-face vertices in one integer z plane (z faces sit alone in the planes z = -1/2, c-1/2)
        double slice = max(a * a * x2 + sq(b - 1) * y2, sq(a - 1) * x2 + b * b * y2,
                sq(a - 0.5) * x2 + sq(b - 0.5) * y2, sq(a - 1) * x2 + sq(b - 1) * y2);
        double column = max(a * a * x2 + sq(c - 1) * z2, sq(a - 1) * x2 + c * c * z2,
                sq(a - 0.5) * x2 + sq(c - 0.5) * z2, sq(a - 1) * x2 + sq(c - 1) * z2);
        double row = max(b * b * y2 + sq(c - 1) * z2, sq(b - 1) * y2 + c * c * z2,
                sq(b - 0.5) * y2 + sq(c - 0.5) * z2, sq(b - 1) * y2 + sq(c - 1) * z2);
        near(Math.sqrt(slice), r.get("Maximum2DDiameterSlice"), "Maximum2DDiameterSlice");
        near(Math.sqrt(column), r.get("Maximum2DDiameterColumn"), "Maximum2DDiameterColumn");
        near(Math.sqrt(row), r.get("Maximum2DDiameterRow"), "Maximum2DDiameterRow");

        double[] ev = {x2 * (a * a - 1) / 12.0, y2 * (b * b - 1) / 12.0, z2 * (c * c - 1) / 12.0};
        java.util.Arrays.sort(ev);
        near(4 * Math.sqrt(ev[2]), r.get("MajorAxisLength"), "MajorAxisLength");
        near(4 * Math.sqrt(ev[1]), r.get("MinorAxisLength"), "MinorAxisLength");
        near(4 * Math.sqrt(ev[0]), r.get("LeastAxisLength"), "LeastAxisLength");
    }

    /**
     * One voxel: the mesh is the octahedron with vertices at ±s/2 on each axis, so V = sx·sy·sz/6 and its 8 faces of
     * area ⅛√(sy²sz² + sx²sz² + sx²sy²) give A = √(sy²sz² + sx²sz² + sx²sy²). Every eigenvalue is 0: axis lengths 0
     * and Elongation, Flatness 0/0 = NaN (PyRadiomics), which must be explained in the notes.
     */
    @Test
    void singleVoxelIsAnOctahedron() {
        double sx = 0.8;
        double sy = 1.3;
        double sz = 2.5;
        FamilyResult<?> r = shape(Mask.of(new int[] {1}, Geometry.of(1, 1, 1, sx, sy, sz)));
        near(sx * sy * sz / 6, r.get("MeshVolume"), "MeshVolume");
        near(Math.sqrt(sy * sy * sz * sz + sx * sx * sz * sz + sx * sx * sy * sy), r.get("SurfaceArea"), "SurfaceArea");
        near(Math.max(sx, sy), r.get("Maximum2DDiameterSlice"), "slice diameter: the 4 in-plane vertices");
        near(Math.max(sx, Math.max(sy, sz)), r.get("Maximum3DDiameter"), "3-D diameter");
        assertEquals(0.0, r.get("MajorAxisLength"));
        assertTrue(Double.isNaN(r.get("Elongation")));
        assertTrue(Double.isNaN(r.get("Flatness")));
        assertFalse(r.notes().isEmpty(), "the NaN must be explained");
        assertTrue(r.notes().get(0).contains("single voxel"), r.notes().toString());
    }

    /** A line of voxels along x: λ_minor = λ_least = 0, so Elongation = Flatness = 0, with a note. */
    @Test
    void lineHasZeroElongationAndFlatness() {
        FamilyResult<?> r = shape(Masks.box(5, 1, 1, 1, 1, 1));
        assertEquals(0.0, r.get("Elongation"));
        assertEquals(0.0, r.get("Flatness"));
        assertEquals(0.0, r.get("MinorAxisLength"));
        assertTrue(r.notes().get(0).contains("line"), r.notes().toString());
    }

    /** A plane of voxels (one slice): λ_least = 0, so LeastAxisLength = Flatness = 0, with a note; Elongation > 0. */
    @Test
    void planeHasZeroFlatness() {
        FamilyResult<?> r = shape(Masks.box(4, 3, 1, 0.7, 0.7, 5));
        assertEquals(0.0, r.get("Flatness"));
        assertEquals(0.0, r.get("LeastAxisLength"));
        assertTrue(r.get("Elongation") > 0);
        assertTrue(r.notes().get(0).contains("planar"), r.notes().toString());
    }

    /**
     * Two voxels touching only along an edge, (0,0) and (1,1) of one slice. In this orientation PyRadiomics' half
     * table keeps them apart, so the mesh is two separate octahedra (see {@link #singleVoxelIsAnOctahedron}):
     * V = 2·(1/6), A = 2√3 (unit spacing). The mirror image along x is the same ROI up to a flip, but its cubes meet
     * the ambiguous face through the complement rule, which joins them differently (README §10: the half table
     * resolves ambiguous cubes its own way): PyRadiomics' values are not mirror-invariant for such contacts, and
     * neither are ours, on purpose.
     */
    @Test
    void edgeContactFollowsPyRadiomicsHalfTable() {
        Mask diagonal = Mask.of(new int[] {1, 0, 0, 1}, Geometry.of(2, 2, 1));
        FamilyResult<?> r = shape(diagonal);
        near(2 * Math.sqrt(3), r.get("SurfaceArea"), "SurfaceArea");
        near(1.0 / 3, r.get("MeshVolume"), "MeshVolume");
        FamilyResult<?> mirrored = shape(Masks.flip(diagonal, 0));
        near(1.0 / 3, mirrored.get("MeshVolume"), "MeshVolume of the mirror image");
        assertTrue(mirrored.get("SurfaceArea") > r.get("SurfaceArea") + 0.1, "mirror image " + mirrored.byName());
    }

    /** VoxelVolume = N · voxel volume, whatever the shape. */
    @Test
    void voxelVolumeCountsVoxels() {
        java.util.Random rnd = new java.util.Random(42);
        Mask m = Masks.random(rnd, 6, 7, 5, 0.6, 0.9, 3.1);
        near(m.count() * 0.6 * 0.9 * 3.1, shape(m).get("VoxelVolume"), "VoxelVolume");
    }

    /** Deprecated features relate to Sphericity by definition: C2 = S³, C1 = √C2 / (6π), SD = 1/S. */
    @Test
    void deprecatedFeaturesFollowFromSphericity() {
        ExtractionSettings s = ExtractionSettings.defaults().withEnabledFeatures(Map.of(FeatureClass.SHAPE,
                Set.of("Sphericity", "Compactness1", "Compactness2", "SphericalDisproportion")));
        FamilyResult<?> r = Shape.of(s).compute(Masks.random(new java.util.Random(7), 6, 6, 6, 1, 1, 2));
        double sph = r.get("Sphericity");
        near(sph * sph * sph, r.get("Compactness2"), "Compactness2");
        near(Math.sqrt(r.get("Compactness2")) / (6 * Math.PI), r.get("Compactness1"), "Compactness1");
        near(1 / sph, r.get("SphericalDisproportion"), "SphericalDisproportion");
    }

    private static double sq(double v) {
        return v * v;
    }

    private static double max(double... v) {
        double m = 0;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }
}
