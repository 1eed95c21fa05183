package org.radiomics4j.stats.categorical;

/** Variants of the Pearson chi-square test of independence. */
public enum ChiSquareCorrection {
    /** Pearson's \(X^2 = \sum (O-E)^2/E\) (R {@code chisq.test(correct = FALSE)}). */
    NONE,
    /**
     * Yates' continuity correction for 2×2 tables: \(\sum (|O-E| - \min(0.5, |O-E|))^2/E\) (R's default
     * {@code correct = TRUE}). As in R and scipy it is applied only to 2×2 tables; larger tables get Pearson's.
     */
    YATES,
    /**
     * The 'N−1' chi-square \(X^2 (N-1)/N\) (E. S. Pearson 1947; Campbell 2007, Statistics in Medicine
     * 26:3661–3675; used by MedCalc's comparison of proportions). Not a library call in R or scipy.
     */
    N_MINUS_ONE
}
