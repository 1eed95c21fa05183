package org.radiomics4j.core.features.glszm;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.Directions;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.features.GrayLevelSizeMatrix;
import org.radiomics4j.core.features.internal.DescriptorSelection;
import org.radiomics4j.core.features.internal.LabelCompaction;
import org.radiomics4j.core.features.internal.SizeMatrixKernels;
import org.radiomics4j.core.features.internal.SizeMatrixStatistics;
import org.radiomics4j.core.spi.FeatureKernelBackends;

/**
 * Grey Level Size Zone Matrix features, as PyRadiomics v3 computes them ({@code radiomics/glszm.py} and
 * {@code calculate_glszm} in {@code radiomics/src/cmatrices.c}).
 *
 * <p>A zone is a connected set of ROI voxels of one grey level: 26-connectivity in 3-D (every neighbour at
 * infinity-norm distance 1), 8-connectivity in-plane with {@code force2D} (the offsets of
 * {@link Directions#full} for distance 1; GLSZM ignores {@code distances}). Zones are found in one scan with a
 * union-find over a flat, zero-padded copy of the levels (each voxel is joined to its already-scanned same-level
 * neighbours, checking only those its first same-level neighbour does not already vouch for; no recursion, no
 * boxing; see {@code ZoneLabelling}). The matrix keeps only grey levels and zone sizes that occur; see {@link GlszmFeature} for the formulas.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * FamilyResult<GlszmFeature> r = Glszm.of(ExtractionSettings.defaults()).compute(grayLevels);
 * double sae = r.get(GlszmFeature.SMALL_AREA_EMPHASIS);
 * }</pre>
 */
public final class Glszm {
    private final ExtractionSettings settings;
    private final ComputeBackend backend;
    private final EnumSet<GlszmFeature> enabled;

    private Glszm(ExtractionSettings settings, ComputeBackend backend) {
        this.settings = settings;
        this.backend = backend;
        this.enabled = DescriptorSelection.select(GlszmFeature.class, settings, FeatureClass.GLSZM);
    }

    /**
     * The family configured by {@code settings} (uses {@code force2D}, {@code force2Ddimension}
     * and the GLSZM entry of {@code enabledFeatures}; an absent entry means all features).
     *
     * @throws org.radiomics4j.core.InvalidSettingException if an enabled feature name is not a GLSZM feature
     */
    public static Glszm of(ExtractionSettings settings) {
        return of(settings, ComputeBackend.JAVA);
    }

    /**
     * The family configured by {@code settings}, its features computed by the {@code backend} kernel (both kernels
     * agree to 1e-12 relative; see {@link ComputeBackend}).
     *
     * @throws org.radiomics4j.core.InvalidSettingException if a feature name in the settings is unknown
     */
    public static Glszm of(ExtractionSettings settings, ComputeBackend backend) {
        return new Glszm(Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(backend, "backend"));
    }

    /**
     * Computes the enabled features, in {@link GlszmFeature} order.
     *
     * @throws IllegalArgumentException if the ROI is empty or a level lies outside {@code 0..ng}
     */
    public FamilyResult<GlszmFeature> compute(GrayLevelVolume image) {
        GrayLevelSizeMatrix m = matrix(image);
        // N_z >= 1 because matrix() rejects an empty ROI, so PyRadiomics' "N_z = 0 -> 1" guard never applies
        double zones = m.total();
        double[] iv = LabelCompaction.toDoubles(m.grayLevels());
        double[] jv = LabelCompaction.toDoubles(m.sizes());
        double[] p = m.countsAsDoubles();
        SizeMatrixStatistics s = backend == ComputeBackend.ND4J
                ? SizeMatrixStatistics.of(FeatureKernelBackends.forBackend(ComputeBackend.ND4J)
                        .sizeMatrixStatistics(p, iv, jv, zones, m.roiVoxelCount(), zones))
                : SizeMatrixKernels.java(p, iv, jv, zones, m.roiVoxelCount(), zones);
        Map<GlszmFeature, Double> values = new EnumMap<>(GlszmFeature.class);
        for (GlszmFeature f : enabled) {
            values.put(f, value(f, s));
        }
        return new FamilyResult<>(GlszmFeature.class, values, List.of());
    }

    /**
     * The size zone matrix of {@code image}, with absent grey levels and empty zone sizes removed.
     *
     * @throws IllegalArgumentException if the ROI is empty or a level lies outside {@code 0..ng}
     */
    public GrayLevelSizeMatrix matrix(GrayLevelVolume image) {
        Objects.requireNonNull(image, "image");
        int[] sizeZyx = {image.nz(), image.ny(), image.nx()};
        int[][] dirs = Directions.full(sizeZyx, List.of(1), settings.force2D(), settings.force2Ddimension());
        return ZoneLabelling.matrix(ZoneLabelling.label(image, ZoneLabelling.plan(dirs, image.nx() + 2,
                image.ny() + 2)), image.ng());
    }

    private static double value(GlszmFeature f, SizeMatrixStatistics s) {
        return switch (f) {
            case SMALL_AREA_EMPHASIS -> s.smallEmphasis();
            case LARGE_AREA_EMPHASIS -> s.largeEmphasis();
            case GRAY_LEVEL_NON_UNIFORMITY -> s.grayLevelNonUniformity();
            case GRAY_LEVEL_NON_UNIFORMITY_NORMALIZED -> s.grayLevelNonUniformityNormalized();
            case SIZE_ZONE_NON_UNIFORMITY -> s.sizeNonUniformity();
            case SIZE_ZONE_NON_UNIFORMITY_NORMALIZED -> s.sizeNonUniformityNormalized();
            case ZONE_PERCENTAGE -> s.percentage();
            case GRAY_LEVEL_VARIANCE -> s.grayLevelVariance();
            case ZONE_VARIANCE -> s.sizeVariance();
            case ZONE_ENTROPY -> s.entropy();
            case LOW_GRAY_LEVEL_ZONE_EMPHASIS -> s.lowGrayLevelEmphasis();
            case HIGH_GRAY_LEVEL_ZONE_EMPHASIS -> s.highGrayLevelEmphasis();
            case SMALL_AREA_LOW_GRAY_LEVEL_EMPHASIS -> s.smallLowGrayLevelEmphasis();
            case SMALL_AREA_HIGH_GRAY_LEVEL_EMPHASIS -> s.smallHighGrayLevelEmphasis();
            case LARGE_AREA_LOW_GRAY_LEVEL_EMPHASIS -> s.largeLowGrayLevelEmphasis();
            case LARGE_AREA_HIGH_GRAY_LEVEL_EMPHASIS -> s.largeHighGrayLevelEmphasis();
        };
    }
}
