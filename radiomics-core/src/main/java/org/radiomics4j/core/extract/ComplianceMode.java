package org.radiomics4j.core.extract;

/**
 * Which definitions the extractor follows. A mode is a setting, not a fork: families share their matrix builders
 * and differ only where the definitions differ, and each difference is documented next to the feature.
 */
public enum ComplianceMode {
    /** PyRadiomics v3 numbers, exactly (the default; what 3D Slicer's Radiomics extension computes). */
    PYRADIOMICS,
    /** IBSI chapter 1 definitions (not yet available: selecting it fails with an explanation). */
    IBSI
}
