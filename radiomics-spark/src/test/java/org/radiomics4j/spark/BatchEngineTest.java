package org.radiomics4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.extract.FeatureSet;
import org.radiomics4j.core.extract.PyRadiomicsParameters;
import org.radiomics4j.io.Radiomics;

/**
 * The settings shipped to executors, the feature columns derived from the settings, and the job's command line.
 * Expected feature names come from {@link Radiomics#extract} on PyRadiomics' breast1 sample (the extraction
 * {@code radiomics batch} runs per case), not from a second list.
 */
class BatchEngineTest {
    /** Several image types with overrides, a resegmentation range, shape2D with force2D, enabled feature lists. */
    static final String RICH = """
            setting:
              binWidth: 25
              label: 1
              force2D: true
              force2Ddimension: 0
              resegmentRange: [-1000, 3000]
            imageType:
              Original: {}
              LoG:
                sigma: [1.0, 3.0]
              Wavelet:
                binWidth: 10
              Square: {}
            featureClass:
              shape2D:
              firstorder: [Mean, Entropy]
              glcm:
              ngtdm: [Coarseness]
            """;

    @Test
    void settingsSurviveJavaSerializationThroughTheCodec() throws IOException, ClassNotFoundException {
        for (ExtractionSettings s : List.of(ExtractionSettings.defaults(), PyRadiomicsParameters.parse(RICH, "rich"),
                PyRadiomicsParameters.parse("setting:\n  binCount: 16\n  resampledPixelSpacing: [2, 2, 2]\n"
                        + "  normalize: true\n  removeOutliers: 3\n", "resampled"))) {
            Serializable code = BatchEngine.ship(s);
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(b)) {
                out.writeObject(code);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b.toByteArray()))) {
                assertEquals(s, RecordCodec.decode((Serializable) in.readObject()));
            }
        }
    }

    @Test
    void theCodecRefusesWhatItCannotShip() {
        record Holder(Object value) {
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecordCodec.roundTrip(new Holder(new StringBuilder("x"))));
        assertTrue(e.getMessage().contains("Holder.value") && e.getMessage().contains("StringBuilder"),
                e.getMessage());
    }

    @Test
    void featureColumnsAreTheNamesOfARealCase() {
        // shape2D needs a one-slice ROI, which breast1's is not: the real case gets shape instead (shape2D is
        // checked on the probe alone below)
        String yaml = RICH.replace("  shape2D:\n", "  shape:\n");
        ExtractionSettings s = PyRadiomicsParameters.parse(yaml, "rich-3d");
        FeatureSet real = Radiomics.extract(SparkTestCohort.sample("breast1_image.nrrd"),
                SparkTestCohort.sample("breast1_label.nrrd"), s);
        assertEquals(real.names(), BatchEngine.featureColumns(s));
        assertTrue(real.names().contains("log-sigma-3-0-mm-3D_glcm_Correlation"), real.names().toString());
        assertTrue(real.names().contains("wavelet-HH_ngtdm_Coarseness"), real.names().toString()); // 2D: force2D
    }

    @Test
    void featureColumnsOfTheDefaultsAreTheLocalBatchColumns() {
        FeatureSet real = Radiomics.extract(SparkTestCohort.sample("breast1_image.nrrd"),
                SparkTestCohort.sample("breast1_label.nrrd"), ExtractionSettings.defaults());
        assertEquals(real.names(), BatchEngine.featureColumns(ExtractionSettings.defaults()));
        assertEquals(107, real.names().size());
    }

    @Test
    void shape2DWithForce2DGetsItsColumns() {
        List<String> cols = BatchEngine.featureColumns(PyRadiomicsParameters.parse(RICH, "rich"));
        assertTrue(cols.contains("original_shape2D_Perimeter"), cols.toString());
        assertTrue(cols.indexOf("original_shape2D_Perimeter") < cols.indexOf("original_glcm_Correlation"));
    }

    @Test
    void settingsThatFailEveryCaseAreRefusedNamingTheCause() {
        ExtractionSettings s = PyRadiomicsParameters.parse("setting:\n  minimumROISize: 100000\n", "big");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BatchEngine.featureColumns(s));
        assertTrue(e.getMessage().startsWith("cannot derive the output's feature columns"), e.getMessage());
        assertTrue(e.getMessage().contains("100000"), e.getMessage());
    }

    @Test
    void usageErrorsNameTheBadArgument() {
        String[][] bad = {
            {"cases.csv", "params.yaml"},
            {"cases.csv"},
            {"cases.csv", "params.yaml", "out", "extra"},
            {"cases.csv", "params.yaml", "out", "--format", "json"},
            {"cases.csv", "params.yaml", "out", "--format"},
            {"cases.csv", "params.yaml", "out", "--partitions", "0"},
            {"cases.csv", "params.yaml", "out", "--partitions=x"},
            {"cases.csv", "params.yaml", "out", "--jobs", "2"},
        };
        String[] expected = {"missing argument OUTPUT", "missing argument PARAMS.yaml", "unexpected argument 'extra'",
            "--format must be parquet or csv but was 'json'", "option --format needs a value",
            "--partitions must be an integer >= 1 but was '0'", "--partitions must be an integer >= 1 but was 'x'",
            "unknown option '--jobs'"};
        for (int i = 0; i < bad.length; i++) {
            int k = i;
            RadiomicsSparkJob.UsageException e = assertThrows(RadiomicsSparkJob.UsageException.class,
                    () -> RadiomicsSparkJob.parse(bad[k]));
            assertTrue(e.getMessage().startsWith(expected[i]), e.getMessage());
        }
        RadiomicsSparkJob.Options o = RadiomicsSparkJob.parse(new String[] {"--format=csv", "c.csv", "p.yaml",
            "hdfs:///out", "--partitions", "12", "--overwrite"});
        assertEquals(new RadiomicsSparkJob.Options("c.csv", "p.yaml", "hdfs:///out", RadiomicsSparkJob.Format.CSV, 12,
                true), o);
    }
}
