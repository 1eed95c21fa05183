package org.radiomics4j.core.discretize;

import org.radiomics4j.core.InvalidSettingException;

/**
 * How intensities become grey levels: a fixed bin width (PyRadiomics {@code binWidth}, IBSI "fixed bin size",
 * Q3RU) or a fixed bin count (PyRadiomics {@code binCount}, IBSI "fixed bin number", K15C).
 */
public sealed interface Binning permits Binning.FixedBinWidth, Binning.FixedBinCount {

    /** PyRadiomics' default, {@code binWidth: 25}. */
    static Binning defaults() {
        return new FixedBinWidth(25);
    }

    /** Bins of equal width anchored at multiples of {@code width} (PyRadiomics) or at a lower bound (IBSI). */
    record FixedBinWidth(double width) implements Binning {
        public FixedBinWidth {
            if (!(width > 0) || Double.isInfinite(width)) {
                throw new InvalidSettingException("binWidth must be > 0 and finite but was " + width);
            }
        }
    }

    /** {@code count} bins of equal width spanning the ROI's intensity range. */
    record FixedBinCount(int count) implements Binning {
        public FixedBinCount {
            if (count < 1) {
                throw new InvalidSettingException("binCount must be >= 1 but was " + count);
            }
        }
    }
}
