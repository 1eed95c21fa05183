/**
 * Running a whole radiomics study from one YAML file: {@link org.radiomics4j.study.StudyConfig} (the
 * configuration, format in {@code docs/study-config.md}), {@link org.radiomics4j.study.StudyCases} (the
 * cases file), {@link org.radiomics4j.study.StudyRunner} (extraction per patient, phase and reader,
 * {@code features.csv}, the cohort table per phase, {@code StudyPipeline} per phase),
 * {@link org.radiomics4j.study.StudyRun} (what came out, with a terminal summary) and
 * {@link org.radiomics4j.study.StudyReports} (the hand-off to the report package).
 *
 * <pre>{@code
 * StudyRun run = StudyRunner.of(StudyConfig.read(Path.of("study.yaml"))).withProgress(System.err::println).run();
 * Path html = StudyReports.write(run, LocalDate.now());
 * System.out.print(run.summary());
 * }</pre>
 */
package org.radiomics4j.study;
