package org.radiomics4j.stats.resampling;

import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.radiomics4j.stats.internal.ResamplingNeighbours;

/**
 * SMOTE, synthetic minority oversampling: N. V. Chawla, K. W. Bowyer, L. O. Hall, W. P. Kegelmeyer, "SMOTE:
 * Synthetic Minority Over-sampling Technique", JAIR 16:321–357, 2002. As imbalanced-learn's
 * {@code SMOTE(k_neighbors=K)}: each synthetic sample is \(x_i + u (x_{nn} - x_i)\) with \(x_i\) drawn uniformly from
 * the class, \(x_{nn}\) uniformly from its K nearest same-class neighbours (Euclidean, raw features) and
 * \(u \sim U[0,1)\). Unlike {@link Adasyn} every sample is an equally likely seed. Random draws come from Commons
 * RNG (XoRoShiRo128++ seeded by the caller), reproducible per seed but not numpy's stream.
 *
 * <p><b>A synthetic cohort is not an external validation</b>: its points are interpolations of the given patients.
 *
 * <p>Default K = 5. Immutable and thread-safe.
 */
public final class Smote {
    private static final Smote DEFAULT = new Smote(5);

    private final int neighbours;

    private Smote(int neighbours) {
        this.neighbours = neighbours;
    }

    /** K = 5 neighbours. */
    public static Smote withDefaults() {
        return DEFAULT;
    }

    /**
     * A copy with K neighbours.
     *
     * @throws IllegalArgumentException if k &lt; 1
     */
    public Smote withNeighbours(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("neighbours must be >= 1 but was " + k);
        }
        return new Smote(k);
    }

    /**
     * Oversamples every class except the majority up to the majority count: original rows first, then synthetic
     * rows class by class (ascending label).
     *
     * @throws IllegalArgumentException if the input is invalid or a class to oversample has at most K samples
     */
    public ResampledData resample(double[][] x, int[] labels, long seed) {
        TreeMap<Integer, Integer> counts = Oversampling.check(x, labels);
        int majority = counts.values().stream().max(Integer::compare).orElseThrow();
        int majorityLabel = counts.entrySet().stream().filter(e -> e.getValue() == majority).findFirst()
                .orElseThrow().getKey();
        Oversampling.Builder b = new Oversampling.Builder();
        for (int i = 0; i < x.length; i++) {
            b.original(x[i], labels[i]);
        }
        UniformRandomProvider rng = Oversampling.rng(seed);
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getKey() != majorityLabel && e.getValue() != majority) {
                generate(x, labels, e.getKey(), majority - e.getValue(), rng, b);
            }
        }
        return b.build(seed);
    }

    /**
     * A synthetic cohort of exactly {@code sizePerClass.get(c)} new samples per named class; only synthetic rows
     * are returned. <b>Not an external validation cohort.</b>
     *
     * @throws IllegalArgumentException if the input is invalid, a named class is absent or has at most K samples,
     *         or a size is negative
     */
    public ResampledData syntheticCohort(double[][] x, int[] labels, Map<Integer, Integer> sizePerClass, long seed) {
        TreeMap<Integer, Integer> counts = Oversampling.check(x, labels);
        Oversampling.checkSizes(sizePerClass, counts);
        Oversampling.Builder b = new Oversampling.Builder();
        UniformRandomProvider rng = Oversampling.rng(seed);
        for (Map.Entry<Integer, Integer> e : new TreeMap<>(sizePerClass).entrySet()) {
            generate(x, labels, e.getKey(), e.getValue(), rng, b);
        }
        return b.build(seed);
    }

    private void generate(double[][] x, int[] labels, int label, int count, UniformRandomProvider rng,
            Oversampling.Builder b) {
        int[] rows = Oversampling.rowsOf(labels, label);
        if (rows.length <= neighbours) {
            throw new IllegalArgumentException("class " + label + " must have more than " + neighbours
                    + " samples (neighbours) but had " + rows.length);
        }
        double[][] pts = new double[rows.length][];
        int[] self = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            pts[i] = x[rows[i]];
            self[i] = i;
        }
        int[][] nn = ResamplingNeighbours.nearest(pts, self, neighbours);
        for (int t = 0; t < count; t++) {
            int i = rng.nextInt(rows.length);
            int nb = rows[nn[i][rng.nextInt(neighbours)]];
            b.synthetic(x, rows[i], nb, rng.nextDouble(), label);
        }
    }

    @Override
    public String toString() {
        return "Smote[neighbours=" + neighbours + "]";
    }
}
