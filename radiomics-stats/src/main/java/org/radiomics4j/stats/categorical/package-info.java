/**
 * Tests on contingency tables of counts ({@code int[rows][cols]}):
 * {@link org.radiomics4j.stats.categorical.FisherExactTest} (2×2 with conditional MLE odds ratio and exact CI; r×c by
 * enumeration), {@link org.radiomics4j.stats.categorical.ChiSquareTest} (Pearson, Yates, N−1; small expected count
 * warning) and {@link org.radiomics4j.stats.categorical.TrendTest} (Cochran–Armitage, as R's
 * {@code prop.trend.test}).
 */
package org.radiomics4j.stats.categorical;
