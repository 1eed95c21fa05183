package org.radiomics4j.io;

import java.util.SplittableRandom;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;

/** Seeded generators of small volumes with non-trivial geometry, for round-trip tests. */
public final class RandomImages {
    private RandomImages() {
    }

    /** Base seed of all round-trip tests; override with -Dradiomics.seed=... to explore. */
    public static long baseSeed() {
        return Long.getLong("radiomics.seed", 20261127L);
    }

    /**
     * A random grid: sizes 1..6 (nz may be 1), spacings 0.1..5 mm, origin within ±300 mm, and a random rotation
     * (a proper rotation, or a reflection when {@code reflect}).
     */
    public static Geometry geometry(SplittableRandom r, boolean reflect) {
        int[] size = {1 + r.nextInt(6), 1 + r.nextInt(6), 1 + r.nextInt(6)};
        double[] spacing = {0.1 + 4.9 * r.nextDouble(), 0.1 + 4.9 * r.nextDouble(), 0.1 + 4.9 * r.nextDouble()};
        double[] origin = {600 * r.nextDouble() - 300, 600 * r.nextDouble() - 300, 600 * r.nextDouble() - 300};
        // rotation from a random unit quaternion
        double a = r.nextDouble() * 2 - 1;
        double b = r.nextDouble() * 2 - 1;
        double c = r.nextDouble() * 2 - 1;
        double d = r.nextDouble() * 2 - 1;
        double n = Math.sqrt(a * a + b * b + c * c + d * d);
        a /= n;
        b /= n;
        c /= n;
        d /= n;
        double[] m = {
            a * a + b * b - c * c - d * d, 2 * (b * c - a * d), 2 * (b * d + a * c),
            2 * (b * c + a * d), a * a - b * b + c * c - d * d, 2 * (c * d - a * b),
            2 * (b * d - a * c), 2 * (c * d + a * b), a * a - b * b - c * c + d * d};
        if (reflect) {
            for (int row = 0; row < 3; row++) {
                m[3 * row + 2] = -m[3 * row + 2];
            }
        }
        return Geometry.of(size, spacing, origin, m);
    }

    /** Random values spanning the type's range (64-bit integers: values exactly representable as doubles). */
    public static Volume volume(SplittableRandom r, PixelType t, Geometry g) {
        int n = g.voxelCount();
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = value(r, t, i);
        }
        return Volume.ofCast(v, g, t);
    }

    private static double value(SplittableRandom r, PixelType t, int i) {
        switch (t) {
            case FLOAT32: {
                float[] special = {0f, -0f, Float.MAX_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, 1e-30f};
                if (i < special.length) {
                    return special[i];
                }
                return (float) ((r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-5, 8)));
            }
            case FLOAT64: {
                double[] special = {0.0, -0.0, Double.MAX_VALUE, -Double.MIN_VALUE, 0.1, Math.PI};
                if (i < special.length) {
                    return special[i];
                }
                return (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-20, 20));
            }
            case INT64: {
                double[] special = {-9.223372036854775808e18, 9.223372036854774784e18, -1, 0};
                if (i < special.length) {
                    return special[i];
                }
                return (double) (r.nextLong() >> 11);
            }
            case UINT64: {
                // above 2^53 doubles are multiples of 2048; 2^64 - 2048 is the largest double below 2^64
                double[] special = {18446744073709549568.0, 9223372036854775808.0, 0, 1};
                if (i < special.length) {
                    return special[i];
                }
                return (double) (r.nextLong() >>> 11) * (r.nextBoolean() ? 2048 : 1);
            }
            default: {
                if (i == 0) {
                    return t.min();
                }
                if (i == 1) {
                    return t.max();
                }
                return Math.floor(t.min() + (t.max() - t.min() + 1) * r.nextDouble());
            }
        }
    }
}
