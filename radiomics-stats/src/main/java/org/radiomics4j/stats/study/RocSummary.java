package org.radiomics4j.stats.study;

import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.roc.CriterionOperator;
import org.radiomics4j.stats.roc.Direction;

/**
 * One row of Table 3 (study cohort) or Table 4 (synthetic cohort): the ROC analysis of a significant feature for
 * the positive group (label 1).
 *
 * <p>AUC = Mann–Whitney area (ties ½); CI = DeLong (pROC {@code ci.auc(method = "delong")}, truncated to [0, 1]);
 * P = z test of AUC = 0.5 with the DeLong SE (MedCalc's "Significance level P (Area = 0.5)"). The criterion is the
 * Youden-optimal one in MedCalc form ("&gt; c": positive iff score &gt; c; "≤ c": positive iff score ≤ c), the
 * first optimum in pROC order when several tie ({@code tiedOptima} &gt; 1). Sensitivity and specificity CIs are
 * Clopper–Pearson exact intervals. Table 4 keeps the direction resolved on the study cohort (Table 3), so an AUC
 * below 0.5 there means the synthetic cohort reverses the association. MedCalc's own "binomial exact" AUC CI is not reproduced (undocumented).
 *
 * @param feature              column name
 * @param cohort               "study" or "synthetic"
 * @param positives            subjects of the positive group
 * @param negatives            subjects of the negative group
 * @param direction            resolved direction
 * @param auc                  area under the curve
 * @param standardError        DeLong SE
 * @param aucInterval          DeLong CI
 * @param pValue               P of AUC = 0.5; null when the test is undefined (every score tied: SE = 0 and
 *                             AUC = 0.5, see {@link org.radiomics4j.stats.roc.AucTest#isDefined()})
 * @param criterionOperator    operator of the Youden criterion
 * @param criterion            the criterion c (an observed score)
 * @param youdenIndex          J = sensitivity + specificity − 1
 * @param sensitivity          at the criterion
 * @param sensitivityInterval  Clopper–Pearson CI
 * @param specificity          at the criterion
 * @param specificityInterval  Clopper–Pearson CI
 * @param tiedOptima           number of criteria with the same maximal J
 */
public record RocSummary(String feature, String cohort, int positives, int negatives, Direction direction,
        double auc, double standardError, ConfidenceInterval aucInterval, Double pValue,
        CriterionOperator criterionOperator, double criterion, double youdenIndex, double sensitivity,
        ConfidenceInterval sensitivityInterval, double specificity, ConfidenceInterval specificityInterval,
        int tiedOptima) {

    /** The row of a ROC curve: the test of AUC = 0.5 becomes null when undefined. */
    static RocSummary of(String feature, String cohort, org.radiomics4j.stats.roc.RocCurve c) {
        org.radiomics4j.stats.roc.RocPoint y = c.youden();
        return new RocSummary(feature, cohort, c.positives(), c.negatives(), c.direction(), c.auc(),
                c.standardErrorDeLong(), c.confidenceIntervalDeLong(),
                c.testVersusHalf().isDefined() ? c.testVersusHalf().pValue() : null, y.criterionOperator(),
                y.criterion(), y.youdenIndex(), y.sensitivity(), y.sensitivityInterval(), y.specificity(),
                y.specificityInterval(), c.youdenOptima().size());
    }
}
