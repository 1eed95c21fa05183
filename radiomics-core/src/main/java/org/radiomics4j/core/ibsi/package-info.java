/**
 * IBSI chapter 1 compliance mode: image processing, families and aggregation methods as the Image Biomarker
 * Standardisation Initiative defines them (Zwanenburg et al., arXiv:1612.07003; Radiology 2020;295:328-338).
 *
 * <p>Entry point {@link org.radiomics4j.core.ibsi.IbsiExtractor} with immutable
 * {@link org.radiomics4j.core.ibsi.IbsiSettings}; every value is an {@link org.radiomics4j.core.ibsi.IbsiFeatureValue}
 * carrying its IBSI feature and aggregation codes. Discretisation: {@link org.radiomics4j.core.ibsi.IbsiDiscretisation}.
 * Families: {@code intensity} (statistics, histogram, intensity-volume histogram), {@code texture} (GLCM, GLRLM,
 * GLSZM, GLDZM, NGTDM, NGLDM with {@link org.radiomics4j.core.ibsi.IbsiAggregation}), and, as plug-ins
 * ({@link org.radiomics4j.core.ibsi.IbsiFamilyComputer}), morphology and local intensity; image processing plugs in
 * as an {@link org.radiomics4j.core.ibsi.IbsiPreprocessor}. Names: {@link org.radiomics4j.core.ibsi.IbsiNames} and
 * {@code docs/ibsi-mode.md}.
 *
 * <pre>{@code
 * List<IbsiFeatureValue> v = IbsiExtractor.of(IbsiSettings.withDefaults()
 *         .withDiscretisation(new IbsiDiscretisation.FixedBinNumber(32))).extract(image, mask);
 * }</pre>
 */
package org.radiomics4j.core.ibsi;
