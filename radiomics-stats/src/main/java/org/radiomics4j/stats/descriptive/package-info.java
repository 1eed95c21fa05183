/**
 * Descriptive statistics for a study's Table 1: {@link org.radiomics4j.stats.descriptive.DescriptiveSummary}
 * (n, mean, sample SD, median, quartiles under a stated {@link org.radiomics4j.stats.descriptive.QuantileType},
 * min, max), {@link org.radiomics4j.stats.descriptive.CategoryCount} and the cell formatter
 * {@link org.radiomics4j.stats.descriptive.Table1Formatter}. Example:
 * <pre>{@code
 * DescriptiveSummary s = DescriptiveSummary.of(ages);              // type-7 quartiles (R, numpy)
 * Table1Formatter.withDefaults().meanSd(s);                        // "61.2 ± 9.8"
 * Table1Formatter.withDefaults().medianIqr(s);                     // "60.0 (55.0–68.5)"
 * }</pre>
 */
package org.radiomics4j.stats.descriptive;
