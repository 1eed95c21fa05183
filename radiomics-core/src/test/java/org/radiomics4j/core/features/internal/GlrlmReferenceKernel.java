package org.radiomics4j.core.features.internal;

import java.util.ArrayList;
import java.util.List;

import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.WeightingNorm;
import org.radiomics4j.core.features.Directions;

/**
 * The plain reference GLRLM builder: the implementation of {@code GlrlmKernels.build} before the branch-free,
 * run-counting kernel (one pass per direction over the ROI with a full-size run-length array, a run counted at its
 * last voxel), on its own padded copy ({@link ReferencePadding}). The optimised builder must return the same
 * counts, bit for bit.
 */
public final class GlrlmReferenceKernel {
    private GlrlmReferenceKernel() {
    }

    /**
     * Builds the GLRLM: runs per direction (distance 1), directions whose lines never hold two ROI voxels zeroed,
     * absent levels removed, optionally weighted and summed, empty directions dropped (unless merged), run-length
     * columns empty in every matrix removed.
     */
    public static GlrlmCounts build(GrayLevelVolume volume, boolean force2D, int force2Ddimension,
            WeightingNorm norm) {
        ReferencePadding grid = ReferencePadding.of(volume);
        int[][] dirs = Directions.half(new int[] {volume.nz(), volume.ny(), volume.nx()}, List.of(1), force2D,
                force2Ddimension);
        int na = dirs.length;
        int ng = volume.ng();
        int w = ng + 1;
        int nr = Math.max(volume.nx(), Math.max(volume.ny(), volume.nz()));
        int[] raw = new int[na * w * nr];
        int[] run = new int[grid.levels().length];
        int[] lev = grid.levels();
        int[] roi = grid.roi();
        for (int a = 0; a < na; a++) {
            int off = grid.offset(dirs[a]);
            if (off <= 0) {
                throw new IllegalStateException("half-direction offset must be positive but was " + off);
            }
            int base = a * w * nr;
            boolean multi = false;
            for (int p : roi) {
                int g = lev[p];
                int r = lev[p - off] == g ? run[p - off] + 1 : 1;
                run[p] = r;
                if (lev[p + off] != g) {
                    raw[base + g * nr + r - 1]++;
                    if (r > 1) {
                        multi = true;
                    }
                }
            }
            if (!multi && !anyLineWithTwoRoiVoxels(volume, dirs[a])) {
                java.util.Arrays.fill(raw, base, base + w * nr, 0);
            }
        }
        int[] present = ReferencePadding.presentLevels(volume);
        int n = present.length;
        double[] c = new double[na * n * nr];
        for (int a = 0; a < na; a++) {
            for (int i = 0; i < n; i++) {
                int src = (a * w + present[i]) * nr;
                int dst = (a * n + i) * nr;
                for (int j = 0; j < nr; j++) {
                    c[dst + j] = raw[src + j];
                }
            }
        }
        int[][] keptDirs;
        int m;
        if (norm != WeightingNorm.NONE) {
            double[] spacingZyx = {volume.spacing()[2], volume.spacing()[1], volume.spacing()[0]};
            double[] merged = new double[n * nr];
            for (int a = 0; a < na; a++) {
                double wt = GlrlmKernels.glrlmWeight(norm, dirs[a], spacingZyx);
                for (int k = 0; k < n * nr; k++) {
                    merged[k] += wt * c[a * n * nr + k];
                }
            }
            c = merged;
            keptDirs = dirs;
            m = 1;
        } else {
            List<Integer> kept = new ArrayList<>();
            for (int a = 0; a < na; a++) {
                double s = 0;
                for (int k = 0; k < n * nr; k++) {
                    s += c[a * n * nr + k];
                }
                if (s != 0) {
                    kept.add(a);
                }
            }
            m = kept.size();
            keptDirs = new int[m][];
            double[] out = new double[m * n * nr];
            for (int k = 0; k < m; k++) {
                keptDirs[k] = dirs[kept.get(k)];
                System.arraycopy(c, kept.get(k) * n * nr, out, k * n * nr, n * nr);
            }
            c = out;
        }
        // remove run lengths that are empty in every matrix
        boolean[] used = new boolean[nr];
        int nUsed = 0;
        for (int j = 0; j < nr; j++) {
            for (int a = 0; a < m && !used[j]; a++) {
                for (int i = 0; i < n; i++) {
                    if (c[(a * n + i) * nr + j] != 0) {
                        used[j] = true;
                        break;
                    }
                }
            }
            if (used[j]) {
                nUsed++;
            }
        }
        int[] lengths = new int[nUsed];
        int[] colIdx = new int[nUsed];
        for (int j = 0, k = 0; j < nr; j++) {
            if (used[j]) {
                lengths[k] = j + 1;
                colIdx[k++] = j;
            }
        }
        double[] out = new double[m * n * nUsed];
        for (int a = 0; a < m; a++) {
            for (int i = 0; i < n; i++) {
                int src = (a * n + i) * nr;
                int dst = (a * n + i) * nUsed;
                for (int k = 0; k < nUsed; k++) {
                    out[dst + k] = c[src + colIdx[k]];
                }
            }
        }
        return new GlrlmCounts(present, lengths, keptDirs, norm != WeightingNorm.NONE, m, out);
    }

    /** Whether some line of the box along {@code dzyx} holds at least two ROI voxels (PyRadiomics' multiElement). */
    private static boolean anyLineWithTwoRoiVoxels(GrayLevelVolume v, int[] dzyx) {
        int nx = v.nx();
        int ny = v.ny();
        int nz = v.nz();
        int[] lev = v.levels();
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    if (lev[x + nx * (y + ny * z)] == 0) {
                        continue;
                    }
                    int zz = z + dzyx[0];
                    int yy = y + dzyx[1];
                    int xx = x + dzyx[2];
                    while (zz >= 0 && zz < nz && yy >= 0 && yy < ny && xx >= 0 && xx < nx) {
                        if (lev[xx + nx * (yy + ny * zz)] != 0) {
                            return true;
                        }
                        zz += dzyx[0];
                        yy += dzyx[1];
                        xx += dzyx[2];
                    }
                }
            }
        }
        return false;
    }

}
