package org.radiomics4j.stats.regression;

import java.util.Locale;
import org.radiomics4j.stats.SignificanceResult;

/**
 * A chi-square test of a whole model against the null model (likelihood ratio, Wald or score test), P =
 * {@code pchisq(statistic, df, lower.tail = FALSE)}.
 *
 * @param name             "likelihood ratio", "Wald" or "score"
 * @param statistic        the chi-square statistic
 * @param degreesOfFreedom its degrees of freedom (number of predictors)
 * @param pValue           upper-tail P
 */
public record ModelTest(String name, double statistic, int degreesOfFreedom, double pValue)
        implements SignificanceResult {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s test: chi2 = %.4f, df = %d, P = %.4g", name, statistic,
                degreesOfFreedom, pValue);
    }
}
