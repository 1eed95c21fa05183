package org.radiomics4j.core.features;

/**
 * What every feature enum ({@code FirstOrderFeature}, {@code GlcmFeature}, ...) says about its constants:
 * the PyRadiomics name, the IBSI code and whether PyRadiomics marks the feature deprecated (off by default).
 */
public interface FeatureDescriptor {

    /** Feature name as in PyRadiomics keys, e.g. {@code Correlation}. */
    String pyradiomicsName();

    /** IBSI permanent identifier (e.g. {@code NI2N}), or {@code null} when the feature is not in IBSI. */
    String ibsiCode();

    /** Whether PyRadiomics marks it deprecated; deprecated features are computed only when asked for by name. */
    boolean deprecated();

    /** The family it belongs to. */
    FeatureClass featureClass();
}
