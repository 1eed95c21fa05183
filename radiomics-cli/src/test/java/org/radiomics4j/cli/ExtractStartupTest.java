package org.radiomics4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.io.ImageFormatException;
import org.radiomics4j.io.ImageReaders;

/**
 * Issue 11, the whole {@code radiomics extract} process: the command still offers the ND4J kernels (now outside
 * radiomics.jar, added by the launcher), the image and the mask read side by side give what reading in turn gives,
 * the default thread count gives the single-thread values, and the launcher's class-path and archive choices.
 */
class ExtractStartupTest {
    private static final Path DATA = Path.of(System.getProperty("radiomics.testdata", "../testdata"));
    private static final Path IMAGE = DATA.resolve("pyradiomics/images/breast1_image.nrrd");
    private static final Path MASK = DATA.resolve("pyradiomics/images/breast1_label.nrrd");
    private static final Path SCRIPT = DATA.resolve("../radiomics").normalize();

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** The standard output of a run that must have succeeded. */
    private static String features(CliRun r) {
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    @Test
    void backendNd4jIsStillOfferedAndAgreesWithJava() throws IOException {
        CliRun help = run("extract", "--help");
        assertTrue(help.out().contains("--backend") && help.out().contains("nd4j"), help.out());
        // the test class path has radiomics-nd4j (provided scope), as ./radiomics --backend nd4j has nd4j-lib
        CliRun nd4j = run("extract", IMAGE.toString(), MASK.toString(), "--backend", "nd4j", "--format", "json");
        CliRun java = run("extract", IMAGE.toString(), MASK.toString(), "--backend", "java", "--format", "json");
        JsonNode a = new ObjectMapper().readTree(features(nd4j));
        JsonNode b = new ObjectMapper().readTree(features(java));
        int compared = 0;
        for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (name.startsWith("original_")) {
                double y = b.get(name).asDouble();
                assertEquals(y, a.get(name).asDouble(), 1e-9 * Math.max(1, Math.abs(y)), name);
                compared++;
            }
        }
        assertEquals(107, compared);
    }

    @Test
    void defaultThreadsGiveTheSingleThreadOutput() {
        // the default is the number of processors; the values (and the hashes, computed on a helper thread then)
        // are those of one thread
        String one = features(run("extract", IMAGE.toString(), MASK.toString(), "--format", "json", "--threads", "1"));
        String dflt = features(run("extract", IMAGE.toString(), MASK.toString(), "--format", "json"));
        String four = features(run("extract", IMAGE.toString(), MASK.toString(), "--format", "json", "--threads", "4"));
        assertEquals(one, dflt);
        assertEquals(one, four);
    }

    @Test
    void imageAndMaskReadSideBySideEqualReadingInTurn() throws Exception {
        ExtractCommand.Inputs seq = ExtractCommand.readImageAndLabelMap(IMAGE, MASK, 1, null);
        ExtractCommand.Inputs par = ExtractCommand.readImageAndLabelMap(IMAGE, MASK, 2, null);
        assertEquals(seq.image().geometry(), par.image().geometry());
        assertTrue(Arrays.equals(seq.image().toDoubleArray(), par.image().toDoubleArray()));
        Mask m = ImageReaders.readMask(MASK);
        assertTrue(Arrays.equals(m.toIntArray(), par.mask().toIntArray()));
        // an unreadable image is reported (not the mask), as when reading in turn
        ImageFormatException e = assertThrows(ImageFormatException.class,
                () -> ExtractCommand.readImageAndLabelMap(Path.of("no-such-image.nrrd"), MASK, 2, null));
        assertTrue(e.getMessage().contains("no-such-image.nrrd"), e.getMessage());
        ImageFormatException f = assertThrows(ImageFormatException.class,
                () -> ExtractCommand.readImageAndLabelMap(IMAGE, Path.of("no-such-mask.nrrd"), 2, null));
        assertTrue(f.getMessage().contains("no-such-mask.nrrd"), f.getMessage());
    }

    @Test
    void launcherAddsNd4jLibOnlyForBackendNd4jAndUsesTheArchive(@TempDir Path root) throws Exception {
        Files.copy(SCRIPT, root.resolve("radiomics"));
        exec(root.resolve("radiomics"));
        Path target = Files.createDirectories(root.resolve("radiomics-cli/target"));
        Files.writeString(target.resolve("radiomics.jar"), "jar");
        Path bin = Files.createDirectories(root.resolve("bin"));
        // stub java: the training run (CdsTraining) writes the class list named by -XX:DumpLoadedClassList, the
        // dump (-Xshare:dump) the archive named by -XX:SharedArchiveFile
        write(bin.resolve("java"), """
                #!/usr/bin/env bash
                dump=0
                for a in "$@"; do [[ $a == -Xshare:dump ]] && dump=1; done
                for a in "$@"; do
                  case "$a" in
                    -XX:DumpLoadedClassList=*) echo classes > "${a#-XX:DumpLoadedClassList=}"; echo "$*" > training-args;;
                    -XX:SharedClassListFile=*) [[ -s ${a#-XX:SharedClassListFile=} ]] || exit 5;;
                    -XX:SharedArchiveFile=*) (( dump )) && echo jsa > "${a#-XX:SharedArchiveFile=}" && echo "$*" > dump-args;;
                  esac
                done
                echo "ran $*"
                """);
        write(bin.resolve("mvn"), "#!/usr/bin/env bash\necho unexpected build >&2\nexit 3\n");
        String plain = launch(root, bin, "extract", "a.nrrd", "b.nrrd");
        assertTrue(plain.contains("-XX:SharedArchiveFile=" + target.resolve("radiomics.jsa")), plain);
        assertTrue(plain.contains("-jar " + target.resolve("radiomics.jar")) && !plain.contains("nd4j-lib"), plain);
        assertTrue(Files.exists(target.resolve("radiomics.jsa")), "the training run wrote the archive");
        // a static archive: the training run's class list, then -Xshare:dump on the same class path
        assertTrue(Files.readString(root.resolve("training-args")).contains("org.radiomics4j.cli.CdsTraining"));
        String dump = Files.readString(root.resolve("dump-args"));
        assertTrue(dump.contains("-cp " + target.resolve("radiomics.jar")), dump);
        try (var left = Files.list(target)) {
            assertEquals(List.of(), left.filter(f -> f.toString().contains("classlist")).toList(), "class list kept");
        }
        // the initial heap: min(1 GB, RAM/4) from /proc/meminfo, unless the user's options size the heap
        assertTrue(plain.matches("(?s).* -Xms[0-9]+m .*"), plain);
        String sized = launch(root, bin, Map.of("RADIOMICS_JAVA_OPTS", "-Xmx512m"), "extract", "a.nrrd", "b.nrrd");
        assertTrue(!sized.contains("-Xms") && sized.contains(" -Xmx512m -jar "), sized);
        boolean madvise = Files.isReadable(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"))
                && Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled")).contains("[madvise]");
        assertEquals(madvise, plain.contains("-XX:+UseTransparentHugePages"), plain);
        for (List<String> nd4j : List.of(List.of("--backend", "nd4j"), List.of("--backend=nd4j"))) {
            String[] args = new String[] {"extract", "a.nrrd", "b.nrrd", nd4j.get(0), nd4j.size() > 1 ? nd4j.get(1) : ""};
            String out = launch(root, bin, Arrays.stream(args).filter(s -> !s.isEmpty()).toArray(String[]::new));
            assertTrue(out.contains(target.resolve("radiomics.jar") + ":" + target.resolve("nd4j-lib") + "/*")
                    && out.contains("org.radiomics4j.cli.Main extract"), out);
        }
    }

    private static String launch(Path root, Path bin, String... args) throws Exception {
        return launch(root, bin, Map.of(), args);
    }

    private static String launch(Path root, Path bin, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("bash", root.resolve("radiomics").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true);
        b.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        b.environment().remove("RADIOMICS_JAVA_OPTS");
        b.environment().remove("RADIOMICS_CDS");
        b.environment().putAll(env);
        Process p = b.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "launcher did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        exec(file);
    }

    private static void exec(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
