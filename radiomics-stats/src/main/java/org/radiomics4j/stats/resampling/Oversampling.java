package org.radiomics4j.stats.resampling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.radiomics4j.stats.internal.Checks;

/** Package-private plumbing shared by {@link Adasyn} and {@link Smote}. */
final class Oversampling {
    private Oversampling() {
    }

    /** The generator every resampler uses: XoRoShiRo128++ seeded with {@code seed}. */
    static UniformRandomProvider rng(long seed) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    }

    /**
     * Validates features and labels; returns the class counts by label (ascending).
     *
     * @throws IllegalArgumentException naming x or labels
     */
    static TreeMap<Integer, Integer> check(double[][] x, int[] labels) {
        if (x == null || labels == null) {
            throw new IllegalArgumentException("x and labels must not be null");
        }
        Checks.requireSameLength("x", x.length, "labels", labels.length);
        if (x.length == 0) {
            throw new IllegalArgumentException("x must have at least 1 row");
        }
        int d = x[0] == null ? 0 : x[0].length;
        if (d == 0) {
            throw new IllegalArgumentException("x must have at least 1 feature column");
        }
        for (int i = 0; i < x.length; i++) {
            Checks.requireSameLength("x[0]", d, "x[" + i + "]", x[i] == null ? 0 : x[i].length);
            Checks.requireFinite("x[" + i + "]", x[i]);
        }
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (int l : labels) {
            counts.merge(l, 1, Integer::sum);
        }
        if (counts.size() < 2) {
            throw new IllegalArgumentException("labels must hold at least 2 classes but held " + counts.keySet());
        }
        return counts;
    }

    static int[] rowsOf(int[] labels, int label) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == label) {
                rows.add(i);
            }
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    static void checkSizes(Map<Integer, Integer> sizes, TreeMap<Integer, Integer> counts) {
        if (sizes == null || sizes.isEmpty()) {
            throw new IllegalArgumentException("sizePerClass must name at least one class");
        }
        sizes.forEach((label, size) -> {
            if (!counts.containsKey(label)) {
                throw new IllegalArgumentException("sizePerClass names class " + label + " which is not in labels "
                        + counts.keySet());
            }
            if (size == null || size < 0) {
                throw new IllegalArgumentException("sizePerClass for class " + label + " must be >= 0 but was "
                        + size);
            }
        });
    }

    /** Accumulates rows of a {@link ResampledData}. */
    static final class Builder {
        private final List<double[]> rows = new ArrayList<>();
        private final List<Integer> labels = new ArrayList<>();
        private final List<Boolean> synthetic = new ArrayList<>();
        private final List<Integer> seedRows = new ArrayList<>();
        private final List<Integer> neighbourRows = new ArrayList<>();
        private final List<Double> steps = new ArrayList<>();

        void original(double[] row, int label) {
            add(row.clone(), label, false, -1, -1, 0);
        }

        /** Adds x[seed] + step·(x[nb] − x[seed]). */
        void synthetic(double[][] x, int seed, int nb, double step, int label) {
            double[] a = x[seed];
            double[] b = x[nb];
            double[] out = new double[a.length];
            for (int d = 0; d < a.length; d++) {
                out[d] = a[d] + step * (b[d] - a[d]);
            }
            add(out, label, true, seed, nb, step);
        }

        private void add(double[] row, int label, boolean syn, int seed, int nb, double step) {
            rows.add(row);
            labels.add(label);
            synthetic.add(syn);
            seedRows.add(seed);
            neighbourRows.add(nb);
            steps.add(step);
        }

        ResampledData build(long seed) {
            int n = rows.size();
            boolean[] syn = new boolean[n];
            for (int i = 0; i < n; i++) {
                syn[i] = synthetic.get(i);
            }
            return new ResampledData(rows.toArray(new double[0][]), labels.stream().mapToInt(Integer::intValue)
                    .toArray(), syn, seedRows.stream().mapToInt(Integer::intValue).toArray(), neighbourRows.stream()
                    .mapToInt(Integer::intValue).toArray(), steps.stream().mapToDouble(Double::doubleValue)
                    .toArray(), seed);
        }
    }
}
