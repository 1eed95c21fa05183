package org.radiomics4j.stats.roc;

/** Which standard error of the AUC drives the test of AUC = 0.5 and the headline confidence interval. */
public enum AucStandardError {
    /**
     * DeLong, DeLong &amp; Clarke-Pearson (1988) nonparametric variance from placement values; pROC
     * {@code var(roc, method = "delong")}.
     */
    DELONG,
    /**
     * Hanley &amp; McNeil (1982): {@code Q1 = A/(2-A)}, {@code Q2 = 2A^2/(1+A)},
     * {@code SE = sqrt((A(1-A) + (n1-1)(Q1-A^2) + (n0-1)(Q2-A^2)) / (n1 n0))}.
     */
    HANLEY_MCNEIL
}
