/**
 * Neighbouring Grey Tone Difference Matrix (NGTDM) features, as in PyRadiomics v3.
 *
 * <p>For grey level {@code i}: {@code n_i} is its number of ROI voxels and {@code s_i = Σ |i − Ā|} over them,
 * {@code Ā} being the mean level of the voxel's ROI neighbours (Chebyshev distance in {@code distances}); a voxel
 * without ROI neighbours adds 0 to {@code s_i} but counts in {@code n_i}. {@code p_i = n_i / Σ n}. Example, a 3×1×1
 * row with levels {@code 1 1 2}: the first voxel's only neighbour has level 1 (difference 0), the second's mean is
 * 1.5 (difference 0.5), the third's is 1 (difference 1); so {@code n = (2, 1)}, {@code s = (0.5, 1)},
 * {@code p = (2/3, 1/3)} and Coarseness {@code = 1 / Σ p_i s_i = 1 / (1/3 + 1/3) = 1.5}.
 *
 * <p>Entry points: {@link org.radiomics4j.core.features.ngtdm.Ngtdm} (features and the raw
 * {@link org.radiomics4j.core.features.ngtdm.NgtdmMatrix}); formulas and degenerate values in
 * {@link org.radiomics4j.core.features.ngtdm.NgtdmFeature}.
 */
package org.radiomics4j.core.features.ngtdm;
