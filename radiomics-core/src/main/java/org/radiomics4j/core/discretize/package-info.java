/**
 * Grey-level discretisation: {@link org.radiomics4j.core.discretize.Binning} says how, {@link
 * org.radiomics4j.core.discretize.Discretizer} applies it exactly as PyRadiomics does, and {@link
 * org.radiomics4j.core.discretize.GrayLevelVolume} is the result every texture family reads.
 *
 * <p>Worked example: ROI values {−1024, −1001, −1000, −976, −975} with binWidth 25 have lowBound −1025 (floored
 * modulo) and bins {1, 1, 2, 2, 3}; Ng = 3.
 */
package org.radiomics4j.core.discretize;
