package org.example.radiomics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.extract.FeatureSet;
import org.radiomics4j.stats.test.GroupComparison;

/**
 * Expected values come from outside radiomics4j: PyRadiomics' regression baseline
 * (testdata/pyradiomics/baseline, read here at run time) and R 4.2.2 (testdata/stats).
 */
class FeatureStudyTest {
    private static final Path TESTDATA = Path.of(System.getProperty("radiomics.testdata", "../../testdata"));

    /**
     * brain1's GLCM Correlation and GLSZM Zone Entropy as PyRadiomics computed them (binWidth 25, label 1; the
     * base case's voxelArrayShift does not enter texture features). 1e-9 relative: the tolerance radiomics4j
     * claims for every baseline value (PyRadiomics printed 15 to 17 significant digits).
     */
    @Test
    void brain1MatchesPyRadiomicsBaseline() throws IOException {
        Path images = TESTDATA.resolve("pyradiomics/images");
        FeatureSet f = FeatureStudy.extract(images.resolve("brain1_image.nrrd"), images.resolve("brain1_label.nrrd"));
        assertEquals(107, f.size());
        for (String[] ref : List.of(new String[] {"glcm", "original_glcm_Correlation"},
                new String[] {"glszm", "original_glszm_ZoneEntropy"})) {
            double expected = baseline(ref[0], "brain1", ref[1]);
            assertEquals(expected, f.get(ref[1]), 1e-9 * Math.abs(expected), ref[1]);
        }
    }

    /**
     * Shapiro-Wilk W of group A of testdata/stats/group_comparison case gc01, as R 4.2.2's
     * {@code shapiro.test(x)} printed it (expected.json, cases[gc01_normal_equal_n].expected.R.shapiro_wilk.x.W =
     * 0.9792415264791, 13 significant digits): 1e-9 relative.
     */
    @Test
    void shapiroWilkMatchesR() throws IOException {
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        List<String> lines = Files.readAllLines(TESTDATA.resolve("stats/group_comparison/inputs/gc01_normal_equal_n.csv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            (cells[0].equals("A") ? a : b).add(Double.parseDouble(cells[1]));
        }
        GroupComparison.Result r = FeatureStudy.compare(a.stream().mapToDouble(Double::doubleValue).toArray(),
                b.stream().mapToDouble(Double::doubleValue).toArray());
        assertEquals(0.9792415264791, r.normalityX().w(), 1e-9 * 0.9792415264791);
    }

    /** The value of {@code feature} for {@code caseName} in PyRadiomics' baseline/{@code family}.csv. */
    private static double baseline(String family, String caseName, String feature) throws IOException {
        for (String line : Files.readAllLines(TESTDATA.resolve("pyradiomics/baseline/" + family + ".csv"))) {
            String[] c = line.split(","); // case,image,mask,feature,value
            if (c[0].equals(caseName) && c[3].equals(feature)) {
                return Double.parseDouble(c[4]);
            }
        }
        throw new IllegalStateException(feature + " of " + caseName + " not in baseline/" + family + ".csv");
    }
}
