// A radiomics study, step by step, in JShell.
// Run from the repository root after building the command-line jar once (./radiomics version):
//   jshell --class-path radiomics-cli/target/radiomics.jar examples/jshell/study.jsh
// Or paste the snippets one by one into an interactive jshell started with the same --class-path.
// Data: testdata/stats/cohort/inputs/cohort_01.csv (25 subjects, responders vs non-responders, 10 features,
// a second reader's copy of each feature with prefix r2_, PFS and OS).

import java.nio.file.*;
import java.util.*;
import org.radiomics4j.stats.table.*;
import org.radiomics4j.stats.test.*;
import org.radiomics4j.stats.roc.*;
import org.radiomics4j.stats.survival.*;
import org.radiomics4j.stats.regression.*;
import org.radiomics4j.stats.reliability.*;
import org.radiomics4j.stats.study.*;

// 1. Read the cohort table (a CSV with one row per subject).
var cohort = CohortTable.read(Path.of("testdata/stats/cohort/inputs/cohort_01.csv"));
System.out.println(cohort.rowCount() + " subjects, columns: " + cohort.columnNames());

// 2. Compare one feature between responders (response = 1) and non-responders: Shapiro-Wilk picks the test.
var feature = "original_glszm_LargeAreaLowGrayLevelEmphasis";
var responders = cohort.filter(r -> r.getDouble("response") == 1).doubleColumn(feature);
var nonResponders = cohort.filter(r -> r.getDouble("response") == 0).doubleColumn(feature);
var comparison = GroupComparison.withDefaults().test(responders, nonResponders);
System.out.println(comparison);

// 3. ROC analysis for the responders: AUC with DeLong CI, Youden criterion in MedCalc form.
int[] toLabels(double[] v) { int[] o = new int[v.length]; for (int i = 0; i < v.length; i++) o[i] = (int) v[i]; return o; }
var response = toLabels(cohort.doubleColumn("response"));
var roc = RocAnalysis.withDefaults().analyze(cohort.doubleColumn(feature), response);
System.out.println(roc);
var cutoff = roc.youden().criterion();

// 4. Kaplan-Meier: overall survival by the feature dichotomised at the ROC criterion (high: feature > cutoff).
var arm = FeatureCutoff.of(cutoff).groups(cohort.doubleColumn(feature));
var osMonths = cohort.doubleColumn("os_months");
var deathColumn = cohort.doubleColumn("death");
boolean[] death = new boolean[deathColumn.length];
for (int i = 0; i < death.length; i++) death[i] = deathColumn[i] == 1;
var curves = KaplanMeier.withDefaults().estimateByGroup(osMonths, death, arm);
System.out.println("High arm:\n" + curves.get(FeatureCutoff.HIGH));
System.out.println(LogRankTest.withDefaults().test(osMonths, death, arm));

// 5. Logistic regression of the response on Ki-67 and the feature (odds ratios with Wald CIs).
var model = LogisticRegression.withDefaults().fit(response, List.of("ki67", feature),
        new double[][] {cohort.doubleColumn("ki67"), cohort.doubleColumn(feature)});
System.out.println(model);

// 6. Inter-reader reproducibility of the feature: ICC(2,1) between reader 1 and reader 2 (column r2_...).
var ratings = IntraclassCorrelation.ratingsFromReaders(cohort.doubleColumn(feature), cohort.doubleColumn("r2_" + feature));
System.out.println(IntraclassCorrelation.withDefaults().compute(ratings, IccForm.ICC2_1));

// 7. The whole study in one call (Tables 1-5, ROC, synthetic cohort, survival, ICC), then the report.
// (In JShell a line ending in a complete statement is run at once: continue chains with a trailing '.'.)
var design = StudyDesign.builder(GroupingRule.binaryColumn("response")).
        reader2Prefix("r2_").
        survivalEndpoint("PFS", "pfs_months", "progression").
        survivalEndpoint("OS", "os_months", "death").
        logisticOutcomeColumn("death").
        build();
var phase = org.radiomics4j.study.report.PhaseReport.analyze(design, cohort);
System.out.println("Significant features: " + phase.result().significantFeatures());
var report = org.radiomics4j.study.report.StudyReport.of("cohort_01 in JShell", List.of(phase), List.of(),
        org.radiomics4j.study.report.RunMetadata.current("examples/jshell/study.jsh", java.time.LocalDate.now()));
var html = org.radiomics4j.study.report.StudyReportWriter.write(report, Files.createTempDirectory("study-report"));
System.out.println("Report: " + html.toUri());
/exit
