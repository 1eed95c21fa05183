package org.radiomics4j.core.image;

/**
 * The scalar type a volume was stored with on disk. radiomics4j keeps it because PyRadiomics' pipeline depends on
 * it: after B-spline resampling the image is cast back to its input pixel type (truncation toward zero for integer
 * types), exactly as SimpleITK does.
 */
public enum PixelType {
    INT8(true, 1, -128, 127),
    UINT8(true, 1, 0, 255),
    INT16(true, 2, Short.MIN_VALUE, Short.MAX_VALUE),
    UINT16(true, 2, 0, 65535),
    INT32(true, 4, Integer.MIN_VALUE, Integer.MAX_VALUE),
    UINT32(true, 4, 0, 4294967295.0),
    INT64(true, 8, -9.223372036854775808e18, 9.223372036854775807e18),
    UINT64(true, 8, 0, 1.8446744073709551615e19),
    FLOAT32(false, 4, -Float.MAX_VALUE, Float.MAX_VALUE),
    FLOAT64(false, 8, -Double.MAX_VALUE, Double.MAX_VALUE);

    private final boolean integer;
    private final int bytes;
    private final double min;
    private final double max;

    PixelType(boolean integer, int bytes, double min, double max) {
        this.integer = integer;
        this.bytes = bytes;
        this.min = min;
        this.max = max;
    }

    /** Whether the type holds integers (then values are cast back with truncation toward zero). */
    public boolean isInteger() {
        return integer;
    }

    /** Size of one voxel on disk, in bytes. */
    public int bytes() {
        return bytes;
    }

    /** Smallest representable value. */
    public double min() {
        return min;
    }

    /** Largest representable value. */
    public double max() {
        return max;
    }

    /**
     * Converts a double to the value this type would store, as a C/ITK static_cast does: truncation toward zero
     * for integer types (values outside the range saturate), rounding to nearest float for FLOAT32, identity for
     * FLOAT64.
     */
    public double cast(double v) {
        if (this == FLOAT64) {
            return v;
        }
        if (this == FLOAT32) {
            return (float) v;
        }
        if (Double.isNaN(v)) {
            return 0;
        }
        double t = v < 0 ? Math.ceil(v) : Math.floor(v);
        return Math.max(min, Math.min(max, t));
    }
}
