package org.radiomics4j.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.radiomics4j.study.report.ExtractionError;
import org.radiomics4j.study.report.PhaseReport;
import org.radiomics4j.study.report.RunMetadata;
import org.radiomics4j.study.report.StudyReport;
import org.radiomics4j.study.report.StudyReportWriter;
import org.radiomics4j.stats.study.StudyResult;

/**
 * Hands a {@link StudyRun} to the report package: one {@link PhaseReport} per phase (with its ROC curves), the
 * failed extractions as {@link ExtractionError}s, and {@link RunMetadata} summarising the configuration; then
 * {@link StudyReportWriter} writes {@code report.html}, {@code report.md}, the table CSVs and the figures into the
 * run's output folder.
 */
public final class StudyReports {

    private StudyReports() {
    }

    /** The report of a run, dated {@code date}. */
    public static StudyReport report(StudyRun run, LocalDate date) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(date, "date");
        StudyConfig c = run.config();
        List<PhaseReport> phases = new ArrayList<>();
        for (Map.Entry<String, StudyResult> e : run.results().entrySet()) {
            phases.add(PhaseReport.of(c.design(e.getKey()), run.cohorts().get(e.getKey()), e.getValue()));
        }
        List<ExtractionError> errors = new ArrayList<>();
        for (ExtractionRow r : run.errors()) {
            errors.add(new ExtractionError(r.patientId(), r.phase(), r.reader(), r.error()));
        }
        String title = "Radiomics study: " + c.positiveLabel() + " vs " + c.negativeLabel();
        return StudyReport.of(title, phases, errors, RunMetadata.current(summary(run), date));
    }

    /**
     * Writes the report into the run's output folder and returns the path of {@code report.html}.
     *
     * @throws UncheckedIOException if a file cannot be written
     */
    public static Path write(StudyRun run, LocalDate date) {
        try {
            return StudyReportWriter.write(report(run, date), run.output());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + run.output(), e);
        }
    }

    /** The configuration in a few lines, for the top of the report. */
    static String summary(StudyRun run) {
        StudyConfig c = run.config();
        StringBuilder sb = new StringBuilder();
        sb.append("configuration: ").append(c.file().getFileName()).append('\n');
        if (c.usesFeatureTable()) {
            sb.append("feature table: ").append(c.features().getFileName()).append(" (clinical data: ")
                    .append(c.cases().getFileName()).append(")\n");
        } else {
            sb.append("cases: ").append(c.cases().getFileName()).append("; parameters: ")
                    .append(c.parameters() == null ? "PyRadiomics defaults" : c.parameters().getFileName())
                    .append('\n');
        }
        long patients = run.rows().stream().map(ExtractionRow::patientId).distinct().count();
        sb.append("patients: ").append(patients).append("; phases: ").append(String.join(", ", c.phases()))
                .append("; readers: ").append(String.join(", ", c.readers())).append(" (the first is analysed")
                .append(c.readers().size() > 1 ? ", the second enters the ICC)" : ")").append('\n');
        sb.append("groups: ").append(c.positiveLabel()).append(" = ").append(c.grouping().describe()).append(", ")
                .append(c.negativeLabel()).append(" otherwise\n");
        sb.append("correction: ").append(c.correction()).append(", alpha ").append(c.alpha())
                .append("; synthetic cohort (ADASYN): ").append(c.syntheticPositive()).append(" + ")
                .append(c.syntheticNegative()).append(", seed ").append(c.syntheticSeed()).append('\n');
        sb.append("extractions: ").append(run.rows().size()).append(", failed: ").append(run.errors().size());
        return sb.toString();
    }
}
