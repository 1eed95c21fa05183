package org.radiomics4j.study.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.PixelType;

class SyntheticCtTest {

    private static SyntheticCt small(long seed) {
        return SyntheticCt.builder().size(64, 64, 32).spacing(0.75, 0.75, 1.25).roiVoxels(6_000).lesions(2).seed(seed)
                .build();
    }

    @Test
    void sameSeedGivesTheSameVoxels() {
        SyntheticCt.Case a = small(42).generate();
        SyntheticCt.Case b = small(42).generate();
        assertArrayEquals(a.image().toDoubleArray(), b.image().toDoubleArray(), 0);
        assertArrayEquals(a.mask().toIntArray(), b.mask().toIntArray());
        SyntheticCt.Case c = small(43).generate();
        assertFalse(Arrays.equals(a.image().toDoubleArray(), c.image().toDoubleArray()), "seed 43 equals seed 42");
    }

    /**
     * The ROI holds the target voxel count; the generator picks the target-th smallest lobulated radius, so only
     * ties at the threshold could add voxels. Tolerance: 0.1 % of the target.
     */
    @ParameterizedTest
    @CsvSource({"1, 64, 64, 32, 5000", "2, 64, 64, 32, 20000", "3, 96, 80, 40, 60000", "4, 40, 40, 12, 777"})
    void roiHoldsTheTargetVoxelCount(long seed, int nx, int ny, int nz, int target) {
        SyntheticCt.Case c = SyntheticCt.builder().size(nx, ny, nz).roiVoxels(target).seed(seed).build().generate();
        int n = c.mask().count();
        assertTrue(Math.abs(n - target) <= Math.max(1, target / 1000), "seed " + seed + ": " + n + " vs " + target);
        assertEquals(PixelType.INT16, c.image().pixelType());
        assertEquals(c.image().geometry(), c.mask().geometry());
        assertEquals(1, components(c.mask()), "seed " + seed + ": ROI must be one 26-connected region");
    }

    /** CT-like values: air outside the body, ROI around liver density (60 HU) with texture. */
    @Test
    void valuesLookLikeCt() {
        SyntheticCt.Case c = small(7).generate();
        Geometry g = c.image().geometry();
        assertTrue(c.image().get(0, 0, 0) < -900, "corner should be air");
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (int i = 0; i < g.voxelCount(); i++) {
            if (c.mask().inside(i)) {
                double v = c.image().get(i);
                sum += v;
                n++;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double mean = sum / n;
        assertTrue(mean > 20 && mean < 90, "ROI mean " + mean);
        assertTrue(max - min > 40, "ROI range " + min + ".." + max);
    }

    @Test
    void aTargetLargerThanTheGridIsRejected() {
        SyntheticCt gen = SyntheticCt.builder().size(32, 32, 16).roiVoxels(15_000).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, gen::generate);
        assertTrue(e.getMessage().contains("roiVoxels 15000"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SyntheticCt.builder().roiVoxels(0).build());
        assertThrows(IllegalArgumentException.class, () -> SyntheticCt.builder().spacing(0, 1, 1).build());
    }

    private static int components(Mask m) {
        Geometry g = m.geometry();
        int nx = g.nx();
        int ny = g.ny();
        int nz = g.nz();
        boolean[] seen = new boolean[g.voxelCount()];
        int comps = 0;
        ArrayDeque<Integer> q = new ArrayDeque<>();
        for (int s = 0; s < seen.length; s++) {
            if (!m.inside(s) || seen[s]) {
                continue;
            }
            comps++;
            seen[s] = true;
            q.add(s);
            while (!q.isEmpty()) {
                int i = q.poll();
                int x = i % nx;
                int y = (i / nx) % ny;
                int z = i / (nx * ny);
                for (int dz = -1; dz <= 1; dz++) {
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int a = x + dx;
                            int b = y + dy;
                            int c = z + dz;
                            if (a < 0 || b < 0 || c < 0 || a >= nx || b >= ny || c >= nz) {
                                continue;
                            }
                            int j = g.index(a, b, c);
                            if (m.inside(j) && !seen[j]) {
                                seen[j] = true;
                                q.add(j);
                            }
                        }
                    }
                }
            }
        }
        return comps;
    }
}
