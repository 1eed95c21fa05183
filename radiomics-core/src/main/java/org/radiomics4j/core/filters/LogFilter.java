package org.radiomics4j.core.filters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PyRadiomics' {@code LoG} image type: the Laplacian of Gaussian of the whole image at each {@code sigma} (mm), as
 * SimpleITK's {@code LaplacianRecursiveGaussianImageFilter} with {@code NormalizeAcrossScale} on computes it
 * (PyRadiomics {@code imageoperations.getLoGImage}).
 *
 * <p><b>Formula.</b> {@code LoG_σ(f) = σ² · Σ_a ∂²(G_σ * f)/∂x_a²} (σ and {@code x_a} in mm), with the Gaussian
 * {@code G_σ} and its second derivative realised by Deriche's fourth-order recursive (IIR) filters as ITK implements
 * them ({@link RecursiveGaussian}): for each axis {@code a} in the order x, y, z, the second derivative along
 * {@code a} is followed by Gaussian smoothing along the two other axes (in increasing axis order), each pass storing
 * float32; the result, in pixel units, is divided by {@code spacing_a²} and accumulated in a float32 image:
 * {@code acc = (float) (acc + pass · (1/spacing_a²))}. The border is the constant extension of each line's end
 * samples. Output: FLOAT32, on the input's grid, for every voxel.
 *
 * <p>This is not a sampled Gaussian-derivative filter: where σ is small relative to the spacing (σ = 1 mm on
 * 6.5 mm slices) the recursive approximation differs strongly from {@code scipy.ndimage.gaussian_laplace}.
 *
 * <p><b>Size rule</b> (PyRadiomics): an image smaller than 4 voxels along any axis gets no LoG image (a warning is
 * logged and the result is empty); a sigma is skipped, with a warning, unless every axis has
 * {@code size ≥ ceil(σ/spacing) + 1}. The result may therefore hold fewer images than sigmas, or none.
 *
 * <p><b>Names.</b> {@code log-sigma-<σ>-mm-3D} with Python's {@code str(σ)} and '.' replaced by '-':
 * {@code log-sigma-1-0-mm-3D} for σ = 1.0, {@code log-sigma-0-5-mm-3D} for 0.5. (PyRadiomics names an integer
 * sigma from a parameter file, {@code sigma: [1]}, {@code log-sigma-1-mm-3D}; sigmas here are doubles, so callers
 * that must reproduce that name should rename.)
 *
 * <p>Reference: R. Deriche, "Recursively implementing the Gaussian and its derivatives", INRIA RR-1893, 1993; ITK
 * 5.2.1 {@code itkLaplacianRecursiveGaussianImageFilter}, {@code itkRecursiveGaussianImageFilter}. Verified
 * against the SimpleITK output PyRadiomics produced for brain1 (testdata/pyradiomics-filters).
 *
 * @param sigmasMm the Gaussian widths in mm (PyRadiomics setting {@code sigma}), each finite and {@code > 0}; at
 *                 least one
 */
public record LogFilter(List<Double> sigmasMm) implements ImageFilter {
    private static final Logger LOG = LoggerFactory.getLogger(LogFilter.class);

    /**
     * Validates the sigmas.
     *
     * @throws InvalidSettingException if {@code sigmasMm} is null or empty (PyRadiomics' {@code sigma} has no
     *                                 default) or a sigma is not finite and {@code > 0}
     */
    public LogFilter {
        if (sigmasMm == null || sigmasMm.isEmpty()) {
            throw new InvalidSettingException("LoG setting 'sigma' is required (a list of sigmas in mm, each > 0),"
                    + " but was " + (sigmasMm == null ? "not set" : "empty"));
        }
        for (Double s : sigmasMm) {
            if (s == null || !(s > 0) || s.isInfinite()) {
                throw new InvalidSettingException("LoG setting 'sigma' must hold finite values > 0 (mm) but was "
                        + sigmasMm);
            }
        }
        sigmasMm = List.copyOf(sigmasMm);
    }

    /** A LoG filter at the given sigmas (mm). */
    public static LogFilter of(double... sigmasMm) {
        Objects.requireNonNull(sigmasMm, "sigmasMm");
        return new LogFilter(Arrays.stream(sigmasMm).boxed().toList());
    }

    /** The image type name PyRadiomics gives the LoG image of {@code sigma}: {@code log-sigma-1-0-mm-3D} for 1.0. */
    public static String imageTypeName(double sigma) {
        return "log-sigma-" + PythonFloat.repr(sigma).replace('.', '-') + "-mm-3D";
    }

    /** {@link #apply(Volume, Mask, int)} with one thread. */
    @Override
    public List<DerivedImage> apply(Volume image, Mask mask) {
        return apply(image, mask, 1);
    }

    /**
     * The LoG images, one per sigma that passes the size rule, in the order of {@link #sigmasMm()}; possibly empty
     * (each skip is logged as a warning).
     *
     * @param image   the whole image (any pixel type; read as double)
     * @param mask    unused (the filter sees the whole image)
     * @param threads worker threads; the result is bit-identical for any value
     */
    public List<DerivedImage> apply(Volume image, Mask mask, int threads) {
        Objects.requireNonNull(image, "image");
        Geometry g = image.geometry();
        int[] size = g.size();
        if (Math.min(size[0], Math.min(size[1], size[2])) < 4) {
            LOG.warn("LoG: image too small to apply the LoG filter (every axis needs >= 4 voxels), size {};"
                    + " no LoG image is computed", Arrays.toString(size));
            return List.of();
        }
        List<DerivedImage> out = new ArrayList<>(sigmasMm.size());
        for (double sigma : sigmasMm) {
            if (!fits(sigma, g)) {
                LOG.warn("LoG: sigma {} mm skipped: every axis needs size >= ceil(sigma/spacing) + 1, but size is {}"
                        + " and spacing {}", sigma, Arrays.toString(size), Arrays.toString(g.spacing()));
                continue;
            }
            out.add(new DerivedImage(imageTypeName(sigma), Volume.wrap(laplacian(image, sigma, threads), g)));
        }
        return List.copyOf(out);
    }

    /** PyRadiomics' check {@code all(size >= ceil(sigma/spacing) + 1)}. */
    static boolean fits(double sigma, Geometry g) {
        for (int a = 0; a < 3; a++) {
            if (g.size(a) < Math.ceil(sigma / g.spacing(a)) + 1) {
                return false;
            }
        }
        return true;
    }

    /** The float32 LoG of the whole image (every axis must have at least 4 voxels). */
    static float[] laplacian(Volume image, double sigma, int threads) {
        Geometry g = image.geometry();
        int n = g.voxelCount();
        float[] acc = new float[n];
        float[] pass = new float[n];
        for (int dim = 0; dim < 3; dim++) {
            // ITK's smoothing filters take the other axes in increasing order
            int j0 = dim == 0 ? 1 : 0;
            int j1 = dim == 2 ? 1 : 2;
            SeparablePass.run(SeparablePass.of(image), pass, g, dim,
                    RecursiveGaussian.secondDerivative(sigma, g.spacing(dim), true), threads);
            SeparablePass.run(SeparablePass.of(pass), pass, g, j0,
                    RecursiveGaussian.smoothing(sigma, g.spacing(j0)), threads);
            SeparablePass.run(SeparablePass.of(pass), pass, g, j1,
                    RecursiveGaussian.smoothing(sigma, g.spacing(j1)), threads);
            final double spacing2 = g.spacing(dim) * g.spacing(dim);
            final double scale = 1.0 / spacing2;
            for (int i = 0; i < n; i++) {
                acc[i] = (float) (acc[i] + pass[i] * scale);
            }
        }
        return acc;
    }
}
