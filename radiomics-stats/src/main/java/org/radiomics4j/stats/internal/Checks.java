package org.radiomics4j.stats.internal;

/** Argument checks whose messages name the argument, the offending value and the rule. */
public final class Checks {
    private Checks() {
    }

    /**
     * Requires every value to be finite.
     *
     * @throws IllegalArgumentException naming {@code name} and the index of the first non-finite value
     */
    public static double[] requireFinite(String name, double[] values) {
        if (values == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + " must hold finite values but " + name + "[" + i + "] is "
                        + values[i]);
            }
        }
        return values;
    }

    /**
     * Requires at least {@code min} values.
     *
     * @throws IllegalArgumentException naming {@code name}, its size and the minimum
     */
    public static double[] requireMinSize(String name, double[] values, int min) {
        if (values == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (values.length < min) {
            throw new IllegalArgumentException(name + " must have at least " + min + " values but had " + values.length);
        }
        return values;
    }

    /**
     * Requires two arrays of equal length.
     *
     * @throws IllegalArgumentException naming both arrays and their lengths
     */
    public static void requireSameLength(String nameA, int lengthA, String nameB, int lengthB) {
        if (lengthA != lengthB) {
            throw new IllegalArgumentException(nameA + " and " + nameB + " must have the same length but had "
                    + lengthA + " and " + lengthB);
        }
    }

    /**
     * Requires a confidence level in (0, 1).
     *
     * @throws IllegalArgumentException naming the level
     */
    public static double requireLevel(String name, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1) but was " + level);
        }
        return level;
    }
}
