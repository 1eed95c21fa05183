package org.radiomics4j.core.ibsi;

import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.radiomics4j.core.ibsi.intensity.IvhDiscretisation;
import org.radiomics4j.core.ibsi.preprocess.IbsiPreprocessing;

/**
 * Settings of an IBSI extraction (IBSI manual, chapter 2 and the configuration table of chapter 5). Immutable;
 * {@link #withDefaults()} gives the digital-phantom configuration and {@code with*} methods return copies.
 *
 * @param discretisation       texture and intensity-histogram discretisation (default fixed bin size 1, which
 *                             leaves the digital phantom unchanged)
 * @param ivhDiscretisation    intensity-volume histogram discretisation (default calibrated, interval 1)
 * @param resegmentationLower  lower bound of the range re-segmentation, {@code −∞} for none; it is also the lower
 *                             bound of fixed-bin-size discretisation when finite
 * @param resegmentationUpper  upper bound of the range re-segmentation, {@code +∞} for none
 * @param outlierSigma         outlier re-segmentation at μ ± k·σ, 0 for none
 * @param families             the families to compute (default: all eleven IBSI chapter 1 families)
 * @param aggregations         the aggregation methods of the texture families (default: all nine)
 * @param ngldmAlpha           NGLDM coarseness α (default 0)
 * @param interpolation        interpolation, intensity rounding and ROI partial-volume threshold (IBSI 2.4,
 *                             default none); its own re-segmentation fields are always neutral: the range and
 *                             outlier re-segmentation are {@code resegmentationLower/Upper} and {@code outlierSigma},
 *                             combined in {@link #preprocessing()}
 */
public record IbsiSettings(
        IbsiDiscretisation discretisation,
        IvhDiscretisation ivhDiscretisation,
        double resegmentationLower,
        double resegmentationUpper,
        double outlierSigma,
        Set<IbsiFamily> families,
        Set<IbsiAggregation> aggregations,
        int ngldmAlpha,
        IbsiPreprocessing interpolation) {

    public IbsiSettings {
        Objects.requireNonNull(discretisation, "discretisation");
        Objects.requireNonNull(ivhDiscretisation, "ivhDiscretisation");
        Objects.requireNonNull(families, "families");
        Objects.requireNonNull(aggregations, "aggregations");
        Objects.requireNonNull(interpolation, "interpolation");
        interpolation = interpolation.withRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)
                .withOutlierSigma(0);
        if (Double.isNaN(resegmentationLower) || Double.isNaN(resegmentationUpper)
                || resegmentationLower > resegmentationUpper) {
            throw new IllegalArgumentException("resegmentation range must satisfy lower <= upper but was ["
                    + resegmentationLower + ", " + resegmentationUpper + "]");
        }
        if (!(outlierSigma >= 0) || Double.isInfinite(outlierSigma)) {
            throw new IllegalArgumentException("outlier re-segmentation sigma must be >= 0 (0 = none) but was "
                    + outlierSigma);
        }
        if (families.isEmpty()) {
            throw new IllegalArgumentException("families must name at least one IBSI family");
        }
        if (aggregations.isEmpty()) {
            throw new IllegalArgumentException("aggregations must name at least one IBSI aggregation method");
        }
        if (ngldmAlpha < 0) {
            throw new IllegalArgumentException("NGLDM coarseness alpha must be >= 0 but was " + ngldmAlpha);
        }
        // enum order, so that iteration and toString are the same on every run
        families = java.util.Collections.unmodifiableSet(EnumSet.copyOf(families));
        aggregations = java.util.Collections.unmodifiableSet(EnumSet.copyOf(aggregations));
    }

    /** The families {@link IbsiExtractor#of} computes: all eleven (morphology and local intensity included). */
    public static Set<IbsiFamily> builtInFamilies() {
        return EnumSet.allOf(IbsiFamily.class);
    }

    /**
     * The IBSI digital-phantom configuration: no processing, FBS 1, calibrated IVH, every family and every
     * aggregation.
     */
    public static IbsiSettings withDefaults() {
        return new IbsiSettings(new IbsiDiscretisation.FixedBinSize(1), new IvhDiscretisation.Calibrated(),
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0, builtInFamilies(),
                EnumSet.complementOf(EnumSet.of(IbsiAggregation.VOLUME)), 0, IbsiPreprocessing.withDefaults());
    }

    /**
     * A copy with other interpolation settings (spacing, 2-D/3-D, interpolator, rounding, partial-volume threshold;
     * the re-segmentation fields of {@code v} are ignored, see {@link #withResegmentationRange} and
     * {@link #withOutlierSigma}).
     */
    public IbsiSettings withInterpolation(IbsiPreprocessing v) {
        return new IbsiSettings(discretisation, ivhDiscretisation, resegmentationLower, resegmentationUpper,
                outlierSigma, families, aggregations, ngldmAlpha, v);
    }

    /** The complete IBSI image processing: {@link #interpolation()} with this range and outlier re-segmentation. */
    public IbsiPreprocessing preprocessing() {
        return interpolation.withRange(resegmentationLower, resegmentationUpper).withOutlierSigma(outlierSigma);
    }

    public IbsiSettings withDiscretisation(IbsiDiscretisation v) {
        return new IbsiSettings(v, ivhDiscretisation, resegmentationLower, resegmentationUpper, outlierSigma,
                families, aggregations, ngldmAlpha, interpolation);
    }

    public IbsiSettings withIvhDiscretisation(IvhDiscretisation v) {
        return new IbsiSettings(discretisation, v, resegmentationLower, resegmentationUpper, outlierSigma,
                families, aggregations, ngldmAlpha, interpolation);
    }

    public IbsiSettings withResegmentationRange(double lower, double upper) {
        return new IbsiSettings(discretisation, ivhDiscretisation, lower, upper, outlierSigma, families,
                aggregations, ngldmAlpha, interpolation);
    }

    public IbsiSettings withOutlierSigma(double v) {
        return new IbsiSettings(discretisation, ivhDiscretisation, resegmentationLower, resegmentationUpper, v,
                families, aggregations, ngldmAlpha, interpolation);
    }

    public IbsiSettings withFamilies(Set<IbsiFamily> v) {
        return new IbsiSettings(discretisation, ivhDiscretisation, resegmentationLower, resegmentationUpper,
                outlierSigma, v, aggregations, ngldmAlpha, interpolation);
    }

    public IbsiSettings withAggregations(Set<IbsiAggregation> v) {
        return new IbsiSettings(discretisation, ivhDiscretisation, resegmentationLower, resegmentationUpper,
                outlierSigma, families, v, ngldmAlpha, interpolation);
    }

    public IbsiSettings withNgldmAlpha(int v) {
        return new IbsiSettings(discretisation, ivhDiscretisation, resegmentationLower, resegmentationUpper,
                outlierSigma, families, aggregations, v, interpolation);
    }

    /** Whether any re-segmentation (range or outlier) is asked for. */
    public boolean resegments() {
        return Double.isFinite(resegmentationLower) || Double.isFinite(resegmentationUpper) || outlierSigma > 0;
    }

    /** The finite lower bound of the range re-segmentation, if any (the fixed-bin-size anchor). */
    public OptionalDouble resegmentationLowerBound() {
        return Double.isFinite(resegmentationLower) ? OptionalDouble.of(resegmentationLower) : OptionalDouble.empty();
    }
}
