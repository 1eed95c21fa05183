package org.radiomics4j.core.features.glszm;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.extract.ComputeBackend;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.Directions;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.features.internal.DescriptorSelection;
import org.radiomics4j.core.features.internal.LabelCompaction;
import org.radiomics4j.core.features.internal.PaddedLevelGrid;
import org.radiomics4j.core.features.internal.SizeMatrixKernels;
import org.radiomics4j.core.features.internal.SizeMatrixStatistics;

/**
 * Grey Level Size Zone Matrix features, as PyRadiomics v3 computes them ({@code radiomics/glszm.py} and
 * {@code calculate_glszm} in {@code radiomics/src/cmatrices.c}).
 *
 * <p>A zone is a connected set of ROI voxels of one grey level: 26-connectivity in 3-D (every neighbour at
 * infinity-norm distance 1), 8-connectivity in-plane with {@code force2D} (the offsets of
 * {@link Directions#full} for distance 1; GLSZM ignores {@code distances}). Zones are found with an iterative
 * flood fill over a flat, zero-padded copy of the levels (no recursion, no boxing). The matrix keeps only grey
 * levels and zone sizes that occur; see {@link GlszmFeature} for the formulas.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * FamilyResult r = Glszm.of(ExtractionSettings.defaults()).compute(grayLevels);
 * double sae = r.get("SmallAreaEmphasis");
 * }</pre>
 */
public final class Glszm {
    private final ExtractionSettings settings;
    private final EnumSet<GlszmFeature> enabled;

    private Glszm(ExtractionSettings settings) {
        this.settings = settings;
        this.enabled = DescriptorSelection.select(GlszmFeature.class, settings, FeatureClass.GLSZM);
    }

    /**
     * The family configured by {@code settings} (uses {@code force2D}, {@code force2Ddimension}, {@code backend}
     * and the GLSZM entry of {@code enabledFeatures}; an absent entry means all features).
     *
     * @throws org.radiomics4j.core.InvalidSettingException if an enabled feature name is not a GLSZM feature
     */
    public static Glszm of(ExtractionSettings settings) {
        return new Glszm(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * Computes the enabled features, in {@link GlszmFeature} order.
     *
     * @throws IllegalArgumentException if the ROI is empty or a level lies outside {@code 0..ng}
     */
    public FamilyResult compute(GrayLevelVolume image) {
        GlszmMatrix m = matrix(image);
        // N_z >= 1 because matrix() rejects an empty ROI, so PyRadiomics' "N_z = 0 -> 1" guard never applies
        double zones = m.zoneCount();
        double[] iv = LabelCompaction.toDoubles(m.grayLevels());
        double[] jv = LabelCompaction.toDoubles(m.zoneSizes());
        double[] p = m.countsAsDoubles();
        SizeMatrixStatistics s = settings.backend() == ComputeBackend.ND4J
                ? SizeMatrixKernels.nd4j(p, iv, jv, zones, m.roiVoxelCount(), zones)
                : SizeMatrixKernels.java(p, iv, jv, zones, m.roiVoxelCount(), zones);
        Map<String, Double> values = new LinkedHashMap<>();
        for (GlszmFeature f : enabled) {
            values.put(f.pyradiomicsName(), value(f, s));
        }
        return new FamilyResult(FeatureClass.GLSZM, values, List.of());
    }

    /**
     * The size zone matrix of {@code image}, with absent grey levels and empty zone sizes removed.
     *
     * @throws IllegalArgumentException if the ROI is empty or a level lies outside {@code 0..ng}
     */
    public GlszmMatrix matrix(GrayLevelVolume image) {
        Objects.requireNonNull(image, "image");
        PaddedLevelGrid grid = PaddedLevelGrid.of(image, 1);
        int[][] dirs = Directions.full(grid.sizeZyx(), List.of(1), settings.force2D(), settings.force2Ddimension());
        int[] offsets = grid.flatOffsets(dirs);
        int[] work = grid.levels().clone();
        int[] roi = grid.roiIndices();
        int[] stack = new int[roi.length];
        int[] zoneLevel = new int[Math.max(16, roi.length / 8)];
        int[] zoneSize = new int[zoneLevel.length];
        int nZones = 0;
        int maxSize = 0;
        for (int start : roi) {
            int g = work[start];
            if (g == 0) {
                continue; // already part of an earlier zone
            }
            work[start] = 0;
            stack[0] = start;
            int sp = 1;
            int size = 0;
            while (sp > 0) {
                int cur = stack[--sp];
                size++;
                for (int off : offsets) {
                    int nb = cur + off;
                    if (work[nb] == g) {
                        work[nb] = 0;
                        stack[sp++] = nb;
                    }
                }
            }
            if (nZones == zoneLevel.length) {
                zoneLevel = java.util.Arrays.copyOf(zoneLevel, nZones * 2);
                zoneSize = java.util.Arrays.copyOf(zoneSize, nZones * 2);
            }
            zoneLevel[nZones] = g;
            zoneSize[nZones] = size;
            nZones++;
            maxSize = Math.max(maxSize, size);
        }
        int ng = image.ng();
        int[] rowOf = new int[ng + 1];
        int[] colOf = new int[maxSize + 1];
        for (int z = 0; z < nZones; z++) {
            rowOf[zoneLevel[z]] = 1;
            colOf[zoneSize[z]] = 1;
        }
        int[] levels = LabelCompaction.compact(rowOf);
        int[] sizes = LabelCompaction.compact(colOf);
        int[] counts = new int[levels.length * sizes.length];
        for (int z = 0; z < nZones; z++) {
            counts[rowOf[zoneLevel[z]] * sizes.length + colOf[zoneSize[z]]]++;
        }
        return new GlszmMatrix(levels, sizes, counts, grid.roiCount());
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
