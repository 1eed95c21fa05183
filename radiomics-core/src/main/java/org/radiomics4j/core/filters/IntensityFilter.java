package org.radiomics4j.core.filters;

import java.util.List;
import java.util.Objects;

import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * PyRadiomics' four voxel-wise intensity filters ({@code getSquareImage}, {@code getSquareRootImage},
 * {@code getLogarithmImage}, {@code getExponentialImage} in {@code radiomics/imageoperations.py}). With
 * \(M = \max|x|\) over the <em>whole</em> image (not only the ROI), each voxel value \(x\) becomes:
 *
 * <table>
 * <caption>The four intensity filters</caption>
 * <tr><th>{@link Kind}</th><th>image type</th><th>f(x)</th></tr>
 * <tr><td>SQUARE</td><td>{@code square}</td><td>\((x/\sqrt{M})^2\) (negative inputs come out positive)</td></tr>
 * <tr><td>SQUAREROOT</td><td>{@code squareroot}</td><td>\(\sqrt{xM}\) for \(x &gt; 0\), \(-\sqrt{-xM}\) for
 *     \(x &lt; 0\), 0 for 0</td></tr>
 * <tr><td>LOGARITHM</td><td>{@code logarithm}</td><td>\(g(x) = \log(x+1)\) for \(x &gt; 0\), \(-\log(1-x)\) for
 *     \(x &lt; 0\), 0 for 0; then \(f = g \cdot M / \max|g|\)</td></tr>
 * <tr><td>EXPONENTIAL</td><td>{@code exponential}</td><td>\(\exp(x \ln(M) / M)\)</td></tr>
 * </table>
 *
 * <p>The output is FLOAT64 (PyRadiomics casts the image to float64 first); the mask is not used.
 *
 * @param kind which of the four filters
 */
public record IntensityFilter(Kind kind) implements ImageFilter {

    /** The four filters and their PyRadiomics image type names. */
    public enum Kind {
        SQUARE("square"), SQUAREROOT("squareroot"), LOGARITHM("logarithm"), EXPONENTIAL("exponential");

        private final String imageType;

        Kind(String imageType) {
            this.imageType = imageType;
        }

        /** The image type name, the prefix of the feature keys. */
        public String imageType() {
            return imageType;
        }
    }

    public IntensityFilter {
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The filtered image.
     *
     * @throws IllegalArgumentException if \(\max|x| = 0\) (every filter divides by it) or the image holds a NaN
     *     or infinite voxel
     */
    @Override
    public List<DerivedImage> apply(Volume image, Mask mask) {
        Objects.requireNonNull(image, "image");
        double[] x = image.toDoubleArray();
        double m = 0;
        for (double v : x) {
            double a = Math.abs(v);
            if (!(a <= m)) { // also catches NaN
                if (Double.isNaN(a)) {
                    throw new IllegalArgumentException(kind.imageType + " filter: the image holds a NaN voxel");
                }
                m = a;
            }
        }
        if (Double.isInfinite(m)) {
            throw new IllegalArgumentException(kind.imageType + " filter: the image holds an infinite voxel");
        }
        if (m == 0) {
            throw new IllegalArgumentException(kind.imageType + " filter: max|x| over the image is 0 (an all-zero"
                    + " image); the filter divides by it");
        }
        switch (kind) {
            case SQUARE -> {
                double c = 1 / Math.sqrt(m);
                for (int i = 0; i < x.length; i++) {
                    double v = c * x[i];
                    x[i] = v * v;
                }
            }
            case SQUAREROOT -> {
                for (int i = 0; i < x.length; i++) {
                    double v = x[i];
                    if (v > 0) {
                        x[i] = Math.sqrt(v * m);
                    } else if (v < 0) {
                        x[i] = -Math.sqrt(-v * m);
                    }
                }
            }
            case LOGARITHM -> {
                double g = 0;
                for (int i = 0; i < x.length; i++) {
                    double v = x[i];
                    if (v > 0) {
                        x[i] = Math.log(v + 1);
                    } else if (v < 0) {
                        x[i] = -Math.log(-(v - 1));
                    }
                    g = Math.max(g, Math.abs(x[i]));
                }
                double scale = m / g;
                for (int i = 0; i < x.length; i++) {
                    x[i] = x[i] * scale;
                }
            }
            case EXPONENTIAL -> {
                double c = Math.log(m) / m;
                for (int i = 0; i < x.length; i++) {
                    x[i] = Math.exp(c * x[i]);
                }
            }
        }
        return List.of(new DerivedImage(kind.imageType, Volume.wrap(x, image.geometry())));
    }
}
