/**
 * {@code radiomics stats}: one sub-command per statistical method of {@code radiomics-stats} (describe, compare,
 * categorical, roc, survival, logistic, icc, adjust, adasyn), reading a CSV cohort with
 * {@link org.radiomics4j.stats.table.CohortTable} and printing an aligned table or one JSON object
 * ({@code command, input, settings, result}; the result records serialised component by component). Rows with a
 * missing value in a used column are excluded and counted. Entry point: {@link org.radiomics4j.cli.stats.StatsCommand};
 * user documentation: {@code docs/stats-cli.md}.
 */
package org.radiomics4j.cli.stats;
