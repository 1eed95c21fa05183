package org.radiomics4j.core.extract;

/** How {@code resegmentRange} thresholds are read (PyRadiomics {@code resegmentMode}). */
public enum ResegmentMode {
    /** Thresholds are intensities. */
    ABSOLUTE,
    /** Thresholds are fractions of the ROI maximum. */
    RELATIVE,
    /** Thresholds are multiples of the ROI's population standard deviation around its mean. */
    SIGMA;

    /** PyRadiomics' spelling ({@code absolute}, {@code relative}, {@code sigma}). */
    public String pyradiomicsName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
