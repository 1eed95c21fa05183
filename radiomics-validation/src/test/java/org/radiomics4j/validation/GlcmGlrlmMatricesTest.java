package org.radiomics4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radiomics4j.core.discretize.Discretizer;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.glcm.Glcm;
import org.radiomics4j.core.features.glcm.GlcmMatrix;
import org.radiomics4j.core.features.glrlm.Glrlm;
import org.radiomics4j.core.features.glrlm.GlrlmMatrix;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * The GLCM and GLRLM of brain1 and breast1 against PyRadiomics' stored matrices
 * (testdata/pyradiomics/matrices, from {@code data/baseline/<case>_{glcm,glrlm}.npy}; see its README): label 1,
 * cropped to the ROI bounding box, binWidth 25, 3-D, distance 1.
 *
 * <p>Every element is compared, including zeros. The GLCM is stored normalised per direction, so it is compared with
 * 1e-15 relative (one division by the direction total, rounded in both); the GLRLM holds counts, compared exactly.
 * The axis labels of the CSV (grey level, run length, direction offset) are checked too.
 */
class GlcmGlrlmMatricesTest {

    private static Path matrices() {
        return BaselineData.root().resolve("matrices");
    }

    /** The base-case pipeline: label 1, crop to bbox without padding, discretise with binWidth 25. */
    static GrayLevelVolume levels(String caseName) {
        Volume image = BaselineData.image(caseName + "_image.nrrd");
        Mask roi = BaselineData.mask(caseName + "_label.nrrd").select(1);
        BoundingBox box = roi.boundingBox().orElseThrow();
        return Discretizer.of(ExtractionSettings.defaults().binning())
                .discretize(image.crop(box), roi.crop(box)).levels();
    }

    /** Rows of a matrix CSV, '#' comment lines skipped, header skipped. */
    private static List<Map<String, String>> rows(String file) {
        List<List<String>> raw = new ArrayList<>();
        List<String> header = null;
        try {
            for (String line : java.nio.file.Files.readAllLines(matrices().resolve(file))) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                List<String> f = List.of(line.split(","));
                if (header == null) {
                    header = f;
                } else {
                    raw.add(f);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : raw) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int k = 0; k < header.size(); k++) {
                m.put(header.get(k), r.get(k));
            }
            out.add(m);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"brain1", "breast1"})
    void glcmMatchesPyRadiomics(String caseName) {
        GlcmMatrix m = Glcm.of(ExtractionSettings.defaults()).matrix(levels(caseName));
        List<Map<String, String>> rows = rows(caseName + "_glcm.csv");
        int n = m.size();
        assertEquals((long) n * n * m.matrixCount(), rows.size(), "element count");
        int bad = 0;
        String first = null;
        for (Map<String, String> r : rows) {
            int i = Integer.parseInt(r.get("i"));
            int j = Integer.parseInt(r.get("j"));
            int a = Integer.parseInt(r.get("a"));
            assertEquals(Integer.parseInt(r.get("gray_i")), m.grayLevels().get(i));
            assertEquals(Integer.parseInt(r.get("gray_j")), m.grayLevels().get(j));
            int[] d = m.directions().get(a);
            assertEquals(List.of(r.get("dz"), r.get("dy"), r.get("dx")),
                    List.of(String.valueOf(d[0]), String.valueOf(d[1]), String.valueOf(d[2])), "direction " + a);
            double expected = Double.parseDouble(r.get("value"));
            double actual = m.probability(a, i, j);
            if (Math.abs(actual - expected) > 1e-15 * Math.abs(expected)) {
                bad++;
                if (first == null) {
                    first = "P(" + i + "," + j + "," + a + ") = " + actual + " but PyRadiomics " + expected;
                }
            }
        }
        assertEquals(0, bad, bad + " of " + rows.size() + " elements differ; first: " + first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"brain1", "breast1"})
    void glrlmMatchesPyRadiomics(String caseName) {
        GlrlmMatrix m = Glrlm.of(ExtractionSettings.defaults()).matrix(levels(caseName));
        List<Map<String, String>> rows = rows(caseName + "_glrlm.csv");
        assertEquals((long) m.grayLevels().size() * m.runLengths().size() * m.matrixCount(), rows.size(),
                "element count");
        int bad = 0;
        String first = null;
        for (Map<String, String> r : rows) {
            int i = Integer.parseInt(r.get("i"));
            int j = Integer.parseInt(r.get("j"));
            int a = Integer.parseInt(r.get("a"));
            assertEquals(Integer.parseInt(r.get("gray_i")), m.grayLevels().get(i));
            assertEquals(Integer.parseInt(r.get("run_length")), m.runLengths().get(j));
            int[] d = m.directions().get(a);
            assertEquals(List.of(r.get("dz"), r.get("dy"), r.get("dx")),
                    List.of(String.valueOf(d[0]), String.valueOf(d[1]), String.valueOf(d[2])), "direction " + a);
            double expected = Double.parseDouble(r.get("value"));
            if (m.count(a, i, j) != expected) {
                bad++;
                if (first == null) {
                    first = "P(" + i + "," + j + "," + a + ") = " + m.count(a, i, j) + " but PyRadiomics " + expected;
                }
            }
        }
        assertEquals(0, bad, bad + " of " + rows.size() + " elements differ; first: " + first);
    }
}
