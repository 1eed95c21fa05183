package org.radiomics4j.nd4j;

import java.nio.file.Path;
import java.util.Random;
import java.util.SplittableRandom;

import org.radiomics4j.core.discretize.Discretizer;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.io.ImageReaders;

/** Seeded random grey-level volumes and PyRadiomics' base cases, for the agreement tests. */
final class TestVolumes {
    private TestVolumes() {
    }

    /**
     * A random box of 1..maxSide voxels per axis with levels 0..maxLevel (0 = outside the ROI, with probability
     * {@code holeFraction}); unit spacing.
     */
    static GrayLevelVolume random(long seed, int maxSide, int maxLevel, double holeFraction) {
        Random r = new Random(seed);
        int nx = 1 + r.nextInt(maxSide);
        int ny = 1 + r.nextInt(maxSide);
        int nz = 1 + r.nextInt(maxSide);
        int levels = 1 + r.nextInt(maxLevel);
        int[] lev = new int[nx * ny * nz];
        for (int i = 0; i < lev.length; i++) {
            lev[i] = r.nextDouble() < holeFraction ? 0 : 1 + r.nextInt(levels);
        }
        return GrayLevelVolume.of(lev, nx, ny, nz);
    }

    /**
     * A random box of 1..8 voxels per axis with spatially correlated levels (zones larger than one voxel occur),
     * holes, voxel 0 always in the ROI, and {@code ng} sometimes above the highest level present.
     */
    static GrayLevelVolume randomZones(SplittableRandom rnd) {
        int nx = 1 + rnd.nextInt(8);
        int ny = 1 + rnd.nextInt(8);
        int nz = 1 + rnd.nextInt(8);
        int levelsCount = 1 + rnd.nextInt(6);
        double holeRate = rnd.nextDouble() * 0.5;
        int[] lv = new int[nx * ny * nz];
        for (int i = 0; i < lv.length; i++) {
            if (i > 0 && rnd.nextDouble() < holeRate) {
                lv[i] = 0;
            } else if (i > 0 && lv[i - 1] != 0 && rnd.nextBoolean()) {
                lv[i] = lv[i - 1];
            } else {
                lv[i] = 1 + rnd.nextInt(levelsCount);
            }
        }
        int max = 0;
        for (int v : lv) {
            max = Math.max(max, v);
        }
        return new GrayLevelVolume(nx, ny, nz, lv, max + rnd.nextInt(2), new double[] {1, 1, 1});
    }

    /** PyRadiomics' base-case pipeline on a test case: label 1, cropped to its bounding box, binWidth 25. */
    static GrayLevelVolume baseCase(String caseName) {
        Path images = testdata().resolve("pyradiomics").resolve("images");
        Volume image = ImageReaders.readVolume(images.resolve(caseName + "_image.nrrd"));
        Mask roi = ImageReaders.readMask(images.resolve(caseName + "_label.nrrd")).select(1);
        BoundingBox box = roi.boundingBox().orElseThrow();
        return Discretizer.of(ExtractionSettings.defaults().binning()).discretize(image.crop(box), roi.crop(box))
                .levels();
    }

    static Path testdata() {
        String p = System.getProperty("radiomics.testdata");
        return p != null ? Path.of(p) : Path.of("..", "testdata");
    }

    /** {@code |a − b| <= abs} or {@code <= rel·|a|}; NaN only equals NaN. */
    static boolean close(double a, double b, double rel, double abs) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) && Double.isNaN(b);
        }
        double d = Math.abs(a - b);
        return d <= abs || d <= rel * Math.abs(a);
    }
}
