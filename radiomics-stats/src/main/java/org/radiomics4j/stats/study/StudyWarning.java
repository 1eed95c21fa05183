package org.radiomics4j.stats.study;

/**
 * Something a reader of the report must know: a feature dropped for constant values, separation in a logistic
 * model, low expected counts, a cutoff leaving an empty survival group, a step skipped.
 *
 * @param analysis which part of the study ("Table 1", "Table 2", "Survival", "Table 5", "ICC", "Synthetic cohort")
 * @param subject  the variable or feature concerned (or "" for the analysis as a whole)
 * @param message  what happened and what was done about it
 */
public record StudyWarning(String analysis, String subject, String message) {
}
