package org.radiomics4j.core.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Seeded property tests (the seed is printed; rerun one with {@code -Dradiomics.seed=<seed>}) of issue 11's fast
 * paths against their plain reference: {@link Volume#summary()} (blocked int sums) against {@link Volume#sum()},
 * {@link Volume#min()} and {@link Volume#max()}; {@link Mask#fromVolume} of 8/16-bit storage (straight to bytes)
 * against labels converted one voxel at a time.
 */
class FastPathPropertyTest {
    private static long seed() {
        String s = System.getProperty("radiomics.seed");
        return s != null ? Long.parseLong(s) : System.nanoTime();
    }

    @Test
    void summaryEqualsSumMinMax() {
        long seed = seed();
        System.out.println("summaryEqualsSumMinMax seed " + seed);
        Random rnd = new Random(seed);
        for (int c = 0; c < 60; c++) {
            // sizes around the 2^15 block, and extreme values so that an int overflow would show
            int n = 1 + rnd.nextInt(c < 10 ? 40 : 3 * (1 << 15));
            short[] v = new short[n];
            int mode = rnd.nextInt(3);
            for (int i = 0; i < n; i++) {
                v[i] = switch (mode) {
                    case 0 -> Short.MIN_VALUE;
                    case 1 -> Short.MAX_VALUE;
                    default -> (short) rnd.nextInt(1 << 16);
                };
            }
            Volume vol = Volume.wrap(v, Geometry.of(n, 1, 1), PixelType.INT16);
            Volume.Summary s = vol.summary();
            long ref = 0;
            for (short x : v) {
                ref += x;
            }
            String where = "seed " + seed + " case " + c + " n " + n;
            assertEquals((double) ref, s.sum(), where);
            assertEquals(vol.sum(), s.sum(), where);
            assertEquals(vol.min(), s.min(), where);
            assertEquals(vol.max(), s.max(), where);
        }
    }

    @Test
    void summaryOfMonotoneAndIntStorageEqualsSumMinMax() {
        long seed = seed();
        System.out.println("summaryOfMonotoneAndIntStorageEqualsSumMinMax seed " + seed);
        Random rnd = new Random(seed);
        for (int c = 0; c < 40; c++) {
            int n = 1 + rnd.nextInt(c < 10 ? 20 : 2 * (1 << 15) + 7);
            int mode = rnd.nextInt(4); // ascending, descending, constant, random
            short[] v = new short[n];
            int[] w = new int[n];
            for (int i = 0; i < n; i++) {
                int x = switch (mode) {
                    case 0 -> Short.MIN_VALUE + (int) ((long) i * 65535 / Math.max(1, n - 1));
                    case 1 -> Short.MAX_VALUE - (int) ((long) i * 65535 / Math.max(1, n - 1));
                    case 2 -> -7;
                    default -> rnd.nextInt(1 << 16) - (1 << 15);
                };
                v[i] = (short) x;
                w[i] = mode == 3 ? rnd.nextInt() : x * 65537;
            }
            String where = "seed " + seed + " case " + c + " mode " + mode + " n " + n;
            for (Volume vol : new Volume[] {Volume.wrap(v, Geometry.of(n, 1, 1), PixelType.INT16),
                Volume.wrap(w, Geometry.of(n, 1, 1), PixelType.INT32)}) {
                Volume.Summary s = vol.summary();
                double ref = 0;
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    ref += vol.get(i);
                    lo = Math.min(lo, vol.get(i));
                    hi = Math.max(hi, vol.get(i));
                }
                assertEquals(ref, s.sum(), where);
                assertEquals(lo, s.min(), where);
                assertEquals(hi, s.max(), where);
            }
        }
    }

    @Test
    void maskFromShortVolumeEqualsVoxelByVoxel() {
        long seed = seed();
        System.out.println("maskFromShortVolumeEqualsVoxelByVoxel seed " + seed);
        Random rnd = new Random(seed);
        for (int c = 0; c < 40; c++) {
            int nx = 1 + rnd.nextInt(8);
            int ny = 1 + rnd.nextInt(8);
            int nz = 1 + rnd.nextInt(8);
            int n = nx * ny * nz;
            int maxLabel = rnd.nextBoolean() ? 1 + rnd.nextInt(255) : 256 + rnd.nextInt(30_000);
            short[] v = new short[n];
            int[] ref = new int[n];
            for (int i = 0; i < n; i++) {
                ref[i] = rnd.nextInt(3) == 0 ? rnd.nextInt(maxLabel + 1) : 0;
                v[i] = (short) ref[i];
            }
            Mask m = Mask.fromVolume(Volume.wrap(v, Geometry.of(nx, ny, nz), PixelType.INT16));
            assertArrayEquals(ref, m.toIntArray(), "seed " + seed + " case " + c);
        }
        short[] neg = {0, 1, -2};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mask.fromVolume(Volume.wrap(neg, Geometry.of(3, 1, 1), PixelType.INT16)));
        assertEquals("mask values must be finite and in 0.." + Integer.MAX_VALUE + " but voxel 2 has -2.0",
                e.getMessage());
    }
}
