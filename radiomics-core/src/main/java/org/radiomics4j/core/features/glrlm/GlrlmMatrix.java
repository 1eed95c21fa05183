package org.radiomics4j.core.features.glrlm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A grey-level run-length matrix as PyRadiomics builds it: one matrix per kept direction (or a single weighted sum
 * when {@code merged}), rows indexed by the grey levels present in the ROI, columns by the run lengths that occur.
 *
 * @param grayLevels the grey levels (bin numbers) present in the ROI, increasing
 * @param runLengths the run lengths of the columns (true lengths, empty lengths removed), increasing
 * @param directions offsets {@code {dz,dy,dx}}: of each matrix, or (when merged) of every summed direction
 * @param merged whether the directions were weighted and summed into one matrix ({@code weightingNorm} set)
 * @param counts the run counts (weighted when merged), layout {@code [a][i][j]}, copied in and out
 */
public record GlrlmMatrix(List<Integer> grayLevels, List<Integer> runLengths, List<int[]> directions,
        boolean merged, double[] counts) {

    /** Copies every argument; checks the counts length. */
    public GlrlmMatrix {
        grayLevels = List.copyOf(grayLevels);
        runLengths = List.copyOf(runLengths);
        List<int[]> dirs = new ArrayList<>();
        for (int[] d : directions) {
            dirs.add(d.clone());
        }
        directions = List.copyOf(dirs);
        counts = Objects.requireNonNull(counts, "counts").clone();
        int m = merged ? 1 : directions.size();
        int expected = m * grayLevels.size() * runLengths.size();
        if (counts.length != expected) {
            throw new IllegalArgumentException("counts length must be " + expected + " but was " + counts.length);
        }
    }

    /** A copy of the counts, layout {@code [a][i][j]}. */
    @Override
    public double[] counts() {
        return counts.clone();
    }

    /** A copy of the direction offsets. */
    @Override
    public List<int[]> directions() {
        List<int[]> out = new ArrayList<>();
        for (int[] d : directions) {
            out.add(d.clone());
        }
        return out;
    }

    /** Number of matrices: 1 when merged, else the number of kept directions. */
    public int matrixCount() {
        return merged ? 1 : directions.size();
    }

    /** Count at matrix {@code a}, grey-level index {@code i}, run-length index {@code j}. */
    public double count(int a, int i, int j) {
        int ng = grayLevels.size();
        int nr = runLengths.size();
        Objects.checkIndex(a, matrixCount());
        Objects.checkIndex(i, ng);
        Objects.checkIndex(j, nr);
        return counts[(a * ng + i) * nr + j];
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GlrlmMatrix g)) {
            return false;
        }
        if (g.directions.size() != directions.size()) {
            return false;
        }
        for (int k = 0; k < directions.size(); k++) {
            if (!Arrays.equals(directions.get(k), g.directions.get(k))) {
                return false;
            }
        }
        return grayLevels.equals(g.grayLevels) && runLengths.equals(g.runLengths) && merged == g.merged
                && Arrays.equals(counts, g.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(grayLevels, runLengths, merged, Arrays.hashCode(counts));
    }

    @Override
    public String toString() {
        return "GlrlmMatrix[" + grayLevels.size() + "x" + runLengths.size() + "x" + matrixCount()
                + (merged ? " merged" : "") + ", grayLevels=" + grayLevels + ", runLengths=" + runLengths + "]";
    }
}
