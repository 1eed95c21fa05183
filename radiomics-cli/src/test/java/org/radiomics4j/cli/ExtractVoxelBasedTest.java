package org.radiomics4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.io.ParameterFiles;
import org.radiomics4j.core.extract.VoxelBasedExtractor;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageReaders;
import org.radiomics4j.io.ImageWriters;

/**
 * {@code radiomics extract IMAGE MASK --voxel-based -o DIR}: one file per map with PyRadiomics' feature names, the
 * maps' grid (ROI box padded by kernelRadius, in the input's physical space), the values the library computes
 * (whose definition VoxelBasedExtractorTest checks), progress on standard error, usage errors.
 */
class ExtractVoxelBasedTest {

    private static Path[] writeCase(Path dir, long seed) {
        System.out.println("ExtractVoxelBasedTest seed " + seed);
        Random rnd = new Random(seed);
        int nx = 9;
        int ny = 8;
        int nz = 6;
        double[] v = new double[nx * ny * nz];
        int[] m = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = rnd.nextInt(200);
            int x = i % nx;
            int y = (i / nx) % ny;
            m[i] = x > 1 && y > 1 && x < nx - 2 && y < ny - 1 && rnd.nextDouble() < 0.8 ? 1 : 0;
        }
        Geometry g = Geometry.of(new int[] {nx, ny, nz}, new double[] {0.7, 0.7, 2}, new double[] {10, -5, 3},
                Geometry.identity());
        Path img = dir.resolve("img.nrrd");
        Path mask = dir.resolve("mask.nrrd");
        ImageWriters.writeVolume(Volume.ofCast(v, g, PixelType.INT16), img);
        ImageWriters.writeMask(Mask.of(m, g), mask);
        return new Path[] {img, mask};
    }

    @Test
    void writesOneMapPerFeatureWithPyRadiomicsNamesAndTheBoxGrid(@TempDir Path tmp) throws IOException {
        Path[] c = writeCase(tmp, 41);
        Path params = tmp.resolve("p.yaml");
        Files.writeString(params, "setting:\n  binWidth: 20\nfeatureClass:\n  firstorder: []\n  glcm: []\n"
                + "voxelSetting:\n  kernelRadius: 2\n  initValue: -1\n");
        for (String fmt : List.of("nrrd", "nifti")) {
            Path out = tmp.resolve("maps-" + fmt);
            ExitCodesTest.Run r = ExitCodesTest.run("extract", c[0].toString(), c[1].toString(), "-p",
                    params.toString(), "--voxel-based", "-o", out.toString(), "--map-format", fmt, "--threads", "2");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().contains("voxel-based: ") && r.err().contains("(100%)"), r.err());
            String ext = fmt.equals("nrrd") ? ".nrrd" : ".nii.gz";
            Volume img = ImageReaders.readVolume(c[0]);
            Mask mask = ImageReaders.readMask(c[1]);
            ExtractionSettings s = ParameterFiles.read(params);
            VoxelBasedExtractor.Maps want = VoxelBasedExtractor.of(s, ParameterFiles.readVoxelSettings(params))
                    .extract(img, mask, null);
            List<String> files;
            try (Stream<Path> l = Files.list(out)) {
                files = l.map(p -> p.getFileName().toString()).sorted().toList();
            }
            assertEquals(want.maps().size(), files.size(), files.toString());
            assertTrue(files.contains("original_glcm_Correlation" + ext), files.toString());
            assertTrue(files.contains("original_firstorder_Mean" + ext), files.toString());
            for (var e : want.maps().entrySet()) {
                Volume got = ImageReaders.readVolume(out.resolve(e.getKey() + ext));
                assertEquals(PixelType.FLOAT64, got.pixelType(), e.getKey());
                assertEquals(null, got.geometry().difference(want.grid(), 1e-5), e.getKey());
                assertArrayEquals(e.getValue().toDoubleArray(), got.toDoubleArray(), e.getKey());
            }
            // the map of the mean at an ROI voxel is the mean of its (masked) 5x5x5 neighbourhood
            Volume mean = ImageReaders.readVolume(out.resolve("original_firstorder_Mean" + ext));
            Geometry g = img.geometry();
            int bx = want.box().x0();
            int by = want.box().y0();
            int bz = want.box().z0();
            int checked = 0;
            for (int z = 0; z < want.box().sz(); z++) {
                for (int y = 0; y < want.box().sy(); y++) {
                    for (int x = 0; x < want.box().sx(); x++) {
                        double got = mean.get(x, y, z);
                        if (mask.label(x + bx, y + by, z + bz) == 0) {
                            assertEquals(-1.0, got);
                            continue;
                        }
                        double sum = 0;
                        int n = 0;
                        for (int dz = -2; dz <= 2; dz++) {
                            for (int dy = -2; dy <= 2; dy++) {
                                for (int dx = -2; dx <= 2; dx++) {
                                    int xx = x + bx + dx;
                                    int yy = y + by + dy;
                                    int zz = z + bz + dz;
                                    if (xx >= 0 && yy >= 0 && zz >= 0 && xx < g.nx() && yy < g.ny() && zz < g.nz()
                                            && mask.label(xx, yy, zz) != 0) {
                                        sum += img.get(xx, yy, zz);
                                        n++;
                                    }
                                }
                            }
                        }
                        assertEquals(sum / n, got, 1e-9 * Math.abs(sum / n), "mean at " + x + "," + y + "," + z);
                        checked++;
                    }
                }
            }
            assertTrue(checked > 50, "checked " + checked);
        }
    }

    @Test
    void voxelBasedUsageErrorsNameTheOption(@TempDir Path tmp) {
        Path[] c = writeCase(tmp, 42);
        ExitCodesTest.Run r = ExitCodesTest.run("extract", c[0].toString(), c[1].toString(), "--voxel-based");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("-o DIR"), r.err());
        r = ExitCodesTest.run("extract", c[0].toString(), c[1].toString(), "--map-format", "nifti");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--map-format needs --voxel-based"), r.err());
        r = ExitCodesTest.run("extract", c[0].toString(), c[1].toString(), "--voxel-based", "-o",
                tmp.resolve("m").toString(), "--map-format", "mha");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--map-format must be one of nrrd, nifti"), r.err());
    }
}
