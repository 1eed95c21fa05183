package org.radiomics4j.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * GLSZM, GLDM (IBSI: NGLDM) and NGTDM on the IBSI-1 digital phantom against the IBSI reference values
 * ({@code testdata/ibsi/reference_values.csv}, digital phantom, aggregations "3D" = one 3-D matrix and "2.5D" =
 * per-slice matrices merged, which is PyRadiomics' {@code force2D}). The phantom's grey levels are used as they are
 * (no discretisation), distance 1, α = 0, as the manual prescribes.
 *
 * <p>Tolerance: IBSI prints 3 significant digits; a value passes when {@code |computed − ref| ≤ 0.5·u}, u one unit
 * in the third significant digit ({@code testdata/ibsi/README.md}). The digital phantom has no printed tolerance.
 */
class IbsiPhantomZoneFamiliesTest {

    private static Path ibsi() {
        String p = System.getProperty("radiomics.testdata");
        return (p != null ? Path.of(p) : Path.of("..", "testdata")).resolve("ibsi");
    }

    private static GrayLevelVolume phantom() throws IOException {
        List<String> lines = Files.readAllLines(ibsi().resolve("digital_phantom/phantom_voxels.csv"),
                StandardCharsets.UTF_8);
        int nx = 5, ny = 4, nz = 4; // phantom_geometry.properties
        int[] lv = new int[nx * ny * nz];
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            int x = Integer.parseInt(f[0]), y = Integer.parseInt(f[1]), z = Integer.parseInt(f[2]);
            if (Integer.parseInt(f[4]) != 0) {
                lv[x + nx * (y + ny * z)] = Integer.parseInt(f[3]);
            }
        }
        GrayLevelVolume v = new GrayLevelVolume(nx, ny, nz, lv, 6, new double[] {2, 2, 2});
        assertEquals(74, v.roiVoxelCount(), "phantom ROI size (phantom_geometry.properties)");
        return v;
    }

    @TestFactory
    Stream<DynamicTest> digitalPhantom() throws IOException {
        GrayLevelVolume v = phantom();
        ExtractionSettings d = ExtractionSettings.defaults().withEnabledFeatures(Map.of(
                FeatureClass.GLDM, Set.of(java.util.Arrays.stream(GldmFeature.values())
                        .map(GldmFeature::pyradiomicsName).toArray(String[]::new))));
        Map<String, Map<String, FamilyResult>> results = Map.of(
                "3D", Map.of("glszm", Glszm.of(d).compute(v), "gldm", Gldm.of(d).compute(v),
                        "ngtdm", Ngtdm.of(d).compute(v)),
                "2.5D", Map.of("glszm", Glszm.of(d.withForce2D(true)).compute(v),
                        "gldm", Gldm.of(d.withForce2D(true)).compute(v),
                        "ngtdm", Ngtdm.of(d.withForce2D(true)).compute(v)));
        List<DynamicTest> tests = new ArrayList<>();
        List<String> lines = Files.readAllLines(ibsi().resolve("reference_values.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = csvFields(line);
            String family = f.get(0);
            String pyName = f.get(3);
            String aggregation = f.get(5);
            if (!f.get(4).equals("digital_phantom") || pyName.isEmpty() || !results.containsKey(aggregation)
                    || !(family.equals("glszm") || family.equals("ngldm") || family.equals("ngtdm"))) {
                continue;
            }
            double ref = Double.parseDouble(f.get(6));
            String cls = pyName.substring(0, pyName.indexOf('_'));
            String feature = pyName.substring(pyName.indexOf('_') + 1);
            tests.add(DynamicTest.dynamicTest(aggregation + " " + pyName + " (" + f.get(2) + ")", () -> {
                double actual = results.get(aggregation).get(cls).get(feature);
                double u = Math.pow(10, Math.floor(Math.log10(Math.abs(ref))) - 2);
                assertTrue(Math.abs(actual - ref) <= 0.5 * u, pyName + " " + aggregation + ": IBSI " + ref
                        + " but was " + actual);
            }));
        }
        assertEquals(2 * (16 + 16 + 5), tests.size(), "reference rows found");
        return tests.stream();
    }

    /** Splits one CSV line, honouring double quotes. */
    private static List<String> csvFields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
