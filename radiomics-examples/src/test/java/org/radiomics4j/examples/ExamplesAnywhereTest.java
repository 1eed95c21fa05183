package org.radiomics4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, item 10: every top-level example runs from a directory outside the repository (a fresh temporary
 * folder, no {@code radiomics.testdata} property), reading the data the build bundles; it used to stop with a
 * stack trace because it looked for {@code testdata/} relative to the working directory.
 */
class ExamplesAnywhereTest {

    @ParameterizedTest
    @ValueSource(strings = {"ReadImageExample", "ExtractFeaturesExample", "CompareGroupsExample", "RocExample",
        "KaplanMeierExample", "LogisticExample", "IccExample", "AdasynExample"})
    void runsFromAnyWorkingDirectory(String example, @TempDir Path elsewhere) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder b = new ProcessBuilder(List.of(java.toString(), "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), "org.radiomics4j.examples." + example))
                .directory(elsewhere.toFile()).redirectErrorStream(true);
        Process p = b.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), example + " did not finish");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        assertFalse(text.contains("Exception"), text);
        assertTrue(text.lines().count() >= 2, text);
    }
}
