package org.radiomics4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.cli.ExitCodesTest.Run;

/**
 * The README's {@code ./radiomics stats} lines run as written against the shipped cohort (issue 8: they used a
 * {@code responder} column that no shipped CSV has). Lines are read from README.md, {@code $C} is the README's own
 * assignment, an output file goes to a temporary folder.
 */
class ReadmeExamplesTest {
    private static final Path ROOT = Path.of(System.getProperty("radiomics.testdata", "../testdata")).resolve("..")
            .normalize();

    @Test
    void statsExamplesRunAsWritten(@TempDir Path tmp) throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"));
        String c = null;
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("C=")) {
                c = l.substring(2).trim();
            }
            if (l.startsWith("./radiomics stats ")) {
                StringBuilder cmd = new StringBuilder(l);
                while (cmd.toString().stripTrailing().endsWith("\\")) {
                    cmd.setLength(cmd.toString().stripTrailing().length() - 1);
                    cmd.append(' ').append(lines.get(++i).trim());
                }
                commands.add(cmd.toString());
            }
        }
        assertTrue(commands.size() >= 9, commands::toString);
        for (String command : commands) {
            String text = command.replaceAll("\\s#.*$", "").replace("$C", String.valueOf(c));
            List<String> args = new ArrayList<>(Arrays.asList(text.trim().split("\\s+")));
            args.remove(0); // ./radiomics
            for (int k = 0; k < args.size(); k++) {
                if (args.get(k).startsWith("testdata/")) {
                    args.set(k, ROOT.resolve(args.get(k)).toString());
                }
                if (args.get(k).equals("-o")) {
                    args.set(k + 1, tmp.resolve(args.get(k + 1)).toString());
                }
            }
            Run r = ExitCodesTest.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), () -> command + "\n" + r.err());
        }
    }

    @Test
    void jshellOutputInTheReadmeIsWhatVolumePrints() throws IOException {
        // the README showed "min 6, max 248" where Volume prints "min 6.00000, max 248.000"
        var image = org.radiomics4j.io.ImageReaders.readVolume(ROOT.resolve(
                "testdata/pyradiomics/images/breast1_image.nrrd"));
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertTrue(readme.contains("// " + image), image.toString());
    }
}
