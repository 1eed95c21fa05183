package org.radiomics4j.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Write-then-read round trips over every pixel type, encoding, byte order and container, on seeded random volumes
 * with random rotation (and reflection), spacing and origin. Each case's seed is in its display name and printed;
 * rerun one with {@code -Dradiomics.seed=<base>}.
 *
 * <p>Voxel values must come back bit for bit. Geometry: NRRD and NIfTI-2 store doubles, so spacing and origin come
 * back within 1e-12 relative and the direction (re-normalised from direction·spacing) within 1e-12; NIfTI-1 stores
 * single precision, so 1e-6 relative (float epsilon 6e-8 times a few roundings) and 2e-6 for the direction.
 */
class RoundTripTest {
    @TempDir
    Path tmp;

    static Stream<Arguments> nrrdCases() {
        List<Arguments> out = new ArrayList<>();
        long seed = RandomImages.baseSeed();
        for (PixelType t : PixelType.values()) {
            for (NrrdEncoding e : NrrdEncoding.values()) {
                for (Endian en : Endian.values()) {
                    for (boolean detached : new boolean[] {false, true}) {
                        out.add(Arguments.of(t, e, en, detached, seed++));
                    }
                }
            }
        }
        return out.stream();
    }

    static Stream<Arguments> niftiCases() {
        List<Arguments> out = new ArrayList<>();
        long seed = RandomImages.baseSeed() + 1000;
        for (PixelType t : PixelType.values()) {
            for (NiftiVersion v : NiftiVersion.values()) {
                for (Endian en : Endian.values()) {
                    for (boolean gz : new boolean[] {false, true}) {
                        out.add(Arguments.of(t, v, en, gz, seed++));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} detached={3} seed={4}")
    @MethodSource("nrrdCases")
    void nrrd(PixelType type, NrrdEncoding encoding, Endian endian, boolean detached, long seed) throws IOException {
        System.out.println("RoundTripTest.nrrd seed=" + seed);
        SplittableRandom r = new SplittableRandom(seed);
        Geometry g = RandomImages.geometry(r, r.nextBoolean());
        Volume v = RandomImages.volume(r, type, g);
        Path f = tmp.resolve(detached ? "img.nhdr" : "img.nrrd");
        Nrrd.write(v, f, NrrdWriteOptions.defaults().withEncoding(encoding).withEndian(endian));
        if (detached) {
            try (Stream<Path> files = Files.list(tmp)) {
                assertEquals(2, files.count(), "detached header and data file");
            }
        }
        Volume back = ImageReaders.readVolume(f);
        assertSame(v, back, 1e-12, 1e-12);
    }

    @ParameterizedTest(name = "{0} {1} {2} gzip={3} seed={4}")
    @MethodSource("niftiCases")
    void nifti(PixelType type, NiftiVersion version, Endian endian, boolean gz, long seed) {
        System.out.println("RoundTripTest.nifti seed=" + seed);
        SplittableRandom r = new SplittableRandom(seed);
        Geometry g = RandomImages.geometry(r, r.nextBoolean());
        Volume v = RandomImages.volume(r, type, g);
        Path f = tmp.resolve(gz ? "img.nii.gz" : "img.nii");
        Nifti.write(v, f, new NiftiWriteOptions(version, endian));
        Volume back = ImageReaders.readVolume(f);
        boolean single = version == NiftiVersion.NIFTI_1;
        assertSame(v, back, single ? 1e-6 : 1e-12, single ? 2e-6 : 1e-12);
    }

    static void assertSame(Volume expected, Volume actual, double rel, double dirTol) {
        assertEquals(expected.pixelType(), actual.pixelType(), "pixel type");
        Geometry e = expected.geometry();
        Geometry a = actual.geometry();
        assertArrayEquals(e.size(), a.size(), "size");
        for (int i = 0; i < 3; i++) {
            assertEquals(e.spacing(i), a.spacing(i), rel * e.spacing(i), "spacing " + i);
            assertEquals(e.origin()[i], a.origin()[i], rel * Math.max(1, Math.abs(e.origin()[i])), "origin " + i);
        }
        assertArrayEquals(e.direction(), a.direction(), dirTol, "direction");
        for (int i = 0; i < expected.size(); i++) {
            double x = expected.get(i);
            double y = actual.get(i);
            assertTrue(Double.doubleToLongBits(x) == Double.doubleToLongBits(y),
                    "voxel " + i + ": expected " + x + " but was " + y);
        }
    }
}
