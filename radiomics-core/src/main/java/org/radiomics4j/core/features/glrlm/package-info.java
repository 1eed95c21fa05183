/**
 * Grey-level run-length matrix (GLRLM) features, as PyRadiomics v3 computes them.
 *
 * <p>Symbols: {@code P(i,j|θ)} is the number of runs (maximal chains of consecutive ROI voxels of equal grey level
 * along direction θ) of grey level {@code i} and length {@code j}; {@code N_r(θ)} the number of runs,
 * {@code N_p(θ) = Σ j·P(i,j|θ)} the number of voxels. Features are computed per direction (13 in 3-D) and averaged,
 * or on one weighted sum of the directions when {@code weightingNorm} is set.
 *
 * <p>Tiny example (PyRadiomics' docstring): the 5×5 slice
 * <pre>
 * 5 2 5 4 4
 * 3 3 3 1 3
 * 2 1 1 1 3
 * 4 2 2 2 3
 * 3 5 3 3 2
 * </pre>
 * has along x (offset (0,0,1)) the matrix with rows = levels 1..5 and columns = run lengths 1..5:
 * {@code [1 0 1 0 0], [3 0 1 0 0], [4 1 1 0 0], [1 1 0 0 0], [3 0 0 0 0]}. See
 * {@link org.radiomics4j.core.features.glrlm.Glrlm} and {@link org.radiomics4j.core.features.glrlm.GlrlmFeature}.
 */
package org.radiomics4j.core.features.glrlm;
