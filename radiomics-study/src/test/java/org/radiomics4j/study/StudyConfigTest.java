package org.radiomics4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.radiomics4j.study.demo.DemoCohort;
import org.radiomics4j.stats.study.ClinicalVariable;
import org.radiomics4j.stats.study.MultipleTestingCorrection;
import org.radiomics4j.stats.study.StudyDesign;
import org.radiomics4j.stats.study.ThresholdOperator;
import org.radiomics4j.stats.study.VariableKind;

class StudyConfigTest {
    private static final Path FILE = Path.of("/data/study/study.yaml");

    private static StudyConfigException fails(String yaml) {
        return assertThrows(StudyConfigException.class, () -> StudyConfig.parse(yaml, FILE));
    }

    @Test
    void demoConfigMapsOntoTheDesign() {
        StudyConfig c = StudyConfig.parse(DemoCohort.STUDY_YAML, FILE);
        assertEquals(Path.of("/data/study/cases.csv"), c.cases());
        assertNull(c.features());
        assertEquals(List.of("arterial", "portal"), c.phases());
        assertEquals(List.of("reader1", "reader2"), c.readers());
        assertEquals(Path.of("/data/study/params.yaml"), c.parameters());
        assertEquals(Path.of("/data/study/results"), c.output());
        assertEquals(2, c.threads());
        StudyDesign d = c.design("portal");
        assertEquals("portal", d.cohort().phase());
        assertEquals("pfs_months", d.grouping().column());
        assertEquals(ThresholdOperator.GREATER, d.grouping().operator());
        assertEquals(11.0, d.grouping().threshold());
        assertEquals("Responders", d.cohort().positiveLabel());
        assertEquals(2, d.survival().endpoints().size());
        assertEquals("os_months", d.survival().endpoints().get(1).timeColumn());
        assertEquals("death", d.logistic().outcomeColumn());
        assertEquals(new ClinicalVariable("grade", VariableKind.ORDINAL, List.of("G1", "G2")),
                d.table1().variables().get(3));
        assertEquals(MultipleTestingCorrection.BONFERRONI, d.comparison().correction());
        assertEquals(87, d.synthetic().positiveCount());
        assertEquals(90, d.synthetic().negativeCount());
        assertEquals(StudyConfig.READER2_PREFIX, d.cohort().reader2Prefix());
        assertEquals("original_", d.cohort().featurePrefix());
        assertEquals(FeatureNames.REGEX, d.cohort().featurePattern());
    }

    @Test
    void defaultsForAMinimalConfig() {
        StudyConfig c = StudyConfig.parse("cases: c.csv\nphases: [portal]\ngrouping: {column: responder}\n", FILE);
        assertEquals(List.of("reader1"), c.readers());
        assertNull(c.parameters());
        assertEquals(1, c.threads());
        assertEquals(0.05, c.alpha());
        StudyDesign d = c.design("portal");
        assertTrue(d.grouping().isBinaryColumn());
        assertNull(d.cohort().reader2Prefix());
        assertEquals("patient_id", d.cohort().idColumn());
    }

    /** The sections added by issue 8 map one to one onto the design's settings records. */
    @Test
    void logisticIccSyntheticAndSurvivalUnitSections() {
        StudyConfig c = StudyConfig.parse("cases: c.csv\nphases: [portal]\ngrouping: {column: r}\n"
                + "survivalTimeUnit: weeks\nsynthetic: {positive: 10, negative: 12, seed: 3, neighbours: 4, "
                + "standardize: false}\nlogistic: {scale: iqr, minCandidates: 2, bootstrapResamples: 50, "
                + "bootstrapSeed: 9}\nicc: {minimum: 0.75}\n", FILE);
        StudyDesign d = c.design("portal");
        assertEquals("weeks", d.survival().timeUnit());
        assertEquals(new org.radiomics4j.stats.study.SyntheticCohortSettings(10, 12, 3, 4, false, 0.95, 0.05),
                d.synthetic());
        assertEquals(org.radiomics4j.stats.regression.PredictorScale.IQR, d.logistic().scale());
        assertEquals(2, d.logistic().minCandidates());
        assertEquals(50, d.logistic().optimismResamples());
        assertEquals(9, d.logistic().optimismSeed());
        assertEquals(0.75, d.icc().minimum());
        StudyDesign def = StudyConfig.parse("cases: c.csv\nphases: [portal]\ngrouping: {column: r}\n", FILE)
                .design("portal");
        assertEquals(org.radiomics4j.stats.regression.PredictorScale.SD, def.logistic().scale(), "per SD by default");
        assertTrue(def.synthetic().standardize(), "standardised ADASYN by default");
        assertEquals(0, def.logistic().minCandidates(), "no forced candidates by default");
        StudyConfigException e = fails("cases: c.csv\nphases: [portal]\ngrouping: {column: r}\n"
                + "logistic: {scale: perunit}\n");
        assertEquals(4, e.line());
        assertEquals("logistic.scale", e.field());
    }

    @Test
    void unknownKeyNamesLineFieldAndSuggestion() {
        StudyConfigException e = fails("cases: c.csv\nphases: [portal]\ngrouping: {column: r}\ntreads: 2\n");
        assertEquals(4, e.line());
        assertEquals("treads", e.field());
        assertTrue(e.getMessage().contains("study.yaml line 4, field treads"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'threads'"), e.getMessage());
    }

    @Test
    void badOperatorNamesItsLineAndField() {
        StudyConfigException e = fails("""
                cases: c.csv
                phases: [portal]
                grouping:
                  column: pfs_months
                  operator: "=>"
                  threshold: 11
                """);
        assertEquals(5, e.line());
        assertEquals("grouping.operator", e.field());
        assertTrue(e.getMessage().contains("'=>'"), e.getMessage());
    }

    @Test
    void nestedErrorsNameTheItem() {
        StudyConfigException e = fails("""
                cases: c.csv
                phases: [portal]
                grouping: {column: r}
                clinical:
                  - {name: age, kind: continuous}
                  - {name: grade, kind: ordered}
                """);
        assertEquals(6, e.line());
        assertEquals("clinical[1].kind", e.field());
        assertTrue(e.getMessage().contains("'ordered'"), e.getMessage());

        e = fails("cases: c.csv\nphases: [portal]\ngrouping: {column: r}\nalpha: 1.5\n");
        assertEquals(4, e.line());
        assertEquals("alpha", e.field());
        assertTrue(e.getMessage().contains("1.5"), e.getMessage());

        e = fails("cases: c.csv\nphases: [portal]\ngrouping: {column: r}\nsynthetic:\n  positive: -3\n");
        assertEquals(5, e.line());
        assertEquals("synthetic.positive", e.field());

        e = fails("cases: c.csv\nphases: [portal]\ngrouping: {column: r}\ncorrection: bonferoni\n");
        assertEquals("correction", e.field());
        assertTrue(e.getMessage().contains("benjamini_hochberg"), e.getMessage());
    }

    @Test
    void missingRequiredFields() {
        assertEquals("grouping", fails("cases: c.csv\nphases: [portal]\n").field());
        assertEquals("phases", fails("cases: c.csv\ngrouping: {column: r}\n").field());
        assertEquals("cases", fails("phases: [portal]\ngrouping: {column: r}\n").field());
        assertEquals("grouping.threshold",
                fails("cases: c.csv\nphases: [p]\ngrouping: {column: r, operator: '<='}\n").field());
        assertEquals("readers", fails("cases: c.csv\nphases: [p]\nreaders: [a, b, c]\ngrouping: {column: r}\n")
                .field());
    }

    @Test
    void yamlSyntaxErrorNamesTheLine() {
        StudyConfigException e = fails("cases: c.csv\nphases: [portal\ngrouping: {column: r}\n");
        assertTrue(e.line() >= 2, "line " + e.line());
        assertTrue(e.getMessage().startsWith(FILE.toString()), e.getMessage());
    }
}
