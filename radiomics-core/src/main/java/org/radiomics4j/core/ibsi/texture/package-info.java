/**
 * The IBSI texture families (IBSI 3.6-3.11) with the IBSI aggregation methods: {@link
 * org.radiomics4j.core.ibsi.texture.IbsiTexture} builds each matrix once per slice and direction (2-D, 2.5-D) or
 * per direction over the volume (3-D), merges (sums counts and N_v) and averages as the method says, and computes
 * the features of {@link org.radiomics4j.core.ibsi.texture.IbsiGlcmFeature}, {@link
 * org.radiomics4j.core.ibsi.texture.IbsiGlrlmFeature}, {@link org.radiomics4j.core.ibsi.texture.IbsiGlszmFeature},
 * {@link org.radiomics4j.core.ibsi.texture.IbsiGldzmFeature}, {@link
 * org.radiomics4j.core.ibsi.texture.IbsiNgtdmFeature} and {@link org.radiomics4j.core.ibsi.texture.IbsiNgldmFeature}.
 * The neighbour offsets are those of {@link org.radiomics4j.core.features.Directions}, shared with the PyRadiomics
 * families.
 *
 * <p>Symbols: N_g the number of grey levels, N_v the voxels the matrix was built from, N_s the matrix total. Tiny
 * example: a 1-slice ROI {@code [1 1 2]} has, along x, the runs (1, length 2) and (2, length 1), so N_s = 2,
 * N_v = 3 and run percentage N_s/N_v = 2/3.
 */
package org.radiomics4j.core.ibsi.texture;
