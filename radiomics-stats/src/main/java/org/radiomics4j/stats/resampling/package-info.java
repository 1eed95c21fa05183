/**
 * Seeded resampling: {@link org.radiomics4j.stats.resampling.Adasyn} and
 * {@link org.radiomics4j.stats.resampling.Smote} oversampling (also to build a synthetic cohort of requested class
 * sizes) and the {@link org.radiomics4j.stats.resampling.Bootstrap} percentile CI. Randomness comes only from Commons
 * RNG generators created from the caller's seed. <b>A synthetic cohort is not an external validation.</b>
 */
package org.radiomics4j.stats.resampling;
