package org.radiomics4j.stats.roc;

import java.util.Locale;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.SignificanceResult;

/**
 * DeLong's test comparing two correlated AUCs measured on the same subjects (DeLong, DeLong &amp; Clarke-Pearson
 * 1988): {@code z = (A1 - A2) / sqrt(V1 + V2 - 2 C)} with the placement-value covariance matrix; as pROC
 * {@code roc.test(r1, r2, method = "delong", paired = TRUE)}. If the SE of the difference is 0, z is 0 when the
 * AUCs are equal (P = 1) and ±∞ otherwise (P = 0).
 *
 * @param aucA                 AUC of the first score
 * @param aucB                 AUC of the second score
 * @param difference           aucA - aucB
 * @param standardError        DeLong SE of the difference
 * @param differenceInterval   {@code difference ± z·SE}
 * @param correlation          DeLong correlation of the two AUC estimates (0 if either variance is 0)
 * @param statistic            z
 * @param pValue               two-sided P
 */
public record RocComparison(double aucA, double aucB, double difference, double standardError,
        ConfidenceInterval differenceInterval, double correlation, double statistic, double pValue)
        implements SignificanceResult {

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "DeLong paired comparison: AUC %.4f vs %.4f, difference %.4f (SE %.4f, %s), r = %.4f, z = %.4f, "
                        + "P = %.4g", aucA, aucB, difference, standardError, differenceInterval, correlation,
                statistic, pValue);
    }
}
