package org.radiomics4j.stats.study;

import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.roc.CriterionOperator;

/**
 * One row of Table 4's frozen-cutoff part: the Table 3 criterion of a significant feature, chosen on the study
 * cohort, applied unchanged to the synthetic cohort (no re-fitted direction or threshold). This is the more honest
 * of the two synthetic checks: the re-fitted ROC ({@link RocSummary} with cohort "synthetic") picks a new optimum on
 * the synthetic data. Sensitivity and specificity carry Clopper–Pearson exact intervals. The synthetic cohort is
 * derived from the study cohort, so neither is an external validation.
 *
 * @param feature             the feature
 * @param criterionOperator   the Table 3 operator
 * @param criterion           the Table 3 criterion
 * @param positives           synthetic subjects of the positive group
 * @param negatives           synthetic subjects of the negative group
 * @param truePositives       positives classified positive
 * @param trueNegatives       negatives classified negative
 * @param sensitivity         TP / positives
 * @param sensitivityInterval Clopper–Pearson CI
 * @param specificity         TN / negatives
 * @param specificityInterval Clopper–Pearson CI
 */
public record FrozenCutoffSummary(String feature, CriterionOperator criterionOperator, double criterion,
        int positives, int negatives, int truePositives, int trueNegatives, double sensitivity,
        ConfidenceInterval sensitivityInterval, double specificity, ConfidenceInterval specificityInterval) {
}
