package org.radiomics4j.core.ibsi;

import java.util.List;

/**
 * A family the {@link IbsiExtractor} does not compute itself and takes as a plug-in: morphology (which needs the
 * morphological mask and the voxel spacing) and local intensity (which needs the un-discretised image around the
 * ROI). Registered with {@link IbsiExtractor#withFamily(IbsiFamily, IbsiFamilyComputer)}.
 */
@FunctionalInterface
public interface IbsiFamilyComputer {
    /**
     * The family's features, each with its IBSI code and aggregation code DHQ4.
     *
     * @param roi      the processed ROI (intensity and morphological masks)
     * @param settings the extraction settings
     */
    List<IbsiFeatureValue> compute(IbsiRoi roi, IbsiSettings settings);
}
