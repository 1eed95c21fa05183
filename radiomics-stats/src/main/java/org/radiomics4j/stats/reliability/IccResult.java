package org.radiomics4j.stats.reliability;

import java.util.Locale;
import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.SignificanceResult;

/**
 * One ICC form with its F test of H0: ICC = 0 and its confidence interval.
 *
 * @param form               which ICC
 * @param icc                the estimate (ICC(2,k) is −∞ when ICC(2,1) ≤ −1/(k−1), see {@link IntraclassCorrelation})
 * @param statistic          F (+∞ when the error mean square is 0)
 * @param df1                numerator degrees of freedom
 * @param df2                denominator degrees of freedom (psych's convention: (n−1)(k−1) for two-way forms)
 * @param pValue             P value of the F test (0 when F is +∞)
 * @param confidenceInterval CI of the ICC (an average-measure lower bound is −∞ when the single-measure bound is at
 *                           or below −1/(k−1), see {@link IntraclassCorrelation})
 * @param subjects           n
 * @param raters             k
 * @param reliability        the class of {@code icc} under the thresholds in use
 */
public record IccResult(IccForm form, double icc, double statistic, double df1, double df2, double pValue,
        ConfidenceInterval confidenceInterval, int subjects, int raters, IccReliability reliability)
        implements SignificanceResult {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s = %.4f, %s; F(%s, %s) = %.4g, P = %.4g; %s (n = %d, k = %d)",
                form.shroutFleissName(), icc, confidenceInterval, fmt(df1), fmt(df2), statistic, pValue,
                reliability.name().toLowerCase(Locale.ROOT), subjects, raters);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
