package org.radiomics4j.stats.study;

import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.regression.Separation;

/**
 * One coefficient of a logistic model of Table 5 (maximum likelihood, R {@code glm(binomial)} run to full
 * convergence; Wald z and P; OR = exp(b) with Wald CI exp(b ± z·SE)).
 *
 * @param variable          the study variable (clinical name or feature column; "(Intercept)")
 * @param term              the model term: the variable, {@code <name>_<level>} for a categorical indicator
 * @param observations      subjects in the model
 * @param events            subjects with outcome 1
 * @param estimate          b; null under separation (no finite MLE)
 * @param standardError     SE; null under separation
 * @param oddsRatio         exp(b); null under separation
 * @param oddsRatioInterval Wald CI of the OR; null under separation
 * @param pValue            Wald P; null under separation
 * @param separation        separation diagnosis of the model
 */
public record LogisticTerm(String variable, String term, int observations, int events, Double estimate,
        Double standardError, Double oddsRatio, ConfidenceInterval oddsRatioInterval, Double pValue,
        Separation separation) {
}
