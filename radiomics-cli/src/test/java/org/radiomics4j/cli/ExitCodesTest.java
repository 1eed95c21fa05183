package org.radiomics4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The documented exit codes (0 success, 1 processing error, 2 usage error) and the generated help of every command. */
class ExitCodesTest {
    private static final Path DATA = Path.of(System.getProperty("radiomics.testdata", "../testdata"));
    private static final String IMAGE = DATA.resolve("pyradiomics/images/breast1_image.nrrd").toString();
    private static final String MASK = DATA.resolve("pyradiomics/images/breast1_label.nrrd").toString();
    private static final String COHORT = DATA.resolve("stats/cohort/inputs/cohort_01.csv").toString();

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void usage(String... args) {
        Run r = run(args);
        assertEquals(2, r.code(), () -> String.join(" ", args) + ": " + r.err());
        assertTrue(r.err().contains("radiomics help"), () -> "points to the help: " + r.err());
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) {
        // issue 8, item 7: --threads 0 and --label 0 exited 1
        usage("extract", "--threads", "0", IMAGE, MASK);
        usage("extract", "--label", "0", IMAGE, MASK);
        usage("extract", "--label", "x", IMAGE, MASK);
        usage("study", "x.yaml", "--threads", "0");
        usage("demo", "--threads", "0", "--out", dir.toString());
        usage("nosuchcommand");
        usage("extract", "--nosuchoption", IMAGE, MASK);
        usage("extract", IMAGE);
        usage("extract", IMAGE, MASK, "--format", "xml");
        usage("extract", IMAGE, MASK, "--format", "json", "--format", "csv");
        usage("stats", "roc", "--csv", COHORT, "--score", "ki67");
        usage("stats", "roc", "--csv", COHORT, "--score", "ki-67", "--label", "response");
        usage("stats", "roc", "--csv", COHORT, "--score", "ki67", "--label", "response", "--direction", "up");
        usage("stats", "survival", "--csv", COHORT, "--time", "os_months", "--event", "death", "--feature", "ki67");
        usage("stats", "survival", "--csv", COHORT, "--time", "os_months", "--event", "death", "--at", "1,x");
        usage("stats", "describe", "--csv", COHORT, "--columns", "age", "--delimiter", "ab");
        usage("stats", "describe", "--csv", COHORT, "--columns", "age", "--categorical", "nosuch");
        usage("stats", "adasyn", "--csv", COHORT, "--label", "response", "--features", "age", "--size", "0:5",
                "-o", dir.resolve("s.csv").toString());
        usage("help", "nosuch");
        Run typo = run("stats", "roc", "--csv", COHORT, "--score", "ki67", "--label", "response", "--tresholds");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("unknown option '--tresholds'; did you mean --thresholds?"), typo.err());
        assertEquals(2, run().code());
        assertEquals(2, run("stats").code());
    }

    @Test
    void processingErrorsExitOneAndSuccessZero(@TempDir Path dir) {
        Run missing = run("extract", "no-such-image.nrrd", MASK);
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("no-such-image.nrrd"), missing.err());
        Run missingCsv = run("stats", "describe", "--csv", dir.resolve("none.csv").toString(), "--columns", "a");
        assertEquals(1, missingCsv.code());
        assertTrue(missingCsv.err().contains("does not exist"), missingCsv.err());
        assertEquals(1, run("stats", "adjust", "--p", "0.2,1.5").code());
        assertEquals(0, run("version").code());
        assertEquals(0, run("help").code());
        assertEquals(0, run("stats", "describe", "--csv", COHORT, "--columns", "age").code());
    }

    @Test
    void everyCommandHasGeneratedHelpBothWays() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(), new ArrayList<>(), paths);
        assertTrue(paths.size() >= 15, paths::toString);
        for (List<String> path : paths) {
            List<String> flag = new ArrayList<>(path);
            flag.add("--help");
            Run a = run(flag.toArray(String[]::new));
            assertEquals(0, a.code(), () -> flag + ": " + a.err());
            assertTrue(a.out().startsWith("Usage: radiomics " + String.join(" ", path)), a.out());
            List<String> help = new ArrayList<>(List.of("help"));
            help.addAll(path);
            Run b = run(help.toArray(String[]::new));
            assertEquals(0, b.code(), () -> help + ": " + b.err());
            assertEquals(a.out(), b.out(), () -> "help " + path);
            assertFalse(a.out().contains("%n"), a.out());
        }
    }

    private static void collect(CommandLine c, List<String> prefix, List<List<String>> out) {
        c.getSubcommands().forEach((name, sub) -> {
            List<String> p = new ArrayList<>(prefix);
            p.add(name);
            out.add(p);
            collect(sub, p, out);
        });
    }

    @Test
    void completionScriptCoversTheCommandTree() {
        String script = picocli.AutoComplete.bash("radiomics", Main.commandLine());
        assertTrue(script.contains("complete -F _complete_radiomics") && script.contains("--thresholds")
                && script.contains("mann-whitney"), script.substring(0, Math.min(500, script.length())));
    }

    @Test
    void outOfMemoryIsOneLineAndExitOne(@TempDir Path dir) throws Exception {
        // a 300x300x150 int16 image (27 MB as samples) in a JVM with a 40 MB heap
        org.radiomics4j.core.image.Geometry g = org.radiomics4j.core.image.Geometry.of(300, 300, 150);
        double[] zeros = new double[g.voxelCount()];
        Path image = dir.resolve("big.nrrd");
        Path mask = dir.resolve("big-mask.nrrd");
        org.radiomics4j.io.nrrd.Nrrd.write(org.radiomics4j.core.image.Volume.ofCast(zeros, g,
                org.radiomics4j.core.image.PixelType.INT16), image, org.radiomics4j.io.nrrd.NrrdWriteOptions.defaults());
        zeros[g.index(150, 150, 75)] = 1;
        zeros[g.index(151, 150, 75)] = 1;
        org.radiomics4j.io.nrrd.Nrrd.write(org.radiomics4j.core.image.Volume.ofCast(zeros, g,
                org.radiomics4j.core.image.PixelType.UINT8), mask, org.radiomics4j.io.nrrd.NrrdWriteOptions.defaults());
        zeros = null;
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx40m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "extract", image.toString(),
                mask.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "did not finish");
        assertEquals(1, p.exitValue(), err);
        List<String> lines = err.lines().filter(l -> !l.startsWith("SLF4J")).toList();
        assertEquals(1, lines.size(), err);
        assertTrue(lines.get(0).startsWith("radiomics extract: ") && !err.contains("Exception in thread"), err);
    }
}
