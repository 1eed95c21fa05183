/**
 * Grey-level co-occurrence matrix (GLCM) features, as PyRadiomics v3 computes them.
 *
 * <p>Symbols: {@code P(i,j|d)} counts ROI voxel pairs {@code (v, v+d)} with grey levels {@code (i, j)} for a
 * direction offset {@code d} (13 in 3-D at distance 1); symmetric by default ({@code P + Pᵀ}); {@code p} is
 * {@code P} normalised to sum 1; {@code N_g} is the highest grey level (bin number). Features are computed per
 * direction and averaged, or on one weighted sum of the directions when {@code weightingNorm} is set.
 *
 * <p>Tiny example (PyRadiomics' docstring): the 5×5 slice
 * <pre>
 * 1 2 5 2 3
 * 3 2 1 3 1
 * 1 3 5 5 2
 * 1 1 1 1 2
 * 1 2 4 3 5
 * </pre>
 * has, along x (offset (0,0,1)), the symmetric matrix with rows 1..5: {@code [6 4 3 0 0], [4 0 2 1 3],
 * [3 2 0 1 2], [0 1 1 0 0], [0 3 2 0 2]}. Use {@link org.radiomics4j.core.features.glcm.Glcm#matrix} to see it and
 * {@link org.radiomics4j.core.features.glcm.Glcm#compute} for the features listed in
 * {@link org.radiomics4j.core.features.glcm.GlcmFeature}.
 */
package org.radiomics4j.core.features.glcm;
