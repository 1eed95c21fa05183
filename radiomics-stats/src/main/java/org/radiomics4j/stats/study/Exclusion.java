package org.radiomics4j.stats.study;

/**
 * Subjects left out of one analysis because a value it needs is missing (complete-case analysis per analysis:
 * each test uses every subject with the values it needs; nothing is imputed).
 *
 * @param analysis  which analysis ("Grouping", "Table 1", "Table 2", "ROC", "Survival", "Table 5", "ICC",
 *                  "Synthetic cohort")
 * @param variable  the variable or feature analysed
 * @param excluded  number of subjects excluded
 * @param subjects  their identifiers (id column), in table order
 */
public record Exclusion(String analysis, String variable, int excluded, java.util.List<String> subjects) {

    public Exclusion {
        subjects = java.util.List.copyOf(subjects);
    }
}
