package org.radiomics4j.core.features.glcm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A grey-level co-occurrence matrix as PyRadiomics builds it, before normalisation: one {@code n×n} matrix per kept
 * direction (or a single weighted sum when {@code merged}), rows and columns indexed by the grey levels present in
 * the ROI.
 *
 * <p>Entry {@code count(a, i, j)} counts the ROI voxels of level {@code grayLevels.get(i)} whose neighbour at offset
 * {@code directions.get(a)} is an ROI voxel of level {@code grayLevels.get(j)}; plus the transposed count when the
 * matrix is symmetric. PyRadiomics stores the per-direction normalised matrix, see {@link #probability}.
 *
 * @param grayLevels the grey levels (bin numbers) present in the ROI, increasing
 * @param ng the highest grey level (bin number)
 * @param directions offsets {@code {dz,dy,dx}}: of each matrix, or (when merged) of every summed direction
 * @param merged whether the directions were weighted and summed into one matrix ({@code weightingNorm} set)
 * @param counts the counts, layout {@code [a][i][j]}, copied in and out
 */
public record GlcmMatrix(List<Integer> grayLevels, int ng, List<int[]> directions, boolean merged, double[] counts) {

    /** Copies every argument; checks the counts length. */
    public GlcmMatrix {
        grayLevels = List.copyOf(grayLevels);
        List<int[]> dirs = new ArrayList<>();
        for (int[] d : directions) {
            dirs.add(d.clone());
        }
        directions = List.copyOf(dirs);
        counts = Objects.requireNonNull(counts, "counts").clone();
        int n = grayLevels.size();
        int m = merged ? 1 : directions.size();
        if (counts.length != m * n * n) {
            throw new IllegalArgumentException("counts length must be " + m + "x" + n + "x" + n + " = "
                    + (m * n * n) + " but was " + counts.length);
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

    /** Matrix side (number of grey levels present). */
    public int size() {
        return grayLevels.size();
    }

    /** Count at direction index {@code a}, row {@code i}, column {@code j} (indices, not grey levels). */
    public double count(int a, int i, int j) {
        int n = size();
        Objects.checkIndex(a, matrixCount());
        Objects.checkIndex(i, n);
        Objects.checkIndex(j, n);
        return counts[(a * n + i) * n + j];
    }

    /** Sum of matrix {@code a}. */
    public double total(int a) {
        int n = size();
        Objects.checkIndex(a, matrixCount());
        double s = 0;
        for (int k = a * n * n; k < (a + 1) * n * n; k++) {
            s += counts[k];
        }
        return s;
    }

    /** {@code count(a,i,j) / total(a)}: the normalised matrix PyRadiomics stores as {@code P_glcm}. */
    public double probability(int a, int i, int j) {
        return count(a, i, j) / total(a);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GlcmMatrix g)) {
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
        return grayLevels.equals(g.grayLevels) && ng == g.ng && merged == g.merged
                && Arrays.equals(counts, g.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(grayLevels, ng, merged, Arrays.hashCode(counts));
    }

    @Override
    public String toString() {
        return "GlcmMatrix[" + size() + "x" + size() + "x" + matrixCount() + (merged ? " merged" : "")
                + ", grayLevels=" + grayLevels + ", ng=" + ng + "]";
    }
}
