package org.radiomics4j.study.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.radiomics4j.stats.roc.RocAnalysis;
import org.radiomics4j.stats.roc.RocCurve;
import org.radiomics4j.stats.study.GroupingRule;
import org.radiomics4j.stats.study.RocSummary;
import org.radiomics4j.stats.study.StudyDesign;
import org.radiomics4j.stats.study.StudyPipeline;
import org.radiomics4j.stats.study.StudyResult;
import org.radiomics4j.stats.table.CohortTable;

/**
 * The analysis of one imaging phase for the report: the {@link StudyResult} of the phase and, for the figures, the
 * study-cohort ROC curve of each Table 3 feature ({@link StudyResult} keeps the ROC summary, not the curve points).
 *
 * @param phase     phase label for headings and file names (e.g. "portal"); "" when the study has one phase
 * @param result    the pipeline's result
 * @param rocCurves feature → its study-cohort ROC curve, for the features of Table 3; a feature without a curve
 *                  gets no ROC figure (the report says so)
 */
public record PhaseReport(String phase, StudyResult result, Map<String, RocCurve> rocCurves) {

    /** @throws NullPointerException if a component is null */
    public PhaseReport {
        phase = phase == null ? "" : phase;
        Objects.requireNonNull(result, "phaseReport.result must not be null");
        rocCurves = Map.copyOf(rocCurves);
    }

    /**
     * Runs {@code StudyPipeline.of(design).analyze(cohort)} and collects the ROC curves ({@link #of}). The methods
     * paragraph names the radiomics4j version of the jar manifest when there is one.
     *
     * @throws IllegalArgumentException as {@link StudyPipeline#analyze}
     */
    public static PhaseReport analyze(StudyDesign design, CohortTable cohort) {
        StudyPipeline pipeline = StudyPipeline.of(design);
        Package p = PhaseReport.class.getPackage();
        String version = p == null ? null : p.getImplementationVersion();
        if (version != null && !version.isBlank()) {
            pipeline = pipeline.withSoftwareVersion(version);
        }
        return of(design, cohort, pipeline.analyze(cohort));
    }

    /**
     * The report of a result already computed from {@code cohort} with {@code design}: the ROC curve of each Table 3
     * feature is recomputed from the cohort (grouped subjects with the feature present, as the pipeline does) in the
     * direction the pipeline resolved, so that it is the curve behind the Table 3 row.
     *
     * @throws IllegalArgumentException if a recomputed AUC differs from its Table 3 row by more than 1e-9 (the
     *                                  table, design and result do not belong together)
     */
    public static PhaseReport of(StudyDesign design, CohortTable cohort, StudyResult result) {
        Objects.requireNonNull(design, "design must not be null");
        Objects.requireNonNull(cohort, "cohort must not be null");
        Objects.requireNonNull(result, "result must not be null");
        int[] group = groups(design.grouping(), cohort);
        Map<String, RocCurve> curves = new LinkedHashMap<>();
        for (RocSummary s : result.table3()) {
            double[] v = cohort.doubleColumnWithNaN(s.feature());
            List<double[]> rows = new ArrayList<>();
            for (int i = 0; i < v.length; i++) {
                if (group[i] >= 0 && !cohort.isMissing(i, s.feature())) {
                    rows.add(new double[] {v[i], group[i]});
                }
            }
            double[] scores = new double[rows.size()];
            int[] labels = new int[rows.size()];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = rows.get(i)[0];
                labels[i] = (int) rows.get(i)[1];
            }
            RocCurve c = RocAnalysis.withDefaults().with(s.direction())
                    .withConfidenceLevel(design.roc().confidenceLevel()).analyze(scores, labels);
            if (Math.abs(c.auc() - s.auc()) > 1e-9) {
                throw new IllegalArgumentException("cohort: the ROC curve of " + s.feature() + " has AUC " + c.auc()
                        + " but Table 3 says " + s.auc() + "; the cohort table, design and result must belong "
                        + "together");
            }
            curves.put(s.feature(), c);
        }
        return new PhaseReport(result.phase() == null ? "" : result.phase(), result, curves);
    }

    private static int[] groups(GroupingRule g, CohortTable t) {
        int[] group = new int[t.rowCount()];
        double[] v = t.doubleColumnWithNaN(g.column());
        for (int i = 0; i < group.length; i++) {
            if (t.isMissing(i, g.column())) {
                group[i] = -1;
            } else if (g.isBinaryColumn()) {
                group[i] = v[i] == 1 ? 1 : v[i] == 0 ? 0 : -1;
            } else {
                group[i] = g.operator().test(v[i], g.threshold()) ? 1 : 0;
            }
        }
        return group;
    }
}
