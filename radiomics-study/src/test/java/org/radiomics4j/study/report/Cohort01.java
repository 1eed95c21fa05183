package org.radiomics4j.study.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.radiomics4j.stats.roc.Direction;
import org.radiomics4j.stats.study.ClinicalVariable;
import org.radiomics4j.stats.study.GroupingRule;
import org.radiomics4j.stats.study.StudyDesign;
import org.radiomics4j.stats.table.CohortTable;

/**
 * The reference cohort {@code testdata/stats/cohort/inputs/cohort_01.csv} with the design of its oracle
 * ({@code testdata/stats/cohort/expected.json}: response as the group, reader-2 prefix r2_).
 */
final class Cohort01 {
    static final List<String> FEATURES = List.of("original_firstorder_Mean", "original_firstorder_Median",
            "original_firstorder_Entropy", "original_firstorder_Skewness", "original_glcm_Correlation",
            "original_glcm_JointEntropy", "original_glrlm_RunLengthNonUniformity",
            "original_glszm_LargeAreaLowGrayLevelEmphasis", "original_glszm_ZoneEntropy",
            "original_shape_Sphericity");

    private Cohort01() {
    }

    static Path testdata() {
        String p = System.getProperty("radiomics.testdata");
        return p != null ? Path.of(p) : Path.of("..", "testdata");
    }

    static CohortTable table() {
        try {
            return CohortTable.read(testdata().resolve("stats/cohort/inputs/cohort_01.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StudyDesign design() {
        List<String> regression = new ArrayList<>(FEATURES);
        regression.addAll(List.of("age", "ki67", "sex", "grade"));
        return StudyDesign.builder(GroupingRule.binaryColumn("response"))
                .featureColumns(FEATURES)
                .reader2Prefix("r2_")
                .clinicalVariables(List.of(ClinicalVariable.continuous("age"),
                        ClinicalVariable.categorical("sex", "F", "M"),
                        ClinicalVariable.ordinal("grade", "G1", "G2", "G3"), ClinicalVariable.continuous("ki67"),
                        ClinicalVariable.categorical("primary_site", "pancreas", "small_intestine", "other")))
                .survivalEndpoint("PFS", "pfs_months", "progression")
                .survivalEndpoint("OS", "os_months", "death")
                .logisticOutcomeColumn("response")
                .regressionVariables(regression)
                .rocDirection(Direction.AUTO_BY_MEDIANS)
                .build();
    }
}
