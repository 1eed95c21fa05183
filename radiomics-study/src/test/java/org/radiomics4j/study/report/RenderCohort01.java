package org.radiomics4j.study.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Writes the cohort_01 report to the directory given as argument (for looking at it in a browser). */
final class RenderCohort01 {
    private RenderCohort01() {
    }

    public static void main(String[] args) throws Exception {
        PhaseReport phase = PhaseReport.analyze(Cohort01.design(), Cohort01.table());
        StudyReport report = StudyReport.of("Radiomics study: cohort_01 (responders vs non-responders)",
                List.of(phase), List.of(new ExtractionError("P099", "portal", "reader 1", "mask label 1 is empty")),
                new RunMetadata("config: cohort_01.csv\nfeatures: 10, reader 2 prefix r2_", "0.1.0-SNAPSHOT",
                        "17", LocalDate.of(2026, 1, 1)));
        System.out.println(StudyReportWriter.write(report, Path.of(args[0])));
    }
}
