package org.radiomics4j.core.ibsi.intensity;

import java.util.ArrayList;
import java.util.List;
import org.radiomics4j.core.ibsi.IbsiAggregation;
import org.radiomics4j.core.ibsi.IbsiFeatureValue;
import org.radiomics4j.core.ibsi.IbsiRoi;

/** Computes the IBSI intensity statistics ({@link IntensityStatisticsFeature}) over an ROI's intensity mask. */
public final class IntensityStatistics {
    private IntensityStatistics() {
    }

    /** Every intensity statistic, in enum order, with aggregation DHQ4. */
    public static List<IbsiFeatureValue> compute(IbsiRoi roi) {
        MomentStatistics s = new MomentStatistics(roi.roiIntensities());
        List<IbsiFeatureValue> out = new ArrayList<>();
        for (IntensityStatisticsFeature f : IntensityStatisticsFeature.values()) {
            out.add(new IbsiFeatureValue(f.family(), f.outputName(), f.ibsiCode(), IbsiAggregation.VOLUME.code(),
                    f.compute(s)));
        }
        return out;
    }
}
