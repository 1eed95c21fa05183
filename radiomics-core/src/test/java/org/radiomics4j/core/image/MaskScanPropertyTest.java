package org.radiomics4j.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.MessageDigest;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Seeded property tests (the seed is printed; rerun one with {@code -Dradiomics.seed=<seed>}) of the whole-mask scans
 * of issue 11 against plain reference kernels written here (the previous, voxel-at-a-time code): the bounding box
 * (rows skipped with {@code Arrays.mismatch}) with and without a label, and the uint32 SHA-1 feed (background chunks
 * fed from zeros), on random masks of odd shapes, byte and int storage, one or several labels, empty masks, one
 * voxel, and masks larger than one 2<sup>16</sup>-voxel digest chunk.
 */
class MaskScanPropertyTest {
    private static long seed() {
        String s = System.getProperty("radiomics.seed");
        return s != null ? Long.parseLong(s) : System.nanoTime();
    }

    /** The previous {@code boundingBox()} / {@code boundingBox(label)}: every voxel, min/max of x, y, z. */
    static Optional<BoundingBox> referenceBox(Mask m, int label) {
        Geometry g = m.geometry();
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int z0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        int z1 = -1;
        for (int z = 0, i = 0; z < g.nz(); z++) {
            for (int y = 0; y < g.ny(); y++) {
                for (int x = 0; x < g.nx(); x++, i++) {
                    int l = m.label(i);
                    if (label == 0 ? l != 0 : l == label) {
                        x0 = Math.min(x0, x);
                        x1 = Math.max(x1, x);
                        y0 = Math.min(y0, y);
                        y1 = Math.max(y1, y);
                        z0 = Math.min(z0, z);
                        z1 = Math.max(z1, z);
                    }
                }
            }
        }
        return x1 < 0 ? Optional.empty()
                : Optional.of(new BoundingBox(x0, y0, z0, x1 - x0 + 1, y1 - y0 + 1, z1 - z0 + 1));
    }

    /** The uint32 little-endian bytes of every label, one voxel at a time. */
    static byte[] referenceDigest(Mask m) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-1");
        for (int i = 0; i < m.size(); i++) {
            int l = m.label(i);
            md.update(new byte[] {(byte) l, (byte) (l >>> 8), (byte) (l >>> 16), (byte) (l >>> 24)});
        }
        return md.digest();
    }

    static int[] randomLabels(Random rnd, int nx, int ny, int nz, int maxLabel) {
        int[] l = new int[nx * ny * nz];
        int mode = rnd.nextInt(4);
        double density = mode == 0 ? 0 : mode == 1 ? 0.001 : 0.05 + 0.5 * rnd.nextDouble();
        // a blob (box) of label 1 plus scattered labels
        int bx = rnd.nextInt(nx);
        int by = rnd.nextInt(ny);
        int bz = rnd.nextInt(nz);
        for (int z = bz; z < Math.min(nz, bz + 1 + rnd.nextInt(4)); z++) {
            for (int y = by; y < Math.min(ny, by + 1 + rnd.nextInt(4)); y++) {
                for (int x = bx; x < Math.min(nx, bx + 1 + rnd.nextInt(6)); x++) {
                    if (mode != 0) {
                        l[x + nx * (y + ny * z)] = 1;
                    }
                }
            }
        }
        for (int i = 0; i < l.length; i++) {
            if (rnd.nextDouble() < density) {
                l[i] = 1 + rnd.nextInt(maxLabel);
            }
        }
        return l;
    }

    @Test
    void boundingBoxAndDigestEqualTheVoxelAtATimeReference() throws Exception {
        long seed = seed();
        System.out.println("boundingBoxAndDigestEqualTheVoxelAtATimeReference seed " + seed);
        Random rnd = new Random(seed);
        for (int c = 0; c < 300; c++) {
            boolean big = c % 25 == 0;
            int nx = big ? 60 + rnd.nextInt(200) : 1 + rnd.nextInt(17);
            int ny = big ? 60 + rnd.nextInt(200) : 1 + rnd.nextInt(9);
            int nz = 1 + rnd.nextInt(big ? 4 : 7);
            int maxLabel = rnd.nextBoolean() ? 1 : rnd.nextBoolean() ? 5 : 1000; // 1000: int storage
            int[] labels = randomLabels(rnd, nx, ny, nz, maxLabel);
            Mask m = Mask.of(labels, nx, ny, nz);
            String where = "seed " + seed + " case " + c + " " + nx + "x" + ny + "x" + nz + " max " + maxLabel;
            assertEquals(referenceBox(m, 0), m.boundingBox(), where);
            for (int label = 1; label <= Math.min(maxLabel, 6); label++) {
                assertEquals(referenceBox(m, label), m.boundingBox(label), where + " label " + label);
            }
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            m.digestUInt32(md);
            assertArrayEquals(referenceDigest(m), md.digest(), where);
        }
    }
}
