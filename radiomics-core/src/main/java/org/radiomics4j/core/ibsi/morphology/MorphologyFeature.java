package org.radiomics4j.core.ibsi.morphology;

/**
 * The IBSI morphological features with a reference value (IBSI manual, chapter 3, "Morphological features", HCUG),
 * each with its output name (the manual's own symbol, e.g. {@code morph.vol} for F<sub>morph.vol</sub>) and its
 * permanent IBSI code. All are computed over the 3-D ROI (aggregation code {@code DHQ4}).
 *
 * <p>Symbols: V and A the volume and surface area of the ROI mesh ({@link IbsiMorphology}); N<sub>v,m</sub> the
 * number of morphological-mask voxels, X<sub>c</sub> their centres in mm; N<sub>v,gl</sub>, X<sub>gl</sub> and
 * X<sub>c,gl</sub> the number, intensities and centres of the intensity-mask voxels, μ their mean;
 * λ<sub>major</sub> ≥ λ<sub>minor</sub> ≥ λ<sub>least</sub> the eigenvalues of the sample covariance (divided by
 * N<sub>v,m</sub> − 1, which the IBSI reference values require; PyRadiomics divides by N<sub>v,m</sub>, so its axis
 * lengths are smaller by √((N − 1)/N)) of X<sub>c</sub>, and a = 2√λ<sub>major</sub>, b = 2√λ<sub>minor</sub>,
 * c = 2√λ<sub>least</sub>.
 *
 * <p>Not included, because IBSI gives them no reference value and says they "should not be used" as benchmarked
 * features: volume and area density of the oriented minimum bounding box (ZH1A, IQYR) and of the minimum-volume
 * enclosing ellipsoid (SWZ1, BRI8).
 *
 * <p>Reference: Zwanenburg A, Leger S, Vallières M, Löck S, et al. The Image Biomarker Standardisation Initiative.
 * IBSI reference manual, arXiv:1612.07003 (v10), section 3.1; Radiology 2020;295:328-338.
 */
public enum MorphologyFeature {
    /** Volume (mesh), RNU0: {@code V = |Σ_k a_k · (b_k × c_k)| / 6} over the mesh faces (a, b, c). */
    VOLUME("morph.vol", "RNU0"),
    /** Volume (voxel counting), YEKZ: {@code N_{v,m} · s_x s_y s_z}. */
    APPROXIMATE_VOLUME("morph.approx.vol", "YEKZ"),
    /** Surface area (mesh), C0JK: {@code A = Σ_k |ab × ac| / 2}. */
    SURFACE_AREA("morph.area", "C0JK"),
    /** Surface to volume ratio, 2PR5: {@code A / V} (unit mm⁻¹). */
    SURFACE_TO_VOLUME_RATIO("morph.av", "2PR5"),
    /** Compactness 1, SKGS: {@code V / (π^{1/2} A^{3/2})}. */
    COMPACTNESS_1("morph.comp.1", "SKGS"),
    /** Compactness 2, BQWJ: {@code 36π V² / A³}. */
    COMPACTNESS_2("morph.comp.2", "BQWJ"),
    /** Spherical disproportion, KRCK: {@code A / (36π V²)^{1/3}}. */
    SPHERICAL_DISPROPORTION("morph.sph.dispr", "KRCK"),
    /** Sphericity, QCFX: {@code (36π V²)^{1/3} / A}. */
    SPHERICITY("morph.sphericity", "QCFX"),
    /** Asphericity, 25C7: {@code (A³ / (36π V²))^{1/3} − 1}. */
    ASPHERICITY("morph.asphericity", "25C7"),
    /**
     * Centre of mass shift, KLMA: {@code ‖CoM_geom − CoM_gl‖₂} with {@code CoM_geom = mean of X_c} (morphological
     * mask) and {@code CoM_gl = Σ X_gl X_{c,gl} / Σ X_gl} (intensity mask).
     */
    CENTRE_OF_MASS_SHIFT("morph.com", "KLMA"),
    /** Maximum 3D diameter, L0JK: the largest distance between two mesh vertices (found on the convex hull). */
    MAXIMUM_3D_DIAMETER("morph.diam", "L0JK"),
    /** Major axis length, TDIC: {@code 2a = 4√λ_major}. */
    MAJOR_AXIS_LENGTH("morph.pca.major", "TDIC"),
    /** Minor axis length, P9VJ: {@code 2b = 4√λ_minor}. */
    MINOR_AXIS_LENGTH("morph.pca.minor", "P9VJ"),
    /** Least axis length, 7J51: {@code 2c = 4√λ_least}. */
    LEAST_AXIS_LENGTH("morph.pca.least", "7J51"),
    /** Elongation, Q3CK: {@code √(λ_minor / λ_major)}. */
    ELONGATION("morph.pca.elongation", "Q3CK"),
    /** Flatness, N17B: {@code √(λ_least / λ_major)}. */
    FLATNESS("morph.pca.flatness", "N17B"),
    /** Volume density (axis-aligned bounding box), PBX1: {@code V / V_aabb}, the box of the mesh vertices. */
    VOLUME_DENSITY_AABB("morph.v.dens.aabb", "PBX1"),
    /** Area density (axis-aligned bounding box), R59B: {@code A / A_aabb}, the same box. */
    AREA_DENSITY_AABB("morph.a.dens.aabb", "R59B"),
    /** Volume density (approximate enclosing ellipsoid), 6BDE: {@code 3V / (4π a b c)}. */
    VOLUME_DENSITY_AEE("morph.v.dens.aee", "6BDE"),
    /**
     * Area density (approximate enclosing ellipsoid), RDD2: {@code A / A_aee} with
     * {@code A_aee = 4π a b Σ_{ν=0}^{20} (αβ)^ν P_ν((α² + β²)/(2αβ)) / (1 − 4ν²)},
     * {@code α = √(1 − b²/a²)}, {@code β = √(1 − c²/a²)}, P<sub>ν</sub> the Legendre polynomial of degree ν.
     */
    AREA_DENSITY_AEE("morph.a.dens.aee", "RDD2"),
    /** Volume density (convex hull), R3ER: {@code V / V_convex}, the hull of the mesh vertices. */
    VOLUME_DENSITY_CONVEX_HULL("morph.v.dens.conv.hull", "R3ER"),
    /** Area density (convex hull), 7T7F: {@code A / A_convex}. */
    AREA_DENSITY_CONVEX_HULL("morph.a.dens.conv.hull", "7T7F"),
    /** Integrated intensity, 99N0: {@code V · (1/N_{v,gl}) Σ X_gl}. */
    INTEGRATED_INTENSITY("morph.integ.int", "99N0"),
    /**
     * Moran's I index, N365: {@code N_{v,gl} / (Σ_{k1≠k2} w) · Σ_{k1≠k2} w (X_{k1} − μ)(X_{k2} − μ) / Σ_k (X_k − μ)²},
     * {@code w = 1/‖X_{c,gl,k1} − X_{c,gl,k2}‖₂}, over every pair of intensity-mask voxels.
     */
    MORANS_I("morph.moran.i", "N365"),
    /**
     * Geary's C measure, NPT7:
     * {@code (N_{v,gl} − 1) / (2 Σ_{k1≠k2} w) · Σ_{k1≠k2} w (X_{k1} − X_{k2})² / Σ_k (X_k − μ)²}, w as for Moran's I.
     */
    GEARYS_C("morph.geary.c", "NPT7");

    private final String ibsiName;
    private final String ibsiCode;

    MorphologyFeature(String ibsiName, String ibsiCode) {
        this.ibsiName = ibsiName;
        this.ibsiCode = ibsiCode;
    }

    /** The output name, the manual's symbol without the F (e.g. {@code morph.vol}). */
    public String ibsiName() {
        return ibsiName;
    }

    /** The IBSI permanent identifier (e.g. {@code RNU0}). */
    public String ibsiCode() {
        return ibsiCode;
    }
}
