/**
 * Grey Level Size Zone Matrix (GLSZM) features, as in PyRadiomics v3.
 *
 * <p>A zone is a maximal connected set of ROI voxels sharing one grey level (26-connected in 3-D, 8-connected
 * in-plane with {@code force2D}). {@code P(i,j)} counts the zones of grey level {@code i} and size {@code j};
 * {@code N_z = Σ P(i,j)}, {@code N_p} = number of ROI voxels. Example, a 3×1×1 row with levels {@code 1 1 2}:
 * one zone of level 1 and size 2 and one of level 2 and size 1, so with rows {@code i = 1, 2} and columns
 * {@code j = 1, 2}, {@code P = [[0, 1], [1, 0]]}, {@code N_z = 2} and ZonePercentage {@code = N_z/N_p = 2/3}.
 *
 * <p>Entry points: {@link org.radiomics4j.core.features.glszm.Glszm} (features and the raw
 * {@link org.radiomics4j.core.features.GrayLevelSizeMatrix}); the features and their formulas are listed in
 * {@link org.radiomics4j.core.features.glszm.GlszmFeature}.
 */
package org.radiomics4j.core.features.glszm;
