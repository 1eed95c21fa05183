package org.radiomics4j.stats.study;

import java.util.ArrayList;
import java.util.List;

/** The warnings and exclusions of one analysis run (never shared between analyses). */
final class Notes {
    private final String[] ids;
    private final List<StudyWarning> warnings = new ArrayList<>();
    private final List<Exclusion> exclusions = new ArrayList<>();

    Notes(StudyCohort cohort) {
        this.ids = cohort.idsInternal();
    }

    void warn(String analysis, String subject, String message) {
        warnings.add(new StudyWarning(analysis, subject, message));
    }

    void exclude(String analysis, String variable, List<Integer> rows) {
        if (!rows.isEmpty()) {
            exclusions.add(new Exclusion(analysis, variable, rows.size(), rows.stream().map(r -> ids[r]).toList()));
        }
    }

    List<StudyWarning> warnings() {
        return List.copyOf(warnings);
    }

    List<Exclusion> exclusions() {
        return List.copyOf(exclusions);
    }
}
