package org.radiomics4j.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where the examples find their inputs, so that they run from any working directory: the repository's
 * {@code testdata/} directory given by the system property {@code radiomics.testdata}, else {@code ./testdata} (run
 * from the repository root), else {@code ../testdata} (run from a module directory), else the copies of the three
 * files the examples use that the build bundles into the jar ({@code org/radiomics4j/examples/data/}, from
 * testdata; see testdata's README files for their provenance), copied to a temporary folder on first use. Every
 * example also takes its inputs as arguments.
 */
final class ExampleData {
    private static final String BUNDLED = "/org/radiomics4j/examples/data/";

    private ExampleData() {
    }

    static Path testdata() {
        String p = System.getProperty("radiomics.testdata");
        if (p != null) {
            return Path.of(p);
        }
        for (Path candidate : new Path[] {Path.of("testdata"), Path.of("..", "testdata")}) {
            if (Files.isRegularFile(candidate.resolve("stats/cohort/inputs/cohort_01.csv"))) {
                return candidate;
            }
        }
        return Bundled.DIR;
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

    /** The bundled files, copied once (lazily, on first use) to a temporary testdata-shaped folder. */
    private static final class Bundled {
        static final Path DIR = copy();

        private static Path copy() {
            try {
                Path dir = Files.createTempDirectory("radiomics4j-examples-");
                for (String f : new String[] {"stats/cohort/inputs/cohort_01.csv",
                    "pyradiomics/images/brain1_image.nrrd", "pyradiomics/images/brain1_label.nrrd"}) {
                    try (InputStream in = ExampleData.class.getResourceAsStream(BUNDLED + f)) {
                        if (in == null) {
                            throw new IllegalStateException("no testdata folder (set -Dradiomics.testdata=DIR or run"
                                    + " from the repository root) and no bundled " + BUNDLED + f + " on the class"
                                    + " path; pass the input files as arguments");
                        }
                        Path target = dir.resolve(f);
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        target.toFile().deleteOnExit();
                    }
                }
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy the bundled example data to a temporary folder", e);
            }
        }
    }
}
