package org.radiomics4j.core.ibsi.texture;

/**
 * A dense count matrix {@code rows × cols} (row = grey level − 1, column = second index − 1) with the number of
 * voxels N_v of the region it was built from. Merging (IBSI "merged" aggregations) sums counts and N_v. Mutable
 * while it is built; package-private.
 */
final class CountMatrix {
    final int rows;
    final int cols;
    final double[] counts;
    double voxels;

    CountMatrix(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        this.counts = new double[rows * cols];
    }

    void increment(int row, int col) {
        counts[row * cols + col] += 1;
    }

    void add(int row, int col, double v) {
        counts[row * cols + col] += v;
    }

    double get(int row, int col) {
        return counts[row * cols + col];
    }

    double sum() {
        double s = 0;
        for (double c : counts) {
            s += c;
        }
        return s;
    }

    boolean isEmpty() {
        return sum() == 0;
    }

}
