package org.radiomics4j.core.ibsi.intensity;

import java.util.ArrayList;
import java.util.List;
import org.radiomics4j.core.ibsi.IbsiAggregation;
import org.radiomics4j.core.ibsi.IbsiFeatureValue;
import org.radiomics4j.core.ibsi.IbsiGreyLevels;

/** Computes the IBSI intensity histogram features ({@link IntensityHistogramFeature}) of a discretised ROI. */
public final class IntensityHistogram {
    private IntensityHistogram() {
    }

    /** Every intensity histogram feature, in enum order, with aggregation DHQ4. */
    public static List<IbsiFeatureValue> compute(IbsiGreyLevels levels) {
        int[] roi = levels.roiLevels();
        int ng = levels.ng();
        double[] values = new double[roi.length];
        long[] counts = new long[ng + 1];
        for (int k = 0; k < roi.length; k++) {
            values[k] = roi[k];
            counts[roi[k]]++;
        }
        MomentStatistics s = new MomentStatistics(values);
        int mode = 1;
        double entropy = 0;
        double uniformity = 0;
        for (int i = 1; i <= ng; i++) {
            if (counts[i] > counts[mode]) {
                mode = i;
            }
            if (counts[i] > 0) {
                double p = (double) counts[i] / roi.length;
                entropy -= p * Math.log(p) / Math.log(2);
                uniformity += p * p;
            }
        }
        double maxGrad = Double.NEGATIVE_INFINITY;
        double minGrad = Double.POSITIVE_INFINITY;
        int maxAt = 1;
        int minAt = 1;
        for (int i = 1; i <= ng; i++) {
            double g;
            if (ng == 1) {
                g = 0;
            } else if (i == 1) {
                g = counts[2] - counts[1];
            } else if (i == ng) {
                g = counts[ng] - counts[ng - 1];
            } else {
                g = (counts[i + 1] - counts[i - 1]) / 2.0;
            }
            if (g > maxGrad) {
                maxGrad = g;
                maxAt = i;
            }
            if (g < minGrad) {
                minGrad = g;
                minAt = i;
            }
        }
        List<IbsiFeatureValue> out = new ArrayList<>();
        for (IntensityHistogramFeature f : IntensityHistogramFeature.values()) {
            double v = switch (f) {
                case MEAN -> s.mean;
                case VARIANCE -> s.variance;
                case SKEWNESS -> s.skewness;
                case EXCESS_KURTOSIS -> s.kurtosis;
                case MEDIAN -> s.median;
                case MINIMUM -> s.min();
                case PERCENTILE_10 -> s.p10;
                case PERCENTILE_90 -> s.p90;
                case MAXIMUM -> s.max();
                case MODE -> mode;
                case INTERQUARTILE_RANGE -> s.p75 - s.p25;
                case RANGE -> s.max() - s.min();
                case MEAN_ABSOLUTE_DEVIATION -> s.meanAbsoluteDeviation;
                case ROBUST_MEAN_ABSOLUTE_DEVIATION -> s.robustMeanAbsoluteDeviation;
                case MEDIAN_ABSOLUTE_DEVIATION -> s.medianAbsoluteDeviation;
                case COEFFICIENT_OF_VARIATION -> s.coefficientOfVariation();
                case QUARTILE_COEFFICIENT_OF_DISPERSION -> s.quartileCoefficientOfDispersion();
                case ENTROPY -> entropy;
                case UNIFORMITY -> uniformity;
                case MAXIMUM_GRADIENT -> maxGrad;
                case MAXIMUM_GRADIENT_GREY_LEVEL -> maxAt;
                case MINIMUM_GRADIENT -> minGrad;
                case MINIMUM_GRADIENT_GREY_LEVEL -> minAt;
            };
            out.add(new IbsiFeatureValue(f.family(), f.outputName(), f.ibsiCode(), IbsiAggregation.VOLUME.code(), v));
        }
        return out;
    }
}
