package org.radiomics4j.stats.roc;

import java.util.Locale;
import org.radiomics4j.stats.SignificanceResult;

/**
 * The z test of AUC = 0.5: {@code z = (AUC - 0.5) / SE}, two-sided {@code P = 2 Φ(-|z|)} (MedCalc's
 * "Significance level P (Area = 0.5)"). With SE = 0 and AUC &ne; 0.5 (perfect separation), z = ±∞ and P = 0.
 *
 * <p><b>Undefined test.</b> With SE = 0 and AUC = 0.5 (every score tied, e.g. a feature constant across all
 * subjects) the statistic is 0/0: z and P are {@link Double#NaN}, {@link #isDefined()} is false and
 * {@link #undefinedReason()} says why. R's pROC leaves them undefined too ({@code (auc - 0.5) / sd} is
 * {@code NaN}); reports print a dash (JSON {@code null}) and a warning with the reason, never P = 1.
 *
 * @param method          which standard error was used
 * @param standardError   the SE in the denominator
 * @param statistic       z ({@code NaN} when undefined)
 * @param pValue          two-sided P ({@code NaN} when undefined)
 * @param undefinedReason why the test is undefined, or null when it is defined
 */
public record AucTest(AucStandardError method, double standardError, double statistic, double pValue,
        String undefinedReason) implements SignificanceResult {

    /** The reason given when every score is tied. */
    public static final String ALL_TIED = "every score is tied (standard error 0 and AUC 0.5): z = 0/0, the test "
            + "of AUC = 0.5 is undefined";

    /** A defined test. */
    public AucTest(AucStandardError method, double standardError, double statistic, double pValue) {
        this(method, standardError, statistic, pValue, null);
    }

    public AucTest {
        if (undefinedReason != null && !(Double.isNaN(statistic) && Double.isNaN(pValue))) {
            throw new IllegalArgumentException("an undefined AUC test must have NaN z and P but had z = " + statistic
                    + ", P = " + pValue);
        }
        if (undefinedReason == null && (Double.isNaN(statistic) || Double.isNaN(pValue))) {
            throw new IllegalArgumentException("z and P are NaN but no undefinedReason was given");
        }
    }

    /** The undefined test of all-tied scores (SE 0, AUC 0.5): z and P are NaN. */
    static AucTest undefined(AucStandardError method, double standardError) {
        return new AucTest(method, standardError, Double.NaN, Double.NaN, ALL_TIED);
    }

    /** Whether z and P are defined (false only when every score is tied: SE = 0 and AUC = 0.5). */
    public boolean isDefined() {
        return undefinedReason == null;
    }

    /**
     * {@inheritDoc} Not defined when {@link #isDefined()} is false.
     *
     * @throws IllegalStateException if the test is undefined
     */
    @Override
    public boolean reject(double alpha) {
        if (!isDefined()) {
            throw new IllegalStateException("the AUC = 0.5 test is undefined: " + undefinedReason);
        }
        return SignificanceResult.super.reject(alpha);
    }

    @Override
    public String toString() {
        if (!isDefined()) {
            return String.format(Locale.ROOT, "AUC = 0.5 test (%s SE %.6g): undefined (%s)", method, standardError,
                    undefinedReason);
        }
        return String.format(Locale.ROOT, "AUC = 0.5 test (%s SE %.6g): z = %.4f, P = %.4g", method, standardError,
                statistic, pValue);
    }
}
