package org.radiomics4j.core.features.firstorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.discretize.Binning;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

class FirstOrderTest {

    private static final ExtractionSettings W1 = ExtractionSettings.defaults().withBinWidth(1);

    private static FamilyResult<?> on(ExtractionSettings s, double... v) {
        int[] m = new int[v.length];
        java.util.Arrays.fill(m, 1);
        return FirstOrder.of(s).compute(Volume.of(v, v.length, 1, 1), Mask.of(m, v.length, 1, 1));
    }

    /**
     * Values 1..5, binWidth 1: every number below follows by hand from the formulas in testdata/pyradiomics/README.md
     * §2, §6 and §9 (population moments, numpy linear percentiles, closed [P10, P90]); exact to 1e-12.
     */
    @Test
    void handDerivedValuesOnOneToFive() {
        FamilyResult<?> r = on(W1, 5, 3, 1, 4, 2);
        double tol = 1e-12;
        assertEquals(1, r.get("Minimum"), tol);
        assertEquals(5, r.get("Maximum"), tol);
        assertEquals(3, r.get("Mean"), tol);
        assertEquals(3, r.get("Median"), tol);
        assertEquals(1.4, r.get("10Percentile"), tol); // position 0.4 between 1 and 2
        assertEquals(4.6, r.get("90Percentile"), tol);
        assertEquals(2, r.get("InterquartileRange"), tol); // P75 = 4, P25 = 2
        assertEquals(4, r.get("Range"), tol);
        assertEquals(2, r.get("Variance"), tol); // (4+1+0+1+4)/5
        assertEquals(0, r.get("Skewness"), tol);
        assertEquals(6.8 / 4, r.get("Kurtosis"), tol); // m4 = 34/5, m2² = 4 (IBSI excess kurtosis + 3)
        assertEquals(1.2, r.get("MeanAbsoluteDeviation"), tol);
        assertEquals(2.0 / 3, r.get("RobustMeanAbsoluteDeviation"), tol); // {2,3,4} in [1.4, 4.6]
        assertEquals(55, r.get("Energy"), tol);
        assertEquals(55, r.get("TotalEnergy"), tol); // unit voxels
        assertEquals(Math.sqrt(11), r.get("RootMeanSquared"), tol);
        assertEquals(0.2, r.get("Uniformity"), tol);
        assertEquals(Math.log(5) / Math.log(2), r.get("Entropy"), 1e-12);
        assertEquals(18, r.byName().size());
        assertFalse(r.byName().containsKey("StandardDeviation"), "deprecated feature must be off by default");
    }

    @Test
    void voxelArrayShiftAndVoxelVolume() {
        // Energy = Σ(x + 2000)² = 5·2000² + 2·2000·15 + 55 (README §9), TotalEnergy = V · Energy with V = 0.5·2·3.
        ExtractionSettings s = W1.withVoxelArrayShift(2000);
        Geometry g = Geometry.of(5, 1, 1, 0.5, 2, 3);
        FamilyResult<?> r = FirstOrder.of(s).compute(Volume.of(new double[] {1, 2, 3, 4, 5}, g),
                Mask.of(new int[] {1, 1, 1, 1, 1}, g));
        assertEquals(20_060_055, r.get("Energy"), 1e-6);
        assertEquals(3 * 20_060_055.0, r.get("TotalEnergy"), 1e-6);
        assertEquals(Math.sqrt(20_060_055 / 5.0), r.get("RootMeanSquared"), 1e-9);
    }

    @Test
    void flatRegionFollowsPyRadiomicsDegenerateValues() {
        FamilyResult<?> r = on(ExtractionSettings.defaults(), 7, 7, 7, 7);
        assertEquals(0, r.get("Skewness"));
        assertEquals(0, r.get("Kurtosis"));
        assertEquals(0, r.get("Variance"));
        assertEquals(1, r.get("Uniformity"));
        // README §6: a single bin of probability 1 gives −log2(1 + ε) = −3.2034265038149176e-16, not 0
        assertEquals(-3.203426503814918e-16, r.get("Entropy"), 1e-30);
        assertFalse(r.notes().isEmpty());
    }

    @Test
    void deprecatedFeatureOnlyWhenNamedAndUnknownNamesFail() {
        ExtractionSettings s = ExtractionSettings.defaults()
                .withEnabledFeatures(Map.of(FeatureClass.FIRSTORDER, Set.of("StandardDeviation", "Mean")));
        FamilyResult<?> r = on(s, 1, 2, 3, 4, 5);
        assertEquals(List.of("Mean", "StandardDeviation"), new ArrayList<>(r.byName().keySet()));
        assertEquals(Math.sqrt(2), r.get("StandardDeviation"), 1e-12);
        ExtractionSettings bad = ExtractionSettings.defaults()
                .withEnabledFeatures(Map.of(FeatureClass.FIRSTORDER, Set.of("Meen")));
        InvalidSettingException e = assertThrows(InvalidSettingException.class, () -> FirstOrder.of(bad));
        assertTrue(e.getMessage().contains("Meen") && e.getMessage().contains("Mean"), e.getMessage());
    }

    @Test
    void enumDescribesEveryFeature() {
        assertEquals(19, FirstOrderFeature.values().length);
        for (FirstOrderFeature f : FirstOrderFeature.values()) {
            assertEquals(FeatureClass.FIRSTORDER, f.featureClass());
            assertEquals(f, org.radiomics4j.core.features.FeatureDescriptor.byPyRadiomicsName(FirstOrderFeature.class, f.pyradiomicsName()));
        }
        assertEquals("IPH6", FirstOrderFeature.KURTOSIS.ibsiCode());
        assertTrue(FirstOrderFeature.STANDARD_DEVIATION.deprecated());
    }

    @Test
    void percentileIsNumpyLinear() {
        // numpy.percentile([1, 2, 3, 4], q): 25 -> 1.75, 50 -> 2.5, 90 -> 3.7, 100 -> 4
        double[] a = {1, 2, 3, 4};
        assertEquals(1.75, FirstOrder.percentile(a, 25), 1e-15);
        assertEquals(2.5, FirstOrder.percentile(a, 50), 1e-15);
        assertEquals(3.7, FirstOrder.percentile(a, 90), 1e-15);
        assertEquals(4, FirstOrder.percentile(a, 100), 1e-15);
        assertEquals(9, FirstOrder.percentile(new double[] {9}, 10), 0);
    }

    /**
     * IBSI-1 digital phantom (testdata/ibsi, reference_values.csv, configuration digital_phantom; the phantom's
     * integer intensities 1..6 are used as grey levels, which binWidth 1 reproduces). IBSI gives 3 significant
     * digits, so the tolerance is half a unit in the third digit. Kurtosis: PyRadiomics = IBSI excess + 3.
     */
    @Test
    void ibsiDigitalPhantom() throws IOException {
        Path csv = testdata().resolve("ibsi/digital_phantom/phantom_voxels.csv");
        List<Double> x = new ArrayList<>();
        for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
            String[] f = line.split(",");
            if (f[4].trim().equals("1")) {
                x.add(Double.parseDouble(f[3]));
            }
        }
        double[] v = x.stream().mapToDouble(Double::doubleValue).toArray();
        assertEquals(74, v.length);
        FamilyResult<?> r = on(W1, v);
        check(2.15, r.get("Mean"));
        check(3.05, r.get("Variance"));
        check(1.08, r.get("Skewness"));
        check(-0.355 + 3, r.get("Kurtosis"));
        check(1, r.get("Median"));
        check(1, r.get("Minimum"));
        check(1, r.get("10Percentile"));
        check(4, r.get("90Percentile"));
        check(6, r.get("Maximum"));
        check(3, r.get("InterquartileRange"));
        check(5, r.get("Range"));
        check(1.55, r.get("MeanAbsoluteDeviation"));
        check(1.11, r.get("RobustMeanAbsoluteDeviation"));
        check(567, r.get("Energy"));
        check(2.77, r.get("RootMeanSquared"));
        check(1.27, r.get("Entropy"));
        check(0.512, r.get("Uniformity"));
    }

    private static void check(double ibsi, double actual) {
        double halfUnit = 0.5 * Math.pow(10, Math.floor(Math.log10(Math.abs(ibsi))) - 2);
        assertEquals(ibsi, actual, halfUnit + 1e-12);
    }

    static Path testdata() {
        String p = System.getProperty("radiomics.testdata");
        return p != null ? Path.of(p) : Path.of("..", "testdata");
    }

    /** Property: every feature is invariant under permuting the ROI voxels (seeded; the seed is printed). */
    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, 20240601L, 987654321L})
    void invariantUnderPermutation(long seed) {
        System.out.println("FirstOrderTest.invariantUnderPermutation seed=" + seed);
        Random rnd = new Random(seed);
        int n = 2 + rnd.nextInt(200);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextBoolean() ? rnd.nextInt(50) - 25 : rnd.nextGaussian() * 300;
        }
        long[] hist = histogram(x, 7.5);
        ExtractionSettings s = ExtractionSettings.defaults().withVoxelArrayShift(rnd.nextInt(3) * 1000.0);
        FamilyResult<?> a = FirstOrder.of(s).compute(new FirstOrderInput(x, hist, 1.7));
        double[] y = x.clone();
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            double t = y[i];
            y[i] = y[j];
            y[j] = t;
        }
        FamilyResult<?> b = FirstOrder.of(s).compute(new FirstOrderInput(y, hist, 1.7));
        for (String k : a.byName().keySet()) {
            double u = a.get(k);
            double w = b.get(k);
            assertEquals(u, w, 1e-12 * Math.max(1, Math.abs(u)), "seed " + seed + " feature " + k);
        }
    }

    private static long[] histogram(double[] x, double w) {
        Volume v = Volume.of(x, x.length, 1, 1);
        int[] m = new int[x.length];
        java.util.Arrays.fill(m, 1);
        long[] h = org.radiomics4j.core.discretize.Discretizer.of(new Binning.FixedBinWidth(w))
                .discretize(v, Mask.of(m, x.length, 1, 1)).histogram();
        assertEquals(x.length, LongStream.of(h).sum());
        return h;
    }

    @Test
    void inputValidation() {
        assertThrows(IllegalArgumentException.class, () -> new FirstOrderInput(new double[0], new long[0], 1));
        assertThrows(IllegalArgumentException.class, () -> new FirstOrderInput(new double[] {1}, new long[] {2}, 1));
        assertThrows(IllegalArgumentException.class, () -> new FirstOrderInput(new double[] {1}, new long[] {1}, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new FirstOrderInput(new double[] {Double.NaN}, new long[] {1}, 1));
    }
}
