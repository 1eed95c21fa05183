package org.radiomics4j.stats.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.radiomics4j.stats.roc.RocAnalysis;
import org.radiomics4j.stats.roc.RocCurve;

/**
 * Table 3: the ROC analysis of each significant feature on the study cohort ({@link RocSummary} describes the
 * row). An undefined test of AUC = 0.5 (every score tied) leaves P null with a warning naming the reason.
 * Immutable and thread-safe.
 */
public final class RocStep {
    private static final String NAME = "Table 3";
    private final RocSettings settings;

    private RocStep(RocSettings settings) {
        this.settings = settings;
    }

    /** A step with these settings. */
    public static RocStep of(RocSettings settings) {
        return new RocStep(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * Table 3.
     *
     * @param rows       one per feature
     * @param warnings   undefined tests
     * @param exclusions missing-value exclusions per feature
     */
    public record Result(List<RocSummary> rows, List<StudyWarning> warnings, List<Exclusion> exclusions) {
        public Result {
            rows = List.copyOf(rows);
            warnings = List.copyOf(warnings);
            exclusions = List.copyOf(exclusions);
        }
    }

    /** The ROC analysis of each feature for the positive group. */
    public Result run(StudyCohort cohort, List<String> features) {
        Notes notes = new Notes(cohort);
        RocAnalysis roc = RocAnalysis.withDefaults().with(settings.direction())
                .withConfidenceLevel(settings.confidenceLevel());
        List<RocSummary> rows = new ArrayList<>();
        for (String f : features) {
            StudyCohort.Scores s = cohort.scores(f);
            notes.exclude("ROC", f, s.missing());
            RocCurve c = roc.analyze(s.scores(), s.labels());
            if (!c.testVersusHalf().isDefined()) {
                notes.warn(NAME, f, "P of AUC = 0.5 undefined: " + c.testVersusHalf().undefinedReason());
            }
            rows.add(RocSummary.of(f, "study", c));
        }
        return new Result(rows, notes.warnings(), notes.exclusions());
    }

    @Override
    public String toString() {
        return "RocStep[" + settings + "]";
    }
}
