package org.radiomics4j.core.features.shape;

import org.radiomics4j.core.features.FeatureDescriptor;
import org.radiomics4j.core.features.FeatureInfo;

/**
 * The 3-D shape features of PyRadiomics' {@code shape} class, in the order PyRadiomics outputs them (alphabetical,
 * as its {@code getFeatureNames} lists them). 14 are enabled by default; {@link #COMPACTNESS1}, {@link #COMPACTNESS2}
 * and {@link #SPHERICAL_DISPROPORTION} are deprecated in PyRadiomics and computed only when named.
 *
 * <p>Symbols: {@code V} mesh volume, {@code A} mesh surface area, {@code N} number of ROI voxels, {@code s} the spacing,
 * {@code λ_least ≤ λ_minor ≤ λ_major} the eigenvalues of the covariance (divided by N) of the physical voxel-centre
 * coordinates. The mesh is PyRadiomics' marching-cubes mesh with vertices at edge midpoints (see {@link Shape}).
 * Shape features ignore origin and direction, as PyRadiomics does.
 *
 * <p>Degenerate ROIs: a single voxel, a line or a plane still give a closed mesh with {@code V > 0} and {@code A > 0},
 * so every mesh feature is defined. Zero eigenvalues give axis lengths 0 and ratios 0, except that when
 * {@code λ_major = 0} (a single voxel) Elongation and Flatness are {@code 0/0}: NaN, as in PyRadiomics, with a note in
 * the result.
 */
public enum ShapeFeature implements FeatureDescriptor {

    /**
     * Compactness 1, {@code V / (√π · A^{3/2})}, in (0, 1/(6π)]. IBSI SKGS (same formula). Deprecated in PyRadiomics
     * (redundant with Sphericity). Never degenerate.
     */
    COMPACTNESS1("Compactness1", "SKGS", true),
    /**
     * Compactness 2, {@code 36π V² / A³} (= Sphericity³), in (0, 1]. IBSI BQWJ (same formula). Deprecated in
     * PyRadiomics. Never degenerate.
     */
    COMPACTNESS2("Compactness2", "BQWJ", true),
    /**
     * Elongation, {@code √(λ_minor / λ_major)}, in [0, 1] (PyRadiomics' inverse of the usual elongation). IBSI Q3CK
     * (same definition). 0 for a line; NaN for a single voxel ({@code λ_major = 0}), as PyRadiomics.
     */
    ELONGATION("Elongation", "Q3CK", false),
    /**
     * Flatness, {@code √(λ_least / λ_major)}, in [0, 1]. IBSI N17B (same definition). 0 for a line or a plane; NaN for
     * a single voxel, as PyRadiomics.
     */
    FLATNESS("Flatness", "N17B", false),
    /** Least axis length, {@code 4√λ_least} (mm). IBSI 7J51 (same). 0 for a planar, linear or one-voxel ROI. */
    LEAST_AXIS_LENGTH("LeastAxisLength", "7J51", false),
    /** Major axis length, {@code 4√λ_major} (mm). IBSI TDIC (same). 0 for a single voxel. */
    MAJOR_AXIS_LENGTH("MajorAxisLength", "TDIC", false),
    /**
     * Maximum 2-D diameter (column), the largest distance between mesh vertices with equal y (the row-slice, usually
     * coronal, plane). Not in IBSI. Vertices as in PyRadiomics: one per intersected voxel edge (edges 6, 7, 11 of each
     * cube). Never degenerate (a single voxel gives {@code max(sz, sx)}).
     */
    MAXIMUM_2D_DIAMETER_COLUMN("Maximum2DDiameterColumn", null, false),
    /**
     * Maximum 2-D diameter (row), the largest distance between mesh vertices with equal x (the column-slice, usually
     * sagittal, plane). Not in IBSI. Never degenerate.
     */
    MAXIMUM_2D_DIAMETER_ROW("Maximum2DDiameterRow", null, false),
    /**
     * Maximum 2-D diameter (slice), the largest distance between mesh vertices with equal z (the row-column, usually
     * axial, plane). Not in IBSI. Never degenerate.
     */
    MAXIMUM_2D_DIAMETER_SLICE("Maximum2DDiameterSlice", null, false),
    /**
     * Maximum 3-D diameter (Feret diameter), the largest distance between any two mesh vertices. IBSI L0JK (same
     * concept; IBSI also uses the mesh vertices). Never degenerate.
     */
    MAXIMUM_3D_DIAMETER("Maximum3DDiameter", "L0JK", false),
    /**
     * Mesh volume, {@code V = Σ_f (a_f × b_f)·c_f / 6}, the signed tetrahedra of every triangle with the grid origin
     * (tetrahedra of complemented cubes counted negative). IBSI RNU0 (same concept; IBSI does not fix the
     * marching-cubes table, PyRadiomics uses its own 128-row table with midpoint vertices). Always > 0.
     */
    MESH_VOLUME("MeshVolume", "RNU0", false),
    /** Minor axis length, {@code 4√λ_minor} (mm). IBSI P9VJ (same). 0 for a linear or one-voxel ROI. */
    MINOR_AXIS_LENGTH("MinorAxisLength", "P9VJ", false),
    /**
     * Spherical disproportion, {@code A / (36π V²)^{1/3}} (= 1/Sphericity), ≥ 1. IBSI KRCK (same). Deprecated in
     * PyRadiomics. Never degenerate.
     */
    SPHERICAL_DISPROPORTION("SphericalDisproportion", "KRCK", true),
    /** Sphericity, {@code (36π V²)^{1/3} / A}, in (0, 1]. IBSI QCFX (same, on the mesh). Never degenerate. */
    SPHERICITY("Sphericity", "QCFX", false),
    /**
     * Surface area, {@code A = Σ_f ½ |(a_f − c_f) × (b_f − c_f)|} over the mesh triangles (mm²). IBSI C0JK (same
     * concept, on PyRadiomics' mesh). Always > 0.
     */
    SURFACE_AREA("SurfaceArea", "C0JK", false),
    /** Surface to volume ratio, {@code A / V} (1/mm). IBSI 2PR5 (same). Never degenerate. */
    SURFACE_VOLUME_RATIO("SurfaceVolumeRatio", "2PR5", false),
    /**
     * Voxel volume, {@code N · sz·sx·sy} (mm³; multiplied in PyRadiomics' order). IBSI YEKZ "approximate volume"
     * (same). Not used by the other features.
     */
    VOXEL_VOLUME("VoxelVolume", "YEKZ", false);

    private final FeatureInfo info;

    ShapeFeature(String pyradiomicsName, String ibsiCode, boolean deprecated) {
        this.info = new FeatureInfo(pyradiomicsName, ibsiCode, deprecated);
    }

    @Override
    public FeatureInfo info() {
        return info;
    }
}
