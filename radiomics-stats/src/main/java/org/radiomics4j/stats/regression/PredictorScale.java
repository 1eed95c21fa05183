package org.radiomics4j.stats.regression;

import java.util.Arrays;
import java.util.Locale;
import org.radiomics4j.stats.descriptive.QuantileType;

/**
 * The unit in which a continuous predictor's logistic coefficient and odds ratio are reported. A radiomic feature's
 * raw unit is arbitrary (Energy is about 1e10, Correlation lies in [−1, 1]), so an odds ratio per raw unit is either
 * astronomically large or indistinguishable from 1; per standard deviation (or per interquartile range) it is
 * comparable across features. Fitting {@code logit P(y = 1) = b0 + b x / s} gives {@code b_s = b · s}: the
 * estimate, its standard error and the Wald interval scale by {@code s}; the Wald z and P are unchanged (Harrell,
 * <i>Regression Modeling Strategies</i>, 2nd ed., 2015, §5.1.2 on inter-quartile-range odds ratios; Hosmer,
 * Lemeshow and Sturdivant, <i>Applied Logistic Regression</i>, 3rd ed., 2013, §3.3 on the choice of a
 * clinically meaningful unit).
 *
 * <pre>{@code
 * double[] perSd = PredictorScale.SD.scale(feature);        // feature / sd(feature)
 * LogisticModel m = LogisticRegression.withDefaults().fit(y, "feature", perSd);  // OR per SD
 * }</pre>
 */
public enum PredictorScale {
    /** Per raw unit of the variable (s = 1). */
    UNIT("per unit"),
    /** Per standard deviation of the variable in the analysed subjects (sample SD, n − 1; R {@code sd}). */
    SD("per SD"),
    /** Per interquartile range of the variable in the analysed subjects (R {@code IQR}, quantile type 7). */
    IQR("per IQR");

    private final String label;

    PredictorScale(String label) {
        this.label = label;
    }

    /** "per unit", "per SD" or "per IQR", for table headers. */
    public String label() {
        return label;
    }

    /** The config and CLI spelling: "unit", "sd", "iqr". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses "unit", "sd" or "iqr" (any case).
     *
     * @throws IllegalArgumentException naming the value and the valid ones
     */
    public static PredictorScale parse(String text) {
        for (PredictorScale s : values()) {
            if (s.key().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("scale must be one of unit, sd, iqr but was '" + text + "'");
    }

    /**
     * The divisor s of this scale over the analysed values: 1, the sample SD, or the type-7 IQR.
     *
     * @throws IllegalArgumentException if a value is not finite, there are fewer than 2 values, or s is 0 (the
     *                                  variable is constant, or its IQR is 0: use another scale)
     */
    public double unitOf(double[] values) {
        if (this == UNIT) {
            return 1;
        }
        if (values.length < 2) {
            throw new IllegalArgumentException("scale " + key() + " needs at least 2 values but got "
                    + values.length);
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("scale " + key() + ": values must be finite but one was " + v);
            }
        }
        double s;
        if (this == SD) {
            double m = Arrays.stream(values).sum() / values.length;
            double ss = 0;
            for (double v : values) {
                ss += (v - m) * (v - m);
            }
            s = Math.sqrt(ss / (values.length - 1));
        } else {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            s = QuantileType.TYPE_7.quantileOfSorted(sorted, 0.75) - QuantileType.TYPE_7.quantileOfSorted(sorted,
                    0.25);
        }
        if (!(s > 0)) {
            throw new IllegalArgumentException("scale " + key() + " is 0 for this variable (it is constant"
                    + (this == IQR ? " or its quartiles coincide" : "") + "): use scale unit"
                    + (this == IQR ? " or sd" : ""));
        }
        return s;
    }

    /** {@code values / unitOf(values)} (a copy). @throws IllegalArgumentException as {@link #unitOf} */
    public double[] scale(double[] values) {
        double s = unitOf(values);
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i] / s;
        }
        return out;
    }
}
