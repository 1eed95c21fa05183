package org.radiomics4j.core.features.internal;

import java.util.ArrayList;
import java.util.List;

import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.WeightingNorm;
import org.radiomics4j.core.features.Directions;
import org.radiomics4j.core.features.glcm.GlcmFeature;

/**
 * GLCM matrix builder and the plain-Java (reference) feature kernel, following PyRadiomics' {@code glcm.py} and
 * {@code cmatrices.c} (see {@code testdata/pyradiomics/README.md} §3, §4, §6, §7).
 */
public final class GlcmKernels {
    /** numpy's {@code spacing(1)}. */
    public static final double EPS = Math.ulp(1.0);
    private static final double INV_LN2 = 1.0 / Math.log(2.0);
    private static final int F = GlcmFeature.values().length;

    private GlcmKernels() {
    }

    /**
     * {@code log2(x + ε)} as numpy's {@code log2}. The entropy sums of {@link #perDirection} skip the terms whose
     * factor is 0 (empty cells of the small matrices of voxel-based kernels are most of them): such a term is
     * {@code ±0}, and adding {@code ±0} to an accumulator that starts at {@code +0} never changes its bits, so the
     * values are the same bit for bit, without the logarithm.
     */
    static double log2eps(double x) {
        return Math.log(x + EPS) * INV_LN2;
    }

    /**
     * Builds the GLCM: counts per direction, absent levels removed, optionally symmetrised, optionally weighted and
     * summed, empty directions dropped (unless merged).
     */
    public static GlcmCounts build(GrayLevelVolume volume, List<Integer> distances, boolean force2D,
            int force2Ddimension, boolean symmetric, WeightingNorm norm) {
        int maxD = 0;
        for (int d : distances) {
            maxD = Math.max(maxD, d);
        }
        DirectionalGrid grid = DirectionalGrid.of(volume, maxD);
        int[][] dirs = Directions.half(grid.sizeZyx(), distances, force2D, force2Ddimension);
        return fromRawCounts(countPairs(grid, dirs), grid.ng(), grid.presentLevels(), dirs, symmetric, norm,
                volume.spacing());
    }

    /**
     * The GLCM from raw pair counts: absent levels removed, optionally symmetrised, optionally weighted and summed,
     * empty directions dropped (unless merged). The second half of {@link #build}, shared with the voxel-based
     * sliding kernel, so both give the same counts (and so the same feature values, bit for bit) for the same raw
     * counts.
     *
     * @param raw pair counts, layout {@code [a][g(v)][g(v+d)]} over levels {@code 0..ng} ({@code (ng+1)²} per
     *     direction; row and column 0 ignored), not modified
     * @param ng the highest grey level
     * @param present the levels present in the ROI, increasing
     * @param dirs the offsets {@code {dz,dy,dx}} of the directions of {@code raw}
     * @param symmetric add each direction's matrix to its transpose
     * @param norm the weighting norm ({@link WeightingNorm#NONE}: per-direction matrices)
     * @param spacing the voxel spacing {@code {x,y,z}} (for the weights)
     */
    public static GlcmCounts fromRawCounts(int[] raw, int ng, int[] present, int[][] dirs, boolean symmetric,
            WeightingNorm norm, double[] spacing) {
        int na = dirs.length;
        int w = ng + 1;
        int n = present.length;
        double[] c = new double[na * n * n];
        for (int a = 0; a < na; a++) {
            for (int i = 0; i < n; i++) {
                int src = (a * w + present[i]) * w;
                int dst = (a * n + i) * n;
                for (int j = 0; j < n; j++) {
                    c[dst + j] = raw[src + present[j]];
                }
            }
        }
        if (symmetric) {
            for (int a = 0; a < na; a++) {
                int base = a * n * n;
                for (int i = 0; i < n; i++) {
                    for (int j = i; j < n; j++) {
                        double s = c[base + i * n + j] + c[base + j * n + i];
                        c[base + i * n + j] = s;
                        c[base + j * n + i] = s;
                    }
                }
            }
        }
        if (norm != WeightingNorm.NONE) {
            double[] spacingZyx = {spacing[2], spacing[1], spacing[0]};
            double[] merged = new double[n * n];
            for (int a = 0; a < na; a++) {
                double wt = glcmWeight(norm, dirs[a], spacingZyx);
                int base = a * n * n;
                for (int k = 0; k < n * n; k++) {
                    merged[k] += wt * c[base + k];
                }
            }
            return new GlcmCounts(present, ng, dirs, true, 1, merged);
        }
        return dropEmpty(present, ng, dirs, c, n * n);
    }

    private static GlcmCounts dropEmpty(int[] present, int ng, int[][] dirs, double[] c, int block) {
        List<int[]> kept = new ArrayList<>();
        List<Integer> keptIdx = new ArrayList<>();
        for (int a = 0; a < dirs.length; a++) {
            double s = 0;
            for (int k = 0; k < block; k++) {
                s += c[a * block + k];
            }
            if (s != 0) {
                kept.add(dirs[a]);
                keptIdx.add(a);
            }
        }
        if (kept.size() == dirs.length) {
            return new GlcmCounts(present, ng, dirs, false, dirs.length, c);
        }
        double[] out = new double[kept.size() * block];
        for (int k = 0; k < keptIdx.size(); k++) {
            System.arraycopy(c, keptIdx.get(k) * block, out, k * block, block);
        }
        return new GlcmCounts(present, ng, kept.toArray(new int[0][]), false, kept.size(), out);
    }

    /** PyRadiomics' GLCM weight {@code exp(−‖|a|·spacing‖²)} for the given norm; 1 for no_weighting. */
    static double glcmWeight(WeightingNorm norm, int[] dzyx, double[] spacingZyx) {
        return switch (norm) {
            case INFINITY -> {
                double m = 0;
                for (int k = 0; k < 3; k++) {
                    m = Math.max(m, Math.abs(dzyx[k]) * spacingZyx[k]);
                }
                yield Math.exp(-m * m);
            }
            case EUCLIDEAN -> {
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    double v = Math.abs(dzyx[k]) * spacingZyx[k];
                    s += v * v;
                }
                yield Math.exp(-s);
            }
            case MANHATTAN -> {
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    s += Math.abs(dzyx[k]) * spacingZyx[k];
                }
                yield Math.exp(-s * s);
            }
            case NO_WEIGHTING, NONE -> 1.0;
        };
    }

    /**
     * Raw (asymmetric) pair counts {@code [a][g(v)][g(v+d)]} over levels {@code 0..ng}; level 0 of the neighbour
     * (outside the ROI or the box) lands in column 0, which callers ignore, so the inner loop has no branch.
     */
    static int[] countPairs(DirectionalGrid grid, int[][] dirs) {
        int na = dirs.length;
        int w = grid.ng() + 1;
        int[] off = new int[na];
        for (int a = 0; a < na; a++) {
            off[a] = grid.linearOffset(dirs[a]);
        }
        int[] cnt = new int[na * w * w];
        int[] lev = grid.levels();
        int[] roi = grid.roi();
        int block = w * w;
        // voxel-outer: one pass over the ROI, the na increments of a voxel hit different matrices (no store chain)
        for (int p : roi) {
            int row = lev[p] * w;
            for (int a = 0, base = 0; a < na; a++, base += block) {
                cnt[base + row + lev[p + off[a]]]++;
            }
        }
        return cnt;
    }

    /**
     * Per-direction feature values of the plain-Java kernel: {@code [feature ordinal][direction]}; the MCC row
     * is left empty and the second-largest eigenvalue of Q goes to {@code mccOut} ({@code [2][na]}, real and
     * imaginary part) when {@code mcc} is set.
     */
    public static double[][] perDirection(GlcmCounts m, boolean mcc, double[][] mccOut) {
        int n = m.size();
        int na = m.matrices();
        int ng = m.ng();
        double[] lv = new double[n];
        for (int i = 0; i < n; i++) {
            lv[i] = m.grayLevels()[i];
        }
        double[][] out = new double[F][na];
        double[] p = new double[n * n];
        double[] px = new double[n];
        double[] py = new double[n];
        double[] sumK = new double[2 * ng - 1];
        double[] diffK = new double[ng];
        double[] q = mcc && n >= 2 ? new double[n * n] : null;
        double[] r = mcc && n >= 2 ? new double[n * n] : null;
        double[] re = mcc && n >= 2 ? new double[n] : null;
        double[] im = mcc && n >= 2 ? new double[n] : null;
        double[] c = m.counts();
        for (int a = 0; a < na; a++) {
            int base = a * n * n;
            double total = 0;
            for (int k = 0; k < n * n; k++) {
                total += c[base + k];
            }
            if (total == 0) {
                for (int f = 0; f < F; f++) {
                    out[f][a] = Double.NaN;
                }
                if (q != null) {
                    mccOut[0][a] = Double.NaN;
                    mccOut[1][a] = 0;
                }
                continue;
            }
            java.util.Arrays.fill(px, 0);
            java.util.Arrays.fill(py, 0);
            java.util.Arrays.fill(sumK, 0);
            java.util.Arrays.fill(diffK, 0);
            double autocorr = 0;
            double energy = 0;
            double hxy = 0;
            double maxP = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double v = c[base + i * n + j] / total;
                    p[i * n + j] = v;
                    px[i] += v;
                    py[j] += v;
                    autocorr += v * lv[i] * lv[j];
                    energy += v * v;
                    if (v != 0) { // a zero term adds ±0: skipping it leaves the sum's bits unchanged
                        hxy -= v * log2eps(v);
                    }
                    maxP = Math.max(maxP, v);
                    sumK[m.grayLevels()[i] + m.grayLevels()[j] - 2] += v;
                    diffK[Math.abs(m.grayLevels()[i] - m.grayLevels()[j])] += v;
                }
            }
            double ux = 0;
            double uy = 0;
            for (int i = 0; i < n; i++) {
                ux += px[i] * lv[i];
                uy += py[i] * lv[i];
            }
            double varx = 0;
            double vary = 0;
            double hx = 0;
            double hy = 0;
            for (int i = 0; i < n; i++) {
                varx += px[i] * (lv[i] - ux) * (lv[i] - ux);
                vary += py[i] * (lv[i] - uy) * (lv[i] - uy);
                if (px[i] != 0) {
                    hx -= px[i] * log2eps(px[i]);
                }
                if (py[i] != 0) {
                    hy -= py[i] * log2eps(py[i]);
                }
            }
            double corm = 0;
            double hxy1 = 0;
            double hxy2 = 0;
            for (int i = 0; i < n; i++) {
                double ci = lv[i] - ux;
                double rowC = 0;
                for (int j = 0; j < n; j++) {
                    double v = p[i * n + j];
                    rowC += v * (lv[j] - uy);
                    double pp = px[i] * py[j];
                    if (pp != 0 || v != 0) {
                        double l = log2eps(pp);
                        hxy1 -= v * l;
                        hxy2 -= pp * l;
                    }
                }
                corm += ci * rowC;
            }
            double ct = 0;
            double cs = 0;
            double cp = 0;
            double sa = 0;
            double se = 0;
            double mu = ux + uy;
            for (int k = 0; k < sumK.length; k++) {
                double v = sumK[k];
                double kk = k + 2;
                double d = kk - mu;
                double d2 = d * d;
                ct += v * d2;
                cs += v * d2 * d;
                cp += v * d2 * d2;
                sa += v * kk;
                if (v != 0) {
                    se -= v * log2eps(v);
                }
            }
            double sv = 0;
            for (int k = 0; k < sumK.length; k++) {
                double d = (k + 2) - sa;
                sv += sumK[k] * d * d;
            }
            double da = 0;
            double de = 0;
            double contrast = 0;
            double idm = 0;
            double idmn = 0;
            double id = 0;
            double idn = 0;
            double iv = 0;
            double ng2 = (double) ng * ng;
            for (int k = 0; k < ng; k++) {
                double v = diffK[k];
                double kk = k;
                da += v * kk;
                if (v != 0) {
                    de -= v * log2eps(v);
                }
                contrast += v * kk * kk;
                idm += v / (1 + kk * kk);
                idmn += v / (1 + kk * kk / ng2);
                id += v / (1 + kk);
                idn += v / (1 + kk / ng);
                if (k > 0) {
                    iv += v / (kk * kk);
                }
            }
            double dv = 0;
            for (int k = 0; k < ng; k++) {
                double d = k - da;
                dv += diffK[k] * d * d;
            }
            double sigma = Math.sqrt(varx) * Math.sqrt(vary);
            double corr = sigma == 0 ? 1.0 : corm / (sigma + EPS);
            double div = Math.max(hx, hy);
            double imc1 = div == 0 ? 0.0 : (hxy - hxy1) / div;
            double imc2 = hxy2 == hxy ? 0.0 : Math.sqrt(1 - Math.exp(-2 * (hxy2 - hxy)));

            out[GlcmFeature.AUTOCORRELATION.ordinal()][a] = autocorr;
            out[GlcmFeature.JOINT_AVERAGE.ordinal()][a] = ux;
            out[GlcmFeature.CLUSTER_PROMINENCE.ordinal()][a] = cp;
            out[GlcmFeature.CLUSTER_SHADE.ordinal()][a] = cs;
            out[GlcmFeature.CLUSTER_TENDENCY.ordinal()][a] = ct;
            out[GlcmFeature.CONTRAST.ordinal()][a] = contrast;
            out[GlcmFeature.CORRELATION.ordinal()][a] = corr;
            out[GlcmFeature.DIFFERENCE_AVERAGE.ordinal()][a] = da;
            out[GlcmFeature.DIFFERENCE_ENTROPY.ordinal()][a] = de;
            out[GlcmFeature.DIFFERENCE_VARIANCE.ordinal()][a] = dv;
            out[GlcmFeature.DISSIMILARITY.ordinal()][a] = da;
            out[GlcmFeature.JOINT_ENERGY.ordinal()][a] = energy;
            out[GlcmFeature.JOINT_ENTROPY.ordinal()][a] = hxy;
            out[GlcmFeature.HOMOGENEITY1.ordinal()][a] = id;
            out[GlcmFeature.HOMOGENEITY2.ordinal()][a] = idm;
            out[GlcmFeature.IMC1.ordinal()][a] = imc1;
            out[GlcmFeature.IMC2.ordinal()][a] = imc2;
            out[GlcmFeature.IDM.ordinal()][a] = idm;
            out[GlcmFeature.IDMN.ordinal()][a] = idmn;
            out[GlcmFeature.ID.ordinal()][a] = id;
            out[GlcmFeature.IDN.ordinal()][a] = idn;
            out[GlcmFeature.INVERSE_VARIANCE.ordinal()][a] = iv;
            out[GlcmFeature.MAXIMUM_PROBABILITY.ordinal()][a] = maxP;
            out[GlcmFeature.SUM_AVERAGE.ordinal()][a] = sa;
            out[GlcmFeature.SUM_VARIANCE.ordinal()][a] = sv;
            out[GlcmFeature.SUM_ENTROPY.ordinal()][a] = se;
            out[GlcmFeature.SUM_SQUARES.ordinal()][a] = varx;

            if (q != null) {
                mccEigenvalue(p, px, py, n, r, q, re, im, mccOut, a);
            }
        }
        return out;
    }

    /**
     * The MCC part of {@link #perDirection} alone: the second largest eigenvalue of each direction's {@code Q}
     * into {@code mccOut} ({@code [2][matrices]}), computed with the same operations in the same order, so equal
     * bit for bit to what {@code perDirection(m, true, mccOut)} stores. For backends that evaluate the other
     * formulas over padded batches (the voxel-based ND4J path), where Q's padding would add zero eigenvalues.
     */
    public static void mccPerDirection(GlcmCounts m, double[][] mccOut) {
        int n = m.size();
        int na = m.matrices();
        double[] c = m.counts();
        double[] p = new double[n * n];
        double[] px = new double[n];
        double[] py = new double[n];
        double[] q = new double[n * n];
        double[] r = new double[n * n];
        double[] re = new double[n];
        double[] im = new double[n];
        for (int a = 0; a < na; a++) {
            int base = a * n * n;
            double total = 0;
            for (int k = 0; k < n * n; k++) {
                total += c[base + k];
            }
            if (total == 0) {
                mccOut[0][a] = Double.NaN;
                mccOut[1][a] = 0;
                continue;
            }
            if (n < 2) {
                continue;
            }
            java.util.Arrays.fill(px, 0);
            java.util.Arrays.fill(py, 0);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double v = c[base + i * n + j] / total;
                    p[i * n + j] = v;
                    px[i] += v;
                    py[j] += v;
                }
            }
            mccEigenvalue(p, px, py, n, r, q, re, im, mccOut, a);
        }
    }

    /** Q(i,j) = Σ_k R(i,k) p(j,k) with R(i,k) = p(i,k) / (px(i) py(k) + eps): n² divisions, not n³. */
    private static void mccEigenvalue(double[] p, double[] px, double[] py, int n, double[] r, double[] q,
            double[] re, double[] im, double[][] mccOut, int a) {
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                r[i * n + k] = p[i * n + k] / (px[i] * py[k] + EPS);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += r[i * n + k] * p[j * n + k];
                }
                q[i * n + j] = s;
            }
        }
        secondLargestEigenvalue(q, n, re, im, mccOut, a);
    }

    /**
     * Stores in {@code out[0][a], out[1][a]} the second largest eigenvalue of the {@code n×n} matrix {@code q}
     * (destroyed) in numpy's complex sort order (real part, then imaginary part).
     */
    public static void secondLargestEigenvalue(double[] q, int n, double[] re, double[] im, double[][] out, int a) {
        RealEigenvalues.compute(q, n, re, im);
        int first = 0;
        for (int k = 1; k < n; k++) {
            if (greater(re[k], im[k], re[first], im[first])) {
                first = k;
            }
        }
        int second = first == 0 ? 1 : 0;
        for (int k = 0; k < n; k++) {
            if (k != first && greater(re[k], im[k], re[second], im[second])) {
                second = k;
            }
        }
        out[0][a] = re[second];
        out[1][a] = im[second];
    }

    private static boolean greater(double r1, double i1, double r2, double i2) {
        return r1 > r2 || (r1 == r2 && i1 > i2);
    }

    /**
     * Averages per-direction values as PyRadiomics does ({@code nanmean}; JointAverage a plain mean), including
     * MCC from the second-largest eigenvalues. Returns values by feature ordinal; {@code flags[0]} is set when Imc2
     * had to fall back to 0, {@code flags[1]} when MCC did.
     */
    public static double[] aggregate(double[][] perDirection, double[][] mcc, int size, boolean[] flags) {
        int na = perDirection[0].length;
        double[] out = new double[F];
        for (int f = 0; f < F; f++) {
            if (f == GlcmFeature.MCC.ordinal()) {
                continue;
            }
            double[] v = perDirection[f];
            if (f == GlcmFeature.JOINT_AVERAGE.ordinal()) {
                double s = 0;
                for (double x : v) {
                    s += x;
                }
                out[f] = s / na;
            } else {
                out[f] = nanMean(v);
            }
        }
        int imc2 = GlcmFeature.IMC2.ordinal();
        if (Double.isNaN(out[imc2]) && na > 0) {
            out[imc2] = 0;
            flags[0] = true;
        }
        if (mcc != null) {
            out[GlcmFeature.MCC.ordinal()] = mccMean(mcc, size, flags);
        }
        return out;
    }

    private static double mccMean(double[][] mcc, int size, boolean[] flags) {
        if (size < 2) {
            return 1.0;
        }
        int na = mcc[0].length;
        boolean complex = false;
        for (int a = 0; a < na; a++) {
            if (mcc[1][a] != 0) {
                complex = true;
                break;
            }
        }
        double[] v = new double[na];
        for (int a = 0; a < na; a++) {
            double r = mcc[0][a];
            double i = mcc[1][a];
            if (Double.isNaN(r)) {
                v[a] = Double.NaN;
            } else if (!complex) {
                v[a] = r >= 0 ? Math.sqrt(r) : Double.NaN;
            } else {
                v[a] = Math.sqrt((Math.hypot(r, i) + r) / 2);
            }
        }
        double mean = nanMean(v);
        if (Double.isNaN(mean)) {
            flags[1] = true;
            return 0.0;
        }
        return mean;
    }

    /** Mean of the non-NaN values; NaN when there are none (numpy's {@code nanmean}). */
    public static double nanMean(double[] v) {
        double s = 0;
        int c = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                s += x;
                c++;
            }
        }
        return c == 0 ? Double.NaN : s / c;
    }
}
