/**
 * Image and ROI preparation before feature computation, in PyRadiomics' order: {@link
 * org.radiomics4j.core.preprocess.MaskCorrection} ({@code correctMask}), {@link
 * org.radiomics4j.core.preprocess.Normalization} ({@code normalize}), {@link
 * org.radiomics4j.core.preprocess.Resampler} ({@code resampledPixelSpacing}), {@link
 * org.radiomics4j.core.preprocess.RoiCheck} ({@code minimumROIDimensions}, {@code minimumROISize}), {@link
 * org.radiomics4j.core.preprocess.Resegmentation} ({@code resegmentRange}) and {@link
 * org.radiomics4j.core.preprocess.Cropping}. Every step is a pure function of its inputs;
 * {@link org.radiomics4j.core.extract.RadiomicsExtractor} chains them.
 */
package org.radiomics4j.core.preprocess;
