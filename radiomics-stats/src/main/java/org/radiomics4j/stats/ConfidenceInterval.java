package org.radiomics4j.stats;

import java.util.Locale;

/**
 * A confidence interval {@code [lower, upper]} at confidence level {@code level} (e.g. 0.95). Bounds may be
 * infinite for one-sided intervals.
 */
public record ConfidenceInterval(double lower, double upper, double level) {

    public ConfidenceInterval {
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            throw new IllegalArgumentException("confidence interval bounds must not be NaN but were [" + lower + ", "
                    + upper + "]");
        }
        if (lower > upper) {
            throw new IllegalArgumentException("confidence interval lower bound " + lower + " exceeds upper " + upper);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1) but was " + level);
        }
    }

    /** Whether {@code x} lies in the closed interval. */
    public boolean contains(double x) {
        return x >= lower && x <= upper;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.4g to %.4g (%.0f%% CI)", lower, upper, level * 100);
    }
}
