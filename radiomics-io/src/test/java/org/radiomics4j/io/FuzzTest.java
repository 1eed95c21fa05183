package org.radiomics4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.nifti.Nifti;
import org.radiomics4j.io.nifti.NiftiVersion;
import org.radiomics4j.io.nifti.NiftiWriteOptions;
import org.radiomics4j.io.nrrd.Nrrd;
import org.radiomics4j.io.nrrd.NrrdEncoding;
import org.radiomics4j.io.nrrd.NrrdWriteOptions;

/**
 * Seeded corruption fuzzing: valid files with random bytes overwritten (header and data) or cut at a random length
 * must either read as a volume of the declared size or throw {@link ImageFormatException}, never another exception
 * or an Error. The seed of each case is in its display name.
 */
class FuzzTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        long seed = RandomImages.baseSeed() + 5000;
        String[] kinds = {"nrrd-raw", "nrrd-gzip", "nrrd-ascii", "nii", "nii.gz", "nii2"};
        for (String k : kinds) {
            for (int i = 0; i < 40; i++) {
                out.add(Arguments.of(k, seed++));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("cases")
    void corruptedFilesFailCleanly(String kind, long seed) throws IOException {
        System.out.println("FuzzTest seed=" + seed);
        SplittableRandom r = new SplittableRandom(seed);
        Geometry g = RandomImages.geometry(r, false);
        Volume v = RandomImages.volume(r, PixelType.INT16, g);
        Path f = switch (kind) {
            case "nrrd-raw", "nrrd-gzip", "nrrd-ascii" -> tmp.resolve("f.nrrd");
            case "nii.gz" -> tmp.resolve("f.nii.gz");
            default -> tmp.resolve("f.nii");
        };
        switch (kind) {
            case "nrrd-raw" -> Nrrd.write(v, f, NrrdWriteOptions.defaults().withEncoding(NrrdEncoding.RAW));
            case "nrrd-gzip" -> Nrrd.write(v, f, NrrdWriteOptions.defaults());
            case "nrrd-ascii" -> Nrrd.write(v, f, NrrdWriteOptions.defaults().withEncoding(NrrdEncoding.ASCII));
            case "nii2" -> Nifti.write(v, f, NiftiWriteOptions.defaults().withVersion(NiftiVersion.NIFTI_2));
            default -> Nifti.write(v, f, NiftiWriteOptions.defaults());
        }
        byte[] b = Files.readAllBytes(f);
        int headerEnd = kind.startsWith("nrrd") ? Math.min(b.length, 400) : Math.min(b.length, 560);
        if (r.nextInt(4) == 0) {
            b = java.util.Arrays.copyOf(b, r.nextInt(b.length));
        } else {
            int edits = 1 + r.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int pos = r.nextInt(r.nextBoolean() ? headerEnd : b.length);
                b[pos] = r.nextBoolean() ? (byte) r.nextInt(256) : (byte) "0123456789 -.:(),\n"
                        .charAt(r.nextInt(18));
            }
        }
        Files.write(f, b);
        try {
            Volume got = ImageReaders.readVolume(f);
            assertEquals(got.geometry().voxelCount(), got.size());
        } catch (ImageFormatException expected) {
            // the only acceptable failure
        } catch (Throwable t) {
            fail("seed " + seed + ": expected a volume or ImageFormatException but got " + t, t);
        }
    }
}
