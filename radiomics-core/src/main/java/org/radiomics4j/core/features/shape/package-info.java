/**
 * Shape features of a ROI, as PyRadiomics v3 computes them: {@link org.radiomics4j.core.features.shape.Shape}
 * (3-D, class {@code shape}, features in {@link org.radiomics4j.core.features.shape.ShapeFeature}) and
 * {@link org.radiomics4j.core.features.shape.Shape2D} (single slice, class {@code shape2D}, features in
 * {@link org.radiomics4j.core.features.shape.Shape2DFeature}).
 *
 * <p>Symbols: {@code N} the number of ROI voxels (pixels); {@code s = (sz, sy, sx)} the spacing, used in (z, y, x)
 * order like PyRadiomics; {@code V}, {@code A} the volume and surface area of the marching-cubes mesh whose vertices
 * are the midpoints of the voxel edges between ROI and background; in 2-D {@code A} the area enclosed by the
 * marching-squares contour and {@code P} its perimeter; {@code λ} the eigenvalues of the covariance (divided by N) of
 * the physical voxel-centre coordinates.
 *
 * <p>Worked example, one voxel of spacing 1 mm: its mesh is the octahedron with vertices at ±½ mm on each axis, so
 * MeshVolume = 1/6 mm³, SurfaceArea = √3 mm² (8 equilateral faces of side √½), Sphericity = π^{1/3}/√3 ≈ 0.846,
 * VoxelVolume = 1 mm³, Maximum3DDiameter = 1 mm (opposite vertices); all eigenvalues are 0, so the axis lengths are 0
 * and Elongation and Flatness are 0/0 (NaN, as PyRadiomics, explained in {@code FamilyResult.notes()}).
 *
 * <p>The lookup tables are PyRadiomics' own ({@code radiomics/src/cshape.c}, BSD-3-Clause). Values match PyRadiomics'
 * regression baseline for brain1, breast1 and their shape2D slices to ≤ 1.2e-12 relative (the baseline's 12-digit
 * precision), except four brain1 mesh values that the current PyRadiomics C code does not reproduce either (see
 * {@code testdata/pyradiomics/README.md}, "Known discrepancy", and {@code ShapeBaselineTest} in radiomics-validation).
 */
package org.radiomics4j.core.features.shape;
