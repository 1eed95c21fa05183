package org.radiomics4j.stats.study;

import org.radiomics4j.stats.ConfidenceInterval;
import org.radiomics4j.stats.reliability.IccForm;
import org.radiomics4j.stats.reliability.IccReliability;

/**
 * One row of the inter-reader ICC table: reader 1 = the feature column, reader 2 = the design's prefix + the
 * feature column (or, in long format, the same column in the rows of the second reader, matched by id). Shrout–Fleiss ANOVA estimates as R {@code psych::ICC}; F test of ICC = 0; the CI of the form
 * (psych's). The class: unstable &lt; stable threshold ≤ stable &lt; excellent threshold ≤ excellent.
 *
 * @param feature            reader-1 column
 * @param reader2Column      reader-2 column, or {@code "<readerColumn> = <reader2Value>"} in long format
 * @param form               the ICC form
 * @param formDescription    the form in words, e.g. "ICC(2,1): two-way random effects, absolute agreement,
 *                           single measures (McGraw–Wong ICC(A,1))"
 * @param icc                the estimate
 * @param confidenceInterval its CI
 * @param fStatistic         F of the test of ICC = 0
 * @param df1                numerator df
 * @param df2                denominator df
 * @param pValue             P of the F test
 * @param reliability        the class
 * @param subjects           subjects with both readings
 * @param excludedMissing    subjects excluded because a reading is missing
 */
public record InterReaderIcc(String feature, String reader2Column, IccForm form, String formDescription, double icc,
        ConfidenceInterval confidenceInterval, double fStatistic, double df1, double df2, double pValue,
        IccReliability reliability, int subjects, int excludedMissing) {
}
