/**
 * IBSI image processing (IBSI reference manual, chapter 2): grid-centre aligned interpolation, intensity rounding,
 * ROI partial-volume thresholding and range/outlier re-segmentation, giving the morphological and intensity masks;
 * see {@link org.radiomics4j.core.ibsi.preprocess.IbsiPreprocessing}. PyRadiomics' resampling (corner-aligned grid,
 * nearest-neighbour masks) lives in {@code org.radiomics4j.core.preprocess} and is unchanged.
 */
package org.radiomics4j.core.ibsi.preprocess;
