package org.radiomics4j.study;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.radiomics4j.stats.study.MultivariableLogistic;
import org.radiomics4j.stats.study.RocSummary;
import org.radiomics4j.stats.study.StudyResult;
import org.radiomics4j.stats.study.SurvivalAnalysis;
import org.radiomics4j.stats.table.CohortTable;

/**
 * Everything a {@link StudyRunner} produced: the extraction rows (errors included), the cohort table and the
 * statistics of each phase, and where the files are.
 *
 * @param config      the configuration
 * @param rows        one row per patient, phase and reader, in cases order (phase, then reader, within a patient)
 * @param cohorts     the analysed cohort table per phase (reader 1 features, clinical data, reader 2 features with
 *                    prefix {@link StudyConfig#READER2_PREFIX})
 * @param results     the study result per phase, in configuration order
 * @param featuresCsv the feature table written (or read, for a feature-table input)
 * @param output      the output folder
 * @param seconds     wall time of the extraction (0 for a feature-table input)
 */
public record StudyRun(StudyConfig config, List<ExtractionRow> rows, Map<String, CohortTable> cohorts,
        Map<String, StudyResult> results, Path featuresCsv, Path output, double seconds) {

    public StudyRun {
        rows = List.copyOf(rows);
        cohorts = Collections.unmodifiableMap(new LinkedHashMap<>(cohorts));
        results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
    }

    /** The rows whose extraction failed. */
    public List<ExtractionRow> errors() {
        return rows.stream().filter(ExtractionRow::failed).toList();
    }

    /**
     * A short text summary per phase: group sizes, significant features after correction, the best AUC, the
     * smallest log-rank P and the multivariable model; then the failed extractions.
     */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, StudyResult> e : results.entrySet()) {
            StudyResult r = e.getValue();
            sb.append(String.format(Locale.ROOT, "%s phase: %d %s / %d %s (%s)%n", e.getKey(), r.positiveCount(),
                    r.positiveLabel(), r.negativeCount(), r.negativeLabel(), r.groupingRule()));
            sb.append(String.format(Locale.ROOT, "  significant features (%s, alpha %s): %d of %d%n",
                    r.correction().name().toLowerCase(Locale.ROOT), r.alpha(), r.significantFeatures().size(),
                    r.numberOfTests()));
            RocSummary best = null;
            for (RocSummary s : r.table3()) {
                if (best == null || s.auc() > best.auc()) {
                    best = s;
                }
            }
            if (best != null) {
                sb.append(String.format(Locale.ROOT, "  best AUC: %.3f (%s, 95%% CI %.3f-%.3f)%n", best.auc(),
                        best.feature(), best.aucInterval().lower(), best.aucInterval().upper()));
            } else {
                sb.append("  best AUC: none (no significant feature)\n");
            }
            SurvivalAnalysis lr = null;
            int circular = 0;
            for (SurvivalAnalysis s : r.survival()) {
                // a log-rank test on the endpoint that chose the groups and cutoffs is circular: not a finding
                if (s.circular()) {
                    circular++;
                } else if (s.logRankPValue() != null && (lr == null || s.logRankPValue() < lr.logRankPValue())) {
                    lr = s;
                }
            }
            if (lr != null) {
                sb.append(String.format(Locale.ROOT, "  smallest log-rank P: %s (%s, %s %s)%n",
                        p(lr.logRankPValue()), lr.endpoint(), lr.feature(),
                        org.radiomics4j.stats.study.StudyReportTables.armCondition(lr, lr.testPositiveArm(), false)
                                + " vs " + org.radiomics4j.stats.study.StudyReportTables.armCondition(lr,
                                        lr.testNegativeArm(), false)));
            }
            if (circular > 0) {
                sb.append(String.format(Locale.ROOT, "  (%d circular log-rank test(s) on the grouping endpoint not "
                        + "shown: see the report)%n", circular));
            }
            MultivariableLogistic m = r.table5Multivariable();
            if (m.performed()) {
                sb.append(String.format(Locale.ROOT, "  multivariable model: %s%s%n",
                        m.finalTerms().isEmpty() ? "no term retained" : String.join(" + ", m.finalTerms()),
                        m.auc() == null ? "" : String.format(Locale.ROOT, " (apparent AUC %.3f%s)", m.auc(),
                                m.optimism() == null ? "" : String.format(Locale.ROOT, ", optimism-corrected %.3f",
                                        m.optimism().correctedAuc()))));
            } else if (r.table5Univariate().isEmpty()) {
                sb.append("  multivariable model: not requested\n");
            } else {
                sb.append("  multivariable model: not fitted (").append(m.note()).append(")\n");
            }
        }
        List<ExtractionRow> errors = errors();
        if (!errors.isEmpty()) {
            sb.append(errors.size()).append(" extraction(s) failed and were left out:\n");
            for (ExtractionRow e : errors) {
                sb.append("  ").append(e.patientId()).append(' ').append(e.phase()).append(' ').append(e.reader())
                        .append(": ").append(e.error()).append('\n');
            }
        }
        return sb.toString();
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.4g", v);
    }

    static String p(double v) {
        return v < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", v);
    }
}
