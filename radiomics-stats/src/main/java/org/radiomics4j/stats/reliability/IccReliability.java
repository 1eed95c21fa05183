package org.radiomics4j.stats.reliability;

/**
 * The study's classification of a feature's reproducibility by its ICC: unstable &lt; 0.75 ≤ stable &lt; 0.90 ≤
 * excellent (defaults of {@link IccThresholds}; the cut-offs follow Koo &amp; Li 2016, J Chiropr Med 15:155–163,
 * merged into three classes as in the study).
 */
public enum IccReliability {
    /** ICC below the stable threshold (default 0.75). */
    UNSTABLE,
    /** ICC at least the stable threshold and below the excellent one (default 0.75 ≤ ICC &lt; 0.90). */
    STABLE,
    /** ICC at least the excellent threshold (default 0.90). */
    EXCELLENT
}
