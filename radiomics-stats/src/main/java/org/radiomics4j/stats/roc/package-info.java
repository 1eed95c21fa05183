/**
 * Receiver operating characteristic analysis: empirical ROC curve, AUC with DeLong and Hanley–McNeil standard
 * errors, the test of AUC = 0.5, the threshold table with MedCalc-style criteria, Youden optima with
 * Clopper–Pearson intervals, and DeLong's paired comparison of two AUCs. Entry point: {@link
 * org.radiomics4j.stats.roc.RocAnalysis}.
 *
 * <p>Worked example: positives {3, 4}, negatives {1, 3}. Pairs (3,1) 1, (3,3) 1/2, (4,1) 1, (4,3) 1, so
 * AUC = 3.5/4 = 0.875.
 */
package org.radiomics4j.stats.roc;
