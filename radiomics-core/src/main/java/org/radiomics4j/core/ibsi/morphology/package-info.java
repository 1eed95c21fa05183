/**
 * IBSI morphological features (IBSI reference manual, section 3.1, family code HCUG): {@link
 * org.radiomics4j.core.ibsi.morphology.IbsiMorphology} computes the 25 features of {@link
 * org.radiomics4j.core.ibsi.morphology.MorphologyFeature} (codes, names and formulas there) from a morphological mask,
 * an intensity mask and the image, as {@link org.radiomics4j.core.ibsi.IbsiFeatureValue}s with aggregation code
 * {@code DHQ4}.
 *
 * <p>Worked example, the IBSI digital phantom (5×4×4 voxels of 2 mm, 74 ROI voxels): the mesh encloses
 * V = 556.33 mm³ with area A = 388.07 mm² (IBSI 556 and 388); voxel counting gives 74 · 8 = 592 mm³. All 25
 * reference values are matched (test {@code IbsiMorphologyPhantomTest}), and so are the 124 values of the CT phantom
 * configurations A-E after {@link org.radiomics4j.core.ibsi.preprocess.IbsiPreprocessing} ({@code IbsiCtPhantomTest}
 * in radiomics-validation).
 *
 * <p>Differences from PyRadiomics' shape class, where the two have a feature in common: PCA axes use the sample
 * covariance (N − 1), which the IBSI reference values require; the mesh has no cracks at edge-only voxel contacts.
 */
package org.radiomics4j.core.ibsi.morphology;
