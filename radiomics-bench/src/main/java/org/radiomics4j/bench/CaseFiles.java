package org.radiomics4j.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.radiomics4j.study.demo.SyntheticCt;
import org.radiomics4j.io.ImageWriters;

/**
 * Writes the benchmark cases ({@link BenchData#generator}, fixed seed) as gzip NRRD files, the input of the
 * whole-process rows of {@code radiomics-bench/run}: {@code <dir>/case<roi>/image.nrrd} (int16) and
 * {@code <dir>/case<roi>/mask.nrrd} (uint8). A case whose two files exist already is left as it is.
 *
 * <p>Usage: {@code CaseFiles <dir> [20000,300000,2400000]}
 */
public final class CaseFiles {
    private CaseFiles() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            throw new IllegalArgumentException("usage: CaseFiles <dir> [20000,300000,2400000]");
        }
        Path dir = Path.of(args[0]);
        int[] sizes = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {20_000, 300_000, 2_400_000};
        for (int roi : sizes) {
            Path folder = folder(dir, roi);
            Path image = folder.resolve("image.nrrd");
            Path mask = folder.resolve("mask.nrrd");
            if (Files.exists(image) && Files.exists(mask)) {
                continue;
            }
            Files.createDirectories(folder);
            SyntheticCt.Case c = BenchData.generator(roi).generate();
            // temporary names first, so an interrupted run never leaves a half-written case that looks complete
            Path ti = folder.resolve("image.tmp.nrrd");
            Path tm = folder.resolve("mask.tmp.nrrd");
            ImageWriters.writeVolume(c.image(), ti);
            ImageWriters.writeMask(c.mask(), tm);
            Files.move(tm, mask, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.move(ti, image, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            System.out.printf(Locale.ROOT, "wrote %s (ROI %d voxels)%n", folder, c.mask().count());
        }
    }

    /** The folder of the case with about {@code roi} ROI voxels. */
    static Path folder(Path dir, int roi) {
        return dir.resolve("case" + roi);
    }
}
