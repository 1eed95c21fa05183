package org.radiomics4j.stats.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.stats.internal.OracleFiles;
import org.radiomics4j.stats.table.CohortTable;
import org.radiomics4j.stats.table.CsvOptions;

/**
 * Invariants of {@link StudyPipeline} that hold for any cohort ({@link #assertConsistent}), checked on the
 * reference cohort and on seeded random cohorts (seed printed in the test name) with missing values, a constant
 * feature and noise features; plus the zero-significant case, reproducibility by seed, design validation and
 * Jackson serialisation.
 */
class StudyPipelineConsistencyTest {

    /**
     * Checks: groups add up to n; every P in [0, 1]; corrected P = min(1, P·m) under Bonferroni; significance =
     * corrected P &lt; alpha; every significant feature in Table 3 and in the survival section (once per endpoint);
     * Table 4 and synthetic P only for significant features; per-analysis counts add up with the exclusions.
     */
    static void assertConsistent(StudyDesign d, StudyResult s) {
        int grouped = s.positiveCount() + s.negativeCount();
        int groupingExcluded = s.exclusions().stream().filter(e -> e.analysis().equals("Grouping"))
                .mapToInt(Exclusion::excluded).sum();
        assertEquals(s.subjects(), grouped + groupingExcluded, "groups + excluded = n");
        assertEquals(s.features().size(), s.numberOfTests());
        assertEquals(s.features(), s.table2().stream().map(FeatureComparison::feature).toList());
        for (String dropped : s.droppedFeatures()) {
            assertFalse(s.features().contains(dropped));
            assertTrue(s.warnings().stream().anyMatch(w -> w.subject().equals(dropped)), dropped + " warned");
        }
        List<String> significant = new ArrayList<>();
        for (FeatureComparison f : s.table2()) {
            assertEquals(grouped, f.positiveSummary().n() + f.negativeSummary().n() + f.excludedMissing(),
                    f.feature() + " counts");
            assertProbability(f.pValue(), f.feature());
            assertProbability(f.correctedPValue(), f.feature());
            if (d.comparison().correction() == MultipleTestingCorrection.BONFERRONI) {
                assertEquals(Math.min(1, f.pValue() * s.numberOfTests()), f.correctedPValue(), 1e-15,
                        f.feature() + " Bonferroni");
            }
            assertEquals(f.correctedPValue() < s.alpha(), f.significant(), f.feature());
            if (f.significant()) {
                significant.add(f.feature());
            } else {
                assertNull(f.syntheticPValue(), f.feature() + " synthetic P only if significant");
            }
            if (f.syntheticPValue() != null) {
                assertProbability(f.syntheticPValue(), f.feature());
            }
        }
        assertEquals(significant, s.significantFeatures());
        assertEquals(significant, s.table3().stream().map(RocSummary::feature).toList());
        for (RocSummary r : s.table3()) {
            assertProbability(r.pValue(), r.feature());
            assertTrue(r.auc() >= 0.5 || d.roc().direction() == org.radiomics4j.stats.roc.Direction.AUTO_BY_MEDIANS,
                    r.feature() + " AUC >= 0.5 under AUTO");
            assertEquals("study", r.cohort());
        }
        for (RocSummary r : s.table4()) {
            assertTrue(significant.contains(r.feature()), r.feature() + " in Table 4 only if significant");
            assertProbability(r.pValue(), r.feature());
            assertEquals("synthetic", r.cohort());
        }
        for (String f : significant) {
            assertEquals(d.survival().endpoints().size(), s.survival().stream().filter(a -> a.feature().equals(f))
                    .count(), f + " survival per endpoint");
        }
        assertEquals(significant.size() * d.survival().endpoints().size(), s.survival().size());
        for (SurvivalAnalysis a : s.survival()) {
            assertEquals(grouped, a.low().subjects() + a.high().subjects() + a.excludedMissing(), a.feature());
            if (a.logRankPValue() != null) {
                assertProbability(a.logRankPValue(), a.feature());
            }
        }
        if (significant.isEmpty()) {
            assertTrue(s.table3().isEmpty() && s.table4().isEmpty() && s.survival().isEmpty());
            assertTrue(s.warnings().stream().anyMatch(w -> w.message().contains("no feature is significant")
                    || w.message().contains("no feature could be tested")), "zero significant stated");
        }
        for (ClinicalComparison c : s.table1()) {
            if (c.pValue() != null) {
                assertProbability(c.pValue(), c.variable());
            }
        }
        for (LogisticTerm t : s.table5Univariate()) {
            if (t.pValue() != null) {
                assertProbability(t.pValue(), t.term());
            }
        }
        for (InterReaderIcc i : s.icc()) {
            assertProbability(i.pValue(), i.feature());
            assertEquals(i.form(), d.icc().form());
        }
        assertTrue(s.methods().contains(d.grouping().describe()), "methods state the grouping");
        assertTrue(s.methods().contains("not an external validation") || d.synthetic().positiveCount()
                + d.synthetic().negativeCount() == 0, "methods say what the synthetic cohort is");
    }

    private static void assertProbability(double p, String what) {
        assertTrue(p >= 0 && p <= 1, what + ": P = " + p + " not in [0, 1]");
    }

    static CohortTable reference() throws IOException {
        return CohortTable.read(OracleFiles.statsDir().resolve("cohort").resolve("inputs").resolve("cohort_01.csv"));
    }

    @Test
    void referenceCohortIsConsistent() throws IOException {
        StudyDesign d = StudyPipelineOracleTest.oracleDesign();
        StudyResult s = StudyPipeline.of(d).analyze(reference());
        assertConsistent(d, s);
        assertFalse(s.significantFeatures().isEmpty());
        assertTrue(s.synthetic().generated());
        assertEquals(87, s.synthetic().positiveCount());
        assertEquals(90, s.synthetic().negativeCount());
    }

    @Test
    void pfsThresholdRuleWithInferredClinicalVariablesAndPrefix() throws IOException {
        StudyDesign d = StudyDesign.builder(GroupingRule.threshold("pfs_months", ThresholdOperator.LESS_OR_EQUAL,
                11)).groupLabels("Non-responders", "Responders").reader2Prefix("r2_")
                .survivalEndpoint("OS", "os_months", "death").logisticOutcomeColumn("death").build();
        StudyResult s = StudyPipeline.of(d).withSoftwareVersion("9.9.9-test").analyze(reference());
        assertConsistent(d, s);
        assertEquals(10, s.features().size(), "the 10 original_ columns; r2_ columns are not features");
        assertTrue(s.table1().stream().map(ClinicalComparison::variable).toList().containsAll(List.of("age", "sex",
                "grade", "ki67", "primary_site", "response", "progression")), "inferred clinical variables");
        assertEquals(VariableKind.CATEGORICAL, s.table1().stream().filter(c -> c.variable().equals("response"))
                .findFirst().orElseThrow().kind(), "a 0/1 column is inferred categorical");
        assertEquals(VariableKind.CONTINUOUS, s.table1().stream().filter(c -> c.variable().equals("age"))
                .findFirst().orElseThrow().kind());
        assertTrue(s.methods().contains("radiomics4j 9.9.9-test"));
        assertTrue(s.methods().contains(System.getProperty("java.version")));
    }

    @Test
    void sameSeedSameResultOtherSeedOtherSyntheticCohort() throws IOException {
        StudyDesign d = StudyPipelineOracleTest.oracleDesign();
        CohortTable t = reference();
        StudyResult a = StudyPipeline.of(d).analyze(t);
        StudyResult b = StudyPipeline.of(d).analyze(t);
        assertEquals(a, b, "deterministic for a fixed seed");
        StudyResult c = StudyPipeline.of(d.withSyntheticCohort(87, 90, d.synthetic().seed() + 1)).analyze(t);
        assertEquals(a.table3(), c.table3(), "the study cohort does not depend on the seed");
        assertNotEquals(a.table4(), c.table4(), "another seed, another synthetic cohort");
    }

    @Test
    void zeroSignificantFeaturesLeavesTables3And4AndSurvivalEmpty() throws IOException {
        StudyDesign d = StudyPipelineOracleTest.oracleDesign().withAlpha(1e-9);
        StudyResult s = StudyPipeline.of(d).analyze(reference());
        assertConsistent(d, s);
        assertTrue(s.significantFeatures().isEmpty());
        String md = StudyReportTables.forMarkdown().table3(s).toMarkdown();
        assertTrue(md.contains("(none)") && md.contains("No feature was significant"), md);
    }

    /**
     * {@code featurePattern} selects the columns whose whole name matches it, in table order, instead of the prefix;
     * the second reader's copies never match; a pattern that matches nothing, or is not a regular expression, is
     * an error naming the field.
     */
    @Test
    void featurePatternSelectsWholeNamesInsteadOfThePrefix() throws IOException {
        StudyDesign d = StudyDesign.builder(GroupingRule.threshold("pfs_months", ThresholdOperator.LESS_OR_EQUAL,
                11)).reader2Prefix("r2_").clinicalVariables(List.of(ClinicalVariable.continuous("age")))
                .featurePattern("original_(firstorder|glcm)_.+").build();
        assertTrue(d.cohort().isFeatureName("original_glcm_Correlation"));
        assertFalse(d.cohort().isFeatureName("r2_original_glcm_Correlation"));
        assertFalse(d.cohort().isFeatureName("original_shape_Sphericity"));
        StudyResult s = StudyPipeline.of(d).withSoftwareVersion("9.9.9-test").analyze(reference());
        assertEquals(List.of("original_firstorder_Mean", "original_firstorder_Median", "original_firstorder_Entropy",
                "original_firstorder_Skewness", "original_glcm_Correlation", "original_glcm_JointEntropy"),
                s.features());
        assertEquals(6, s.numberOfTests());
        assertTrue(s.icc().stream().allMatch(i -> s.features().contains(i.feature())), "ICC of the selected only");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StudyPipeline.of(
                d.withFeaturePattern("square_.+")).analyze(reference()));
        assertTrue(e.getMessage().contains("featurePattern") && e.getMessage().contains("square_.+"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> d.withFeaturePattern("original_("));
        assertTrue(e.getMessage().contains("featurePattern") && e.getMessage().contains("original_("),
                e.getMessage());
        assertEquals("original_", d.withFeaturePrefix("original_").cohort().featurePrefix());
        assertNull(d.withFeaturePrefix("original_").cohort().featurePattern(), "a prefix replaces the pattern");
    }

    static Stream<Long> seeds() {
        return Stream.of(11L, 2024L, 77_777L, 31_415L);
    }

    /** A random cohort: 30–44 subjects, a PFS-linked feature, noise features, a constant one, missing values. */
    static String randomCohort(long seed) {
        Random rnd = new Random(seed);
        int n = 30 + rnd.nextInt(15);
        StringBuilder b = new StringBuilder("patient_id,pfs_months,os_months,death,age,sex,"
                + "original_signal,original_noise1,original_noise2,original_const,"
                + "r2_original_signal,r2_original_noise1,r2_original_noise2,r2_original_const\n");
        for (int i = 0; i < n; i++) {
            boolean early = i % 2 == 0;
            double pfs = early ? 2 + 9 * rnd.nextDouble() : 11.5 + 20 * rnd.nextDouble();
            double os = pfs + 30 * rnd.nextDouble();
            int death = rnd.nextDouble() < 0.6 ? 1 : 0;
            double signal = (early ? 10 : 7) + rnd.nextGaussian();
            double n1 = rnd.nextGaussian();
            double n2 = Math.exp(rnd.nextGaussian());
            String age = rnd.nextDouble() < 0.1 ? "NA" : Integer.toString(45 + rnd.nextInt(35));
            String noise1 = rnd.nextDouble() < 0.1 ? "" : fmt(n1);
            b.append(String.format(Locale.ROOT, "S%03d,%s,%s,%d,%s,%s,%s,%s,%s,5,%s,%s,%s,5%n", i, fmt(pfs),
                    fmt(os), death, age, rnd.nextBoolean() ? "F" : "M", fmt(signal), noise1, fmt(n2),
                    fmt(signal + 0.2 * rnd.nextGaussian()), fmt(n1 + 0.5 * rnd.nextGaussian()),
                    fmt(n2 * (1 + 0.1 * rnd.nextGaussian()))));
        }
        return b.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /**
     * A feature that varies only in a subject whose second reading is missing: over the subjects with both readings
     * every value is the same, so the ICC is 0/0. The study goes on and says why that feature has no ICC.
     */
    @Test
    void undefinedIccBecomesAWarningNotAFailure() {
        String[] lines = randomCohort(1).split("\n");
        StringBuilder b = new StringBuilder(lines[0]).append(",original_tail,r2_original_tail\n");
        for (int i = 1; i < lines.length; i++) {
            boolean last = i == lines.length - 1;
            b.append(lines[i]).append(last ? ",9," : ",5,5").append('\n');
        }
        CohortTable t = CohortTable.parse(b.toString(), "cohort with an ICC-less feature", CsvOptions.defaults());
        StudyDesign d = StudyDesign.builder(GroupingRule.threshold("pfs_months", ThresholdOperator.LESS_OR_EQUAL,
                11)).clinicalVariables(List.of(ClinicalVariable.continuous("age"))).reader2Prefix("r2_")
                .survivalEndpoint("OS", "os_months", "death").logisticOutcomeColumn("death")
                .syntheticCohort(40, 40, 1).build();
        StudyResult s = StudyPipeline.of(d).analyze(t);
        assertTrue(s.features().contains("original_tail"));
        assertTrue(s.icc().stream().noneMatch(i -> i.feature().equals("original_tail")));
        assertTrue(s.warnings().stream().anyMatch(w -> w.analysis().equals("ICC") && w.subject().equals("original_tail")
                && w.message().startsWith("no ICC")), s.warnings().toString());
        assertTrue(s.icc().stream().anyMatch(i -> i.feature().equals("original_signal")), "other features keep their ICC");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomCohortsAreConsistent(long seed) {
        CohortTable t = CohortTable.parse(randomCohort(seed), "random cohort seed " + seed, CsvOptions.defaults());
        StudyDesign d = StudyDesign.builder(GroupingRule.threshold("pfs_months", ThresholdOperator.LESS_OR_EQUAL,
                11)).clinicalVariables(List.of(ClinicalVariable.continuous("age"),
                        ClinicalVariable.categorical("sex", "F", "M"))).reader2Prefix("r2_")
                .survivalEndpoint("OS", "os_months", "death").logisticOutcomeColumn("death")
                .syntheticCohort(40, 40, seed).build();
        StudyResult s = StudyPipeline.of(d).analyze(t);
        assertConsistent(d, s);
        assertEquals(List.of("original_const"), s.droppedFeatures(), "constant feature dropped (seed " + seed + ")");
        assertEquals(3, s.numberOfTests());
        int missingNoise = t.missingCount("original_noise1");
        FeatureComparison noise = s.featureComparison("original_noise1");
        assertEquals(missingNoise, noise.excludedMissing(), "missing values counted (seed " + seed + ")");
        if (missingNoise > 0) {
            assertTrue(s.exclusions().stream().anyMatch(e -> e.analysis().equals("Table 2")
                    && e.variable().equals("original_noise1") && e.excluded() == missingNoise));
        }
        ClinicalComparison age = s.table1().get(0);
        assertEquals(t.missingCount("age"), age.excludedMissing(), "age missing counted (seed " + seed + ")");
        assertTrue(s.featureComparison("original_signal").significant(), "a 3-SD effect is found (seed " + seed
                + ")");
    }

    /**
     * The reference cohort rewritten in long format (one row per subject, reader and phase; a decoy "arterial"
     * phase with shifted values) gives the same tables as the wide layout: the phase and reader selection and the
     * id matching of the second reader are exact re-arrangements.
     */
    @Test
    void longFormatWithPhaseAndReaderColumnsEqualsWideFormat() throws IOException {
        CohortTable wide = reference();
        List<String> cols = wide.columnNames();
        List<String> base = cols.stream().filter(c -> !c.startsWith("r2_")).toList();
        StringBuilder b = new StringBuilder(String.join(",", base)).append(",phase,reader\n");
        String[] phases = {"arterial", "portal"};
        // reversed subject order for reader 2 so that matching must go by id
        for (String phase : phases) {
            for (int reader = 1; reader <= 2; reader++) {
                for (int k = 0; k < wide.rowCount(); k++) {
                    int i = reader == 1 ? k : wide.rowCount() - 1 - k;
                    List<String> cells = new ArrayList<>();
                    for (String c : base) {
                        String source = reader == 2 && c.startsWith("original_") ? "r2_" + c : c;
                        String v = wide.stringColumn(source)[i];
                        if (phase.equals("arterial") && c.startsWith("original_")) {
                            v = fmt(Double.parseDouble(v) * 1.5 + 1);
                        }
                        cells.add(v);
                    }
                    b.append(String.join(",", cells)).append(',').append(phase).append(',').append(reader)
                            .append('\n');
                }
            }
        }
        CohortTable longTable = CohortTable.parse(b.toString(), "long", CsvOptions.defaults());
        StudyDesign wideDesign = StudyPipelineOracleTest.oracleDesign().withSyntheticCohort(0, 0, 1);
        StudyDesign longDesign = wideDesign.toBuilder().reader2Prefix(null).phaseColumn("phase", "portal")
                .readerColumn("reader", "1", "2").build();
        StudyResult w = StudyPipeline.of(wideDesign).analyze(wide);
        StudyResult l = StudyPipeline.of(longDesign).analyze(longTable);
        assertConsistent(longDesign, l);
        assertEquals(w.subjects(), l.subjects());
        assertEquals(w.table1(), l.table1());
        assertEquals(w.table2(), l.table2());
        assertEquals(w.table3(), l.table3());
        assertEquals(w.survival(), l.survival());
        assertEquals(w.table5Univariate(), l.table5Univariate());
        assertEquals(w.icc().size(), l.icc().size());
        for (int i = 0; i < w.icc().size(); i++) {
            assertEquals(w.icc().get(i).icc(), l.icc().get(i).icc(), 0.0, w.icc().get(i).feature());
            assertEquals(w.icc().get(i).confidenceInterval(), l.icc().get(i).confidenceInterval());
            assertEquals("reader = 2", l.icc().get(i).reader2Column());
        }
        assertTrue(l.methods().contains("phase = 'portal'"), l.methods());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StudyPipeline.of(
                longDesign.withPhaseColumn("phase", "venous")).analyze(longTable));
        assertTrue(e.getMessage().contains("venous") && e.getMessage().contains("portal"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StudyPipeline.of(longDesign.toBuilder()
                .phaseColumn(null, null).build()).analyze(longTable));
        assertTrue(e.getMessage().contains("more than once"), e.getMessage());
    }

    /** The example of the package documentation, run as written. */
    @Test
    void packageDocumentationExampleRuns() throws IOException {
        CohortTable table = reference();
        StudyDesign design = StudyDesign.builder(
                GroupingRule.threshold("pfs_months", ThresholdOperator.LESS_OR_EQUAL, 11))
            .groupLabels("PFS <= 11 months", "PFS > 11 months")
            .featurePrefix("original_")
            .reader2Prefix("r2_")
            .survivalEndpoint("OS", "os_months", "death")
            .logisticOutcomeColumn("death")
            .syntheticCohort(87, 90, 42)
            .build();
        StudyResult result = StudyPipeline.of(design).withSoftwareVersion("0.1.0").analyze(table);
        String report = StudyReportTables.markdownReport(result);
        String table2Csv = StudyReportTables.forCsv().table2(result).toCsv();
        assertConsistent(design, result);
        assertTrue(report.contains("PFS <= 11 months"));
        assertEquals(11, table2Csv.lines().count());
        assertTrue(result.toString().startsWith("StudyResult[25 subjects: "), result.toString());
    }

    /**
     * Separation (a feature that perfectly predicts the outcome) gives a Table 5 row without estimates and a
     * warning; a chi-square forced on small expected counts is warned about too.
     */
    @Test
    void separationAndLowExpectedCountsAreWarned() {
        StringBuilder b = new StringBuilder("patient_id,g,dead,sex,original_sep,original_noise\n");
        Random rnd = new Random(5);
        for (int i = 0; i < 24; i++) {
            int dead = i % 3 == 0 ? 1 : 0;
            b.append(String.format(Locale.ROOT, "P%02d,%d,%d,%s,%s,%s%n", i, i % 2, dead, i % 5 == 0 ? "M" : "F",
                    fmt(dead * 10 + rnd.nextDouble()), fmt(rnd.nextGaussian())));
        }
        CohortTable t = CohortTable.parse(b.toString(), "separation", CsvOptions.defaults());
        StudyDesign d = StudyDesign.builder(GroupingRule.binaryColumn("g")).logisticOutcomeColumn("dead")
                .clinicalVariables(List.of(ClinicalVariable.categorical("sex")))
                .categoricalTest(CategoricalTestRule.CHI_SQUARE).syntheticCohort(0, 0, 1).build();
        StudyResult s = StudyPipeline.of(d).analyze(t);
        assertConsistent(d, s);
        LogisticTerm sep = s.table5Univariate().stream().filter(x -> x.term().equals("original_sep")).findFirst()
                .orElseThrow();
        assertNotEquals(org.radiomics4j.stats.regression.Separation.NONE, sep.separation());
        assertNull(sep.oddsRatio());
        assertNull(sep.pValue());
        assertTrue(s.warnings().stream().anyMatch(w -> w.subject().equals("original_sep")
                && w.message().contains("separation")), s.warnings().toString());
        ClinicalComparison sex = s.table1().get(0);
        assertTrue(sex.lowExpectedCounts());
        assertTrue(sex.test() == TestUsed.CHI_SQUARE_YATES);
        assertTrue(s.warnings().stream().anyMatch(w -> w.subject().equals("sex")
                && w.message().contains("expected count below 5")), s.warnings().toString());
        String md = StudyReportTables.forMarkdown().table5Univariate(s).toMarkdown();
        assertTrue(md.contains("| original_sep | original_sep | ") && md.contains("| 24 | 8 | – | – | – | separation"),
                md);
    }

    @Test
    void designErrorsNameTheField() throws IOException {
        GroupingRule g = GroupingRule.binaryColumn("response");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StudyDesign.builder(g).alpha(0).build());
        assertTrue(e.getMessage().contains("alpha"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StudyDesign.builder(g).syntheticCohort(-1, 5, 1)
                .build());
        assertTrue(e.getMessage().contains("syntheticPositiveCount"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StudyDesign.builder(g).groupLabels("A", "A").build());
        assertTrue(e.getMessage().contains("positiveLabel"), e.getMessage());
        CohortTable t = reference();
        e = assertThrows(IllegalArgumentException.class, () -> StudyPipeline.of(StudyDesign.builder(g)
                .featureColumns(List.of("original_nope")).build()).analyze(t));
        assertTrue(e.getMessage().contains("design.featureColumns") && e.getMessage().contains("original_nope"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StudyPipeline.of(StudyDesign.builder(
                GroupingRule.binaryColumn("age")).build()).analyze(t));
        assertTrue(e.getMessage().contains("design.grouping.column") && e.getMessage().contains("row"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> StudyPipeline.of(StudyDesign.builder(g)
                .reader2Prefix("r3_").build()).analyze(t));
        assertTrue(e.getMessage().contains("reader2Prefix"), e.getMessage());
    }

    @Test
    void resultSerialisesWithPlainJackson() throws IOException {
        StudyResult s = StudyPipeline.of(StudyPipelineOracleTest.oracleDesign()).analyze(reference());
        ObjectMapper m = new ObjectMapper();
        JsonNode j = m.readTree(m.writeValueAsString(s));
        assertEquals(s.table2().size(), j.path("table2").size());
        assertEquals(s.significantFeatures().get(0), j.path("table3").get(0).path("feature").asText());
        assertNotNull(j.path("table5Multivariable").path("auc").numberValue());
        assertEquals("ICC2_1", j.path("icc").get(0).path("form").asText());
        assertTrue(j.path("methods").asText().contains("ADASYN"));
    }
}
