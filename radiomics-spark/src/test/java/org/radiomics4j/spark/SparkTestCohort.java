package org.radiomics4j.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.radiomics4j.core.extract.FeatureSet;
import org.radiomics4j.io.batch.CaseResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A cohort of cases made from PyRadiomics' bundled samples (testdata/pyradiomics/images: brain1 and breast1,
 * images and label masks), and the comparison of Spark's rows with the local batch's results.
 */
final class SparkTestCohort {
    private SparkTestCohort() {
    }

    /** The PyRadiomics parameter file used: the default classes, binWidth 25, voxelArrayShift 2000 (the baseline's). */
    static final String PARAMS = "setting:\n  binWidth: 25\n  voxelArrayShift: 2000\n  label: 1\n";

    static Path testdata() {
        String p = System.getProperty("radiomics.testdata");
        return p != null ? Path.of(p) : Path.of("..", "testdata");
    }

    static Path sample(String name) {
        return testdata().resolve("pyradiomics").resolve("images").resolve(name).toAbsolutePath().normalize();
    }

    /** A local Spark session for tests: {@code master}, no UI, few shuffle partitions, loopback only. */
    static SparkSession spark(String master) {
        return SparkSession.builder().master(master).appName("radiomics-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    /**
     * Writes {@code n} cases into {@code folder}/{@code name}: brain1 and breast1 alternating; every third case by a
     * path relative to the cases file (resolved against its folder, as PyRadiomics does) and from a copy of the
     * sample in a subfolder, the others by absolute paths; an empty Label cell on every fourth (the parameter
     * file's label); a passed-through Group with commas and quotes; case {@code broken} (if {@code >= 1}) has a
     * truncated copy of its image (the NRRD header intact, the data cut to 1 kB).
     */
    static Path cases(Path folder, String name, int n, int broken) throws IOException {
        Path copies = Files.createDirectories(folder.resolve("copies"));
        for (String s : List.of("brain1_image.nrrd", "brain1_label.nrrd", "breast1_image.nrrd",
                "breast1_label.nrrd")) {
            if (!Files.exists(copies.resolve(s))) {
                Files.copy(sample(s), copies.resolve(s));
            }
        }
        StringBuilder sb = new StringBuilder("ID,Image,Mask,Label,Group\n");
        for (int i = 1; i <= n; i++) {
            String s = i % 2 == 1 ? "brain1" : "breast1";
            String image = i % 3 == 0 ? "copies/" + s + "_image.nrrd" : sample(s + "_image.nrrd").toString();
            String mask = i % 3 == 0 ? "copies/" + s + "_label.nrrd" : sample(s + "_label.nrrd").toString();
            if (i == broken) {
                Path cut = folder.resolve("truncated_" + s + "_image.nrrd");
                byte[] all = Files.readAllBytes(sample(s + "_image.nrrd"));
                int header = indexOfBlankLine(all);
                Files.write(cut, Arrays.copyOf(all, header + 1024));
                image = cut.getFileName().toString();
            }
            String label = i % 4 == 0 ? "" : "1";
            String group = i % 5 == 0 ? "\"arm \"\"B\"\", site 2\"" : "A";
            sb.append(String.format("P%02d,%s,%s,%s,%s%n", i, image, mask, label, group));
        }
        Path f = folder.resolve(name);
        Files.writeString(f, sb.toString());
        return f;
    }

    private static int indexOfBlankLine(byte[] b) {
        for (int i = 0; i + 1 < b.length; i++) {
            if (b[i] == '\n' && b[i + 1] == '\n') {
                return i + 2;
            }
        }
        throw new IllegalStateException("no NRRD header end");
    }

    /**
     * Asserts that Spark's row equals the local batch's result of the same case: the case id, the passed-through
     * cells, the error message, the diagnostics, and every feature bit for bit ({@link Double#equals}); a feature
     * column the local result lacks is null.
     */
    static void assertSameRow(CaseResult local, Row r, List<String> inputColumns, List<String> features) {
        String at = "case " + local.batchCase().index();
        assertEquals(local.batchCase().index(), r.<Integer>getAs(RadiomicsSpark.CASE), at);
        for (String c : inputColumns) {
            assertEquals(local.batchCase().columns().get(c), r.getAs(c), at + " column " + c);
        }
        assertEquals(local.error(), r.getAs(RadiomicsSpark.ERROR), at + " error");
        if (!local.ok()) {
            assertNull(r.getAs(RadiomicsSpark.DIAGNOSTICS), at);
            for (String f : features) {
                assertNull(r.getAs(f), at + " " + f);
            }
            return;
        }
        FeatureSet fs = local.features();
        Map<String, String> diag = r.getJavaMap(r.fieldIndex(RadiomicsSpark.DIAGNOSTICS));
        assertEquals(fs.diagnostics(), diag, at + " diagnostics");
        assertEquals(fs.names(), new ArrayList<>(features.stream().filter(fs::contains).toList()), at);
        for (String f : features) {
            Double v = r.getAs(f);
            if (fs.contains(f)) {
                assertNotNull(v, at + " " + f);
                assertEquals(Double.valueOf(fs.get(f)), v, at + " " + f); // Double.equals: the same bits
            } else {
                assertNull(v, at + " " + f);
            }
        }
    }
}
