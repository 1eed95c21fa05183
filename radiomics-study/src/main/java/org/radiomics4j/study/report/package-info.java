/**
 * The study report: {@link org.radiomics4j.study.report.StudyReportWriter#write} turns a
 * {@link org.radiomics4j.study.report.StudyReport} (one {@link org.radiomics4j.study.report.PhaseReport} per
 * imaging phase, the extraction errors, run metadata and the methods paragraph) into CSV tables, PNG/SVG figures
 * ({@link org.radiomics4j.study.report.Figures}: ROC, Kaplan–Meier with numbers at risk, forest plot), a
 * Markdown report and a self-contained HTML report.
 *
 * <p>Every number comes from the {@code org.radiomics4j.stats.study} result records; this package formats and draws,
 * it computes no statistic (the ROC curve points of a figure are recomputed from the cohort by
 * {@link org.radiomics4j.study.report.PhaseReport#of}, and checked against Table 3). Output is deterministic:
 * no timestamps, fixed SVG ids, the date comes from {@link org.radiomics4j.study.report.RunMetadata}.
 *
 * <pre>{@code
 * PhaseReport phase = PhaseReport.analyze(design, CohortTable.read(csv));
 * StudyReport report = StudyReport.of("My study", List.of(phase), List.of(),
 *         RunMetadata.current("study.yaml", LocalDate.now()));
 * Path html = StudyReportWriter.write(report, Path.of("out"));
 * }</pre>
 */
package org.radiomics4j.study.report;
