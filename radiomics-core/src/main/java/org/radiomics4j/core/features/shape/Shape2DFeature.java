package org.radiomics4j.core.features.shape;

import org.radiomics4j.core.features.FeatureDescriptor;
import org.radiomics4j.core.features.FeatureInfo;

/**
 * The 2-D shape features of PyRadiomics' {@code shape2D} class, in the order PyRadiomics outputs them (alphabetical).
 * Nine are enabled by default; {@link #SPHERICAL_DISPROPORTION} is deprecated and computed only when named.
 *
 * <p>Symbols: {@code A} the mesh surface (area enclosed by the marching-squares contour), {@code P} the contour
 * perimeter, {@code N} the number of ROI pixels, {@code s0, s1} the in-plane spacings, {@code λ_minor ≤ λ_major} the
 * eigenvalues of the covariance (divided by N) of the physical pixel-centre coordinates.
 *
 * <p>IBSI defines morphology in 3-D only; none of these features has an IBSI code. The 3-D analogue is named per
 * constant. Degenerate ROIs: a single pixel or a line still have {@code A > 0} and {@code P > 0}; only Elongation of a
 * single pixel ({@code λ_major = 0}) is {@code 0/0}, NaN as in PyRadiomics, with a note in the result.
 */
public enum Shape2DFeature implements FeatureDescriptor {

    /**
     * Elongation, {@code √(λ_minor / λ_major)}, in [0, 1]. Not in IBSI (3-D analogue Q3CK). 0 for a line, NaN for a
     * single pixel, as PyRadiomics.
     */
    ELONGATION("Elongation", false),
    /** Major axis length, {@code 4√λ_major} (mm). Not in IBSI (3-D analogue TDIC). 0 for a single pixel. */
    MAJOR_AXIS_LENGTH("MajorAxisLength", false),
    /**
     * Maximum diameter, the largest distance between contour vertices (one per intersected pixel edge, as
     * PyRadiomics). Not in IBSI (3-D analogue L0JK). Never degenerate.
     */
    MAXIMUM_DIAMETER("MaximumDiameter", false),
    /**
     * Mesh surface, {@code A = ½ Σ_l (a_l,0·b_l,1 − b_l,0·a_l,1)}, the signed triangles of every contour segment with
     * the grid origin; the table orients the contour so that A > 0 (no absolute value is taken). Not in IBSI (3-D
     * analogue RNU0). Always > 0.
     */
    MESH_SURFACE("MeshSurface", false),
    /** Minor axis length, {@code 4√λ_minor} (mm). Not in IBSI (3-D analogue P9VJ). 0 for a line or single pixel. */
    MINOR_AXIS_LENGTH("MinorAxisLength", false),
    /** Perimeter, {@code P = Σ_l |a_l − b_l|} over the contour segments (mm). Not in IBSI. Always > 0. */
    PERIMETER("Perimeter", false),
    /** Perimeter to surface ratio, {@code P / A} (1/mm). Not in IBSI (3-D analogue 2PR5). Never degenerate. */
    PERIMETER_SURFACE_RATIO("PerimeterSurfaceRatio", false),
    /** Pixel surface, {@code N · s0·s1} (mm²). Not in IBSI (3-D analogue YEKZ). Not used by other features. */
    PIXEL_SURFACE("PixelSurface", false),
    /**
     * Spherical disproportion, {@code P / (2√(πA))} (= 1/Sphericity), ≥ 1. Not in IBSI (3-D analogue KRCK).
     * Deprecated in PyRadiomics.
     */
    SPHERICAL_DISPROPORTION("SphericalDisproportion", true),
    /**
     * Sphericity (circularity), {@code 2√(πA) / P}, in (0, 1]. Not in IBSI (3-D analogue QCFX). Never degenerate.
     */
    SPHERICITY("Sphericity", false);

    private final FeatureInfo info;

    /** No IBSI code: IBSI defines no 2-D morphology features. */
    Shape2DFeature(String pyradiomicsName, boolean deprecated) {
        this.info = new FeatureInfo(pyradiomicsName, null, deprecated);
    }

    @Override
    public FeatureInfo info() {
        return info;
    }
}
