package org.radiomics4j.core.features.glcm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.WeightingNorm;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.features.internal.IbsiReference;
import org.radiomics4j.core.features.internal.TextureVolumes;

class GlcmTest {

    private static ExtractionSettings allFeatures(ExtractionSettings s) {
        Set<String> names = Arrays.stream(GlcmFeature.values()).map(GlcmFeature::pyradiomicsName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return s.withEnabledFeatures(Map.of(FeatureClass.GLCM, names));
    }

    /** The worked example in PyRadiomics' glcm.py docstring: 5×5 image, δ = 1, 0° with 180°, symmetric. */
    @Test
    void docstringExampleMatrix() {
        int[][] image = {{1, 2, 5, 2, 3}, {3, 2, 1, 3, 1}, {1, 3, 5, 5, 2}, {1, 1, 1, 1, 2}, {1, 2, 4, 3, 5}};
        double[][] expected = {{6, 4, 3, 0, 0}, {4, 0, 2, 1, 3}, {3, 2, 0, 1, 2}, {0, 1, 1, 0, 0}, {0, 3, 2, 0, 2}};
        GlcmMatrix m = Glcm.of(ExtractionSettings.defaults()).matrix(TextureVolumes.slice(image));
        assertEquals(List.of(1, 2, 3, 4, 5), m.grayLevels());
        int a = directionIndex(m, new int[] {0, 0, 1});
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                assertEquals(expected[i][j], m.count(a, i, j), "P(" + (i + 1) + "," + (j + 1) + ")");
            }
        }
        assertEquals(4, m.matrixCount(), "a one-slice ROI has the 4 in-plane directions");
    }

    private static int directionIndex(GlcmMatrix m, int[] d) {
        List<int[]> dirs = m.directions();
        for (int k = 0; k < dirs.size(); k++) {
            if (Arrays.equals(dirs.get(k), d)) {
                return k;
            }
        }
        throw new AssertionError("direction " + Arrays.toString(d) + " missing");
    }

    /**
     * IBSI digital phantom (grey levels used as they are). PyRadiomics' default is IBSI "3D, averaged" (ITBB);
     * {@code no_weighting} is "3D, merged" (IAZD); force2D pools the slices per direction, IBSI "2.5D,
     * direction-merged" (JJUI). Reference values are rounded to 3 significant digits; compared as the IBSI README
     * recommends.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"'3D, averaged',NONE,false", "'3D, merged',NO_WEIGHTING,false", "'2.5D, direction-merged',NONE,true"})
    void ibsiDigitalPhantom(String aggregation, WeightingNorm norm, boolean force2D) {
        ExtractionSettings s = allFeatures(ExtractionSettings.defaults().withWeightingNorm(norm)
                .withForce2D(force2D));
        // ND4J lives in radiomics-nd4j; Nd4jFamiliesAgreementTest there compares it with these values
        for (ComputeBackend backend : new ComputeBackend[] {ComputeBackend.JAVA}) {
            FamilyResult<?> r = Glcm.of(s, backend).compute(TextureVolumes.ibsiPhantom());
            List<IbsiReference> refs = IbsiReference.phantom("glcm", aggregation);
            int checked = 0;
            List<String> failures = new ArrayList<>();
            for (IbsiReference ref : refs) {
                for (GlcmFeature f : GlcmFeature.values()) {
                    if (ref.ibsiCode().equals(f.ibsiCode())) {
                        checked++;
                        double v = r.get(f.pyradiomicsName());
                        if (!ref.matches(v)) {
                            failures.add(f + " " + v + " vs IBSI " + ref.value());
                        }
                    }
                }
            }
            assertTrue(checked >= 25, "IBSI rows matched: " + checked);
            assertTrue(failures.isEmpty(), backend + " " + aggregation + ": " + failures);
        }
    }

    /** README §7 (values of PyRadiomics' flatRegion baseline): one grey level, every matrix 1×1. */
    @Test
    void flatRegionValues() {
        int[] lev = new int[4 * 3 * 2];
        Arrays.fill(lev, 1);
        lev[5] = 0;
        GrayLevelVolume v = GrayLevelVolume.of(lev, 4, 3, 2);
        // ND4J lives in radiomics-nd4j; Nd4jFamiliesAgreementTest there compares it with these values
        for (ComputeBackend backend : new ComputeBackend[] {ComputeBackend.JAVA}) {
            FamilyResult<?> r = Glcm.of(allFeatures(ExtractionSettings.defaults()), backend).compute(v);
            for (String one : List.of("Correlation", "MCC", "Id", "Idm", "Idmn", "Idn", "JointEnergy",
                    "MaximumProbability", "JointAverage", "Autocorrelation")) {
                assertEquals(1.0, r.get(one), 0.0, one);
            }
            assertEquals(2.0, r.get("SumAverage"), 0.0);
            for (String zero : List.of("Imc1", "Imc2", "Contrast", "ClusterShade", "ClusterProminence",
                    "ClusterTendency", "SumSquares", "DifferenceAverage", "DifferenceVariance", "InverseVariance")) {
                assertEquals(0.0, r.get(zero), 0.0, zero);
            }
            // −log2(1 + ε) = −3.203426503814918e-16 (README §6), absolute tolerance 1e-30
            for (String ent : List.of("JointEntropy", "DifferenceEntropy", "SumEntropy")) {
                assertEquals(-3.203426503814918e-16, r.get(ent), 1e-30, ent);
            }
            assertFalse(r.notes().isEmpty(), "flat region must be noted");
        }
    }

    /** The 24 default feature names are exactly PyRadiomics' glcm baseline keys. */
    @Test
    void defaultFeaturesMatchPyRadiomicsBaselineNames() throws IOException {
        Set<String> baseline = new TreeSet<>();
        for (String line : Files.readAllLines(TextureVolumes.testdata().resolve("pyradiomics/baseline/glcm.csv"))) {
            String[] p = line.split(",");
            if (p[0].equals("brain1")) {
                baseline.add(p[3].substring("original_glcm_".length()));
            }
        }
        Set<String> ours = new TreeSet<>();
        for (GlcmFeature f : Glcm.of(ExtractionSettings.defaults()).features()) {
            ours.add(f.pyradiomicsName());
        }
        assertEquals(24, baseline.size());
        assertEquals(baseline, ours);
    }

    @Test
    void unknownFeatureNameThrowsNamingValidOnes() {
        ExtractionSettings s = ExtractionSettings.defaults()
                .withEnabledFeatures(Map.of(FeatureClass.GLCM, Set.of("Corelation")));
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> Glcm.of(s));
        assertTrue(e.getMessage().contains("Corelation") && e.getMessage().contains("Correlation"), e.getMessage());
    }

    @Test
    void deprecatedFeaturesComputedWhenNamedAndEqualTheirTwins() {
        GrayLevelVolume v = TextureVolumes.random(7, 6, 5, 0.1);
        FamilyResult<?> r = Glcm.of(allFeatures(ExtractionSettings.defaults())).compute(v);
        assertEquals(r.get("DifferenceAverage"), r.get("Dissimilarity"), 1e-12);
        assertEquals(r.get("Id"), r.get("Homogeneity1"), 1e-12);
        assertEquals(r.get("Idm"), r.get("Homogeneity2"), 1e-12);
        assertEquals(r.get("ClusterTendency"), r.get("SumVariance"), 1e-9 * r.get("ClusterTendency"));
        FamilyResult<?> d = Glcm.of(ExtractionSettings.defaults()).compute(v);
        assertFalse(d.byName().containsKey("Dissimilarity"));
        assertEquals(24, d.byName().size());
    }

    @Test
    void noNeighbourPairsThrows() {
        int[] lev = new int[3 * 3];
        lev[0] = 1;
        lev[8] = 2;
        GrayLevelVolume v = new GrayLevelVolume(3, 3, 1, lev, 2, new double[] {1, 1, 1});
        ExtractionSettings s = ExtractionSettings.defaults().withDistances(List.of(1));
        RadiomicsException e = assertThrows(RadiomicsException.class, () -> Glcm.of(s).compute(v));
        assertTrue(e.getMessage().contains("GLCM is empty"), e.getMessage());
    }

    /**
     * Weighted merging: PyRadiomics glcm.py multiplies each (symmetric) direction matrix by
     * {@code exp(−‖|d|·spacing‖²)} (euclidean: sum of squares; manhattan: square of the sum; infinity: square of the
     * max) and sums them.
     */
    @ParameterizedTest
    @CsvSource({"EUCLIDEAN", "MANHATTAN", "INFINITY", "NO_WEIGHTING"})
    void weightedMergeIsWeightedSumOfDirections(WeightingNorm norm) {
        int[] lev = new int[4 * 4 * 3];
        for (int i = 0; i < lev.length; i++) {
            lev[i] = 1 + (i * 7 % 5);
        }
        double[] spacing = {0.7, 0.9, 1.3};
        GrayLevelVolume v = new GrayLevelVolume(4, 4, 3, lev, 5, spacing);
        GlcmMatrix per = Glcm.of(ExtractionSettings.defaults()).matrix(v);
        GlcmMatrix merged = Glcm.of(ExtractionSettings.defaults().withWeightingNorm(norm)).matrix(v);
        assertTrue(merged.merged());
        assertEquals(1, merged.matrixCount());
        int n = per.size();
        double[] expected = new double[n * n];
        List<int[]> dirs = per.directions();
        for (int a = 0; a < dirs.size(); a++) {
            double[] s = new double[3];
            for (int k = 0; k < 3; k++) {
                s[k] = Math.abs(dirs.get(a)[k]) * spacing[2 - k];
            }
            double w = switch (norm) {
                case EUCLIDEAN -> Math.exp(-(s[0] * s[0] + s[1] * s[1] + s[2] * s[2]));
                case MANHATTAN -> Math.exp(-Math.pow(s[0] + s[1] + s[2], 2));
                case INFINITY -> Math.exp(-Math.pow(Math.max(s[0], Math.max(s[1], s[2])), 2));
                default -> 1.0;
            };
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    expected[i * n + j] += w * per.count(a, i, j);
                }
            }
        }
        assertArrayEquals(expected, merged.counts(), 1e-12);
    }

    @Test
    void absentLevelsRemovedButKeepTheirValue() {
        // levels 1 and 4 only: the matrix is 2×2, and Idmn uses Ng = 4 (highest bin)
        int[] lev = {1, 4, 1, 4, 4, 1};
        GrayLevelVolume v = GrayLevelVolume.of(lev, 6, 1, 1);
        GlcmMatrix m = Glcm.of(ExtractionSettings.defaults()).matrix(v);
        assertEquals(List.of(1, 4), m.grayLevels());
        assertEquals(4, m.ng());
        FamilyResult<?> r = Glcm.of(ExtractionSettings.defaults()).compute(v);
        // pairs along x: (1,4)(4,1)(1,4)(4,4)(4,1) -> symmetric p: p(1,4)=p(4,1)=4/10, p(4,4)=2/10
        assertEquals(0.8 * 9, r.get("Contrast"), 1e-12);
        assertEquals(0.2 + 0.8 / (1 + 9.0 / 16), r.get("Idmn"), 1e-12);
    }
}
