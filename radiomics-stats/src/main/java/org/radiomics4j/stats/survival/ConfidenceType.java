package org.radiomics4j.stats.survival;

/**
 * Pointwise confidence interval of a Kaplan–Meier survival estimate S with Greenwood log-scale standard error
 * {@code σ = sqrt(Σ d/(n(n-d)))} (R {@code survfit(conf.type = ...)}).
 */
public enum ConfidenceType {
    /** {@code S·exp(±z σ)}, upper capped at 1 (R default {@code conf.type = "log"}). */
    LOG,
    /**
     * {@code S^exp(±z σ / log S)}, on the complementary log-log scale (R {@code "log-log"}, Kalbfleisch &amp;
     * Prentice); undefined where S is 0 or 1.
     */
    LOG_LOG,
    /** {@code S ± z S σ}, clipped to [0, 1] (R {@code "plain"}). */
    PLAIN
}
