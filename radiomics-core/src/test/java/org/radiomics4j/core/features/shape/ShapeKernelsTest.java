package org.radiomics4j.core.features.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;

/**
 * Seeded property tests: the optimised 3-D shape kernels (bit-packed PCA sums, word-wise marching cubes, line
 * extremes with hull and sphere pruning for the diameters) against the plain reference kernels of
 * {@link ShapeReference}, bit for bit, on random small volumes: odd sizes, rows longer than one 64-bit word,
 * 1-voxel-thick ROIs, full boxes, random fill with holes, several components, anisotropic spacing. The seed is
 * printed; rerun one with {@code -Dradiomics.seed=<seed>}.
 */
class ShapeKernelsTest {

    private static final int CASES = 250;

    @Test
    void kernelsEqualReferenceBitForBit() {
        long seed = Masks.seed();
        System.out.println("kernelsEqualReferenceBitForBit seed " + seed);
        Random rnd = new Random(seed);
        for (int c = 0; c < CASES; c++) {
            double[] s = {0.3 + 2 * rnd.nextDouble(), 0.3 + 2 * rnd.nextDouble(), 0.3 + 4 * rnd.nextDouble()};
            if (c % 5 == 0) {
                s = new double[] {1, 1, 1};
            }
            Mask m = randomMask(rnd, c, s);
            check(m, "seed " + seed + " case " + c + " " + m);
        }
    }

    /** The diameters without hull pruning (line extremes only) also equal the brute-force maximum. */
    @Test
    void lineExtremesAloneEqualBruteForce() {
        long seed = Masks.seed();
        System.out.println("lineExtremesAloneEqualBruteForce seed " + seed);
        Random rnd = new Random(seed);
        for (int c = 0; c < 80; c++) {
            double[] s = {0.3 + 2 * rnd.nextDouble(), 0.3 + 2 * rnd.nextDouble(), 0.3 + 4 * rnd.nextDouble()};
            Mask m = randomMask(rnd, c, s);
            double[] sp = {s[2], s[1], s[0]};
            PaddedBits bits = PaddedBits.of(m);
            VertexLines lines = new VertexLines(bits.px, bits.py, bits.pz);
            Mesh3D.of(bits, sp, lines);
            double[] fast = Diameters.compute(lines, sp, new boolean[] {true, true, true, true}, false);
            double[] slow = ShapeReference.diametersSq(ShapeReference.mesh(m, sp), sp);
            for (int k = 0; k < 4; k++) {
                assertEquals(Math.sqrt(slow[k]), fast[k], 0.0, "seed " + seed + " case " + c + " diameter " + k);
            }
        }
    }

    /** Each diameter computed alone equals the one computed with the others. */
    @Test
    void diametersComputedAloneEqualAllTogether() {
        long seed = Masks.seed();
        System.out.println("diametersComputedAloneEqualAllTogether seed " + seed);
        Random rnd = new Random(seed);
        for (int c = 0; c < 40; c++) {
            double[] s = {0.5 + rnd.nextDouble(), 0.5 + rnd.nextDouble(), 0.5 + 3 * rnd.nextDouble()};
            Mask m = randomMask(rnd, c, s);
            double[] sp = {s[2], s[1], s[0]};
            PaddedBits bits = PaddedBits.of(m);
            VertexLines lines = new VertexLines(bits.px, bits.py, bits.pz);
            Mesh3D.of(bits, sp, lines);
            double[] all = Diameters.compute(lines, sp, new boolean[] {true, true, true, true});
            for (int k = 0; k < 4; k++) {
                boolean[] which = new boolean[4];
                which[k] = true;
                double[] one = Diameters.compute(lines, sp, which);
                assertEquals(all[k], one[k], 0.0, "seed " + seed + " case " + c + " diameter " + k);
            }
        }
    }

    private static void check(Mask m, String where) {
        Geometry g = m.geometry();
        double[] sp = {g.spacing(2), g.spacing(1), g.spacing(0)};
        PaddedBits bits = PaddedBits.of(m);

        long[] sums = {bits.count, bits.sumX, bits.sumY, bits.sumZ};
        long[] refSums = ShapeReference.voxelSums(m);
        for (int k = 0; k < 4; k++) {
            assertEquals(refSums[k], sums[k], where + " voxel sum " + k);
        }
        double n = sums[0];
        double mz = sums[3] / n * sp[0];
        double my = sums[2] / n * sp[1];
        double mx = sums[1] / n * sp[2];
        double[] prod = Shape.centredProducts(bits, sp, mz, my, mx);
        double[] refProd = ShapeReference.centredProducts(m, sp, mz, my, mx);
        for (int k = 0; k < 6; k++) {
            assertEquals(refProd[k], prod[k], 0.0, where + " centred product " + k);
        }

        VertexLines lines = new VertexLines(bits.px, bits.py, bits.pz);
        Mesh3D mesh = Mesh3D.of(bits, sp, lines);
        ShapeReference.Mesh ref = ShapeReference.mesh(m, sp);
        assertEquals(ref.surfaceArea, mesh.surfaceArea, 0.0, where + " surface");
        assertEquals(ref.volume, mesh.volume, 0.0, where + " volume");
        assertEquals(ref.triangleSurfaceArea, mesh.surfaceArea, 1e-12 * ref.triangleSurfaceArea, where + " surface");
        assertEquals(ref.triangleVolume, mesh.volume, 1e-12 * Math.abs(ref.triangleVolume) + 1e-12, where + " volume");
        assertEquals(ref.vertexCount, lines.count, where + " vertex count");
        Mesh3D withoutLines = Mesh3D.of(bits, sp, null);
        assertEquals(mesh.surfaceArea, withoutLines.surfaceArea, 0.0, where);
        assertEquals(mesh.volume, withoutLines.volume, 0.0, where);

        double[] fast = Diameters.compute(lines, sp, new boolean[] {true, true, true, true});
        double[] slow = ShapeReference.diametersSq(ref, sp);
        for (int k = 0; k < 4; k++) {
            assertEquals(Math.sqrt(slow[k]), fast[k], 0.0, where + " diameter " + k + " over " + ref.vertexCount
                    + " vertices");
        }
    }

    /** Case c cycles through the kinds of ROI listed in the class comment. */
    static Mask randomMask(Random rnd, int c, double[] s) {
        switch (c % 8) {
            case 0: // odd small sizes, random fill (every ambiguous cube configuration)
                return Masks.random(rnd, 1 + rnd.nextInt(9), 1 + rnd.nextInt(9), 1 + rnd.nextInt(9), s[0], s[1], s[2]);
            case 1: // rows across one or two 64-bit word boundaries
                return Masks.random(rnd, 60 + rnd.nextInt(80), 1 + rnd.nextInt(4), 1 + rnd.nextInt(4), s[0], s[1],
                        s[2]);
            case 2: { // 1-voxel-thick ROI along a random axis
                int[] d = {2 + rnd.nextInt(20), 2 + rnd.nextInt(20), 2 + rnd.nextInt(20)};
                d[rnd.nextInt(3)] = 1;
                return Masks.random(rnd, d[0], d[1], d[2], s[0], s[1], s[2]);
            }
            case 3: // full box (a single grey level's worth of ROI), sometimes a single voxel
                return Masks.box(1 + rnd.nextInt(70), 1 + rnd.nextInt(6), 1 + rnd.nextInt(6), s[0], s[1], s[2]);
            case 4:
                return Masks.noisyBall(rnd, 8 + rnd.nextInt(18), s, true, 0);
            case 5:
                return Masks.noisyBall(rnd, 8 + rnd.nextInt(18), s, false, 0);
            case 6:
                return components(rnd, s);
            default: // large sparse random (many components, holes)
                return Masks.random(rnd, 20 + rnd.nextInt(60), 5 + rnd.nextInt(15), 3 + rnd.nextInt(8), s[0], s[1],
                        s[2]);
        }
    }

    /** Several separate boxes in a larger grid. */
    private static Mask components(Random rnd, double[] s) {
        int nx = 10 + rnd.nextInt(80);
        int ny = 5 + rnd.nextInt(20);
        int nz = 3 + rnd.nextInt(10);
        int[] l = new int[nx * ny * nz];
        int parts = 2 + rnd.nextInt(4);
        for (int p = 0; p < parts; p++) {
            int x0 = rnd.nextInt(nx);
            int y0 = rnd.nextInt(ny);
            int z0 = rnd.nextInt(nz);
            int x1 = Math.min(nx, x0 + 1 + rnd.nextInt(8));
            int y1 = Math.min(ny, y0 + 1 + rnd.nextInt(5));
            int z1 = Math.min(nz, z0 + 1 + rnd.nextInt(3));
            for (int z = z0; z < z1; z++) {
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        l[x + nx * (y + ny * z)] = 1;
                    }
                }
            }
        }
        return Mask.of(l, Geometry.of(nx, ny, nz, s[0], s[1], s[2]));
    }
}
