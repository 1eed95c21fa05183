package org.radiomics4j.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.gldm.Gldm;
import org.radiomics4j.core.features.gldm.GldmFeature;
import org.radiomics4j.core.features.glszm.Glszm;
import org.radiomics4j.core.features.ngtdm.Ngtdm;
import org.radiomics4j.core.ibsi.IbsiReference;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * GLSZM, GLDM (IBSI: NGLDM) and NGTDM on the IBSI-1 digital phantom against the IBSI reference values
 * ({@code testdata/ibsi/reference_values.csv}, digital phantom, aggregations "3D" = one 3-D matrix and "2.5D" =
 * per-slice matrices merged, which is PyRadiomics' {@code force2D}). The phantom's grey levels are used as they are
 * (no discretisation), distance 1, α = 0, as the manual prescribes.
 *
 * <p>Tolerance: IBSI prints 3 significant digits; a value passes when {@code |computed − ref| ≤ 0.5·u}, u one unit
 * in the third significant digit ({@code testdata/ibsi/README.md}, {@link IbsiReference#allowed(double, double)}).
 * The digital phantom has no printed tolerance.
 */
class IbsiPhantomZoneFamiliesTest {

    private static GrayLevelVolume phantom() {
        Volume image = IbsiReference.phantomImage();
        Mask mask = IbsiReference.phantomMask();
        int nx = 5, ny = 4, nz = 4; // phantom_geometry.properties
        int[] lv = new int[nx * ny * nz];
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int i = image.geometry().index(x, y, z);
                    if (mask.inside(i)) {
                        lv[x + nx * (y + ny * z)] = (int) image.get(i);
                    }
                }
            }
        }
        GrayLevelVolume v = new GrayLevelVolume(nx, ny, nz, lv, 6, new double[] {2, 2, 2});
        assertEquals(74, v.roiVoxelCount(), "phantom ROI size (phantom_geometry.properties)");
        return v;
    }

    @TestFactory
    Stream<DynamicTest> digitalPhantom() {
        GrayLevelVolume v = phantom();
        ExtractionSettings d = ExtractionSettings.defaults().withEnabledFeatures(Map.of(
                FeatureClass.GLDM, Set.of(java.util.Arrays.stream(GldmFeature.values())
                        .map(GldmFeature::pyradiomicsName).toArray(String[]::new))));
        Map<String, Map<String, FamilyResult<?>>> results = Map.of(
                "3D", Map.of("glszm", Glszm.of(d).compute(v), "gldm", Gldm.of(d).compute(v),
                        "ngtdm", Ngtdm.of(d).compute(v)),
                "2.5D", Map.of("glszm", Glszm.of(d.withForce2D(true)).compute(v),
                        "gldm", Gldm.of(d.withForce2D(true)).compute(v),
                        "ngtdm", Ngtdm.of(d.withForce2D(true)).compute(v)));
        List<DynamicTest> tests = new ArrayList<>();
        for (IbsiReference.Row r : IbsiReference.rows()) {
            String family = r.family();
            String pyName = r.pyradiomicsName();
            String aggregation = r.aggregation();
            if (!r.configuration().equals("digital_phantom") || pyName.isEmpty() || !results.containsKey(aggregation)
                    || !(family.equals("glszm") || family.equals("ngldm") || family.equals("ngtdm"))) {
                continue;
            }
            double ref = r.value();
            String cls = pyName.substring(0, pyName.indexOf('_'));
            String feature = pyName.substring(pyName.indexOf('_') + 1);
            tests.add(DynamicTest.dynamicTest(aggregation + " " + pyName + " (" + r.ibsiCode() + ")", () -> {
                double actual = results.get(aggregation).get(cls).get(feature);
                assertTrue(r.matches(actual), pyName + " " + aggregation + ": IBSI " + ref + " ± " + r.allowed()
                        + " but was " + actual);
            }));
        }
        assertEquals(2 * (16 + 16 + 5), tests.size(), "reference rows found");
        return tests.stream();
    }
}
