package org.radiomics4j.stats.roc;

import java.util.Locale;
import org.radiomics4j.stats.ConfidenceInterval;

/**
 * One operating point of an empirical ROC curve.
 *
 * @param threshold            pROC's threshold: a midpoint between adjacent distinct scores, or ±infinity
 * @param criterionOperator    MedCalc-style operator (see {@link CriterionOperator})
 * @param criterion            MedCalc-style criterion c: the largest observed score below {@code threshold}
 *                             (the minimum score for the lowest threshold)
 * @param truePositives        positives classified positive
 * @param falsePositives       negatives classified positive
 * @param trueNegatives        negatives classified negative
 * @param falseNegatives       positives classified negative
 * @param sensitivity          TP / (TP + FN)
 * @param specificity          TN / (TN + FP)
 * @param youdenIndex          J = sensitivity + specificity - 1
 * @param sensitivityInterval  Clopper–Pearson exact interval for the sensitivity (R {@code binom.test})
 * @param specificityInterval  Clopper–Pearson exact interval for the specificity
 */
public record RocPoint(double threshold, CriterionOperator criterionOperator, double criterion,
        int truePositives, int falsePositives, int trueNegatives, int falseNegatives,
        double sensitivity, double specificity, double youdenIndex,
        ConfidenceInterval sensitivityInterval, ConfidenceInterval specificityInterval) {

    /** The criterion in MedCalc notation, e.g. {@code "> 0.51"}. */
    public String criterionText() {
        return criterionOperator.symbol() + " " + String.format(Locale.ROOT, "%.6g", criterion);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "criterion %-14s sens %.4f (%.4f-%.4f)  spec %.4f (%.4f-%.4f)  J %.4f",
                criterionText(), sensitivity, sensitivityInterval.lower(), sensitivityInterval.upper(), specificity,
                specificityInterval.lower(), specificityInterval.upper(), youdenIndex);
    }
}
