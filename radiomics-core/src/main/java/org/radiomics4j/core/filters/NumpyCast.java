package org.radiomics4j.core.filters;

import org.radiomics4j.core.image.PixelType;

/**
 * numpy's float64-to-{@code dtype} conversion when a float64 result is assigned into an array of the image's dtype
 * (a C cast on x86-64): truncation toward zero, then the low bits of the 32-bit (64-bit for the 32- and 64-bit
 * unsigned and 64-bit types) integer, so out-of-range values wrap rather than saturate, and NaN becomes the integer
 * "indefinite" value ({@code INT_MIN}, whose low 8 or 16 bits are 0). Exact for every value an LBP code can take.
 */
final class NumpyCast {
    private NumpyCast() {
    }

    static double cast(double v, PixelType type) {
        switch (type) {
            case FLOAT64 -> {
                return v;
            }
            case FLOAT32 -> {
                return (float) v;
            }
            case INT8 -> {
                return (byte) toInt32(v);
            }
            case UINT8 -> {
                return toInt32(v) & 0xFF;
            }
            case INT16 -> {
                return (short) toInt32(v);
            }
            case UINT16 -> {
                return toInt32(v) & 0xFFFF;
            }
            case INT32 -> {
                return toInt32(v);
            }
            case UINT32 -> {
                return toInt64(v) & 0xFFFFFFFFL;
            }
            case INT64 -> {
                return toInt64(v);
            }
            default -> {
                // UINT64: non-negative values below 2^63 convert exactly; others are not LBP values
                return v < 0 || Double.isNaN(v) ? 0 : Math.floor(v);
            }
        }
    }

    /** x86 {@code cvttsd2si} (32-bit): truncation, {@code INT_MIN} for NaN and out-of-range values. */
    private static int toInt32(double v) {
        if (Double.isNaN(v) || v >= 2147483648.0 || v <= -2147483649.0) {
            return Integer.MIN_VALUE;
        }
        return (int) v;
    }

    /** x86 {@code cvttsd2si} (64-bit). */
    private static long toInt64(double v) {
        if (Double.isNaN(v) || v >= 9.223372036854775807e18 || v < -9.223372036854775808e18) {
            return Long.MIN_VALUE;
        }
        return (long) v;
    }
}
