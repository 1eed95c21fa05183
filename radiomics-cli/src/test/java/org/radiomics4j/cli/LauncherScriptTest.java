package org.radiomics4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, item 8: two first-time {@code ./radiomics} runs at once must not run two builds into the same target
 * folder, and the build must not compile the tests. The launcher is run on a copy of the repository root with stub
 * {@code mvn} and {@code java} commands: the stub build takes a second, fails if another build is running, and logs
 * its arguments.
 */
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of(System.getProperty("radiomics.testdata", "../testdata"))
            .resolve("../radiomics").normalize();

    @Test
    void concurrentFirstRunsBuildOnceWithoutTestSources(@TempDir Path root) throws Exception {
        Files.copy(SCRIPT, root.resolve("radiomics"));
        exec(root.resolve("radiomics"));
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path log = root.resolve("mvn.log");
        write(bin.resolve("mvn"), """
                #!/usr/bin/env bash
                if [[ -e building ]]; then echo "concurrent build" >&2; exit 3; fi
                touch building
                echo "$@" >> mvn.log
                sleep 1
                mkdir -p radiomics-cli/target
                echo jar > radiomics-cli/target/radiomics.jar
                rm building
                """);
        write(bin.resolve("java"), "#!/usr/bin/env bash\necho \"ran $*\"\n");
        Process[] p = new Process[2];
        for (int i = 0; i < 2; i++) {
            ProcessBuilder b = new ProcessBuilder("bash", root.resolve("radiomics").toString(), "version")
                    .directory(root.toFile()).redirectErrorStream(true);
            b.environment().put("PATH", bin + ":" + System.getenv("PATH"));
            p[i] = b.start();
        }
        for (Process q : p) {
            assertTrue(q.waitFor(60, TimeUnit.SECONDS), "launcher did not finish");
            String out = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, q.exitValue(), out);
            assertTrue(out.contains("ran ") && out.contains("version"), out);
        }
        List<String> builds = Files.readAllLines(log);
        assertEquals(1, builds.size(), "one build, the second run waits and finds the jar fresh: " + builds);
        assertTrue(builds.get(0).contains("-Dmaven.test.skip=true"), builds.get(0));
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        exec(file);
    }

    private static void exec(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
