package org.radiomics4j.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radiomics4j.core.discretize.Binning;
import org.radiomics4j.core.discretize.Discretizer;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.gldm.Gldm;
import org.radiomics4j.core.features.GrayLevelSizeMatrix;
import org.radiomics4j.core.features.glszm.Glszm;
import org.radiomics4j.core.features.ngtdm.Ngtdm;
import org.radiomics4j.core.features.ngtdm.NgtdmMatrix;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * GLSZM, GLDM and NGTDM of brain1 and breast1 against PyRadiomics' own matrices
 * ({@code testdata/pyradiomics/matrices/<case>_{glszm,gldm,ngtdm}.csv}, exact copies of PyRadiomics'
 * {@code data/baseline/*.npy}; see matrices/README.md): label 1, crop to the ROI box without padding, binWidth 25,
 * 3-D, distances [1], gldm_a 0.
 *
 * <p>Tolerances: counts must be equal (they are integers); NGTDM {@code s_i} 1e-12 relative (a sum of hundreds of
 * floating-point terms, added in the same voxel order as PyRadiomics' C code, so only last-bit differences can
 * remain). (The ND4J kernels are compared with the Java ones on these two cases in radiomics-nd4j.)
 */
class ZoneDependenceMatricesTest {

    private static GrayLevelVolume levels(String caseName) {
        Volume image = BaselineData.image(caseName + "_image.nrrd");
        Mask roi = BaselineData.mask(caseName + "_label.nrrd").select(1);
        BoundingBox box = roi.boundingBox().orElseThrow();
        return Discretizer.of(new Binning.FixedBinWidth(25)).discretize(image.crop(box), roi.crop(box)).levels();
    }

    /** A matrices/*.csv file: its "# axis k ...: [...]" label lines and its data rows (header dropped). */
    private record MatrixCsv(List<int[]> axisLabels, List<double[]> rows) {
        static MatrixCsv read(String file) throws IOException {
            Path p = BaselineData.root().resolve("matrices").resolve(file);
            List<int[]> labels = new ArrayList<>();
            List<double[]> rows = new ArrayList<>();
            boolean header = true;
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                if (line.startsWith("# axis ") && line.contains("[") && !line.contains("=")) {
                    String list = line.substring(line.indexOf('[') + 1, line.indexOf(']'));
                    labels.add(Arrays.stream(list.split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray());
                } else if (line.startsWith("#") || line.isBlank()) {
                    continue;
                } else if (header) {
                    header = false;
                } else {
                    rows.add(Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray());
                }
            }
            return new MatrixCsv(labels, rows);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"brain1", "breast1"})
    void glszmEqualsPyRadiomics(String caseName) throws IOException {
        MatrixCsv ref = MatrixCsv.read(caseName + "_glszm.csv");
        GrayLevelSizeMatrix m = Glszm.of(ExtractionSettings.defaults()).matrix(levels(caseName));
        assertArrayEquals(ref.axisLabels().get(0), m.grayLevels(), "grey levels");
        assertArrayEquals(ref.axisLabels().get(1), m.sizes(), "zone sizes");
        assertEquals(ref.rows().size(), m.rows() * m.columns(), "matrix size");
        for (double[] r : ref.rows()) { // i, j, gray_i, zone_size, value
            assertEquals(r[4], m.count((int) r[0], (int) r[1]), 0, () -> "P(" + (int) r[2] + ", " + (int) r[3] + ")");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"brain1", "breast1"})
    void gldmEqualsPyRadiomics(String caseName) throws IOException {
        MatrixCsv ref = MatrixCsv.read(caseName + "_gldm.csv");
        GrayLevelSizeMatrix m = Gldm.of(ExtractionSettings.defaults()).matrix(levels(caseName));
        assertArrayEquals(ref.axisLabels().get(0), m.grayLevels(), "grey levels");
        assertArrayEquals(ref.axisLabels().get(1), m.sizes(), "dependence sizes");
        assertEquals(ref.rows().size(), m.rows() * m.columns(), "matrix size");
        for (double[] r : ref.rows()) { // i, j, gray_i, dependence_size, value
            assertEquals(r[4], m.count((int) r[0], (int) r[1]), 0, () -> "P(" + (int) r[2] + ", " + (int) r[3] + ")");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"brain1", "breast1"})
    void ngtdmEqualsPyRadiomics(String caseName) throws IOException {
        MatrixCsv ref = MatrixCsv.read(caseName + "_ngtdm.csv");
        NgtdmMatrix m = Ngtdm.of(ExtractionSettings.defaults()).matrix(levels(caseName));
        assertEquals(ref.rows().size(), m.rows(), "rows");
        int[] levels = m.grayLevels();
        int[] n = m.counts();
        double[] s = m.differenceSums();
        for (double[] r : ref.rows()) { // i, n_i, s_i, gray_level
            int i = (int) r[0];
            assertEquals(r[3], levels[i], 0, "grey level of row " + i);
            assertEquals(r[1], n[i], 0, "n_" + levels[i]);
            double rel = Math.abs(s[i] - r[2]) / Math.abs(r[2]);
            assertTrue(rel <= 1e-12, "s_" + levels[i] + ": expected " + r[2] + " but was " + s[i]);
        }
    }
}
