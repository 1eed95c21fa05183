package org.radiomics4j.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;

/**
 * The run-based union-find behind {@code Mask-original_VolumeNum} ({@link Diagnostics#maskStatistics}) against a plain recursive-free reference written
 * here from the definition (two voxels connected when every index differs by at most 1), on seeded random masks.
 */
class DiagnosticsComponentsTest {

    static int reference(boolean[] in, int nx, int ny, int nz) {
        int[] label = new int[in.length];
        int comps = 0;
        int[] stack = new int[in.length];
        for (int s = 0; s < in.length; s++) {
            if (!in[s] || label[s] != 0) {
                continue;
            }
            comps++;
            int top = 0;
            stack[top++] = s;
            label[s] = comps;
            while (top > 0) {
                int v = stack[--top];
                int x = v % nx;
                int y = (v / nx) % ny;
                int z = v / (nx * ny);
                for (int w = 0; w < in.length; w++) {
                    if (in[w] && label[w] == 0 && Math.abs(w % nx - x) <= 1 && Math.abs((w / nx) % ny - y) <= 1
                            && Math.abs(w / (nx * ny) - z) <= 1) {
                        label[w] = comps;
                        stack[top++] = w;
                    }
                }
            }
        }
        return comps;
    }

    @ParameterizedTest
    @ValueSource(longs = {5L, 17L, 2026L, 31337L, 99991L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L})
    void matchesDefinitionOnRandomMasks(long seed) {
        System.out.println("DiagnosticsComponentsTest seed " + seed);
        Random r = new Random(seed);
        int nx = 1 + r.nextInt(9);
        int ny = 1 + r.nextInt(9);
        int nz = 1 + r.nextInt(6);
        double density = 0.05 + 0.4 * r.nextDouble();
        boolean[] in = new boolean[nx * ny * nz];
        for (int i = 0; i < in.length; i++) {
            in[i] = r.nextDouble() < density;
        }
        Mask mask = Mask.of(in, Geometry.of(nx, ny, nz));
        // the count as the diagnostics report it: the label's runs inside its bounding box (none: no component)
        int components = mask.boundingBox(1).map(bb -> Integer.parseInt(
                Diagnostics.maskStatistics("original", mask, 1, bb, null).get("Mask-original_VolumeNum"))).orElse(0);
        assertEquals(reference(in, nx, ny, nz), components, "seed " + seed + ", size " + nx + "x" + ny + "x" + nz);
    }
}
