package org.radiomics4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.core.extract.FeatureSet;

class RadiomicsTest {
    private static final Path IMAGES = Path.of(System.getProperty("radiomics.testdata", "../testdata"), "pyradiomics/images");

    @Test
    void extractFromFilesWithAParameterFileMatchesPyRadiomicsBaseline(@TempDir Path tmp) throws IOException {
        Path params = tmp.resolve("p.yaml");
        // the settings of the base 'breast1' column of PyRadiomics' baseline (testdata/pyradiomics/README.md)
        Files.writeString(params, "setting:\n  binWidth: 25\n  voxelArrayShift: 2000\n");
        FeatureSet f = Radiomics.extract(IMAGES.resolve("breast1_image.nrrd"), IMAGES.resolve("breast1_label.nrrd"), params);
        // testdata/pyradiomics/baseline/firstorder.csv, breast1, original_firstorder_Energy = 649499543.0
        assertEquals(649499543.0, f.get("original_firstorder_Energy"), 649499543.0 * 1e-9);
        assertEquals(107, f.size());
    }
}
