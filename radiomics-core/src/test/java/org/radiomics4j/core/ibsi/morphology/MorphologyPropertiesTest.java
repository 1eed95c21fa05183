package org.radiomics4j.core.ibsi.morphology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of the IBSI mesh, convex hull, ellipsoid area and spatial autocorrelation that follow from their
 * definitions (closed-form values and brute-force evaluations of the same definitions), on seeded random ROIs. Each
 * seed is printed in the test name.
 */
class MorphologyPropertiesTest {

    private static boolean[] randomRoi(Random r, int nx, int ny, int nz, double p) {
        boolean[] in = new boolean[nx * ny * nz];
        for (int i = 0; i < in.length; i++) {
            in[i] = r.nextDouble() < p;
        }
        in[r.nextInt(in.length)] = true;
        return in;
    }

    /** One voxel of spacing (1, 2, 3): the mesh is the octahedron with vertices at ±s/2 (volume sx·sy·sz/6). */
    @Test
    void singleVoxelIsAnOctahedron() {
        double[] s = {1, 2, 3};
        byte[] m = IbsiMesh.pad(new boolean[] {true}, 1, 1, 1);
        IbsiMesh.AreaVolume av = IbsiMesh.areaVolume(m, 3, 3, 3, s);
        assertEquals(1.0 * 2 * 3 / 6, av.volume(), 1e-12, "positive volume: outward normals");
        // 8 faces, each with vertices (±0.5, 0, 0), (0, ±1, 0), (0, 0, ±1.5): area |(u × v)|/2
        double[] u = {-0.5, 1, 0};
        double[] v = {-0.5, 0, 1.5};
        double cx = u[1] * v[2] - u[2] * v[1];
        double cy = u[2] * v[0] - u[0] * v[2];
        double cz = u[0] * v[1] - u[1] * v[0];
        assertEquals(8 * 0.5 * Math.sqrt(cx * cx + cy * cy + cz * cz), av.area(), 1e-12);
    }

    /** Closed and consistently oriented: every directed edge occurs once and its reverse once. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void meshIsClosedAndOriented(long seed) {
        Random r = new Random(seed);
        int nx = 2 + r.nextInt(5);
        int ny = 2 + r.nextInt(5);
        int nz = 2 + r.nextInt(5);
        boolean[] in = randomRoi(r, nx, ny, nz, 0.5);
        double[] t = IbsiMesh.triangles(IbsiMesh.pad(in, nx, ny, nz), nx + 2, ny + 2, nz + 2);
        Map<String, Integer> edges = new HashMap<>();
        for (int k = 0; k < t.length; k += 9) {
            for (int e = 0; e < 3; e++) {
                int a = k + 3 * e;
                int b = k + 3 * ((e + 1) % 3);
                String key = t[a] + "," + t[a + 1] + "," + t[a + 2] + ">" + t[b] + "," + t[b + 1] + "," + t[b + 2];
                edges.merge(key, 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> e : edges.entrySet()) {
            assertEquals(1, e.getValue(), "directed edge used twice: " + e.getKey());
            String[] ab = e.getKey().split(">");
            assertTrue(edges.containsKey(ab[1] + ">" + ab[0]), "edge without opposite: " + e.getKey());
        }
    }

    /** Mesh volume is within the ROI's voxel bounds: between N/6 and N voxel volumes (each voxel's octahedron is inside). */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14})
    void meshVolumeIsPositiveAndBelowVoxelVolume(long seed) {
        Random r = new Random(seed);
        int nx = 2 + r.nextInt(6);
        int ny = 2 + r.nextInt(6);
        int nz = 2 + r.nextInt(6);
        boolean[] in = randomRoi(r, nx, ny, nz, 0.6);
        int n = 0;
        for (boolean b : in) {
            n += b ? 1 : 0;
        }
        double v = IbsiMesh.areaVolume(IbsiMesh.pad(in, nx, ny, nz), nx + 2, ny + 2, nz + 2, new double[] {1, 1, 1})
                .volume();
        assertTrue(v > 0 && v <= n, "volume " + v + " for " + n + " voxels");
    }

    /** Every point lies inside or on the hull; the hull of a cube's 8 corners has volume 1 and area 6. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23, 24, 25})
    void hullContainsEveryPoint(long seed) {
        Random r = new Random(seed);
        int n = 8 + r.nextInt(300);
        int[] p = new int[3 * n];
        for (int i = 0; i < p.length; i++) {
            p[i] = r.nextInt(7); // many coplanar and collinear points
        }
        ConvexHull3D h = ConvexHull3D.of(p);
        for (int t = 0; t < h.triangles.length; t += 3) {
            for (int q = 0; q < n; q++) {
                assertTrue(ConvexHull3D.orient(p, h.triangles[t], h.triangles[t + 1], h.triangles[t + 2], q) <= 0,
                        "point " + q + " above hull face " + t / 3);
            }
        }
    }

    @Test
    void hullOfCube() {
        int[] p = new int[3 * 27];
        int k = 0;
        for (int z = 0; z < 3; z++) {
            for (int y = 0; y < 3; y++) {
                for (int x = 0; x < 3; x++) {
                    p[k++] = x;
                    p[k++] = y;
                    p[k++] = z;
                }
            }
        }
        ConvexHull3D h = ConvexHull3D.of(p);
        double vol6 = 0;
        double area2 = 0;
        for (int t = 0; t < h.triangles.length; t += 3) {
            int a = 3 * h.triangles[t];
            int b = 3 * h.triangles[t + 1];
            int c = 3 * h.triangles[t + 2];
            vol6 += p[a] * (p[b + 1] * p[c + 2] - p[b + 2] * p[c + 1]) + p[a + 1] * (p[b + 2] * p[c] - p[b] * p[c + 2])
                    + p[a + 2] * (p[b] * p[c + 1] - p[b + 1] * p[c]);
            double ux = p[b] - p[a];
            double uy = p[b + 1] - p[a + 1];
            double uz = p[b + 2] - p[a + 2];
            double vx = p[c] - p[a];
            double vy = p[c + 1] - p[a + 1];
            double vz = p[c + 2] - p[a + 2];
            double cx = uy * vz - uz * vy;
            double cy = uz * vx - ux * vz;
            double cz = ux * vy - uy * vx;
            area2 += Math.sqrt(cx * cx + cy * cy + cz * cz);
        }
        assertEquals(8.0, vol6 / 6, 1e-12, "2x2x2 cube volume");
        assertEquals(24.0, area2 / 2, 1e-12, "2x2x2 cube area");
    }

    /**
     * Sphere: 4πa² (α = β = 0). Spheroid b = c: α = β = e, the Legendre argument is 1 and P_ν(1) = 1, so the IBSI
     * series is 4π a b Σ_{ν=0}^{20} e^{2ν}/(1 − 4ν²), evaluated here term by term. (The IBSI manual defines
     * α = √(1 − b²/a²), β = √(1 − c²/a²); this is the manual's approximation, not the exact spheroid area.)
     */
    @Test
    void ellipsoidAreaSeries() {
        assertEquals(4 * Math.PI * 9, IbsiMorphology.ellipsoidArea(3, 3, 3), 1e-12);
        double a = 5;
        double b = 4;
        double e2 = 1 - b * b / (a * a);
        double sum = 0;
        for (int nu = 0; nu <= 20; nu++) {
            sum += Math.pow(e2, nu) / (1 - 4.0 * nu * nu);
        }
        assertEquals(4 * Math.PI * a * b * sum, IbsiMorphology.ellipsoidArea(a, b, b), 1e-12);
    }

    /** FFT evaluation equals the O(N²) double sum of the IBSI definitions. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32, 33, 34, 35, 36})
    void autocorrelationEqualsDirectSum(long seed) {
        Random r = new Random(seed);
        int nx = 1 + r.nextInt(7);
        int ny = 1 + r.nextInt(7);
        int nz = 1 + r.nextInt(7);
        boolean[] in = randomRoi(r, nx, ny, nz, 0.7);
        in[0] = true;
        in[in.length - 1] = true;
        double[] v = new double[in.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextInt(50) - 20;
        }
        v[0] = 100;
        double[] s = {0.5 + r.nextDouble(), 0.5 + r.nextDouble(), 1 + 2 * r.nextDouble()};
        SpatialAutocorrelation.Result fft = SpatialAutocorrelation.compute(v, in, nx, ny, nz, s);
        SpatialAutocorrelation.Result direct = SpatialAutocorrelation.direct(v, in, nx, ny, nz, s);
        assertEquals(direct.moranI(), fft.moranI(), 1e-10);
        assertEquals(direct.gearyC(), fft.gearyC(), 1e-10);
    }

    /** Undefined features throw with the reason instead of returning NaN or infinity. */
    @org.junit.jupiter.api.Test
    void degenerateRoisThrowWithTheReason() {
        org.radiomics4j.core.image.Geometry g = org.radiomics4j.core.image.Geometry.of(4, 4, 1, 1, 1, 1);
        int[] m = new int[16];
        double[] v = new double[16];
        for (int i = 0; i < 16; i++) {
            m[i] = i < 6 ? 1 : 0;
            v[i] = i;
        }
        org.radiomics4j.core.image.Mask mask = org.radiomics4j.core.image.Mask.of(m, g);
        org.radiomics4j.core.image.Volume img = org.radiomics4j.core.image.Volume.of(v, g);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> IbsiMorphology.compute(mask, mask, img));
        assertTrue(e.getMessage().contains("6BDE") && e.getMessage().contains("coplanar"), e.getMessage());
        int[] one = new int[16];
        one[5] = 1;
        org.radiomics4j.core.image.Mask single = org.radiomics4j.core.image.Mask.of(one, g);
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> IbsiMorphology.compute(single, single, img));
        assertTrue(e.getMessage().contains("at least 2"), e.getMessage());
    }
}
