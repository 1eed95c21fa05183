/**
 * Grey Level Dependence Matrix (GLDM) features, as in PyRadiomics v3 (IBSI: neighbouring grey level dependence
 * matrix).
 *
 * <p>The dependence size of an ROI voxel of level {@code i} is 1 + the number of its ROI neighbours (Chebyshev
 * distance in {@code distances}) whose level {@code j} satisfies {@code |i − j| ≤ gldm_a}. {@code P(i,j)} counts
 * the voxels of level {@code i} with dependence size {@code j}; every voxel counts once, so {@code Σ P = N_p}.
 * Example, a 3×1×1 row with levels {@code 1 1 2} and {@code gldm_a = 0}: both level-1 voxels have one equal
 * neighbour (size 2), the level-2 voxel none (size 1), so with rows {@code i = 1, 2} and columns {@code j = 1, 2},
 * {@code P = [[0, 2], [1, 0]]}.
 *
 * <p>Entry points: {@link org.radiomics4j.core.features.gldm.Gldm} (features and the raw
 * {@link org.radiomics4j.core.features.GrayLevelSizeMatrix}); formulas in
 * {@link org.radiomics4j.core.features.gldm.GldmFeature}.
 */
package org.radiomics4j.core.features.gldm;
