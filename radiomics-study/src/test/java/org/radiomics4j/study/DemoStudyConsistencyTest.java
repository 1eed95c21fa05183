package org.radiomics4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.study.demo.DemoCohort;
import org.radiomics4j.stats.study.ClinicalComparison;
import org.radiomics4j.stats.study.FeatureComparison;
import org.radiomics4j.stats.study.LevelCount;
import org.radiomics4j.stats.study.LogisticTerm;
import org.radiomics4j.stats.study.RocSummary;
import org.radiomics4j.stats.study.StudyResult;
import org.radiomics4j.stats.study.SurvivalAnalysis;
import org.radiomics4j.stats.table.CohortTable;

/**
 * The whole study on the demo cohort (25 patients, smaller volumes than the CLI demo to keep the test short): the
 * tables' internal consistency, and the planted signal documented in {@link DemoCohort}.
 */
class DemoStudyConsistencyTest {
    @TempDir
    static Path dir;
    private static StudyRun run;

    @BeforeAll
    static void runDemoStudy() {
        DemoCohort.Written w = DemoCohort.builder().size(40, 40, 20).roiVoxels(3000).seed(1).build().write(dir);
        run = StudyRunner.of(StudyConfig.read(w.studyYaml())).run();
    }

    private static void p(Double v, String what) {
        if (v != null) {
            assertTrue(v >= 0 && v <= 1, what + " P = " + v);
        }
    }

    @Test
    void featuresCsvHasOneRowPerPatientPhaseAndReader() throws IOException {
        CohortTable t = CohortTable.read(run.featuresCsv());
        assertEquals(25 * 2 * 2, t.rowCount());
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < t.rowCount(); i++) {
            var r = t.row(i);
            keys.add(r.getString("patient_id") + "/" + r.getString("phase") + "/" + r.getString("reader"));
            assertTrue(r.isMissing("error"));
        }
        assertEquals(100, keys.size());
        assertTrue(run.errors().isEmpty());
    }

    @Test
    void groupsAddUp() {
        for (StudyResult r : run.results().values()) {
            assertEquals(25, r.subjects());
            assertEquals(15, r.positiveCount(), "responders (PFS > 11) as DemoCohort states");
            assertEquals(10, r.negativeCount());
            for (ClinicalComparison c : r.table1()) {
                if (!c.levels().isEmpty()) {
                    assertEquals(r.positiveCount() - 0, c.levels().stream().mapToInt(LevelCount::positiveCount).sum(),
                            c.variable());
                    assertEquals(r.negativeCount(), c.levels().stream().mapToInt(LevelCount::negativeCount).sum(),
                            c.variable());
                } else {
                    assertEquals(r.positiveCount(), c.positiveSummary().n(), c.variable());
                    assertEquals(r.negativeCount(), c.negativeSummary().n(), c.variable());
                }
            }
            for (FeatureComparison f : r.table2()) {
                assertEquals(r.positiveCount(), f.positiveSummary().n() + 0, f.feature());
            }
        }
    }

    @Test
    void pValuesInUnitInterval() {
        for (StudyResult r : run.results().values()) {
            r.table1().forEach(c -> p(c.pValue(), c.variable()));
            r.table2().forEach(f -> {
                p(f.pValue(), f.feature());
                p(f.correctedPValue(), f.feature());
                p(f.syntheticPValue(), f.feature());
            });
            r.table3().forEach(s -> p(s.pValue(), s.feature()));
            r.table4().forEach(s -> p(s.pValue(), s.feature()));
            for (SurvivalAnalysis s : r.survival()) {
                p(s.logRankPValue(), s.feature() + " " + s.endpoint());
            }
            for (LogisticTerm t : r.table5Univariate()) {
                p(t.pValue(), t.term());
            }
        }
    }

    @Test
    void bonferroniIsMinOfOneAndPTimesTests() {
        for (StudyResult r : run.results().values()) {
            assertEquals(r.table2().size(), r.numberOfTests());
            for (FeatureComparison f : r.table2()) {
                // definition of the Bonferroni correction; 1e-12 relative for the multiplication's rounding
                double expected = Math.min(1, f.pValue() * r.numberOfTests());
                assertEquals(expected, f.correctedPValue(), 1e-12 * Math.max(expected, 1e-300), f.feature());
                assertEquals(f.correctedPValue() < r.alpha(), f.significant(), f.feature());
            }
        }
    }

    @Test
    void significantFeaturesOfTable2AreExactlyTable3() {
        for (StudyResult r : run.results().values()) {
            List<String> sig = r.table2().stream().filter(FeatureComparison::significant)
                    .map(FeatureComparison::feature).toList();
            assertEquals(sig, r.significantFeatures());
            assertEquals(sig, r.table3().stream().map(RocSummary::feature).toList());
            for (SurvivalAnalysis s : r.survival()) {
                assertTrue(sig.contains(s.feature()), s.feature());
                assertEquals(25, s.low().subjects() + s.high().subjects() + s.excludedMissing());
            }
            for (RocSummary s : r.table3()) {
                assertEquals(15, s.positives());
                assertEquals(10, s.negatives());
                assertTrue(s.auc() >= 0.5 && s.auc() <= 1, s.feature() + " AUC " + s.auc());
            }
        }
    }

    @Test
    void plantedSignalIsFound() {
        // DemoCohort: responders' livers have a larger texture amplitude h, shape carries no planted signal
        for (StudyResult r : run.results().values()) {
            FeatureComparison var = r.featureComparison("original_firstorder_Variance");
            assertTrue(var.positiveSummary().mean() > var.negativeSummary().mean(), r.phase());
            assertFalse(r.significantFeatures().isEmpty(), r.phase() + ": no significant feature");
            assertTrue(r.significantFeatures().stream().noneMatch(f -> f.startsWith("original_shape_")),
                    r.phase() + ": " + r.significantFeatures());
            // two readers: the ICC table covers every tested feature
            assertEquals(r.table2().size(), r.icc().size());
        }
    }
}
