package org.radiomics4j.study.report;

import java.util.List;
import java.util.Objects;

/**
 * Everything the study report shows: one analysis per imaging phase, the cases whose extraction failed, facts about
 * the run and the methods paragraph. Written by {@link StudyReportWriter#write}.
 *
 * @param title            the report title (e.g. "Radiomics study: responders vs non-responders")
 * @param phases           one analysis per phase, in report order (at least one)
 * @param extractionErrors cases that could not be extracted (empty = none)
 * @param metadata         run facts (configuration, versions, date)
 * @param methods          the methods paragraph (normally {@code StudyResult.methods()} of the first phase)
 */
public record StudyReport(String title, List<PhaseReport> phases, List<ExtractionError> extractionErrors,
        RunMetadata metadata, String methods) {

    /**
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code phases} is empty
     */
    public StudyReport {
        Objects.requireNonNull(title, "studyReport.title must not be null");
        phases = List.copyOf(phases);
        extractionErrors = List.copyOf(extractionErrors);
        Objects.requireNonNull(metadata, "studyReport.metadata must not be null");
        Objects.requireNonNull(methods, "studyReport.methods must not be null");
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("studyReport.phases must hold at least one phase but was empty");
        }
    }

    /** A report whose methods paragraph is the first phase's {@code StudyResult.methods()}. */
    public static StudyReport of(String title, List<PhaseReport> phases, List<ExtractionError> extractionErrors,
            RunMetadata metadata) {
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("phases must hold at least one phase but was empty");
        }
        return new StudyReport(title, phases, extractionErrors, metadata, phases.get(0).result().methods());
    }
}
