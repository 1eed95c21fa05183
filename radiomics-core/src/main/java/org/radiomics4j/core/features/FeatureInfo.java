package org.radiomics4j.core.features;

import java.util.Objects;

/**
 * What one feature constant says about itself: the facts every feature enum ({@code GlcmFeature},
 * {@code ShapeFeature}, ...) holds once per constant and {@link FeatureDescriptor} reads through its default
 * methods.
 *
 * @param pyradiomicsName the feature name as in PyRadiomics keys (the last part of
 *     {@code original_glcm_Correlation}), non-empty
 * @param ibsiCode the IBSI permanent identifier (e.g. {@code NI2N}), or {@code null} when the feature is not in IBSI
 * @param deprecated whether PyRadiomics marks it deprecated (off by default, computed only when asked for by name)
 */
public record FeatureInfo(String pyradiomicsName, String ibsiCode, boolean deprecated) {

    /**
     * Checks the name.
     *
     * @throws IllegalArgumentException if {@code pyradiomicsName} is empty or {@code ibsiCode} is empty (use
     *     {@code null} for "not in IBSI")
     */
    public FeatureInfo {
        Objects.requireNonNull(pyradiomicsName, "pyradiomicsName");
        if (pyradiomicsName.isEmpty()) {
            throw new IllegalArgumentException("pyradiomicsName must not be empty");
        }
        if (ibsiCode != null && ibsiCode.isEmpty()) {
            throw new IllegalArgumentException("ibsiCode of " + pyradiomicsName
                    + " must be null (not in IBSI) or a code, but was empty");
        }
    }
}
