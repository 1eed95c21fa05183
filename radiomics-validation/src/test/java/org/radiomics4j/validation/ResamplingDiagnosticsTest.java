package org.radiomics4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.Interpolator;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.core.preprocess.Resampler;
import org.radiomics4j.io.ImageReaders;

/**
 * Resampling of brain1 and breast1 (resampledPixelSpacing [2, 2, 2], sitkBSpline, padDistance 5) against the
 * values PyRadiomics/SimpleITK recorded: the {@code diagnostics_Image-interpolated_*} and
 * {@code diagnostics_Mask-interpolated_*} rows and the {@code derived_*} rows of
 * {@code testdata/pyradiomics/baseline/settings.csv}.
 *
 * <p>Tolerances: sizes, bounding boxes, voxel counts and integer intensities exactly; means and centres of mass
 * 1e-12 relative (the baseline strings carry 15–17 significant digits, and a single voxel whose truncated value
 * differed by 1 would move the image mean by ~2.5e-5 relative, so the mean pins every voxel).
 */
class ResamplingDiagnosticsTest {

    static Path testdata() {
        String p = System.getProperty("radiomics.testdata");
        return Path.of(p != null ? p : "../testdata");
    }

    @ParameterizedTest
    @ValueSource(strings = {"brain1", "breast1"})
    void resampledGridAndValuesMatchPyRadiomics(String name) throws IOException {
        String caseName = name + "_resampling";
        Map<String, String> exp = settings(caseName);
        Path dir = testdata().resolve("pyradiomics/images");
        Volume image = ImageReaders.readVolume(dir.resolve(exp.get("imageFile")));
        Mask roi = ImageReaders.readMask(dir.resolve(exp.get("maskFile"))).select(1);
        ExtractionSettings s = ExtractionSettings.defaults()
                .withResampledPixelSpacing(List.of(2.0, 2.0, 2.0))
                .withInterpolator(Interpolator.fromSitk(exp.get("interpolator")))
                .withPadDistance(Double.parseDouble(exp.get("padDistance")));

        Resampler.Resampled r = Resampler.resample(image, roi, s);
        Volume img = r.image();
        Mask mask = r.mask();
        Geometry g = img.geometry();

        assertEquals(exp.get("diagnostics_Image-interpolated_Size"), tuple(g.nx(), g.ny(), g.nz()));
        assertEquals(exp.get("derived_resampledGridSizeXYZ"), "[" + g.nx() + ", " + g.ny() + ", " + g.nz() + "]");
        assertEquals(exp.get("diagnostics_Image-interpolated_Spacing"),
                "(" + g.spacing(0) + ", " + g.spacing(1) + ", " + g.spacing(2) + ")");
        assertEquals(exp.get("diagnostics_Mask-interpolated_Size"), tuple(g.nx(), g.ny(), g.nz()));
        assertEquals(g, mask.geometry());

        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < img.size(); i++) {
            double v = img.get(i);
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertEquals(Double.parseDouble(exp.get("diagnostics_Image-interpolated_Minimum")), min, 0);
        assertEquals(Double.parseDouble(exp.get("diagnostics_Image-interpolated_Maximum")), max, 0);
        assertRel(Double.parseDouble(exp.get("diagnostics_Image-interpolated_Mean")), sum / img.size(), 1e-12);

        BoundingBox box = mask.boundingBox().orElseThrow();
        assertEquals(exp.get("diagnostics_Mask-interpolated_BoundingBox"), box.toPyRadiomicsString());
        assertEquals(exp.get("derived_croppedShapeZYX"), "[" + box.sz() + ", " + box.sy() + ", " + box.sx() + "]");
        int n = 0;
        double roiSum = 0;
        double roiMin = Double.POSITIVE_INFINITY;
        double roiMax = Double.NEGATIVE_INFINITY;
        double[] com = new double[3];
        for (int z = 0; z < g.nz(); z++) {
            for (int y = 0; y < g.ny(); y++) {
                for (int x = 0; x < g.nx(); x++) {
                    if (mask.label(x, y, z) == 1) {
                        double v = img.get(x, y, z);
                        n++;
                        roiSum += v;
                        roiMin = Math.min(roiMin, v);
                        roiMax = Math.max(roiMax, v);
                        com[0] += x;
                        com[1] += y;
                        com[2] += z;
                    }
                }
            }
        }
        assertEquals(Integer.parseInt(exp.get("diagnostics_Mask-interpolated_VoxelNum")), n);
        assertEquals(Integer.parseInt(exp.get("derived_roiVoxelCount")), n);
        assertEquals(Double.parseDouble(exp.get("diagnostics_Mask-interpolated_Minimum")), roiMin, 0);
        assertEquals(Double.parseDouble(exp.get("diagnostics_Mask-interpolated_Maximum")), roiMax, 0);
        assertEquals(Double.parseDouble(exp.get("derived_roiIntensityMin")), roiMin, 0);
        assertEquals(Double.parseDouble(exp.get("derived_roiIntensityMax")), roiMax, 0);
        assertRel(Double.parseDouble(exp.get("diagnostics_Mask-interpolated_Mean")), roiSum / n, 1e-12);

        double[] comIndex = {com[0] / n, com[1] / n, com[2] / n};
        double[] expIndex = parseTuple(exp.get("diagnostics_Mask-interpolated_CenterOfMassIndex"));
        double[] expPhys = parseTuple(exp.get("diagnostics_Mask-interpolated_CenterOfMass"));
        double[] phys = g.indexToPhysical(comIndex[0], comIndex[1], comIndex[2]);
        for (int a = 0; a < 3; a++) {
            assertRel(expIndex[a], comIndex[a], 1e-12);
            assertEquals(expPhys[a], phys[a], 1e-12 * Math.max(1, Math.abs(expPhys[a])), "centre of mass axis " + a);
        }
    }

    private static void assertRel(double expected, double actual, double rel) {
        assertEquals(expected, actual, rel * Math.abs(expected), () -> String.format(Locale.ROOT,
                "expected %.17g but was %.17g (relative %.3g)", expected, actual,
                Math.abs(actual - expected) / Math.abs(expected)));
    }

    private static String tuple(int a, int b, int c) {
        return "(" + a + ", " + b + ", " + c + ")";
    }

    private static double[] parseTuple(String s) {
        String[] p = s.replaceAll("[()\\[\\]]", "").split(",");
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Double.parseDouble(p[i].trim());
        }
        return out;
    }

    /** The {@code setting -> value} rows of one case in settings.csv (RFC 4180 quoting). */
    static Map<String, String> settings(String caseName) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (CSVParser p = CSVParser.parse(testdata().resolve("pyradiomics/baseline/settings.csv"),
                StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            for (CSVRecord f : p) {
                if (f.size() >= 3 && f.get(0).equals(caseName)) {
                    out.put(f.get(1), f.get(2));
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("case " + caseName + " not in settings.csv");
        }
        return out;
    }
}
