package org.radiomics4j.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.radiomics4j.study.demo.DemoCohort;
import org.radiomics4j.stats.study.CohortLayout;
import org.radiomics4j.stats.study.StudyDesign;

/**
 * The feature-name rule against the names PyRadiomics itself writes: every feature of
 * {@code testdata/pyradiomics-filters/expected.csv} (PyRadiomics' output for 12 image-type configurations: original,
 * LoG, wavelet, square, square root, logarithm, exponential, gradient, LBP 2D and 3D) and of the shape2D baseline
 * is a feature; PyRadiomics' diagnostics keys ({@code testdata/pyradiomics/baseline/settings.csv}), the second
 * reader's copies and the clinical columns of the reference cohort are not.
 */
class FeatureNamesTest {
    private static Path testdata() {
        String p = System.getProperty("radiomics.testdata");
        return p != null ? Path.of(p) : Path.of("..", "testdata");
    }

    private static Set<String> column(Path csv, String name) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        int i = List.of(lines.get(0).split(",")).indexOf(name);
        Set<String> out = new TreeSet<>();
        for (String l : lines.subList(1, lines.size())) {
            out.add(l.split(",", -1)[i]);
        }
        return out;
    }

    @Test
    void everyPyRadiomicsFeatureNameOfEveryImageTypeMatches() throws IOException {
        Set<String> names = column(testdata().resolve("pyradiomics-filters/expected.csv"), "feature");
        names.addAll(column(testdata().resolve("pyradiomics/baseline/shape2D.csv"), "feature"));
        Set<String> imageTypes = new TreeSet<>();
        for (String n : names) {
            assertTrue(FeatureNames.isFeature(n), n);
            assertFalse(FeatureNames.isFeature(StudyConfig.READER2_PREFIX + n), StudyConfig.READER2_PREFIX + n);
            imageTypes.add(n.substring(0, n.indexOf('_')));
        }
        // all of PyRadiomics' image type names occur in the reference, so the check above covers each alternative
        assertEquals(Set.of("original", "log-sigma-1-0-mm-3D", "log-sigma-3-0-mm-3D", "wavelet-LLL", "wavelet-LLH",
                "wavelet-LHL", "wavelet-LHH", "wavelet-HLL", "wavelet-HLH", "wavelet-HHL", "wavelet-HHH", "square",
                "squareroot", "logarithm", "exponential", "gradient", "lbp-2D", "lbp-3D-m1", "lbp-3D-m2", "lbp-3D-k"),
                imageTypes);
    }

    @Test
    void diagnosticsAndClinicalColumnsAreNotFeatures() throws IOException {
        Set<String> keys = column(testdata().resolve("pyradiomics/baseline/settings.csv"), "setting");
        long diagnostics = keys.stream().filter(k -> k.startsWith("diagnostics_")).count();
        assertTrue(diagnostics > 10, keys.toString());
        for (String k : keys) {
            assertFalse(FeatureNames.isFeature(k), k);
        }
        for (String c : List.of("patient_id", "age", "sex", "pfs_months", "gradient_score", "square_root_of_dose",
                "original_notes", "wavelet-LLH_firstorder_", "Image", "Mask", "error", "phase", "reader")) {
            assertFalse(FeatureNames.isFeature(c), c);
        }
    }

    @Test
    void studyDesignSelectsByTheSameRule() {
        CohortLayout l = StudyConfig.parse(DemoCohort.STUDY_YAML, Path.of("/data/study/study.yaml")).design("arterial").cohort();
        for (String c : List.of("original_glcm_Correlation", "square_firstorder_Mean", "wavelet2-HLL_glszm_ZoneEntropy",
                "log-sigma-0-5-mm-3D_ngtdm_Busyness", "r2_square_firstorder_Mean", "diagnostics_Versions_PyRadiomics",
                "gradient_score", "age")) {
            assertEquals(FeatureNames.isFeature(c), l.isFeatureName(c), c);
        }
        assertTrue(l.isFeatureName("square_firstorder_Mean"));
        assertFalse(l.isFeatureName("r2_square_firstorder_Mean"));
        // the statistics' default stays the prefix original_
        CohortLayout d = StudyDesign.builder(l.grouping()).build().cohort();
        assertTrue(d.isFeatureName("original_anything") && !d.isFeatureName("square_firstorder_Mean"));
    }
}
