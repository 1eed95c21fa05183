package org.radiomics4j.stats.resampling;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.radiomics4j.stats.internal.ResamplingNeighbours;

/**
 * ADASYN, adaptive synthetic oversampling: H. He, Y. Bai, E. A. Garcia, S. Li, "ADASYN: Adaptive synthetic sampling
 * approach for imbalanced learning", IEEE IJCNN 2008, pp. 1322–1328. Follows imbalanced-learn 0.10
 * {@code ADASYN(sampling_strategy='auto', n_neighbors=K)}:
 * <ol>
 * <li>For each sample i of the class to oversample, \(r_i = \Delta_i / K\) with \(\Delta_i\) the number of samples
 * of <em>other</em> classes among its K nearest neighbours (Euclidean, raw features, in the whole data set, itself
 * excluded).</li>
 * <li>\(\hat r_i = r_i / \sum_j r_j\) (summed like numpy) and \(g_i = \operatorname{rint}(\hat r_i G)\), rounding
 * half to even (numpy.rint, Java {@link Math#rint}); the total \(\sum g_i\) can differ from G.</li>
 * <li>Each synthetic sample is \(x_i + u (x_{nn} - x_i)\), \(u \sim U[0,1)\), with \(x_{nn}\) drawn uniformly from
 * the K nearest neighbours of \(x_i\) <em>within its class</em>.</li>
 * </ol>
 * The deterministic steps 1–2 ({@link #weights}) match imbalanced-learn exactly; the random draws come from Commons
 * RNG (XoRoShiRo128++ seeded with the caller's seed), so results are reproducible per seed but are not numpy's
 * stream. Features are not scaled: standardise them first if their scales differ.
 *
 * <p>If no sample of the class has another class among its neighbours, every \(r_i = 0\) and the weights are
 * undefined (imbalanced-learn raises a RuntimeError): an IllegalArgumentException says so; use {@link Smote}.
 *
 * <p><b>A synthetic cohort is not an external validation.</b> {@link #syntheticCohort} creates new points by
 * interpolating between the patients it is given; a model evaluated on them is evaluated on (a smoothed copy of) its
 * own training distribution, never on independent patients from another centre or time.
 *
 * <p>Default K = 5. Immutable and thread-safe.
 */
public final class Adasyn {
    private static final Adasyn DEFAULT = new Adasyn(5);

    private final int neighbours;

    private Adasyn(int neighbours) {
        this.neighbours = neighbours;
    }

    /** K = 5 neighbours (imbalanced-learn's default). */
    public static Adasyn withDefaults() {
        return DEFAULT;
    }

    /**
     * A copy with K neighbours.
     *
     * @throws IllegalArgumentException if k &lt; 1
     */
    public Adasyn withNeighbours(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("neighbours must be >= 1 but was " + k);
        }
        return new Adasyn(k);
    }

    /**
     * The weights of the minority (least frequent; smallest label on ties) class with G = (majority count −
     * minority count), as imbalanced-learn's 'auto' strategy.
     *
     * @throws IllegalArgumentException if the input is invalid, the class has at most K samples, or all its
     *         \(r_i\) are 0
     */
    public AdasynWeights weights(double[][] x, int[] labels) {
        TreeMap<Integer, Integer> counts = Oversampling.check(x, labels);
        int minority = counts.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        int majority = counts.values().stream().max(Integer::compare).orElseThrow();
        return weights(x, labels, minority, majority - counts.get(minority), false);
    }

    /**
     * The weights of class {@code label} for G = {@code requested} synthetic samples (g_i by rint, as
     * imbalanced-learn).
     *
     * @throws IllegalArgumentException if the input is invalid, the class is absent or has at most K samples,
     *         requested &lt; 0, or all its \(r_i\) are 0
     */
    public AdasynWeights weights(double[][] x, int[] labels, int label, int requested) {
        Oversampling.check(x, labels);
        return weights(x, labels, label, requested, false);
    }

    private AdasynWeights weights(double[][] x, int[] labels, int label, int requested, boolean exactTotal) {
        if (requested < 0) {
            throw new IllegalArgumentException("requested must be >= 0 but was " + requested);
        }
        int[] rows = Oversampling.rowsOf(labels, label);
        if (rows.length <= neighbours) {
            throw new IllegalArgumentException("class " + label + " must have more than " + neighbours
                    + " samples (neighbours) but had " + rows.length);
        }
        int[][] all = ResamplingNeighbours.nearest(x, rows, neighbours);
        double[] r = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int other = 0;
            for (int nb : all[i]) {
                if (labels[nb] != label) {
                    other++;
                }
            }
            r[i] = (double) other / neighbours;
        }
        double sum = ResamplingNeighbours.numpySum(r);
        if (sum == 0) {
            throw new IllegalArgumentException("ADASYN weights are undefined for class " + label + ": none of its "
                    + rows.length + " samples has a neighbour of another class among its " + neighbours
                    + " nearest (division by zero); use Smote instead");
        }
        double[] rHat = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            rHat[i] = r[i] / sum;
        }
        int[] g = exactTotal ? largestRemainder(rHat, requested) : rint(rHat, requested);
        double[][] classPoints = new double[rows.length][];
        int[] self = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            classPoints[i] = x[rows[i]];
            self[i] = i;
        }
        int[][] within = ResamplingNeighbours.nearest(classPoints, self, neighbours);
        return new AdasynWeights(label, rows, within, r, rHat, g, requested, Arrays.stream(g).sum());
    }

    private static int[] rint(double[] rHat, int total) {
        int[] g = new int[rHat.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = (int) Math.rint(rHat[i] * total);
        }
        return g;
    }

    /** Hamilton apportionment: floors, then +1 to the largest remainders (ties: lower index) so Σg = total. */
    static int[] largestRemainder(double[] share, int total) {
        int n = share.length;
        int[] g = new int[n];
        double[] rem = new double[n];
        int assigned = 0;
        for (int i = 0; i < n; i++) {
            double v = share[i] * total;
            g[i] = (int) Math.floor(v);
            rem[i] = v - g[i];
            assigned += g[i];
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(rem[b], rem[a]));
        // the deficit is the (integer) sum of remainders, each < 1: only samples with a positive share are reached
        for (int t = 0; assigned < total; t = (t + 1) % n) {
            g[order[t]]++;
            assigned++;
        }
        return g;
    }

    /**
     * Oversamples every class except the majority up to the majority count (imbalanced-learn 'auto'): original
     * rows first, unchanged, then the synthetic rows class by class (ascending label), grouped by seed sample in
     * input order. With rint the number generated per class is \(\sum g_i\), which may differ from the target.
     *
     * @throws IllegalArgumentException as {@link #weights(double[][], int[], int, int)}
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
            if (e.getKey() == majorityLabel || e.getValue() == majority) {
                continue;
            }
            generate(x, weights(x, labels, e.getKey(), majority - e.getValue(), false), rng, b);
        }
        return b.build(seed);
    }

    /**
     * A synthetic cohort of exactly {@code sizePerClass.get(c)} new samples of each named class c (e.g. 87
     * responders and 90 non-responders), generated by ADASYN from the given data: only synthetic rows are returned.
     * To hit the requested size exactly, \(g_i\) apportions G by largest remainders of \(\hat r_i G\) instead of
     * rint. <b>This is not an external validation cohort</b> (see the class description).
     *
     * @throws IllegalArgumentException if the input is invalid, a named class is absent or too small, a size is
     *         negative, or a class's ADASYN weights are undefined
     */
    public ResampledData syntheticCohort(double[][] x, int[] labels, Map<Integer, Integer> sizePerClass, long seed) {
        TreeMap<Integer, Integer> counts = Oversampling.check(x, labels);
        Oversampling.checkSizes(sizePerClass, counts);
        Oversampling.Builder b = new Oversampling.Builder();
        UniformRandomProvider rng = Oversampling.rng(seed);
        for (Map.Entry<Integer, Integer> e : new TreeMap<>(sizePerClass).entrySet()) {
            generate(x, weights(x, labels, e.getKey(), e.getValue(), true), rng, b);
        }
        return b.build(seed);
    }

    private void generate(double[][] x, AdasynWeights w, UniformRandomProvider rng, Oversampling.Builder b) {
        int[] rows = w.rows();
        int[][] nn = w.neighbours();
        int[] g = w.g();
        for (int i = 0; i < rows.length; i++) {
            for (int t = 0; t < g[i]; t++) {
                int nb = rows[nn[i][rng.nextInt(neighbours)]];
                b.synthetic(x, rows[i], nb, rng.nextDouble(), w.label());
            }
        }
    }

    @Override
    public String toString() {
        return "Adasyn[neighbours=" + neighbours + "]";
    }
}
