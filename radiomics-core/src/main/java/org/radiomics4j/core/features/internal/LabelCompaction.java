package org.radiomics4j.core.features.internal;

/**
 * Small array helpers for the matrix builders: turning presence flags into the list of present labels (how
 * PyRadiomics deletes empty rows and columns) and widening counts to doubles for the kernels.
 *
 * <p>Internal helper; not part of the public API.
 */
public final class LabelCompaction {
    private LabelCompaction() {
    }

    /**
     * Returns the indices {@code v} with {@code flags[v] != 0}, ascending, and rewrites {@code flags} in place into a
     * map from {@code v} to its position in the result ({@code -1} where absent).
     *
     * @param flags 1 where the label occurs, 0 elsewhere; overwritten
     */
    public static int[] compact(int[] flags) {
        int n = 0;
        for (int v : flags) {
            if (v != 0) {
                n++;
            }
        }
        int[] values = new int[n];
        int k = 0;
        for (int v = 0; v < flags.length; v++) {
            if (flags[v] != 0) {
                values[k] = v;
                flags[v] = k++;
            } else {
                flags[v] = -1;
            }
        }
        return values;
    }

    /** {@code a} widened to doubles. */
    public static double[] toDoubles(int[] a) {
        double[] d = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            d[k] = a[k];
        }
        return d;
    }
}
