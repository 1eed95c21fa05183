package org.radiomics4j.core.filters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.PixelType;
import org.radiomics4j.core.image.Volume;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PyRadiomics' {@code LBP3D} image type: the spherical-harmonic local binary pattern of Banerjee et al. as
 * PyRadiomics' {@code imageoperations.getLBP3DImage} computes it, for the ROI voxels only (every other voxel is 0;
 * PyRadiomics leaves them uninitialised, which no feature reads).
 *
 * <p><b>Algorithm.</b> For each ROI voxel {@code p = (z, y, x)} (numpy order) and each vertex {@code v = (v_x, v_y,
 * v_z)} of {@code trimesh.creation.icosphere(subdivision, radius)} ({@link Icosphere}; voxel-index units, spacing
 * ignored), the image is sampled at {@code (z + v_x, y + v_y, x + v_z)} (trimesh's x, y, z added to numpy's z, y, x,
 * as PyRadiomics writes it) by cubic B-spline interpolation with prefilter and value 0 outside the image
 * ({@code scipy.ndimage.map_coordinates(order=3)}), the result stored in the image's pixel type (rounded to the
 * nearest integer, halves away from zero, for integer types). Then, with {@code s_v = [f_v ≥ f(p)]},
 * {@code θ_v = arccos(v_z/R)}, {@code φ_v = atan2(v_y, v_x)} (both rounded to the nearest double, as glibc's libm
 * returns them; see below) and scipy's complex {@code Y_n^m} called as
 * {@code sph_harm(m, n, θ, φ)} (so θ, the polar angle, goes into scipy's azimuth slot and φ into its polar slot,
 * as PyRadiomics does):
 *
 * <pre>
 *   c_nm = Σ_v s_v·Y_n^m(θ_v, φ_v)
 *   g_n(v) = Σ_{m=−n..n} c_nm·Y_n^m(θ_v, φ_v)
 *   lbp-3D-m(n+1) = Re √(Σ_v g_n(v)²)      (complex square and principal square root, as numpy computes them)
 *   lbp-3D-k = m4/m2² − 3                    (kurtosis of the samples f_v, Fisher, biased; NaN if
 *                                             m2 ≤ (10⁻¹⁵·mean)², scipy's rule)
 * </pre>
 *
 * for {@code n = 0 .. levels−1}, summed in numpy's order. Outputs, FLOAT64: {@code lbp-3D-m1} ..
 * {@code lbp-3D-m<levels>}, then {@code lbp-3D-k}.
 *
 * <p><b>Angles.</b> The m2 image (and higher levels) is sensitive to the last bit of θ and φ: ROI voxels whose
 * patterns are rotations of one another get the same value up to an ulp, and an ulp decides whether they fall
 * below PyRadiomics' 10th percentile. {@link StrictMath}'s acos/atan2 are 1 ulp off at 4 of the 84 default angles,
 * which moved brain1's lbp-3D-m2 robust mean absolute deviation from 4.05053 to 4.06559; with the angles rounded to
 * nearest it agrees with PyRadiomics' value to 1 ulp. numpy's own arccos/arctan2 are platform dependent (SIMD code
 * on AVX-512 CPUs, not always the nearest double), so no portable port can follow them bit for bit; the reference
 * m2 image (testdata/lbp-reference) differs from this one by at most 1 ulp-level round-off (7e-16 relative).
 *
 * <p>Flat neighbourhoods (all samples equal) give a NaN kurtosis, as scipy does; each such voxel is counted and a
 * warning is logged.
 *
 * <p>Reference: J. Banerjee, A. Moelker, W. J. Niessen, T. van Walsum, "3D LBP-based rotationally invariant region
 * description", ACCV 2012 Workshops, LNCS 7728, doi:10.1007/978-3-642-37410-4_3; PyRadiomics commit 8ed5793. Verified
 * against numpy 1.24 / scipy 1.10 (testdata/lbp-reference).
 *
 * @param levels               {@code lbp3DLevels} (default 2), {@code ≥ 1}
 * @param icosphereRadius      {@code lbp3DIcosphereRadius} in voxels (default 1), finite and {@code > 0}
 * @param icosphereSubdivision {@code lbp3DIcosphereSubdivision} (default 1), 0..6
 */
public record Lbp3DFilter(int levels, double icosphereRadius, int icosphereSubdivision) implements ImageFilter {
    private static final Logger LOG = LoggerFactory.getLogger(Lbp3DFilter.class);

    /**
     * Validates the settings.
     *
     * @throws InvalidSettingException naming the setting, its value and the rule
     */
    public Lbp3DFilter {
        if (levels < 1) {
            throw new InvalidSettingException("lbp3DLevels must be >= 1 but was " + levels);
        }
        if (!(icosphereRadius > 0) || Double.isInfinite(icosphereRadius)) {
            throw new InvalidSettingException("lbp3DIcosphereRadius must be finite and > 0 but was " + icosphereRadius);
        }
        if (icosphereSubdivision < 0 || icosphereSubdivision > 6) {
            throw new InvalidSettingException("lbp3DIcosphereSubdivision must be in 0..6 but was "
                    + icosphereSubdivision);
        }
    }

    /** PyRadiomics' defaults: 2 levels, radius 1, one subdivision (42 vertices). */
    public static Lbp3DFilter withDefaults() {
        return new Lbp3DFilter(2, 1.0, 1);
    }

    /** A copy with {@code lbp3DLevels} set (validated as in the constructor). */
    public Lbp3DFilter withLevels(int v) {
        return new Lbp3DFilter(v, icosphereRadius, icosphereSubdivision);
    }

    /** A copy with {@code lbp3DIcosphereRadius} set (validated as in the constructor). */
    public Lbp3DFilter withIcosphereRadius(double v) {
        return new Lbp3DFilter(levels, v, icosphereSubdivision);
    }

    /** A copy with {@code lbp3DIcosphereSubdivision} set (validated as in the constructor). */
    public Lbp3DFilter withIcosphereSubdivision(int v) {
        return new Lbp3DFilter(levels, icosphereRadius, v);
    }

    /** The image type names, in output order: {@code lbp-3D-m1} .. {@code lbp-3D-m<levels>}, {@code lbp-3D-k}. */
    public List<String> imageTypes() {
        List<String> names = new ArrayList<>(levels + 1);
        for (int l = 1; l <= levels; l++) {
            names.add("lbp-3D-m" + l);
        }
        names.add("lbp-3D-k");
        return List.copyOf(names);
    }

    /**
     * The {@code levels + 1} LBP3D images.
     *
     * @param image the whole image
     * @param mask  the ROI (voxels with a non-zero label) on the image's grid
     * @throws IllegalArgumentException if the mask is missing, on another grid size, or empty
     */
    @Override
    public List<DerivedImage> apply(Volume image, Mask mask) {
        Objects.requireNonNull(image, "image");
        if (mask == null) {
            throw new IllegalArgumentException("LBP3D needs the mask: it is computed for ROI voxels only");
        }
        final Geometry g = image.geometry();
        final int nx = g.nx();
        final int ny = g.ny();
        final int nz = g.nz();
        if (mask.geometry().nx() != nx || mask.geometry().ny() != ny || mask.geometry().nz() != nz) {
            throw new IllegalArgumentException("LBP3D: mask size " + mask.geometry().nx() + "x" + mask.geometry().ny()
                    + "x" + mask.geometry().nz() + " differs from image size " + nx + "x" + ny + "x" + nz);
        }
        // ROI in numpy C order (z, y, x) = increasing linear index
        int count = 0;
        int[] lo = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE};
        int[] hi = {-1, -1, -1};
        for (int i = 0, n = g.voxelCount(); i < n; i++) {
            if (mask.inside(i)) {
                count++;
                int x = i % nx;
                int y = (i / nx) % ny;
                int z = i / (nx * ny);
                lo[0] = Math.min(lo[0], x);
                lo[1] = Math.min(lo[1], y);
                lo[2] = Math.min(lo[2], z);
                hi[0] = Math.max(hi[0], x);
                hi[1] = Math.max(hi[1], y);
                hi[2] = Math.max(hi[2], z);
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("LBP3D: the mask has no ROI voxel");
        }
        final double[][] vert = Icosphere.vertices(icosphereSubdivision, icosphereRadius);
        final int nv = vert.length;
        // spherical harmonics, columns (0,0), then n = 1..levels-1, m = -n..n
        final int cols = levels * levels;
        final int[] colLevel = new int[cols];
        final double[][] yRe = new double[nv][cols];
        final double[][] yIm = new double[nv][cols];
        for (int v = 0; v < nv; v++) {
            // rounded to nearest as glibc's acos/atan2 (StrictMath's fdlibm is 1 ulp off for some vertices)
            double theta = CorrectlyRounded.acos(vert[v][2] / icosphereRadius);
            double phi = CorrectlyRounded.atan2(vert[v][1], vert[v][0]);
            if (Double.isNaN(theta)) {
                throw new IllegalStateException("LBP3D: icosphere vertex " + v + " has |z| > radius "
                        + icosphereRadius + ": " + vert[v][2]);
            }
            int j = 0;
            for (int n = 0; n < levels; n++) {
                for (int m = -n; m <= n; m++) {
                    double[] y = SciPy.sphHarm(m, n, theta, phi);
                    yRe[v][j] = y[0];
                    yIm[v][j] = y[1];
                    colLevel[j] = n;
                    j++;
                }
            }
        }
        // spline coefficients of the box the samples can reach
        final int reach = (int) Math.ceil(icosphereRadius) + 3;
        final SplineSampler sampler = new SplineSampler(image,
                Math.max(0, lo[0] - reach), Math.min(nx - 1, hi[0] + reach),
                Math.max(0, lo[1] - reach), Math.min(ny - 1, hi[1] + reach),
                Math.max(0, lo[2] - reach), Math.min(nz - 1, hi[2] + reach));
        final PixelType type = image.pixelType();
        final int n = g.voxelCount();
        final double[][] out = new double[levels + 1][n];
        final double[] f = new double[nv];
        final double[] work = new double[nv];
        final double[] w = new double[4];
        final double[] cRe = new double[cols];
        final double[] cIm = new double[cols];
        final double[] sumRe = new double[levels];
        final double[] sumIm = new double[levels];
        final double[] terms = new double[2 * (2 * levels + 1)];
        final double[] pair = new double[2];
        int flat = 0;
        for (int i = 0; i < n; i++) {
            if (!mask.inside(i)) {
                continue;
            }
            final int x = i % nx;
            final int y = (i / nx) % ny;
            final int z = i / (nx * ny);
            for (int v = 0; v < nv; v++) {
                f[v] = SciPy.store(sampler.sample(z + vert[v][0], y + vert[v][1], x + vert[v][2], w), type);
            }
            double k = kurtosis(f, work);
            if (Double.isNaN(k)) {
                flat++;
            }
            final double centre = image.get(i);
            java.util.Arrays.fill(cRe, 0.0);
            java.util.Arrays.fill(cIm, 0.0);
            for (int v = 0; v < nv; v++) {
                if (f[v] >= centre) {
                    for (int j = 0; j < cols; j++) {
                        cRe[j] += yRe[v][j];
                        cIm[j] += yIm[v][j];
                    }
                }
            }
            java.util.Arrays.fill(sumRe, 0.0);
            java.util.Arrays.fill(sumIm, 0.0);
            for (int v = 0; v < nv; v++) {
                for (int lev = 0; lev < levels; lev++) {
                    // g = Σ_m c·Y (numpy complex product, then numpy's complex pairwise sum over m)
                    int first = lev * lev;
                    int width = 2 * lev + 1;
                    for (int t = 0; t < width; t++) {
                        int j = first + t;
                        terms[2 * t] = cRe[j] * yRe[v][j] - cIm[j] * yIm[v][j];
                        terms[2 * t + 1] = cRe[j] * yIm[v][j] + cIm[j] * yRe[v][j];
                    }
                    double gr;
                    double gi;
                    if (lev == 0) {
                        gr = terms[0];
                        gi = terms[1];
                    } else {
                        SciPy.complexPairwiseSum(terms, 0, width, pair);
                        gr = 0.0 + pair[0];
                        gi = 0.0 + pair[1];
                    }
                    // g**2 (numpy complex square), summed over the vertices in order
                    sumRe[lev] += gr * gr - gi * gi;
                    sumIm[lev] += gr * gi + gi * gr;
                }
            }
            for (int lev = 0; lev < levels; lev++) {
                out[lev][i] = csqrtReal(sumRe[lev], sumIm[lev]);
            }
            out[levels][i] = k;
        }
        if (flat > 0) {
            LOG.warn("LBP3D: {} of {} ROI voxels have a flat neighbourhood (all {} samples equal): their lbp-3D-k is"
                    + " NaN, as scipy.stats.kurtosis returns", flat, count, nv);
        }
        List<String> names = imageTypes();
        List<DerivedImage> result = new ArrayList<>(levels + 1);
        for (int l = 0; l <= levels; l++) {
            result.add(new DerivedImage(names.get(l), Volume.wrap(out[l], g)));
        }
        return List.copyOf(result);
    }

    /** scipy.stats.kurtosis(f) (Fisher, biased) with numpy's summation order; NaN where m2 is numerically 0. */
    static double kurtosis(double[] f, double[] work) {
        final int n = f.length;
        final double mean = SciPy.pairwiseSum(f, 0, n) / n;
        for (int v = 0; v < n; v++) {
            double d = f[v] - mean;
            work[v] = d * d;
        }
        final double m2 = SciPy.pairwiseSum(work, 0, n) / n;
        for (int v = 0; v < n; v++) {
            work[v] = work[v] * work[v];
        }
        final double m4 = SciPy.pairwiseSum(work, 0, n) / n;
        final double floor = 1e-15 * mean;
        if (m2 <= floor * floor) {
            return Double.NaN;
        }
        return m4 / (m2 * m2) - 3;
    }

    /** The real part of the principal square root of {@code re + i·im} (as C99 {@code csqrt}). */
    static double csqrtReal(double re, double im) {
        if (im == 0) {
            return re >= 0 ? Math.sqrt(re) : 0.0;
        }
        double d = Math.hypot(re, im);
        if (re > 0) {
            return Math.sqrt(0.5 * (d + re));
        }
        double s = Math.sqrt(0.5 * (d - re));
        return Math.abs(0.5 * (im / s));
    }
}
