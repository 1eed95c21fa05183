package org.radiomics4j.examples.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.radiomics4j.stats.study.ClinicalComparison;
import org.radiomics4j.stats.study.FeatureComparison;
import org.radiomics4j.stats.study.InterReaderIcc;
import org.radiomics4j.stats.study.LogisticTerm;
import org.radiomics4j.stats.study.MultivariableLogistic;
import org.radiomics4j.stats.study.RocSummary;
import org.radiomics4j.stats.study.StudyResult;
import org.radiomics4j.stats.study.StudyWarning;
import org.radiomics4j.stats.study.SurvivalAnalysis;

/**
 * Writes the report of a {@link StudyRun} into its output folder: {@code report.md} (per phase: groups, Table 1
 * P values, Table 2 features with raw and corrected P, Table 3 ROC, log-rank tests, Table 5 multivariable model,
 * ICC summary; the failed extractions; the methods paragraph) and {@code table2_<phase>.csv}.
 *
 * <p>This is a plain text report; the figures and the HTML report belong to the report package.
 */
public final class StudyReports {
    /** Name of the Markdown report in the output folder. */
    public static final String REPORT_MD = "report.md";

    private StudyReports() {
    }

    /**
     * Writes the report files and returns the path of the main report.
     *
     * @throws UncheckedIOException if a file cannot be written, naming it
     */
    public static Path write(StudyRun run) {
        Path out = run.output();
        StringBuilder md = new StringBuilder("# Radiomics study report\n\n");
        md.append("Configuration: `").append(run.config().file().getFileName()).append("`; features: `")
                .append(out.relativize(run.featuresCsv().toAbsolutePath()).toString().replace('\\', '/'))
                .append("`\n\n");
        List<ExtractionRow> errors = run.errors();
        if (!errors.isEmpty()) {
            md.append("## Failed extractions (left out of the analysis)\n\n| patient | phase | reader | error |\n"
                    + "|---|---|---|---|\n");
            for (ExtractionRow e : errors) {
                md.append("| ").append(e.patientId()).append(" | ").append(e.phase()).append(" | ")
                        .append(e.reader()).append(" | ").append(e.error().replace("|", "\\|")).append(" |\n");
            }
            md.append('\n');
        }
        for (Map.Entry<String, StudyResult> e : run.results().entrySet()) {
            phase(md, e.getKey(), e.getValue());
            writeTable2(out.resolve("table2_" + e.getKey() + ".csv"), e.getValue());
        }
        StudyResult first = run.results().values().iterator().next();
        md.append("## Methods\n\n").append(first.methods()).append("\n");
        Path report = out.resolve(REPORT_MD);
        write(report, md.toString());
        return report;
    }

    private static void phase(StringBuilder md, String phase, StudyResult r) {
        md.append("## Phase ").append(phase).append("\n\n");
        md.append(String.format(Locale.ROOT, "%d subjects: %d %s, %d %s (positive group: %s).%n%n", r.subjects(),
                r.positiveCount(), r.positiveLabel(), r.negativeCount(), r.negativeLabel(), r.groupingRule()));
        md.append("### Table 1: clinical variables\n\n| variable | test | P |\n|---|---|---|\n");
        for (ClinicalComparison c : r.table1()) {
            md.append("| ").append(c.variable()).append(" | ").append(c.test() == null ? "-" : c.test())
                    .append(" | ").append(c.pValue() == null ? "-" : p(c.pValue())).append(" |\n");
        }
        md.append(String.format(Locale.ROOT, "%n### Table 2: features (%d tests, %s, alpha %s)%n%n",
                r.numberOfTests(), r.correction().name().toLowerCase(Locale.ROOT), r.alpha()));
        md.append(r.significantFeatures().size()).append(" significant feature(s)")
                .append(r.droppedFeatures().isEmpty() ? "" : "; dropped as constant: " + r.droppedFeatures())
                .append(".\n\n| feature | test | P | corrected P | significant |\n|---|---|---|---|---|\n");
        for (FeatureComparison f : r.table2()) {
            if (f.significant()) {
                md.append("| ").append(f.feature()).append(" | ").append(f.test()).append(" | ").append(p(f.pValue()))
                        .append(" | ").append(p(f.correctedPValue())).append(" | yes |\n");
            }
        }
        md.append("\n(All features: `table2_").append(phase).append(".csv`.)\n\n### Table 3: ROC\n\n");
        md.append("| feature | AUC | 95% CI | criterion | sensitivity | specificity |\n|---|---|---|---|---|---|\n");
        for (RocSummary s : r.table3()) {
            md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f-%.3f | %s %s | %.1f%% | %.1f%% |%n", s.feature(),
                    s.auc(), s.aucInterval().lower(), s.aucInterval().upper(), s.criterionOperator(),
                    StudyRun.num(s.criterion()), 100 * s.sensitivity(), 100 * s.specificity()));
        }
        md.append("\n### Survival (log-rank at the ROC criterion)\n\n| feature | endpoint | low n | high n | P |\n"
                + "|---|---|---|---|---|\n");
        for (SurvivalAnalysis s : r.survival()) {
            md.append("| ").append(s.feature()).append(" | ").append(s.endpoint()).append(" | ")
                    .append(s.low().subjects()).append(" | ").append(s.high().subjects()).append(" | ")
                    .append(s.logRankPValue() == null ? "-" : p(s.logRankPValue())).append(" |\n");
        }
        MultivariableLogistic m = r.table5Multivariable();
        md.append("\n### Table 5: multivariable logistic model\n\n");
        if (m.performed()) {
            md.append("| term | OR | P |\n|---|---|---|\n");
            for (LogisticTerm t : m.coefficients()) {
                md.append("| ").append(t.term()).append(" | ")
                        .append(t.oddsRatio() == null ? "-" : StudyRun.num(t.oddsRatio())).append(" | ")
                        .append(t.pValue() == null ? "-" : p(t.pValue())).append(" |\n");
            }
            if (m.auc() != null) {
                md.append(String.format(Locale.ROOT, "%nModel AUC %.3f.%n", m.auc()));
            }
        } else {
            md.append("Not fitted: ").append(m.note()).append('\n');
        }
        if (!r.icc().isEmpty()) {
            long excellent = r.icc().stream().filter(i -> i.reliability().name().equals("EXCELLENT")).count();
            long stable = r.icc().stream().filter(i -> i.reliability().name().equals("STABLE")).count();
            md.append(String.format(Locale.ROOT, "%n### Inter-reader ICC%n%n%d features: %d excellent, %d stable, "
                    + "%d unstable (%s).%n", r.icc().size(), excellent, stable, r.icc().size() - excellent - stable,
                    r.icc().get(0).formDescription()));
            double min = r.icc().stream().mapToDouble(InterReaderIcc::icc).min().orElse(Double.NaN);
            md.append(String.format(Locale.ROOT, "Lowest ICC %.3f.%n", min));
        }
        if (!r.warnings().isEmpty()) {
            md.append("\n### Warnings\n\n");
            for (StudyWarning w : r.warnings()) {
                md.append("- ").append(w.analysis()).append(", ").append(w.subject()).append(": ")
                        .append(w.message()).append('\n');
            }
        }
        md.append('\n');
    }

    private static void writeTable2(Path file, StudyResult r) {
        StringBuilder sb = new StringBuilder("feature,test,statistic,p,corrected_p,significant,synthetic_p\n");
        for (FeatureComparison f : r.table2()) {
            sb.append(f.feature()).append(',').append(f.test()).append(',').append(f.statistic()).append(',')
                    .append(f.pValue()).append(',').append(f.correctedPValue()).append(',').append(f.significant())
                    .append(',').append(f.syntheticPValue() == null ? "" : f.syntheticPValue()).append('\n');
        }
        write(file, sb.toString());
    }

    private static String p(double v) {
        return v < 0.001 ? String.format(Locale.ROOT, "%.2e", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    private static void write(Path p, String s) {
        try {
            Files.writeString(p, s, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + p, e);
        }
    }
}
