package org.radiomics4j.stats.resampling;

import java.util.Locale;

/**
 * A feature matrix with class labels after oversampling, with the provenance of every synthetic row:
 * {@code features[i] = features[seedRow[i]] + step[i] · (features[neighbourRow[i]] − features[seedRow[i]])}, where
 * seedRow and neighbourRow index the <em>input</em> data. Original rows (if included) have seedRow = neighbourRow =
 * −1 and step = 0. Arrays are copied in and out.
 *
 * @param features     rows × features
 * @param labels       class label per row
 * @param synthetic    whether each row is synthetic
 * @param seedRow      input row each synthetic row was generated from (−1 for originals)
 * @param neighbourRow input row it was interpolated towards (−1 for originals)
 * @param step         interpolation step in [0, 1) (0 for originals)
 * @param seed         the RNG seed used
 */
public record ResampledData(double[][] features, int[] labels, boolean[] synthetic, int[] seedRow,
        int[] neighbourRow, double[] step, long seed) {

    public ResampledData {
        features = deep(features);
        labels = labels.clone();
        synthetic = synthetic.clone();
        seedRow = seedRow.clone();
        neighbourRow = neighbourRow.clone();
        step = step.clone();
    }

    static double[][] deep(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    @Override
    public double[][] features() {
        return deep(features);
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public boolean[] synthetic() {
        return synthetic.clone();
    }

    @Override
    public int[] seedRow() {
        return seedRow.clone();
    }

    @Override
    public int[] neighbourRow() {
        return neighbourRow.clone();
    }

    @Override
    public double[] step() {
        return step.clone();
    }

    /** Number of rows. */
    public int size() {
        return labels.length;
    }

    /** Number of rows with the given label. */
    public int count(int label) {
        int c = 0;
        for (int l : labels) {
            if (l == label) {
                c++;
            }
        }
        return c;
    }

    /** Number of synthetic rows. */
    public int syntheticCount() {
        int c = 0;
        for (boolean s : synthetic) {
            if (s) {
                c++;
            }
        }
        return c;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ResampledData[%d rows (%d synthetic), %d features, seed %d]", size(),
                syntheticCount(), features.length == 0 ? 0 : features[0].length, seed);
    }
}
