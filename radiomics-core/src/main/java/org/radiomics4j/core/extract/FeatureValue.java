package org.radiomics4j.core.extract;

/** One feature: its full PyRadiomics key (e.g. {@code original_glcm_Correlation}) and its value. */
public record FeatureValue(String name, double value) {
}
