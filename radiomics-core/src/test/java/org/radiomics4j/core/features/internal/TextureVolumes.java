package org.radiomics4j.core.features.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.radiomics4j.core.discretize.GrayLevelVolume;

/** Test volumes: seeded random grey-level boxes, their rotations and flips, and the IBSI digital phantom. */
public final class TextureVolumes {
    private TextureVolumes() {
    }

    /** The testdata folder (system property {@code radiomics.testdata}, else {@code ../testdata}). */
    public static Path testdata() {
        String p = System.getProperty("radiomics.testdata");
        return p != null ? Path.of(p) : Path.of("..", "testdata");
    }

    /**
     * A random box of 1..maxSide voxels per axis with levels 0..maxLevel (0 = outside the ROI, with probability
     * {@code holeFraction}); unit spacing; ng = highest level present (at least 1).
     */
    public static GrayLevelVolume random(long seed, int maxSide, int maxLevel, double holeFraction) {
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

    /** Voxel mapping for a transform of the box: new size and where each old voxel goes. */
    public enum Transform {
        /** 90° rotation in the x-y plane: (x, y) → (ny−1−y, x). */
        ROTATE_XY,
        /** 90° rotation in the y-z plane: (y, z) → (nz−1−z, y). */
        ROTATE_YZ,
        /** 90° rotation in the x-z plane: (x, z) → (nz−1−z, x). */
        ROTATE_XZ,
        FLIP_X,
        FLIP_Y,
        FLIP_Z
    }

    /** {@code v} transformed; spacing is kept, so use it with isotropic spacing only. */
    public static GrayLevelVolume transform(GrayLevelVolume v, Transform t) {
        int nx = v.nx();
        int ny = v.ny();
        int nz = v.nz();
        int mx;
        int my;
        int mz;
        switch (t) {
            case ROTATE_XY -> {
                mx = ny;
                my = nx;
                mz = nz;
            }
            case ROTATE_YZ -> {
                mx = nx;
                my = nz;
                mz = ny;
            }
            case ROTATE_XZ -> {
                mx = nz;
                my = ny;
                mz = nx;
            }
            default -> {
                mx = nx;
                my = ny;
                mz = nz;
            }
        }
        int[] out = new int[v.levels().length];
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int[] d = switch (t) {
                        case ROTATE_XY -> new int[] {ny - 1 - y, x, z};
                        case ROTATE_YZ -> new int[] {x, nz - 1 - z, y};
                        case ROTATE_XZ -> new int[] {nz - 1 - z, y, x};
                        case FLIP_X -> new int[] {nx - 1 - x, y, z};
                        case FLIP_Y -> new int[] {x, ny - 1 - y, z};
                        case FLIP_Z -> new int[] {x, y, nz - 1 - z};
                    };
                    out[d[0] + mx * (d[1] + my * d[2])] = v.level(x, y, z);
                }
            }
        }
        return new GrayLevelVolume(mx, my, mz, out, v.ng(), v.spacing().clone());
    }

    /**
     * The IBSI-1 digital phantom (testdata/ibsi/digital_phantom/phantom_voxels.csv): its values are already grey
     * levels 1..6; voxels outside the mask get 0. The ROI spans the whole 5×4×4 box; spacing 2 mm.
     */
    public static GrayLevelVolume ibsiPhantom() {
        Path f = testdata().resolve("ibsi/digital_phantom/phantom_voxels.csv");
        try {
            List<String> lines = Files.readAllLines(f);
            int[] lev = new int[5 * 4 * 4];
            for (String line : lines.subList(1, lines.size())) {
                String[] p = line.split(",");
                int x = Integer.parseInt(p[0]);
                int y = Integer.parseInt(p[1]);
                int z = Integer.parseInt(p[2]);
                int value = Integer.parseInt(p[3]);
                boolean roi = Integer.parseInt(p[4]) == 1;
                lev[x + 5 * (y + 4 * z)] = roi ? value : 0;
            }
            return new GrayLevelVolume(5, 4, 4, lev, 6, new double[] {2, 2, 2});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 1-slice volume from rows {@code image[y][x]}. */
    public static GrayLevelVolume slice(int[][] image) {
        int ny = image.length;
        int nx = image[0].length;
        int[] lev = new int[nx * ny];
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                lev[x + nx * y] = image[y][x];
            }
        }
        return GrayLevelVolume.of(lev, nx, ny, 1);
    }

    /** Relative difference, with an absolute floor for values near zero. */
    public static boolean close(double expected, double actual, double rel, double abs) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return Double.isNaN(expected) && Double.isNaN(actual);
        }
        double d = Math.abs(expected - actual);
        return d <= abs || d <= rel * Math.abs(expected);
    }
}
