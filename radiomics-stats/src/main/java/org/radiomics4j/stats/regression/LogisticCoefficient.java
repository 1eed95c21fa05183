package org.radiomics4j.stats.regression;

import java.util.Locale;
import org.radiomics4j.stats.ConfidenceInterval;

/**
 * One coefficient of a logistic model.
 *
 * @param term               predictor name, or {@code "(Intercept)"}
 * @param estimate           b (log odds ratio per unit of the predictor)
 * @param standardError      SE from the inverse Fisher information at the MLE
 * @param z                  Wald z = b / SE
 * @param pValue             two-sided Wald P = 2 Φ(-|z|)
 * @param oddsRatio          exp(b)
 * @param oddsRatioInterval  Wald interval exp(b ± z_{1-α/2} SE) (R {@code exp(confint.default(fit))})
 */
public record LogisticCoefficient(String term, double estimate, double standardError, double z, double pValue,
        double oddsRatio, ConfidenceInterval oddsRatioInterval) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%-28s b %12.6g  SE %10.4g  z %8.4f  P %8.4g  OR %10.4g (%.4g-%.4g)",
                term, estimate, standardError, z, pValue, oddsRatio, oddsRatioInterval.lower(),
                oddsRatioInterval.upper());
    }
}
