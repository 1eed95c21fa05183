package org.radiomics4j.stats.roc;

import java.util.Locale;
import org.radiomics4j.stats.SignificanceResult;

/**
 * The z test of AUC = 0.5: {@code z = (AUC - 0.5) / SE}, two-sided {@code P = 2 Φ(-|z|)} (MedCalc's
 * "Significance level P (Area = 0.5)"). With SE = 0 (perfect separation), z = ±∞ and P = 0; with SE = 0 and
 * AUC = 0.5 (all scores equal), z = 0 and P = 1.
 *
 * @param method        which standard error was used
 * @param standardError the SE in the denominator
 * @param statistic     z
 * @param pValue        two-sided P
 */
public record AucTest(AucStandardError method, double standardError, double statistic, double pValue)
        implements SignificanceResult {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "AUC = 0.5 test (%s SE %.6g): z = %.4f, P = %.4g", method, standardError,
                statistic, pValue);
    }
}
