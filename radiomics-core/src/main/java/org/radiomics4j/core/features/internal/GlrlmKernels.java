package org.radiomics4j.core.features.internal;

import java.util.ArrayList;
import java.util.List;

import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.WeightingNorm;
import org.radiomics4j.core.features.Directions;
import org.radiomics4j.core.features.glrlm.GlrlmFeature;

/**
 * GLRLM matrix builder and the plain-Java (reference) feature kernel, following PyRadiomics' {@code glrlm.py} and
 * {@code cmatrices.c} (see {@code testdata/pyradiomics/README.md} §3, §5, §6).
 */
public final class GlrlmKernels {
    private static final int F = GlrlmFeature.values().length;

    private GlrlmKernels() {
    }

    /**
     * Builds the GLRLM: runs per direction (distance 1), directions whose lines never hold two ROI voxels zeroed,
     * absent levels removed, optionally weighted and summed, empty directions dropped (unless merged), run-length
     * columns empty in every matrix removed.
     *
     * <p>Counting: a voxel that is the {@code r}-th voxel of its run along {@code d} (its run length so far, read
     * from the voxel at {@code −d}) adds one to {@code A(g, r)}, the number of runs of level {@code g} of length
     * {@code ≥ r}; the runs of length exactly {@code r} are {@code P(g, r) = A(g, r) − A(g, r+1)}, the same integers
     * as counting each run at its last voxel. This needs no look-ahead to the end of a run, so the loop has no
     * data-dependent branch; the run lengths so far are kept in a ring buffer of {@code 2^k > offset} entries. The
     * box is read in place, row by row over the span of each row that holds ROI voxels (voxels outside the ROI are
     * counted into a discarded slot), so nothing as large as the box is allocated.
     *
     * @throws IllegalArgumentException if a level lies outside {@code 0..ng}
     */
    public static GlrlmCounts build(GrayLevelVolume volume, boolean force2D, int force2Ddimension,
            WeightingNorm norm) {
        int nx = volume.nx();
        int ny = volume.ny();
        int nz = volume.nz();
        int[][] dirs = Directions.half(new int[] {nz, ny, nx}, List.of(1), force2D, force2Ddimension);
        int na = dirs.length;
        int w = volume.ng() + 1;
        int nr = Math.max(nx, Math.max(ny, nz));
        RowSpans spans = RowSpans.of(volume);
        int[] present = spans.presentLevels();
        int n = present.length;
        int[] offsets = new int[na];
        int maxOff = 1;
        for (int a = 0; a < na; a++) {
            offsets[a] = dirs[a][2] + nx * (dirs[a][1] + ny * dirs[a][0]);
            if (offsets[a] <= 0) {
                throw new IllegalStateException("half-direction offset must be positive but was " + offsets[a]);
            }
            maxOff = Math.max(maxOff, offsets[a]);
        }
        int stride = nr + 2;
        int[] atLeast = new int[w * stride];
        int[] ring = new int[ringSize(maxOff)];
        double[] c = new double[na * n * nr];
        for (int a = 0; a < na; a++) {
            java.util.Arrays.fill(atLeast, 0);
            countRunPositions(volume, spans, dirs[a], offsets[a], ring, ringSize(offsets[a]) - 1, atLeast, stride);
            boolean multi = false;
            for (int g = 1; g < w; g++) {
                multi |= atLeast[g * stride + 2] != 0;
            }
            if (!multi && !anyLineWithTwoRoiVoxels(volume, dirs[a])) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                int src = present[i] * stride;
                int dst = (a * n + i) * nr;
                for (int j = 0; j < nr; j++) {
                    c[dst + j] = atLeast[src + j + 1] - atLeast[src + j + 2];
                }
            }
        }
        int[][] keptDirs;
        int m;
        if (norm != WeightingNorm.NONE) {
            double[] spacingZyx = {volume.spacing()[2], volume.spacing()[1], volume.spacing()[0]};
            double[] merged = new double[n * nr];
            for (int a = 0; a < na; a++) {
                double wt = glrlmWeight(norm, dirs[a], spacingZyx);
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

    /** The smallest power of two above {@code offset}: a ring of that many entries keeps {@code offset} back. */
    static int ringSize(int offset) {
        return Integer.highestOneBit(offset) << 1;
    }

    /**
     * Adds, for the direction {@code d} (flat offset {@code offset > 0} in the unpadded box), each ROI voxel's
     * position in its run to {@code atLeast[g·stride + r]}. Rows are visited in increasing order, each over its ROI
     * span {@code [a0, a1)}, split into {@code [a0, lo)}, {@code [lo, hi)} and {@code [hi, a1)}: only in the middle
     * part does the voxel at {@code −d} lie in the box ({@link #runPositions}); in the others each voxel starts a run
     * ({@link #runStarts}). The split is computed without branches (a row whose row at {@code −d} is outside the box
     * gets {@code lo = hi = a1}), so the loop's branch profile is the same for every direction and the JIT-compiled
     * loop is not thrown away when the next direction takes another path.
     */
    static void countRunPositions(GrayLevelVolume volume, RowSpans spans, int[] d, int offset, int[] ring, int mask,
            int[] atLeast, int stride) {
        int[] lev = volume.levels();
        int nx = volume.nx();
        int ny = volume.ny();
        int nz = volume.nz();
        int dz = d[0];
        int dy = d[1];
        int dx = d[2];
        int[] from = spans.from();
        int[] to = spans.to();
        for (int z = 0; z < nz; z++) {
            int zs = z - dz;
            // sign bit set iff the slice at −d is outside 0..nz−1
            int zOut = zs | (nz - 1 - zs);
            for (int y = 0; y < ny; y++) {
                int ys = y - dy;
                int inside = ~((zOut | ys | (ny - 1 - ys)) >> 31);
                int row = z * ny + y;
                int a0 = from[row];
                int a1 = to[row];
                int base = row * nx;
                // x − dx must lie in 0..nx−1; an empty span (a0 = a1) gives empty parts
                int lo = Math.min(a1, Math.max(a0, dx));
                int hi = Math.max(lo, Math.min(a1, nx + dx));
                lo = a1 + ((lo - a1) & inside);
                hi = a1 + ((hi - a1) & inside);
                runStarts(lev, base + a0, base + lo, ring, mask, atLeast, stride);
                runPositions(lev, base + lo, base + hi, offset, ring, mask, atLeast, stride);
                runStarts(lev, base + hi, base + a1, ring, mask, atLeast, stride);
            }
        }
    }

    /** Voxels {@code from..to−1} whose voxel at {@code −d} is outside the box: position 1 (0 outside the ROI). */
    private static void runStarts(int[] lev, int from, int to, int[] ring, int mask, int[] atLeast, int stride) {
        for (int p = from; p < to; p++) {
            int g = lev[p];
            int r = 1 & (-g >> 31);
            ring[p & mask] = r;
            atLeast[g * stride + r]++;
        }
    }

    /**
     * Voxels {@code from..to−1} whose voxel {@code q = p − offset} at {@code −d} is in the box: position
     * {@code ring[q] + 1} when {@code q} has the same level, else 1; 0 for a voxel outside the ROI (level 0, masked
     * with {@code −g >> 31}), counted into the discarded slot {@code atLeast[0]}. When {@code lev[q] = g ≠ 0},
     * {@code q} is an ROI voxel of an earlier span whose ring entry is still intact ({@code mask + 1 > offset});
     * otherwise the (possibly stale) entry read is discarded or masked.
     */
    private static void runPositions(int[] lev, int from, int to, int offset, int[] ring, int mask, int[] atLeast,
            int stride) {
        for (int p = from; p < to; p++) {
            int g = lev[p];
            int q = p - offset;
            int before = ring[q & mask];
            int r = (lev[q] == g ? before + 1 : 1) & (-g >> 31);
            ring[p & mask] = r;
            atLeast[g * stride + r]++;
        }
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

    /** PyRadiomics' GLRLM weight: the plain norm of {@code |a|·spacing}; 1 for no_weighting. */
    static double glrlmWeight(WeightingNorm norm, int[] dzyx, double[] spacingZyx) {
        return switch (norm) {
            case INFINITY -> {
                double m = 0;
                for (int k = 0; k < 3; k++) {
                    m = Math.max(m, Math.abs(dzyx[k]) * spacingZyx[k]);
                }
                yield m;
            }
            case EUCLIDEAN -> {
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    double v = Math.abs(dzyx[k]) * spacingZyx[k];
                    s += v * v;
                }
                yield Math.sqrt(s);
            }
            case MANHATTAN -> {
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    s += Math.abs(dzyx[k]) * spacingZyx[k];
                }
                yield s;
            }
            case NO_WEIGHTING, NONE -> 1.0;
        };
    }

    /** Per-direction feature values of the plain-Java kernel: {@code [feature ordinal][direction]}. */
    public static double[][] perDirection(GlrlmCounts m) {
        int ng = m.grayLevels().length;
        int nr = m.runLengths().length;
        int na = m.matrices();
        double[] c = m.counts();
        double[] iv = new double[ng];
        double[] jv = new double[nr];
        for (int i = 0; i < ng; i++) {
            iv[i] = m.grayLevels()[i];
        }
        for (int j = 0; j < nr; j++) {
            jv[j] = m.runLengths()[j];
        }
        double[][] out = new double[F][na];
        double[] pg = new double[ng];
        double[] pr = new double[nr];
        for (int a = 0; a < na; a++) {
            java.util.Arrays.fill(pg, 0);
            java.util.Arrays.fill(pr, 0);
            int base = a * ng * nr;
            double total = 0;
            double srlgle = 0;
            double srhgle = 0;
            double lrlgle = 0;
            double lrhgle = 0;
            for (int i = 0; i < ng; i++) {
                double i2 = iv[i] * iv[i];
                for (int j = 0; j < nr; j++) {
                    double v = c[base + i * nr + j];
                    double j2 = jv[j] * jv[j];
                    pg[i] += v;
                    pr[j] += v;
                    total += v;
                    srlgle += v / (i2 * j2);
                    srhgle += v * i2 / j2;
                    lrlgle += v * j2 / i2;
                    lrhgle += v * i2 * j2;
                }
            }
            double nrun = total == 0 ? Double.NaN : total;
            double sre = 0;
            double lre = 0;
            double rln = 0;
            double np = 0;
            for (int j = 0; j < nr; j++) {
                double j2 = jv[j] * jv[j];
                sre += pr[j] / j2;
                lre += pr[j] * j2;
                rln += pr[j] * pr[j];
                np += pr[j] * jv[j];
            }
            double gln = 0;
            double lglre = 0;
            double hglre = 0;
            double ui = 0;
            for (int i = 0; i < ng; i++) {
                double i2 = iv[i] * iv[i];
                gln += pg[i] * pg[i];
                lglre += pg[i] / i2;
                hglre += pg[i] * i2;
                ui += pg[i] / nrun * iv[i];
            }
            double glv = 0;
            for (int i = 0; i < ng; i++) {
                double d = iv[i] - ui;
                glv += pg[i] / nrun * d * d;
            }
            double uj = 0;
            for (int j = 0; j < nr; j++) {
                uj += pr[j] / nrun * jv[j];
            }
            double rv = 0;
            for (int j = 0; j < nr; j++) {
                double d = jv[j] - uj;
                rv += pr[j] / nrun * d * d;
            }
            double re = 0;
            for (int k = 0; k < ng * nr; k++) {
                double p = c[base + k] / nrun;
                re -= p * GlcmKernels.log2eps(p);
            }
            out[GlrlmFeature.SHORT_RUN_EMPHASIS.ordinal()][a] = sre / nrun;
            out[GlrlmFeature.LONG_RUN_EMPHASIS.ordinal()][a] = lre / nrun;
            out[GlrlmFeature.GRAY_LEVEL_NON_UNIFORMITY.ordinal()][a] = gln / nrun;
            out[GlrlmFeature.GRAY_LEVEL_NON_UNIFORMITY_NORMALIZED.ordinal()][a] = gln / (nrun * nrun);
            out[GlrlmFeature.RUN_LENGTH_NON_UNIFORMITY.ordinal()][a] = rln / nrun;
            out[GlrlmFeature.RUN_LENGTH_NON_UNIFORMITY_NORMALIZED.ordinal()][a] = rln / (nrun * nrun);
            out[GlrlmFeature.RUN_PERCENTAGE.ordinal()][a] = nrun / np;
            out[GlrlmFeature.GRAY_LEVEL_VARIANCE.ordinal()][a] = glv;
            out[GlrlmFeature.RUN_VARIANCE.ordinal()][a] = rv;
            out[GlrlmFeature.RUN_ENTROPY.ordinal()][a] = re;
            out[GlrlmFeature.LOW_GRAY_LEVEL_RUN_EMPHASIS.ordinal()][a] = lglre / nrun;
            out[GlrlmFeature.HIGH_GRAY_LEVEL_RUN_EMPHASIS.ordinal()][a] = hglre / nrun;
            out[GlrlmFeature.SHORT_RUN_LOW_GRAY_LEVEL_EMPHASIS.ordinal()][a] = srlgle / nrun;
            out[GlrlmFeature.SHORT_RUN_HIGH_GRAY_LEVEL_EMPHASIS.ordinal()][a] = srhgle / nrun;
            out[GlrlmFeature.LONG_RUN_LOW_GRAY_LEVEL_EMPHASIS.ordinal()][a] = lrlgle / nrun;
            out[GlrlmFeature.LONG_RUN_HIGH_GRAY_LEVEL_EMPHASIS.ordinal()][a] = lrhgle / nrun;
        }
        return out;
    }

    /** NaN-skipping mean over directions, per feature ordinal. */
    public static double[] aggregate(double[][] perDirection) {
        double[] out = new double[F];
        for (int f = 0; f < F; f++) {
            out[f] = GlcmKernels.nanMean(perDirection[f]);
        }
        return out;
    }
}
