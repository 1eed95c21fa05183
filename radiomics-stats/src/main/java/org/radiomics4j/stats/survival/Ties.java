package org.radiomics4j.stats.survival;

/** Handling of tied event times in the Cox partial likelihood (R {@code coxph(ties = ...)}). */
public enum Ties {
    /** Efron (1977) approximation, R's default. */
    EFRON,
    /** Breslow (1974) approximation. */
    BRESLOW
}
