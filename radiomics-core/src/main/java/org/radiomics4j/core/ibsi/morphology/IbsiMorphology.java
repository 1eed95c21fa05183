package org.radiomics4j.core.ibsi.morphology;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.radiomics4j.core.ibsi.IbsiFeatureValue;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.core.internal.SymmetricEigen;

/**
 * The IBSI morphological family (IBSI manual, section 3.1, HCUG): the 25 features of {@link MorphologyFeature},
 * computed once over the 3-D ROI (aggregation code {@code DHQ4}).
 *
 * <p><b>Masks.</b> As IBSI defines them: the morphological mask (the ROI after interpolation, before
 * re-segmentation) gives the mesh, the voxel point set X<sub>c</sub> (PCA, voxel-counting volume, geometric centre);
 * the intensity mask (after re-segmentation) gives the intensities for centre of mass shift, integrated intensity,
 * Moran's I and Geary's C. For the digital phantom both masks are the same.
 *
 * <p><b>Mesh.</b> Marching cubes at iso-level 0.5 on the morphological mask padded with background, vertices at
 * the grid-edge midpoints, a closed mesh with outward normals ({@link IbsiMesh}; differences from PyRadiomics' mesh
 * documented there). The convex hull of the mesh vertices is exact (integer arithmetic on the half-voxel lattice);
 * Moran's I and Geary's C are exact over every voxel pair, computed through FFT correlations rather than sub-sampled.
 *
 * <p><b>Coordinates.</b> A voxel (i, j, k) has centre {@code (i·s_x, j·s_y, k·s_z)} mm; origin and direction of the
 * geometry are ignored (every feature is invariant to a rigid motion of the grid).
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * List<IbsiFeatureValue> v = IbsiMorphology.compute(morphMask, intensityMask, image);
 * }</pre>
 */
public final class IbsiMorphology {

    /** Family name in {@link IbsiFeatureValue#family()}. */
    public static final String FAMILY = "morphology";
    /** IBSI aggregation code of features computed over the 3-D volume. */
    public static final String AGGREGATION = "DHQ4";
    /** Terms of the Legendre series for the ellipsoid surface, as the IBSI manual does by default (ν = 0..20). */
    private static final int LEGENDRE_TERMS = 20;

    private IbsiMorphology() {
    }

    /**
     * Computes every feature of {@link MorphologyFeature}, in its declaration order.
     *
     * @param morphologicalMask the morphological mask (non-zero = ROI)
     * @param intensityMask     the intensity mask (non-zero = ROI), on the same grid
     * @param image             the image, on the same grid
     * @return one value per feature, aggregation {@code DHQ4}
     * @throws IllegalArgumentException if a mask is empty or the grids differ, or where a feature is undefined
     *     (IBSI gives no value; never returned as NaN): fewer than 2 voxels in either mask; morphological-mask voxel
     *     centres all in one plane (ellipsoid volume 0); intensities summing to 0 (centre of mass shift); constant
     *     intensity in the intensity mask (Moran's I and Geary's C are 0/0); or if the FFT grids of Moran's I and
     *     Geary's C (4 double arrays of the next powers of two ≥ 2n − 1 per axis of the intensity-mask bounding box,
     *     e.g. 128 MB for a box of 100×99×26 voxels) would exceed 80% of the maximum heap
     * @throws org.radiomics4j.core.image.GeometryMismatchException if a mask is not on the image grid
     */
    public static List<IbsiFeatureValue> compute(Mask morphologicalMask, Mask intensityMask, Volume image) {
        Map<MorphologyFeature, Double> v = computeMap(morphologicalMask, intensityMask, image);
        List<IbsiFeatureValue> out = new ArrayList<>();
        for (Map.Entry<MorphologyFeature, Double> e : v.entrySet()) {
            out.add(new IbsiFeatureValue(FAMILY, e.getKey().ibsiName(), e.getKey().ibsiCode(), AGGREGATION,
                    e.getValue()));
        }
        return out;
    }

    /**
     * As {@link #compute}, keyed by feature.
     *
     * @param morphologicalMask the morphological mask (non-zero = ROI)
     * @param intensityMask     the intensity mask (non-zero = ROI), on the same grid
     * @param image             the image, on the same grid
     * @return the values in {@link MorphologyFeature} order
     * @throws IllegalArgumentException as {@link #compute}
     */
    public static Map<MorphologyFeature, Double> computeMap(Mask morphologicalMask, Mask intensityMask,
            Volume image) {
        Objects.requireNonNull(morphologicalMask, "morphologicalMask");
        Objects.requireNonNull(intensityMask, "intensityMask");
        Objects.requireNonNull(image, "image");
        Geometry g = image.geometry();
        morphologicalMask.geometry().requireSameGrid(g, 1e-6, "morphological mask vs image");
        intensityMask.geometry().requireSameGrid(g, 1e-6, "intensity mask vs image");
        BoundingBox mb = morphologicalMask.boundingBox().orElseThrow(() -> new IllegalArgumentException(
                "morphological mask must contain at least one voxel but is empty"));
        BoundingBox ib = intensityMask.boundingBox().orElseThrow(() -> new IllegalArgumentException(
                "intensity mask must contain at least one voxel but is empty (all voxels re-segmented away?)"));
        int x0 = Math.min(mb.x0(), ib.x0());
        int y0 = Math.min(mb.y0(), ib.y0());
        int z0 = Math.min(mb.z0(), ib.z0());
        int x1 = Math.max(mb.x0() + mb.sx(), ib.x0() + ib.sx());
        int y1 = Math.max(mb.y0() + mb.sy(), ib.y0() + ib.sy());
        int z1 = Math.max(mb.z0() + mb.sz(), ib.z0() + ib.sz());
        int nx = x1 - x0;
        int ny = y1 - y0;
        int nz = z1 - z0;
        int n = nx * ny * nz;
        boolean[] morph = new boolean[n];
        boolean[] inten = new boolean[n];
        double[] values = new double[n];
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int src = g.index(x0 + x, y0 + y, z0 + z);
                    int i = (z * ny + y) * nx + x;
                    morph[i] = morphologicalMask.label(src) != 0;
                    inten[i] = intensityMask.label(src) != 0;
                    values[i] = image.get(src);
                }
            }
        }
        double[] s = {g.spacing(0), g.spacing(1), g.spacing(2)};
        return compute(morph, inten, values, nx, ny, nz, s);
    }

    /** The features of a cropped grid (x fastest) with spacing {@code s = (sx, sy, sz)}. */
    static Map<MorphologyFeature, Double> compute(boolean[] morph, boolean[] inten, double[] values, int nx, int ny,
            int nz, double[] s) {
        // mesh
        byte[] padded = IbsiMesh.pad(morph, nx, ny, nz);
        int px = nx + 2;
        int py = ny + 2;
        int pz = nz + 2;
        IbsiMesh.AreaVolume av = IbsiMesh.areaVolume(padded, px, py, pz, s);
        double area = av.area();
        double volume = Math.abs(av.volume());

        // convex hull, diameter, bounding box (doubled padded lattice coordinates)
        int[] cand = IbsiMesh.hullCandidates(padded, px, py, pz);
        ConvexHull3D hull = ConvexHull3D.of(cand);
        double hullArea = 0;
        double hullVol6 = 0;
        for (int t = 0; t < hull.triangles.length; t += 3) {
            double[] a = phys(cand, hull.triangles[t], s);
            double[] b = phys(cand, hull.triangles[t + 1], s);
            double[] c = phys(cand, hull.triangles[t + 2], s);
            hullVol6 += a[0] * (b[1] * c[2] - b[2] * c[1]) + a[1] * (b[2] * c[0] - b[0] * c[2])
                    + a[2] * (b[0] * c[1] - b[1] * c[0]);
            double ux = b[0] - a[0];
            double uy = b[1] - a[1];
            double uz = b[2] - a[2];
            double vx = c[0] - a[0];
            double vy = c[1] - a[1];
            double vz = c[2] - a[2];
            double cx = uy * vz - uz * vy;
            double cy = uz * vx - ux * vz;
            double cz = ux * vy - uy * vx;
            hullArea += 0.5 * Math.sqrt(cx * cx + cy * cy + cz * cz);
        }
        double hullVolume = Math.abs(hullVol6) / 6;
        int[] hv = hull.vertices;
        double[][] hp = new double[hv.length][];
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int k = 0; k < hv.length; k++) {
            hp[k] = phys(cand, hv[k], s);
            for (int d = 0; d < 3; d++) {
                lo[d] = Math.min(lo[d], hp[k][d]);
                hi[d] = Math.max(hi[d], hp[k][d]);
            }
        }
        double maxD2 = 0;
        for (int a = 0; a < hp.length; a++) {
            double[] pa = hp[a];
            for (int b = a + 1; b < hp.length; b++) {
                double dx = hp[b][0] - pa[0];
                double dy = hp[b][1] - pa[1];
                double dz = hp[b][2] - pa[2];
                maxD2 = Math.max(maxD2, dx * dx + dy * dy + dz * dz);
            }
        }
        double ex = hi[0] - lo[0];
        double ey = hi[1] - lo[1];
        double ez = hi[2] - lo[2];
        double aabbVolume = ex * ey * ez;
        double aabbArea = 2 * (ex * ey + ey * ez + ez * ex);

        // voxel point sets
        long nm = 0;
        double sx = 0;
        double sy = 0;
        double sz = 0;
        long ni = 0;
        double sumI = 0;
        double wx = 0;
        double wy = 0;
        double wz = 0;
        for (int z = 0; z < nz; z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++) {
                    int i = (z * ny + y) * nx + x;
                    if (morph[i]) {
                        nm++;
                        sx += x;
                        sy += y;
                        sz += z;
                    }
                    if (inten[i]) {
                        ni++;
                        double val = values[i];
                        sumI += val;
                        wx += val * x;
                        wy += val * y;
                        wz += val * z;
                    }
                }
            }
        }
        if (nm < 2) {
            throw new IllegalArgumentException("IBSI morphology needs at least 2 morphological-mask voxels (the PCA"
                    + " axes of one voxel are 0, so elongation and flatness are 0/0) but the mask has " + nm);
        }
        if (sumI == 0) {
            throw new IllegalArgumentException("centre of mass shift (KLMA) is undefined: the intensities of the "
                    + ni + " intensity-mask voxels sum to 0, so the intensity-weighted centre of mass divides by 0");
        }
        double mx = sx / nm;
        double my = sy / nm;
        double mz = sz / nm;
        double cxx = 0;
        double cxy = 0;
        double cxz = 0;
        double cyy = 0;
        double cyz = 0;
        double czz = 0;
        for (int z = 0; z < nz; z++) {
            double dz = (z - mz) * s[2];
            for (int y = 0; y < ny; y++) {
                double dy = (y - my) * s[1];
                for (int x = 0; x < nx; x++) {
                    if (morph[(z * ny + y) * nx + x]) {
                        double dx = (x - mx) * s[0];
                        cxx += dx * dx;
                        cxy += dx * dy;
                        cxz += dx * dz;
                        cyy += dy * dy;
                        cyz += dy * dz;
                        czz += dz * dz;
                    }
                }
            }
        }
        // sample covariance (divisor N - 1), as the IBSI reference values require (numpy.cov); a single voxel has 0
        double dof = nm > 1 ? nm - 1 : 1;
        double[] ev = SymmetricEigen.eigenvalues(new double[][] {
            {cxx / dof, cxy / dof, cxz / dof}, {cxy / dof, cyy / dof, cyz / dof}, {cxz / dof, cyz / dof, czz / dof}});
        double least = Math.max(0, ev[0]);
        double minor = Math.max(0, ev[1]);
        double major = Math.max(0, ev[2]);
        if (least <= 1e-12 * major) { // 0 up to the rounding of the eigen-solver (e.g. voxels on a diagonal plane)
            throw new IllegalArgumentException("volume density of the approximate enclosing ellipsoid (6BDE) is"
                    + " undefined: the morphological-mask voxel centres are coplanar (least PCA eigenvalue 0, e.g. a"
                    + " single-slice ROI), so the ellipsoid has volume 0");
        }
        double semiA = 2 * Math.sqrt(major);
        double semiB = 2 * Math.sqrt(minor);
        double semiC = 2 * Math.sqrt(least);

        double comShift = Math.sqrt(sq((mx - wx / sumI) * s[0]) + sq((my - wy / sumI) * s[1])
                + sq((mz - wz / sumI) * s[2]));
        SpatialAutocorrelation.Result ac = SpatialAutocorrelation.compute(values, inten, nx, ny, nz, s);

        double sph = Math.cbrt(36 * Math.PI * volume * volume);
        Map<MorphologyFeature, Double> out = new EnumMap<>(MorphologyFeature.class);
        for (MorphologyFeature f : MorphologyFeature.values()) {
            double val = switch (f) {
                case VOLUME -> volume;
                case APPROXIMATE_VOLUME -> nm * s[0] * s[1] * s[2];
                case SURFACE_AREA -> area;
                case SURFACE_TO_VOLUME_RATIO -> area / volume;
                case COMPACTNESS_1 -> volume / (Math.sqrt(Math.PI) * Math.pow(area, 1.5));
                case COMPACTNESS_2 -> 36 * Math.PI * volume * volume / (area * area * area);
                case SPHERICAL_DISPROPORTION -> area / sph;
                case SPHERICITY -> sph / area;
                case ASPHERICITY -> area / sph - 1;
                case CENTRE_OF_MASS_SHIFT -> comShift;
                case MAXIMUM_3D_DIAMETER -> Math.sqrt(maxD2);
                case MAJOR_AXIS_LENGTH -> 2 * semiA;
                case MINOR_AXIS_LENGTH -> 2 * semiB;
                case LEAST_AXIS_LENGTH -> 2 * semiC;
                case ELONGATION -> Math.sqrt(minor / major);
                case FLATNESS -> Math.sqrt(least / major);
                case VOLUME_DENSITY_AABB -> volume / aabbVolume;
                case AREA_DENSITY_AABB -> area / aabbArea;
                case VOLUME_DENSITY_AEE -> 3 * volume / (4 * Math.PI * semiA * semiB * semiC);
                case AREA_DENSITY_AEE -> area / ellipsoidArea(semiA, semiB, semiC);
                case VOLUME_DENSITY_CONVEX_HULL -> volume / hullVolume;
                case AREA_DENSITY_CONVEX_HULL -> area / hullArea;
                case INTEGRATED_INTENSITY -> volume * sumI / ni;
                case MORANS_I -> ac.moranI();
                case GEARYS_C -> ac.gearyC();
            };
            out.put(f, val);
        }
        return out;
    }

    private static double sq(double v) {
        return v * v;
    }

    private static double[] phys(int[] p, int i, double[] s) {
        return new double[] {0.5 * p[3 * i] * s[0], 0.5 * p[3 * i + 1] * s[1], 0.5 * p[3 * i + 2] * s[2]};
    }

    /**
     * The IBSI approximation of an ellipsoid's surface with semi-axes {@code a ≥ b ≥ c}:
     * {@code 4π a b Σ_{ν=0}^{20} (αβ)^ν P_ν((α² + β²)/(2αβ)) / (1 − 4ν²)}. The products
     * {@code q_ν = (αβ)^ν P_ν(x)} follow from Bonnet's recursion multiplied through by {@code (αβ)^{ν+1}}:
     * {@code q_{ν+1} = ((2ν + 1) ((α² + β²)/2) q_ν − ν (αβ)² q_{ν−1}) / (ν + 1)}, which stays finite when α or β is 0.
     */
    static double ellipsoidArea(double a, double b, double c) {
        double alpha2 = 1 - (b * b) / (a * a);
        double beta2 = 1 - (c * c) / (a * a);
        double ab2 = alpha2 * beta2; // (αβ)²
        double half = 0.5 * (alpha2 + beta2); // x · αβ
        double qPrev = 1;
        double q = half;
        double sum = qPrev + q / (1 - 4.0);
        for (int nu = 1; nu < LEGENDRE_TERMS; nu++) {
            double qNext = ((2 * nu + 1) * half * q - nu * ab2 * qPrev) / (nu + 1);
            qPrev = q;
            q = qNext;
            int m = nu + 1;
            sum += q / (1 - 4.0 * m * m);
        }
        return 4 * Math.PI * a * b * sum;
    }
}
