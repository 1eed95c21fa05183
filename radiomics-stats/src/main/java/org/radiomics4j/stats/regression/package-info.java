/**
 * Logistic regression (IRLS to full convergence, Wald inference, odds ratios, deviance, AIC, likelihood-ratio
 * test, pseudo-R², separation detection, the model's ROC) and backward elimination by Wald P. Entry points:
 * {@link org.radiomics4j.stats.regression.LogisticRegression} and
 * {@link org.radiomics4j.stats.regression.BackwardElimination}.
 */
package org.radiomics4j.stats.regression;
