package org.radiomics4j.core.extract;

/**
 * Which definitions the extractor follows. A mode is a setting, not a fork: families share their matrix builders
 * and differ only where the definitions differ, and each difference is documented next to the feature.
 */
public enum ComplianceMode {
    /** PyRadiomics v3 numbers, exactly (the default; what 3D Slicer's Radiomics extension computes). */
    PYRADIOMICS,
    /**
     * IBSI chapter 1 definitions and aggregation methods ({@code org.radiomics4j.core.ibsi}, settings in
     * {@link ExtractionSettings#ibsi()}, output names in {@code docs/ibsi-mode.md}): IBSI image processing
     * (interpolation, rounding, partial-volume threshold, range and outlier re-segmentation) and all eleven
     * families (morphology, local intensity, intensity statistics, intensity histogram, intensity-volume histogram,
     * GLCM, GLRLM, GLSZM, GLDZM, NGTDM, NGLDM).
     */
    IBSI
}
