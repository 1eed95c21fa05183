/**
 * {@link org.radiomics4j.stats.table.CohortTable}: a typed, immutable table of patients read from and written to CSV,
 * with explicit missing values, column access by name, filters and group splits. Example:
 * <pre>{@code
 * CohortTable t = CohortTable.read(Path.of("cohort.csv"));
 * Map<String, CohortTable> byResponse = t.groupBy("response");
 * double[] x = byResponse.get("1").doubleColumn("original_firstorder_Mean");
 * }</pre>
 */
package org.radiomics4j.stats.table;
