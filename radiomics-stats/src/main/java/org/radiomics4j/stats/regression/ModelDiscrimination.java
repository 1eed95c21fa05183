package org.radiomics4j.stats.regression;

import java.util.Locale;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.roc.CriterionOperator;

/**
 * The ROC of a fitted logistic model's predicted probabilities (higher probability = event), from
 * {@link org.radiomics4j.stats.roc.RocAnalysis}.
 *
 * @param auc                   area under the ROC curve of the fitted probabilities (the c statistic)
 * @param aucInterval           its DeLong confidence interval
 * @param criterionOperator     operator of the Youden-optimal criterion ({@code >} or {@code >=})
 * @param probabilityCriterion  the Youden-optimal criterion expressed as a predicted probability
 * @param sensitivity           sensitivity at that criterion
 * @param specificity           specificity at that criterion
 */
public record ModelDiscrimination(double auc, ConfidenceInterval aucInterval, CriterionOperator criterionOperator,
        double probabilityCriterion, double sensitivity, double specificity) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "AUC %.4f (%s); Youden: probability %s %.4f, sensitivity %.4f, "
                + "specificity %.4f", auc, aucInterval, criterionOperator.symbol(), probabilityCriterion,
                sensitivity, specificity);
    }
}
