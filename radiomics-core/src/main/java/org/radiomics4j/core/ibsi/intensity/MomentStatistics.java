package org.radiomics4j.core.ibsi.intensity;

import java.util.Arrays;

/**
 * Sample statistics shared by the IBSI intensity statistics and intensity histogram families (IBSI manual,
 * sections 3.3 and 3.4): the moments use the population (1/N) definitions of the manual, percentiles linear
 * interpolation between order statistics ({@code P_p = x_(h) + (h − floor h)(x_(h+1) − x_(h))},
 * {@code h = (N − 1)·p/100}, 0-based; the manual does not fix a percentile rule, and on the digital phantom every
 * common rule gives the same value). Package-private.
 */
final class MomentStatistics {
    final double[] sorted;
    final int n;
    final double mean;
    final double variance;
    final double skewness;
    final double kurtosis;
    final double median;
    final double p10;
    final double p25;
    final double p75;
    final double p90;
    final double meanAbsoluteDeviation;
    final double robustMeanAbsoluteDeviation;
    final double medianAbsoluteDeviation;
    final double energy;

    MomentStatistics(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no voxel in the intensity mask");
        }
        sorted = values.clone();
        Arrays.sort(sorted);
        n = sorted.length;
        double s = 0;
        double e = 0;
        for (double v : sorted) {
            s += v;
            e += v * v;
        }
        mean = s / n;
        energy = e;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        double mad = 0;
        for (double v : sorted) {
            double d = v - mean;
            m2 += d * d;
            m3 += d * d * d;
            m4 += d * d * d * d;
            mad += Math.abs(d);
        }
        m2 /= n;
        m3 /= n;
        m4 /= n;
        variance = m2;
        // IBSI: a flat ROI has skewness 0 and excess kurtosis 0 (the 0/0 limits the manual prescribes)
        skewness = m2 == 0 ? 0 : m3 / Math.pow(m2, 1.5);
        kurtosis = m2 == 0 ? 0 : m4 / (m2 * m2) - 3;
        meanAbsoluteDeviation = mad / n;
        median = percentile(50);
        p10 = percentile(10);
        p25 = percentile(25);
        p75 = percentile(75);
        p90 = percentile(90);
        double rs = 0;
        int rn = 0;
        for (double v : sorted) {
            if (v >= p10 && v <= p90) {
                rs += v;
                rn++;
            }
        }
        double rmean = rs / rn;
        double rmad = 0;
        for (double v : sorted) {
            if (v >= p10 && v <= p90) {
                rmad += Math.abs(v - rmean);
            }
        }
        robustMeanAbsoluteDeviation = rmad / rn;
        double medad = 0;
        for (double v : sorted) {
            medad += Math.abs(v - median);
        }
        medianAbsoluteDeviation = medad / n;
    }

    double percentile(double p) {
        double h = (n - 1) * p / 100.0;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return sorted[n - 1];
        }
        return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
    }

    double min() {
        return sorted[0];
    }

    double max() {
        return sorted[n - 1];
    }

    double coefficientOfVariation() {
        return Math.sqrt(variance) / mean;
    }

    double quartileCoefficientOfDispersion() {
        return (p75 - p25) / (p75 + p25);
    }
}
