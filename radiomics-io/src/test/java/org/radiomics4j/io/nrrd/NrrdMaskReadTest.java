package org.radiomics4j.io.nrrd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageFormatException;
import org.radiomics4j.io.ImageReaders;

/**
 * Issue 11: {@link Nrrd#readMask} inflates an 8-bit label map straight into the mask's bytes; it must give what the
 * plain path gives ({@code Mask.fromVolume(Nrrd.read(file))}) for every encoding, byte order and container, on
 * seeded random label maps (the seed is printed; rerun with {@code -Dradiomics.seed=<seed>}), and report a truncated
 * file as the plain reader does.
 */
class NrrdMaskReadTest {
    @TempDir
    Path tmp;

    @Test
    void directByteReadEqualsVolumeThenMask() throws IOException {
        String p = System.getProperty("radiomics.seed");
        long seed = p != null ? Long.parseLong(p) : System.nanoTime();
        System.out.println("directByteReadEqualsVolumeThenMask seed " + seed);
        Random rnd = new Random(seed);
        int c = 0;
        for (PixelType t : new PixelType[] {PixelType.UINT8, PixelType.UINT16, PixelType.INT16}) {
            for (NrrdEncoding e : NrrdEncoding.values()) {
                for (String ext : new String[] {".nrrd", ".nhdr"}) {
                    int nx = 1 + rnd.nextInt(9);
                    int ny = 1 + rnd.nextInt(9);
                    int nz = 1 + rnd.nextInt(9);
                    double[] v = new double[nx * ny * nz];
                    int max = t == PixelType.UINT8 ? 255 : 3000;
                    for (int i = 0; i < v.length; i++) {
                        v[i] = rnd.nextInt(3) == 0 ? rnd.nextInt(max + 1) : 0;
                    }
                    Geometry g = Geometry.of(new int[] {nx, ny, nz}, new double[] {0.7, 0.8, 2.5},
                            new double[] {-3, 4, 5}, Geometry.identity());
                    Path f = tmp.resolve("m" + c++ + ext);
                    Nrrd.write(Volume.ofCast(v, g, t), f, NrrdWriteOptions.defaults().withEncoding(e));
                    String where = "seed " + seed + " " + t + " " + e + " " + ext;
                    Mask direct = Nrrd.readMask(f);
                    Mask plain = Mask.fromVolume(Nrrd.read(f));
                    assertArrayEquals(plain.toIntArray(), direct.toIntArray(), where);
                    assertEquals(plain.geometry(), direct.geometry(), where);
                    assertArrayEquals(plain.toIntArray(), ImageReaders.readMask(f).toIntArray(), where);
                }
            }
        }
    }

    @Test
    void truncatedGzipMaskIsReported() throws IOException {
        double[] v = new double[40 * 40 * 10];
        Arrays.fill(v, 1);
        Path f = tmp.resolve("m.nrrd");
        Nrrd.write(Volume.ofCast(v, Geometry.of(40, 40, 10), PixelType.UINT8), f,
                NrrdWriteOptions.defaults().withEncoding(NrrdEncoding.RAW));
        byte[] all = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(all, all.length - 100));
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> Nrrd.readMask(f));
        assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
    }

    @Test
    void gzipCutInHalfSaysHowFarItInflated() throws IOException {
        // noise, so that half of the compressed bytes hold about half of the samples
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        double[] v = new double[64 * 64 * 16];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.nextInt(-1000, 1000);
        }
        for (PixelType t : new PixelType[] {PixelType.INT16, PixelType.UINT8}) {
            Path f = tmp.resolve("half-" + t + ".nrrd");
            double[] w = t == PixelType.UINT8 ? Arrays.stream(v).map(x -> Math.abs(x) % 200).toArray() : v;
            Nrrd.write(Volume.ofCast(w, Geometry.of(64, 64, 16), t), f,
                    NrrdWriteOptions.defaults().withEncoding(NrrdEncoding.GZIP));
            byte[] all = Files.readAllBytes(f);
            int header = new String(all, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("\n\n") + 2;
            Files.write(f, Arrays.copyOf(all, header + (all.length - header) / 2));
            ImageFormatException e = assertThrows(ImageFormatException.class, () -> {
                if (t == PixelType.UINT8) {
                    Nrrd.readMask(f);
                } else {
                    Nrrd.read(f);
                }
            });
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("ends after (\\d+) inflated bytes")
                    .matcher(e.getMessage());
            assertTrue(m.find() && e.getMessage().contains("truncated"), e.getMessage());
            long inflated = Long.parseLong(m.group(1));
            long expected = (long) v.length * t.bytes();
            assertTrue(inflated > expected / 4 && inflated < expected * 3 / 4, e.getMessage());
        }
    }
}
