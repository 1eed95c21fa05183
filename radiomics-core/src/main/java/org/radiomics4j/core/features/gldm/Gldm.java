package org.radiomics4j.core.features.gldm;

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
import org.radiomics4j.core.features.internal.PaddedLevelGrid;
import org.radiomics4j.core.features.internal.SizeMatrixKernels;
import org.radiomics4j.core.features.internal.SizeMatrixStatistics;
import org.radiomics4j.core.spi.FeatureKernelBackends;

/**
 * Grey Level Dependence Matrix features, as PyRadiomics v3 computes them ({@code radiomics/gldm.py} and
 * {@code calculate_gldm} in {@code radiomics/src/cmatrices.c}).
 *
 * <p>The dependence size of an ROI voxel of level {@code i} is 1 + the number of its neighbours that lie in the box
 * and in the ROI and have a level {@code j} with {@code |i − j| ≤ gldm_a}. Neighbours are the offsets of
 * {@link Directions#full} for {@code settings.distances()} (26 for distance 1 in 3-D, 8 in-plane with
 * {@code force2D}). See {@link GldmFeature} for the formulas.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * FamilyResult<GldmFeature> r = Gldm.of(ExtractionSettings.defaults().withGldmA(1)).compute(grayLevels);
 * }</pre>
 */
public final class Gldm {
    private final ExtractionSettings settings;
    private final ComputeBackend backend;
    private final EnumSet<GldmFeature> enabled;

    private Gldm(ExtractionSettings settings, ComputeBackend backend) {
        this.settings = settings;
        this.backend = backend;
        this.enabled = DescriptorSelection.select(GldmFeature.class, settings, FeatureClass.GLDM);
    }

    /**
     * The family configured by {@code settings} (uses {@code distances}, {@code gldm_a}, {@code force2D},
     * {@code force2Ddimension} and the GLDM entry of {@code enabledFeatures}; an absent entry means
     * all non-deprecated features).
     *
     * @throws org.radiomics4j.core.InvalidSettingException if an enabled feature name is not a GLDM feature
     */
    public static Gldm of(ExtractionSettings settings) {
        return of(settings, ComputeBackend.JAVA);
    }

    /**
     * The family configured by {@code settings}, its features computed by the {@code backend} kernel (both kernels
     * agree to 1e-12 relative; see {@link ComputeBackend}).
     *
     * @throws org.radiomics4j.core.InvalidSettingException if a feature name in the settings is unknown
     */
    public static Gldm of(ExtractionSettings settings, ComputeBackend backend) {
        return new Gldm(Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(backend, "backend"));
    }

    /**
     * Computes the enabled features, in {@link GldmFeature} order.
     *
     * @throws IllegalArgumentException if the ROI is empty or a level lies outside {@code 0..ng}
     */
    public FamilyResult<GldmFeature> compute(GrayLevelVolume image) {
        GrayLevelSizeMatrix m = matrix(image);
        // N_z = N_p >= 1 (matrix() rejects an empty ROI), so PyRadiomics' divisor guard never applies
        double np = m.roiVoxelCount();
        double[] iv = LabelCompaction.toDoubles(m.grayLevels());
        double[] jv = LabelCompaction.toDoubles(m.sizes());
        double[] p = m.countsAsDoubles();
        double nz = m.total();
        SizeMatrixStatistics s = backend == ComputeBackend.ND4J
                ? SizeMatrixStatistics.of(FeatureKernelBackends.forBackend(ComputeBackend.ND4J)
                        .sizeMatrixStatistics(p, iv, jv, np, np, nz))
                : SizeMatrixKernels.java(p, iv, jv, np, np, nz);
        Map<GldmFeature, Double> values = new EnumMap<>(GldmFeature.class);
        for (GldmFeature f : enabled) {
            values.put(f, value(f, s));
        }
        return new FamilyResult<>(GldmFeature.class, values, List.of());
    }

    /**
     * The dependence matrix of {@code image}, with absent grey levels and empty dependence sizes removed.
     *
     * @throws IllegalArgumentException if the ROI is empty or a level lies outside {@code 0..ng}
     */
    public GrayLevelSizeMatrix matrix(GrayLevelVolume image) {
        Objects.requireNonNull(image, "image");
        PaddedLevelGrid grid = PaddedLevelGrid.of(image, PaddedLevelGrid.maxDistance(settings.distances()));
        int[][] dirs = Directions.full(grid.sizeZyx(), settings.distances(), settings.force2D(),
                settings.force2Ddimension());
        int[] offsets = grid.flatOffsets(dirs);
        int[] lv = grid.levels();
        // levels are integers, so |i - j| <= a  <=>  |i - j| <= floor(a); the cast saturates for huge a
        int alpha = (int) Math.floor(settings.gldmA());
        int ng = image.ng();
        int[] roi = grid.roiIndices();
        // pass 1: dependence size of every ROI voxel, and which levels and sizes occur
        int[] depOf = new int[roi.length];
        int[] rowOf = new int[ng + 1];
        int[] colOf = new int[offsets.length + 2]; // dependence sizes 1 .. offsets+1
        for (int k = 0; k < roi.length; k++) {
            int idx = roi[k];
            int g = lv[idx];
            int dep = 1;
            if (alpha == 0) {
                for (int off : offsets) {
                    if (lv[idx + off] == g) {
                        dep++;
                    }
                }
            } else {
                for (int off : offsets) {
                    int n = lv[idx + off];
                    if (n != 0 && Math.abs(n - g) <= alpha) {
                        dep++;
                    }
                }
            }
            depOf[k] = dep;
            rowOf[g] = 1;
            colOf[dep] = 1;
        }
        int[] levels = LabelCompaction.compact(rowOf);
        int[] sizes = LabelCompaction.compact(colOf);
        // pass 2: counts of the compacted matrix (no Ng x max-dependence intermediate)
        int[] counts = new int[levels.length * sizes.length];
        for (int k = 0; k < roi.length; k++) {
            counts[rowOf[lv[roi[k]]] * sizes.length + colOf[depOf[k]]]++;
        }
        return new GrayLevelSizeMatrix(FeatureClass.GLDM, levels, sizes, counts, grid.roiCount());
    }

    private static double value(GldmFeature f, SizeMatrixStatistics s) {
        return switch (f) {
            case SMALL_DEPENDENCE_EMPHASIS -> s.smallEmphasis();
            case LARGE_DEPENDENCE_EMPHASIS -> s.largeEmphasis();
            case GRAY_LEVEL_NON_UNIFORMITY -> s.grayLevelNonUniformity();
            case GRAY_LEVEL_NON_UNIFORMITY_NORMALIZED -> s.grayLevelNonUniformityNormalized();
            case DEPENDENCE_NON_UNIFORMITY -> s.sizeNonUniformity();
            case DEPENDENCE_NON_UNIFORMITY_NORMALIZED -> s.sizeNonUniformityNormalized();
            case GRAY_LEVEL_VARIANCE -> s.grayLevelVariance();
            case DEPENDENCE_VARIANCE -> s.sizeVariance();
            case DEPENDENCE_ENTROPY -> s.entropy();
            case DEPENDENCE_PERCENTAGE -> s.percentage();
            case LOW_GRAY_LEVEL_EMPHASIS -> s.lowGrayLevelEmphasis();
            case HIGH_GRAY_LEVEL_EMPHASIS -> s.highGrayLevelEmphasis();
            case SMALL_DEPENDENCE_LOW_GRAY_LEVEL_EMPHASIS -> s.smallLowGrayLevelEmphasis();
            case SMALL_DEPENDENCE_HIGH_GRAY_LEVEL_EMPHASIS -> s.smallHighGrayLevelEmphasis();
            case LARGE_DEPENDENCE_LOW_GRAY_LEVEL_EMPHASIS -> s.largeLowGrayLevelEmphasis();
            case LARGE_DEPENDENCE_HIGH_GRAY_LEVEL_EMPHASIS -> s.largeHighGrayLevelEmphasis();
        };
    }
}
