package org.radiomics4j.stats.test;

/** How a two-sample t test treats the two variances. */
public enum VarianceAssumption {
    /** Equal variances: Student's t with the pooled variance, df = nx + ny − 2 (R {@code var.equal = TRUE}). */
    EQUAL,
    /** Unequal variances: Welch's t with Welch–Satterthwaite df (R's default {@code var.equal = FALSE}). */
    UNEQUAL
}
