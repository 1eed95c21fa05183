package org.radiomics4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.radiomics4j.core.extract.ExecutionSettings;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.FeatureSet;
import org.radiomics4j.core.extract.OnFeatureError;
import org.radiomics4j.core.extract.RadiomicsExtractor;
import org.radiomics4j.core.features.FeatureClass;

/**
 * The whole pipeline, from the NRRD files on, against PyRadiomics' regression baseline
 * (testdata/pyradiomics/baseline, PyRadiomics commit 8ed5793; see its README).
 *
 * <p>Tolerance: 1e-9 relative in general (an independent numpy re-implementation reproduces the baseline to
 * ≤ 3e-12, and some values have only 12 significant digits); absolute 1e-15 where |baseline| &lt; 1e-12 (e.g. the
 * −3.2e-16 entropies of flat regions); 1e-3 relative for the four brain1 mesh features whose baseline the current
 * PyRadiomics C code does not reproduce (README "Known discrepancy").
 */
class PyRadiomicsBaselineTest {

    /** The families whose implementation has landed (all eight: every one of the 1348 baseline values is checked). */
    static final List<String> VALIDATED_FAMILIES = List.of("firstorder", "shape", "shape2D", "glcm", "glrlm", "glszm",
            "gldm", "ngtdm");

    /** Whether cases that need resampling are included (switch on once the resampler lands). */
    static final boolean RESAMPLING_AVAILABLE = true;

    private static final double RELATIVE = 1e-9;
    private static final double ABSOLUTE_NEAR_ZERO = 1e-15;
    private static final double MESH_DISCREPANCY = 1e-3;
    private static final Set<String> BRAIN1_MESH = Set.of("original_shape_MeshVolume", "original_shape_SurfaceArea",
            "original_shape_SurfaceVolumeRatio", "original_shape_Sphericity");

    private static final Map<String, Map<String, String>> SETTINGS = BaselineData.settings();
    private static final Map<String, Object> RESULTS = new ConcurrentHashMap<>();

    /** One extraction per case (all validated families of that case at once), cached; a failure is cached too. */
    private static FeatureSet extract(BaselineData.Row row) {
        Object r = RESULTS.computeIfAbsent(row.caseName(), c -> {
            try {
                Map<String, String> s = SETTINGS.get(c);
                List<String> families = new ArrayList<>(Arrays.asList(s.get("families").split(" ")));
                families.retainAll(VALIDATED_FAMILIES);
                // RECORD: a family that fails (or has not landed) must not hide the others' results
                ExtractionSettings settings = BaselineData.toSettings(s, families);
                ExecutionSettings record = ExecutionSettings.defaults().withOnFeatureError(OnFeatureError.RECORD);
                return RadiomicsExtractor.of(settings, record).extract(BaselineData.image(row.image()),
                        BaselineData.mask(row.mask()));
            } catch (RuntimeException e) {
                return e;
            }
        });
        if (r instanceof RuntimeException e) {
            throw new AssertionError("extraction of case " + row.caseName() + " failed: " + e, e);
        }
        return (FeatureSet) r;
    }

    static boolean supported(String caseName) {
        Map<String, String> s = SETTINGS.get(caseName);
        return RESAMPLING_AVAILABLE || !BaselineData.resamples(s);
    }

    @TestFactory
    Stream<DynamicTest> baselineValues() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String family : VALIDATED_FAMILIES) {
            for (BaselineData.Row row : BaselineData.rows(family)) {
                if (!supported(row.caseName())) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(row.caseName() + " " + row.feature(), () -> {
                    FeatureSet fs = extract(row);
                    String error = fs.diagnostics().get("Error_" + family);
                    if (error != null) {
                        fail(row.caseName() + ": family " + family + " failed: " + error);
                    }
                    assertTrue(fs.contains(row.feature()), () -> "no " + row.feature() + " in " + fs.names());
                    compare(row, fs.get(row.feature()));
                }));
            }
        }
        return tests.stream();
    }

    static void compare(BaselineData.Row row, double actual) {
        double expected = row.expected();
        String what = row.caseName() + " " + row.feature() + ": expected " + row.value() + " but was " + actual;
        if (Double.isNaN(actual)) {
            fail(what);
        }
        if (Math.abs(expected) < 1e-12) {
            assertEquals(expected, actual, ABSOLUTE_NEAR_ZERO, what);
            return;
        }
        double tol = row.caseName().equals("brain1") && BRAIN1_MESH.contains(row.feature()) ? MESH_DISCREPANCY : RELATIVE;
        double rel = Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(rel <= tol, what + " (relative difference " + rel + " > " + tol + ")");
    }

    /**
     * A default extraction yields exactly the default feature names of testdata/pyradiomics/features_default.md,
     * for every validated family enabled by default.
     */
    @Test
    void defaultFeatureNamesAreComplete() throws IOException {
        Map<String, Set<String>> expected = defaultFeatureNames();
        List<FeatureClass> classes = new ArrayList<>();
        for (String f : VALIDATED_FAMILIES) {
            FeatureClass c = FeatureClass.fromPyRadiomicsName(f);
            if (ExtractionSettings.defaultEnabledFeatures().containsKey(c)) {
                classes.add(c);
            }
        }
        ExtractionSettings s = ExtractionSettings.defaults().withEnabledClasses(classes.toArray(new FeatureClass[0]));
        FeatureSet fs = RadiomicsExtractor.of(s).extract(BaselineData.image("brain1_image.nrrd"),
                BaselineData.mask("brain1_label.nrrd"));
        Set<String> want = new TreeSet<>();
        for (FeatureClass c : classes) {
            for (String n : expected.get(c.pyradiomicsName())) {
                want.add("original_" + c.pyradiomicsName() + "_" + n);
            }
        }
        assertEquals(want, new TreeSet<>(fs.names()));
        if (classes.size() == 7) {
            assertEquals(107, fs.size());
        }
    }

    /** family → names, parsed from the "## family (n)" sections of features_default.md. */
    static Map<String, Set<String>> defaultFeatureNames() throws IOException {
        List<String> lines = Files.readAllLines(BaselineData.root().resolve("features_default.md"), StandardCharsets.UTF_8);
        Map<String, Set<String>> out = new LinkedHashMap<>();
        String current = null;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                current = line.substring(3).split(" ")[0];
                out.put(current, new TreeSet<>());
            } else if (current != null && !line.isBlank()) {
                for (String n : line.split(",")) {
                    if (!n.isBlank()) {
                        out.get(current).add(n.trim());
                    }
                }
            } else if (line.isBlank()) {
                current = null;
            }
        }
        for (Map.Entry<String, Set<String>> e : out.entrySet()) {
            assertTrue(!e.getValue().isEmpty(), "no names parsed for " + e.getKey());
        }
        return out;
    }
}
