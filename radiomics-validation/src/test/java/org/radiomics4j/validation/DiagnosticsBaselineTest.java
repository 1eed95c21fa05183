package org.radiomics4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.radiomics4j.core.extract.FeatureSet;
import org.radiomics4j.core.extract.RadiomicsExtractor;

/**
 * The extractor's image and mask diagnostics against PyRadiomics' recorded {@code diagnostics_Image-*} and
 * {@code diagnostics_Mask-*} rows of testdata/pyradiomics/baseline/settings.csv (original, corrected and
 * interpolated stages). Hashes and counts must match exactly; numbers and tuples to 1e-9 relative (the baseline
 * prints Python floats; older PyRadiomics versions print integer images' extremes as {@code 3057}, newer ones as
 * {@code 3057.0}, so values are compared as numbers).
 */
class DiagnosticsBaselineTest {

    private static final Map<String, Map<String, String>> SETTINGS = BaselineData.settings();
    private static final Map<String, FeatureSet> RESULTS = new ConcurrentHashMap<>();

    private static FeatureSet extract(String caseName) {
        return RESULTS.computeIfAbsent(caseName, c -> {
            Map<String, String> s = SETTINGS.get(c);
            return RadiomicsExtractor.of(BaselineData.toSettings(s, List.of("firstorder")))
                    .extract(BaselineData.image(s.get("imageFile")), BaselineData.mask(s.get("maskFile")));
        });
    }

    @TestFactory
    Stream<DynamicTest> imageAndMaskDiagnostics() {
        List<DynamicTest> tests = new ArrayList<>();
        SETTINGS.forEach((caseName, rows) -> {
            if (!PyRadiomicsBaselineTest.supported(caseName)) {
                return;
            }
            rows.forEach((key, value) -> {
                if (!key.startsWith("diagnostics_Image-") && !key.startsWith("diagnostics_Mask-")) {
                    return;
                }
                String k = key.substring("diagnostics_".length());
                tests.add(DynamicTest.dynamicTest(caseName + " " + k, () -> {
                    String actual = extract(caseName).diagnostics().get(k);
                    assertNotNull(actual, () -> "no diagnostic " + k + " for " + caseName);
                    compare(caseName + " " + k, value, actual);
                }));
            });
        });
        return tests.stream();
    }

    private static void compare(String what, String expected, String actual) {
        double[] e = numbers(expected);
        double[] a = numbers(actual);
        if (e == null || a == null) {
            assertEquals(expected, actual, what);
            return;
        }
        assertEquals(e.length, a.length, what + ": " + expected + " vs " + actual);
        for (int i = 0; i < e.length; i++) {
            double tol = 1e-9 * Math.max(1, Math.abs(e[i]));
            assertEquals(e[i], a[i], tol, what + ": expected " + expected + " but was " + actual);
        }
    }

    /** The numbers of "3.5", "(1, 2, 3)" or "[1.0, 2.0]"; null if it is not numeric (a hash). */
    private static double[] numbers(String s) {
        String t = s.trim().replaceAll("^[(\\[]|[)\\]]$", "");
        String[] parts = t.split(",");
        double[] out = new double[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                out[i] = Double.parseDouble(parts[i].trim());
            }
        } catch (NumberFormatException ex) {
            return null;
        }
        return out;
    }
}
