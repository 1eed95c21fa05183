/**
 * Inter-reader reliability: {@link org.radiomics4j.stats.reliability.IntraclassCorrelation} in the six
 * Shrout–Fleiss forms ({@link org.radiomics4j.stats.reliability.IccForm}) as R's {@code psych::ICC}, and the study's
 * classification {@link org.radiomics4j.stats.reliability.IccReliability} by
 * {@link org.radiomics4j.stats.reliability.IccThresholds} (unstable &lt; 0.75 ≤ stable &lt; 0.90 ≤ excellent).
 * Example:
 * <pre>{@code
 * double[][] x = IntraclassCorrelation.ratingsFromReaders(reader1, reader2);
 * IccResult r = IntraclassCorrelation.withDefaults().compute(x, IccForm.ICC2_1);
 * }</pre>
 */
package org.radiomics4j.stats.reliability;
