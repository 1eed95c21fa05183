package org.radiomics4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Runs each example's {@code main} on the repository's testdata and checks that it completes and prints its key
 * lines. Numbers checked come from outside: PyRadiomics' baseline ({@code testdata/pyradiomics/baseline}) and the
 * R oracle of the cohort ({@code testdata/stats/cohort/expected.json}), at the precision the example prints.
 */
class ExamplesTest {

    interface Main {
        void run(String[] args) throws Exception;
    }

    private static String run(Main main) throws Exception {
        return run(main, new String[0]);
    }

    private static String run(Main main, String[] args) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (PrintStream p = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            System.setOut(p);
            main.run(args);
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8);
        old.print(out);
        return out;
    }

    private static void contains(String out, String expected) {
        assertTrue(out.contains(expected), "expected '" + expected + "' in:\n" + out);
    }

    @Test
    void readImage() throws Exception {
        String out = run(ReadImageExample::main);
        contains(out, "Image: brain1_image.nrrd");
        contains(out, "256x256x25");
        // PyRadiomics baseline settings.csv: brain1 diagnostics_Mask-original_VoxelNum = 4137
        contains(out, "ROI voxels: 4137");
    }

    @Test
    void extractFeatures() throws Exception {
        String out = run(ExtractFeaturesExample::main);
        contains(out, "Features extracted: ");
        // PyRadiomics baseline firstorder.csv: brain1 original_firstorder_Mean = 825.2354363065023 (printed %.6g)
        contains(out, "original_firstorder_Mean                 825.235");
    }

    @Test
    void compareGroups() throws Exception {
        String out = run(CompareGroupsExample::main);
        contains(out, "25 subjects, 15 responders, 10 non-responders");
        contains(out, "Student t test");
    }

    @Test
    void roc() throws Exception {
        String out = run(RocExample::main);
        // R pROC 1.18.0 (expected.json, lower_is_positive): AUC 0.886666666666667
        contains(out, "AUC            0.886667");
        contains(out, "Criterion: <= ");
    }

    @Test
    void kaplanMeier() throws Exception {
        String out = run(KaplanMeierExample::main);
        contains(out, "Low arm (<= cutoff):");
        contains(out, "High arm (> cutoff):");
        contains(out, "Kaplan-Meier: 16 subjects");
        contains(out, "Kaplan-Meier: 9 subjects");
    }

    @Test
    void kaplanMeierPlot(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("km.png");
        String out = run(KaplanMeierExample::main, new String[] {ExampleData.cohort().toString(),
            "original_glszm_LargeAreaLowGrayLevelEmphasis", png.toString()});
        contains(out, "Plot: ");
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(900, img.getWidth());
        assertEquals(600, img.getHeight());
    }

    @Test
    void logistic() throws Exception {
        String out = run(LogisticExample::main);
        contains(out, "Logistic regression, n = 25");
        contains(out, "ki67");
    }

    @Test
    void icc() throws Exception {
        String out = run(IccExample::main);
        // R psych 2.2.9 (expected.json): ICC(2,1) of original_firstorder_Mean = 0.921174550114309
        contains(out, "original_firstorder_Mean: ICC(2,1) = 0.9212");
        assertTrue(out.lines().count() >= 10, "one line per feature with a reader-2 copy");
    }

    @Test
    void adasyn() throws Exception {
        String out = run(AdasynExample::main);
        contains(out, "Synthetic cohort: 177 subjects (87 responders, 90 non-responders)");
        contains(out, "Not an external validation");
    }
}
