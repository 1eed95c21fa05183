package org.radiomics4j.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.radiomics4j.study.demo.SyntheticCt;
import org.radiomics4j.io.ImageWriters;

/**
 * The training run of the {@code ./radiomics} launcher's class-data-sharing archive: after each build of
 * {@code radiomics.jar} the launcher runs this once with {@code -XX:DumpLoadedClassList}, dumps a static archive of
 * the listed classes ({@code -Xshare:dump}) to {@code radiomics.jsa}, and later runs start with
 * {@code -XX:SharedArchiveFile=radiomics.jsa}, so the classes of an extraction (picocli, the NRRD reader, the feature
 * families, the writers) are mapped from the archive instead of being parsed and verified again from the jar by
 * every run.
 *
 * <p>It writes a small synthetic CT and its mask (gzip NRRD) to a temporary folder and extracts it the way a user
 * does, through {@link Main#run}, with the table, JSON and CSV outputs and on one and two threads, then runs
 * {@code version} and {@code help} (which build the whole command tree); the output is
 * discarded and the folder deleted. Exit code 0 when every run succeeded, else 1 (the launcher then runs without an
 * archive).
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("radiomics-cds");
        int failed = 0;
        try {
            SyntheticCt.Case c = SyntheticCt.builder().size(48, 48, 24).spacing(0.75, 0.75, 1.25).roiVoxels(4_000)
                    .lesions(1).seed(1).build().generate();
            Path image = dir.resolve("image.nrrd");
            Path mask = dir.resolve("mask.nrrd");
            ImageWriters.writeVolume(c.image(), image);
            ImageWriters.writeMask(c.mask(), mask);
            PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
            for (List<String> a : List.of(
                    List.of("extract", image.toString(), mask.toString()),
                    List.of("extract", image.toString(), mask.toString(), "--format", "json", "--threads", "2"),
                    List.of("extract", image.toString(), mask.toString(), "--format", "csv", "--threads", "1"),
                    List.of("version"), List.of("help"))) { // the whole command tree (statistics commands too)
                if (new Main().run(a, sink, sink) != 0) {
                    failed++;
                }
            }
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
