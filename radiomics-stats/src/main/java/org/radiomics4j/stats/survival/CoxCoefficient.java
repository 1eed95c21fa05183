package org.radiomics4j.stats.survival;

import java.util.Locale;
import org.radiomics4j.stats.ConfidenceInterval;

/**
 * One coefficient of a Cox model.
 *
 * @param term                 covariate name
 * @param estimate             b (log hazard ratio per unit)
 * @param standardError        SE from the inverse information at the maximum
 * @param z                    Wald z = b / SE
 * @param pValue               two-sided Wald P
 * @param hazardRatio          exp(b)
 * @param hazardRatioInterval  exp(b ± z_{1-α/2} SE)
 */
public record CoxCoefficient(String term, double estimate, double standardError, double z, double pValue,
        double hazardRatio, ConfidenceInterval hazardRatioInterval) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%-28s b %10.6g  SE %9.4g  z %8.4f  P %8.4g  HR %9.4g (%.4g-%.4g)", term,
                estimate, standardError, z, pValue, hazardRatio, hazardRatioInterval.lower(),
                hazardRatioInterval.upper());
    }
}
