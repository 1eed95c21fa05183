package org.radiomics4j.io;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared reference data (system property {@code radiomics.testdata}, else {@code ../testdata}). */
public final class TestData {
    private TestData() {
    }

    public static Path root() {
        String p = System.getProperty("radiomics.testdata");
        Path root = p != null ? Path.of(p) : Path.of("..", "testdata");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("test data folder not found: " + root.toAbsolutePath());
        }
        return root;
    }

    public static Path pyradiomicsImage(String name) {
        return root().resolve("pyradiomics").resolve("images").resolve(name);
    }
}
