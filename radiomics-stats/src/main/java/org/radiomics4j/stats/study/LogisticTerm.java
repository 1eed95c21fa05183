package org.radiomics4j.stats.study;

import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.regression.PredictorScale;
import org.radiomics4j.stats.regression.Separation;

/**
 * One coefficient of a logistic model of Table 5 (maximum likelihood, R {@code glm(binomial)} run to full
 * convergence; Wald z and P; OR = exp(b) with Wald CI exp(b ± z·SE)). A continuous predictor is entered divided by
 * its {@code unit} (its SD or IQR under the design's {@link PredictorScale}), so b, SE and the OR are per that unit;
 * categorical indicators, ordinal scores and the intercept are per unit.
 *
 * @param variable          the study variable (clinical name or feature column; "(Intercept)")
 * @param term              the model term: the variable, {@code <name>_<level>} for a categorical indicator
 * @param observations      subjects in the model
 * @param events            subjects with outcome 1
 * @param estimate          b; null under separation or a degenerate fit
 * @param standardError     SE; null likewise
 * @param oddsRatio         exp(b); null likewise
 * @param oddsRatioInterval Wald CI of the OR; null likewise
 * @param pValue            Wald P; null likewise
 * @param separation        separation diagnosis of the model
 * @param scale             the scale of this term ({@link PredictorScale#UNIT} for non-continuous terms)
 * @param unit              the divisor: 1, or the variable's SD or IQR among the subjects of its univariate model
 * @param flag              null for a usable estimate; otherwise why none is printed ("separation (COMPLETE)",
 *                          "degenerate fit: ...")
 */
public record LogisticTerm(String variable, String term, int observations, int events, Double estimate,
        Double standardError, Double oddsRatio, ConfidenceInterval oddsRatioInterval, Double pValue,
        Separation separation, PredictorScale scale, double unit, String flag) {
}
