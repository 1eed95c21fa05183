package org.radiomics4j.stats.study;

import java.util.List;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.regression.EliminationStep;
import org.radiomics4j.stats.regression.OptimismBootstrap;
import org.radiomics4j.stats.roc.CriterionOperator;

/**
 * The backward multivariable logistic model of Table 5. Candidates: the terms with univariate Wald P &lt; the
 * entry threshold (if fewer than the design's minimum, when it is above 0, the that-many smallest-P terms; with one
 * candidate the model is that term alone), in Table 5 order; then
 * the term with the largest Wald P above the removal threshold is removed and the model refitted, until every
 * P ≤ threshold. Discrimination: the ROC of the fitted probabilities (AUC with DeLong CI; sensitivity and
 * specificity at the Youden-optimal probability).
 *
 * @param performed             whether the model was fitted (false: see {@code note})
 * @param note                  why not, or "" when performed
 * @param candidates            the starting terms
 * @param entryThreshold        univariate P below which a term is a candidate
 * @param removalThreshold      removal threshold
 * @param steps                 removal steps in order
 * @param finalTerms            terms of the final model
 * @param coefficients          intercept and final terms
 * @param observations          subjects in the model (complete cases over the candidates)
 * @param events                outcome 1 count
 * @param auc                   c statistic of the final model (null if not performed or separated)
 * @param aucInterval           its DeLong CI (null likewise)
 * @param criterionOperator     operator of the Youden probability criterion (null likewise)
 * @param probabilityCriterion  the Youden-optimal predicted probability (null likewise)
 * @param sensitivity           at that criterion (null likewise)
 * @param specificity           at that criterion (null likewise)
 * @param warnings              separation or early stop messages
 * @param selectionNote         how the candidates were chosen, in words (e.g. "one term had univariate P &lt; 0.05:
 *                              the multivariable model is that term alone")
 * @param optimism              Harrell's bootstrap optimism correction of the AUC (null if not performed,
 *                              separated, or not requested)
 */
public record MultivariableLogistic(boolean performed, String note, List<String> candidates, double entryThreshold,
        double removalThreshold, List<EliminationStep> steps, List<String> finalTerms, List<LogisticTerm> coefficients,
        int observations, int events, Double auc, ConfidenceInterval aucInterval, CriterionOperator criterionOperator,
        Double probabilityCriterion, Double sensitivity, Double specificity, List<String> warnings,
        String selectionNote, OptimismBootstrap.Result optimism) {

    public MultivariableLogistic {
        candidates = List.copyOf(candidates);
        steps = List.copyOf(steps);
        finalTerms = List.copyOf(finalTerms);
        coefficients = List.copyOf(coefficients);
        warnings = List.copyOf(warnings);
    }
}
