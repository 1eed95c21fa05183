package org.radiomics4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.features.shape.Shape;
import org.radiomics4j.core.features.shape.Shape2D;
import org.radiomics4j.core.image.Mask;

/**
 * The shape families alone (no extractor) against PyRadiomics' regression baseline: every {@code shape} value of the
 * cases brain1 and breast1 and every {@code shape2D} value of brain1_shape2D and breast1_shape2D
 * (testdata/pyradiomics/baseline/shape.csv, shape2D.csv; PyRadiomics commit 8ed5793). The mask is read from the
 * NRRD file, label 1 selected and cropped to its bounding box; the shape2D cases keep only slice z = 16 (brain1) or
 * z = 9 (breast1), as the README reconstructs PyRadiomics' {@code _label_2D} masks.
 *
 * <p>Tolerance 1e-9 relative: an independent re-implementation reproduces these values to ≤ 3e-12, and some were
 * written with 12 significant digits. Exception (README "Known discrepancy: brain1 mesh features"): brain1's
 * SurfaceArea, MeshVolume, SurfaceVolumeRatio and Sphericity come from an older PyRadiomics whose mesh the current C
 * code does not reproduce (gap up to 9.1e-4), so they get 1e-3 relative; for these, the values the current
 * {@code cshape.c} returns on the padded brain1 mask (SurfaceArea 6438.821603779402, MeshVolume 16147.51180013021,
 * quoted in the README) are checked at 1e-9 instead.
 */
class ShapeBaselineTest {

    private static final double RELATIVE = 1e-9;
    private static final double MESH_DISCREPANCY = 1e-3;
    private static final Set<String> BRAIN1_MESH = Set.of("SurfaceArea", "MeshVolume", "SurfaceVolumeRatio",
            "Sphericity");
    private static final List<String> SHAPE_CASES = List.of("brain1", "breast1");
    private static final List<String> SHAPE2D_CASES = List.of("brain1_shape2D", "breast1_shape2D");
    private static final Map<String, FamilyResult<?>> RESULTS = new HashMap<>();

    private static synchronized FamilyResult<?> result(BaselineData.Row row, boolean twoD) {
        return RESULTS.computeIfAbsent(row.caseName(), c -> {
            Mask roi = BaselineData.mask(row.mask()).select(1);
            roi = roi.crop(roi.boundingBox().orElseThrow());
            ExtractionSettings s = ExtractionSettings.defaults().withForce2D(twoD).withForce2Ddimension(0);
            return twoD ? Shape2D.of(s).compute(roi) : Shape.of(s).compute(roi);
        });
    }

    @TestFactory
    Stream<DynamicTest> shapeValues() {
        return rows("shape", SHAPE_CASES, false);
    }

    @TestFactory
    Stream<DynamicTest> shape2DValues() {
        return rows("shape2D", SHAPE2D_CASES, true);
    }

    private static Stream<DynamicTest> rows(String family, List<String> cases, boolean twoD) {
        List<BaselineData.Row> rows = BaselineData.rows(family).stream()
                .filter(r -> cases.contains(r.caseName())).toList();
        assertEquals(cases.size() * (twoD ? 9 : 14), rows.size(), "reference rows of " + cases);
        String prefix = "original_" + family + "_";
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.caseName() + " " + r.feature(), () -> {
            String name = r.feature().substring(prefix.length());
            double expected = r.expected();
            double actual = result(r, twoD).get(name);
            boolean discrepancy = r.caseName().equals("brain1") && BRAIN1_MESH.contains(name);
            double tol = (discrepancy ? MESH_DISCREPANCY : RELATIVE) * Math.abs(expected);
            assertEquals(expected, actual, tol, r.caseName() + " " + name + " (relative tolerance "
                    + (discrepancy ? MESH_DISCREPANCY : RELATIVE) + ")");
        }));
    }

    /** The brain1 mesh values of the current PyRadiomics C code, as quoted in the README, at 1e-9 relative. */
    @Test
    void brain1MeshMatchesCurrentPyRadiomicsCCode() {
        BaselineData.Row row = BaselineData.rows("shape").stream().filter(r -> r.caseName().equals("brain1"))
                .findFirst().orElseThrow();
        FamilyResult<?> r = result(row, false);
        assertEquals(6438.821603779402, r.get("SurfaceArea"), RELATIVE * 6438.8);
        assertEquals(16147.51180013021, r.get("MeshVolume"), RELATIVE * 16147.5);
        assertEquals(FeatureClass.SHAPE, r.featureClass());
        assertTrue(r.notes().isEmpty(), r.notes().toString());
    }
}
