package org.radiomics4j.core.preprocess;

import java.util.Objects;
import java.util.OptionalDouble;

import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.image.Volume;

/**
 * Intensity normalisation of the whole image, PyRadiomics {@code normalize: true}
 * ({@code imageoperations.normalizeImage}, SimpleITK {@code Normalize}):
 *
 * <pre>
 *   z  = (x − μ) · (1/σ)                 μ, σ over ALL voxels of the image, σ the sample SD (N − 1)
 *   z' = min(max(z, −r), r)              only when removeOutliers r is set
 *   x' = s · z'                          s = normalizeScale
 * </pre>
 *
 * <p>Not in IBSI (IBSI does not define intensity normalisation). The sums use compensated (Kahan–Neumaier)
 * summation, as ITK's {@code StatisticsImageFilter} does; σ = √((Σx² − (Σx)²/N)/(N − 1)), ITK's formula.
 */
public final class Normalization {
    private Normalization() {
    }

    /**
     * The normalised image, FLOAT64, on the same grid.
     *
     * @param scale normalizeScale s, &gt; 0
     * @param removeOutliers r: clip z-scores to [−r, r] before scaling; empty for none
     * @throws InvalidSettingException if {@code scale} or {@code removeOutliers} is not &gt; 0
     * @throws RadiomicsException if the image has fewer than 2 voxels or is constant (σ = 0), naming σ
     */
    public static Volume normalize(Volume image, double scale, OptionalDouble removeOutliers) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(removeOutliers, "removeOutliers");
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new InvalidSettingException("normalizeScale must be > 0 but was " + scale);
        }
        if (removeOutliers.isPresent() && !(removeOutliers.getAsDouble() > 0)) {
            throw new InvalidSettingException("removeOutliers must be > 0 but was " + removeOutliers.getAsDouble());
        }
        int n = image.size();
        if (n < 2) {
            throw new RadiomicsException("normalize needs an image of at least 2 voxels but it has " + n);
        }
        double sum = 0;
        double sumC = 0;
        double sq = 0;
        double sqC = 0;
        for (int i = 0; i < n; i++) {
            double v = image.get(i);
            double t = sum + v;
            sumC += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
            double v2 = v * v;
            double u = sq + v2;
            sqC += Math.abs(sq) >= Math.abs(v2) ? (sq - u) + v2 : (v2 - u) + sq;
            sq = u;
        }
        sum += sumC;
        sq += sqC;
        double mean = sum / n;
        double variance = (sq - sum * sum / n) / (n - 1);
        double sigma = Math.sqrt(Math.max(variance, 0));
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new RadiomicsException("normalize needs an image whose standard deviation is > 0 but it was "
                    + sigma + " (constant image?)");
        }
        double inv = 1.0 / sigma;
        boolean clip = removeOutliers.isPresent();
        double r = clip ? removeOutliers.getAsDouble() : 0;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double z = (image.get(i) - mean) * inv;
            if (clip) {
                if (z > r) {
                    z = r;
                } else if (z < -r) {
                    z = -r;
                }
            }
            out[i] = z * scale;
        }
        return Volume.wrap(out, image.geometry());
    }
}
