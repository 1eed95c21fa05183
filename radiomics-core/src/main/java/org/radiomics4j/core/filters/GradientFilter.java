package org.radiomics4j.core.filters;

import java.util.List;
import java.util.Objects;

import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.core.internal.InterpParallel;

/**
 * PyRadiomics' {@code Gradient} image type: the gradient magnitude of the whole image, as SimpleITK's
 * {@code GradientMagnitudeImageFilter} computes it (PyRadiomics {@code imageoperations.getGradientImage}).
 *
 * <p><b>Formula.</b> With central differences and the zero-flux Neumann border (a neighbour outside the image is
 * the nearest edge voxel, so the one-sided difference at an edge is halved),
 *
 * <pre>
 *   g_a(p) = c_a·f(p − e_a) − c_a·f(p + e_a),   c_a = 0.5 · (1/spacing_a)  (0.5 without spacing)
 *   |∇f|(p) = (float) sqrt(g_x² + g_y² + g_z²)
 * </pre>
 *
 * in double precision with ITK's operation order (ITK's {@code DerivativeOperator} of order 1 scaled by
 * {@code 1/spacing}, {@code NeighborhoodInnerProduct}, the sum of squares in axis order x, y, z), then cast to
 * float32, SimpleITK's output type. An axis of size 1 contributes 0. Output: FLOAT32 on the input's grid.
 *
 * <p>Reference: ITK 5.2.1 {@code itkGradientMagnitudeImageFilter}; verified against the SimpleITK output
 * PyRadiomics produced for brain1 (testdata/pyradiomics-filters).
 *
 * @param useSpacing PyRadiomics' {@code gradientUseSpacing} (default true): differences per mm rather than per voxel
 */
public record GradientFilter(boolean useSpacing) implements ImageFilter {

    /** PyRadiomics' image type name. */
    public static final String IMAGE_TYPE = "gradient";

    /** PyRadiomics' default, {@code gradientUseSpacing: true}. */
    public static GradientFilter withDefaults() {
        return new GradientFilter(true);
    }

    /** A copy with {@code gradientUseSpacing} set. */
    public GradientFilter withUseSpacing(boolean v) {
        return new GradientFilter(v);
    }

    /** {@link #apply(Volume, Mask, int)} with one thread. */
    @Override
    public List<DerivedImage> apply(Volume image, Mask mask) {
        return apply(image, mask, 1);
    }

    /**
     * The gradient magnitude image, named {@code gradient}.
     *
     * @param image   the whole image (any pixel type; read as double)
     * @param mask    unused
     * @param threads worker threads; the result is bit-identical for any value
     */
    public List<DerivedImage> apply(Volume image, Mask mask, int threads) {
        Objects.requireNonNull(image, "image");
        return List.of(new DerivedImage(IMAGE_TYPE, Volume.wrap(magnitude(image, useSpacing, threads),
                image.geometry())));
    }

    static float[] magnitude(Volume image, boolean useSpacing, int threads) {
        final Geometry g = image.geometry();
        final int nx = g.nx();
        final int ny = g.ny();
        final int nz = g.nz();
        final double[] c = new double[3];
        for (int a = 0; a < 3; a++) {
            // DerivativeOperator coefficients (0.5, 0, -0.5), each scaled by 1/spacing
            c[a] = useSpacing ? 0.5 * (1.0 / g.spacing(a)) : 0.5;
        }
        final float[] out = new float[g.voxelCount()];
        final int plane = nx * ny;
        InterpParallel.forRange(nz, threads, (from, to) -> {
            for (int z = from; z < to; z++) {
                int zm = Math.max(z - 1, 0);
                int zp = Math.min(z + 1, nz - 1);
                for (int y = 0; y < ny; y++) {
                    int ym = Math.max(y - 1, 0);
                    int yp = Math.min(y + 1, ny - 1);
                    int row = nx * (y + ny * z);
                    for (int x = 0; x < nx; x++) {
                        int xm = Math.max(x - 1, 0);
                        int xp = Math.min(x + 1, nx - 1);
                        double gx = derivative(c[0], image.get(row + xm), image.get(row + x), image.get(row + xp));
                        double gy = derivative(c[1], image.get(nx * (ym + ny * z) + x), image.get(row + x),
                                image.get(nx * (yp + ny * z) + x));
                        double gz = derivative(c[2], image.get(plane * zm + nx * y + x), image.get(row + x),
                                image.get(plane * zp + nx * y + x));
                        double a = 0.0;
                        a += gx * gx;
                        a += gy * gy;
                        a += gz * gz;
                        out[row + x] = (float) Math.sqrt(a);
                    }
                }
            }
        });
        return out;
    }

    /** ITK's inner product {@code ((0 + c·prev) + 0·centre) + (−c)·next}. */
    private static double derivative(double c, double prev, double centre, double next) {
        double sum = 0.0;
        sum += c * prev;
        sum += 0.0 * centre;
        sum += -c * next;
        return sum;
    }
}
