package org.radiomics4j.stats.resampling;

import java.util.Arrays;

/**
 * The deterministic part of ADASYN for one class: for each of its samples i, the ratio \(r_i = \Delta_i / K\) of
 * other-class samples among its K nearest neighbours in the whole data set, \(\hat r_i = r_i / \sum_j r_j\), and the
 * number of synthetic samples \(g_i\) it seeds. Arrays are copied in and out.
 *
 * @param label              the class being oversampled
 * @param rows               its rows in the input data, in input order
 * @param neighbours         for each of them, its K nearest same-class neighbours as positions in {@code rows}
 *                           (the interpolation partners), nearest first
 * @param r                  \(r_i\)
 * @param rHat               \(\hat r_i\)
 * @param g                  \(g_i\)
 * @param requested          G, the number of synthetic samples asked for
 * @param generated          \(\sum g_i\) (can differ from G when rounding with rint)
 */
public record AdasynWeights(int label, int[] rows, int[][] neighbours, double[] r, double[] rHat, int[] g,
        int requested, int generated) {

    public AdasynWeights {
        rows = rows.clone();
        neighbours = Arrays.stream(neighbours).map(int[]::clone).toArray(int[][]::new);
        r = r.clone();
        rHat = rHat.clone();
        g = g.clone();
    }

    @Override
    public int[] rows() {
        return rows.clone();
    }

    @Override
    public int[][] neighbours() {
        return Arrays.stream(neighbours).map(int[]::clone).toArray(int[][]::new);
    }

    @Override
    public double[] r() {
        return r.clone();
    }

    @Override
    public double[] rHat() {
        return rHat.clone();
    }

    @Override
    public int[] g() {
        return g.clone();
    }

    @Override
    public String toString() {
        return "AdasynWeights[label " + label + ", " + rows.length + " samples, G = " + requested + ", generated "
                + generated + ", g = " + Arrays.toString(g) + "]";
    }
}
