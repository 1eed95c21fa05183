package org.radiomics4j.stats.categorical;

/** Package-private checks and margins of contingency tables. */
final class Tables {
    private Tables() {
    }

    /**
     * Validates an r×c table of counts (r, c ≥ 2, rectangular, non-negative, positive total) and returns a copy.
     *
     * @throws IllegalArgumentException naming {@code name}, the cell and the rule
     */
    static int[][] check(String name, int[][] table) {
        if (table == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (table.length < 2) {
            throw new IllegalArgumentException(name + " must have at least 2 rows but had " + table.length);
        }
        int c = table[0] == null ? 0 : table[0].length;
        if (c < 2) {
            throw new IllegalArgumentException(name + " must have at least 2 columns but had " + c);
        }
        int[][] copy = new int[table.length][];
        long total = 0;
        for (int i = 0; i < table.length; i++) {
            if (table[i] == null || table[i].length != c) {
                throw new IllegalArgumentException(name + " must be rectangular but row " + i + " has "
                        + (table[i] == null ? 0 : table[i].length) + " columns instead of " + c);
            }
            for (int j = 0; j < c; j++) {
                if (table[i][j] < 0) {
                    throw new IllegalArgumentException(name + " counts must be >= 0 but " + name + "[" + i + "]["
                            + j + "] was " + table[i][j]);
                }
                total += table[i][j];
            }
            copy[i] = table[i].clone();
        }
        if (total == 0) {
            throw new IllegalArgumentException(name + " must have a positive total but all counts are 0");
        }
        if (total > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException(name + " total must be below " + Integer.MAX_VALUE / 2 + " but was "
                    + total);
        }
        return copy;
    }

    static int[] rowSums(int[][] t) {
        int[] r = new int[t.length];
        for (int i = 0; i < t.length; i++) {
            for (int v : t[i]) {
                r[i] += v;
            }
        }
        return r;
    }

    static int[] colSums(int[][] t) {
        int[] c = new int[t[0].length];
        for (int[] row : t) {
            for (int j = 0; j < row.length; j++) {
                c[j] += row[j];
            }
        }
        return c;
    }

    static double[][] deepCopy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
