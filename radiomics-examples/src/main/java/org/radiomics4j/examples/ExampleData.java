package org.radiomics4j.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the examples find their inputs: the repository's {@code testdata/} directory, taken from the system property
 * {@code radiomics.testdata}, else {@code ./testdata} (run from the repository root), else {@code ../testdata} (run
 * from a module directory).
 */
final class ExampleData {
    private ExampleData() {
    }

    static Path testdata() {
        String p = System.getProperty("radiomics.testdata");
        if (p != null) {
            return Path.of(p);
        }
        Path here = Path.of("testdata");
        return Files.isDirectory(here) ? here : Path.of("..", "testdata");
    }

    /** The PyRadiomics test image brain1 (NRRD) and its label map. */
    static Path[] brain1() {
        Path d = testdata().resolve("pyradiomics/images");
        return new Path[] {d.resolve("brain1_image.nrrd"), d.resolve("brain1_label.nrrd")};
    }

    /** The reference study cohort: 25 subjects, clinical columns, 10 features, a second reader's copy (r2_). */
    static Path cohort() {
        return testdata().resolve("stats/cohort/inputs/cohort_01.csv");
    }
}
