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
    /** Dense {@code [level][dependence]} counts are used up to this many cells (or the ROI size, if larger). */
    private static final int DENSE_MIN_CELLS = 1 << 16;

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
        int sizesCap = offsets.length + 2; // dependence sizes 1 .. offsets+1
        if ((long) (ng + 1) * sizesCap <= Math.max(DENSE_MIN_CELLS, roi.length)) {
            int[] dense = new int[(ng + 1) * sizesCap];
            if (alpha == 0) {
                countDenseEqual(lv, roi, offsets, sizesCap, dense);
            } else {
                countDenseWithin(lv, roi, offsets, clampAlpha(alpha, ng), sizesCap, dense);
            }
            return compactDense(dense, ng, sizesCap, grid.roiCount());
        }
        // many grey levels and neighbours: store each voxel's dependence size and count the compacted matrix
        int[] depOf = new int[roi.length];
        if (alpha == 0) {
            dependenceEqual(lv, roi, offsets, depOf);
        } else {
            dependenceWithin(lv, roi, offsets, clampAlpha(alpha, ng), depOf);
        }
        int[] rowOf = new int[ng + 1];
        int[] colOf = new int[sizesCap];
        for (int k = 0; k < roi.length; k++) {
            rowOf[lv[roi[k]]] = 1;
            colOf[depOf[k]] = 1;
        }
        int[] levels = LabelCompaction.compact(rowOf);
        int[] sizes = LabelCompaction.compact(colOf);
        int[] counts = new int[levels.length * sizes.length];
        for (int k = 0; k < roi.length; k++) {
            counts[rowOf[lv[roi[k]]] * sizes.length + colOf[depOf[k]]]++;
        }
        return new GrayLevelSizeMatrix(FeatureClass.GLDM, levels, sizes, counts, grid.roiCount());
    }

    /**
     * {@code alpha} limited to {@code -1..ng}: levels lie in {@code 1..ng}, so {@code |i − j| ≤ alpha} holds for
     * every pair when {@code alpha ≥ ng} and for none when {@code alpha < 0}; the limit keeps {@code 2·alpha} from
     * overflowing in {@link #within}.
     */
    private static int clampAlpha(int alpha, int ng) {
        return Math.max(-1, Math.min(alpha, ng));
    }

    /**
     * 1 if the neighbour level {@code n} is in the ROI ({@code n ≠ 0}) and {@code |n − g| ≤ alpha}, else 0, without
     * a branch: {@code n − g + alpha} and {@code alpha − (n − g)} are both {@code ≥ 0} exactly when
     * {@code |n − g| ≤ alpha}, and {@code −n} is negative exactly when {@code n > 0} (levels are {@code ≥ 0}).
     */
    static int within(int n, int g, int alpha) {
        int d = n - g;
        return (~((d + alpha) | (alpha - d)) >>> 31) & ((-n) >>> 31);
    }

    /** 1 if {@code n == g}, else 0, without a branch ({@code n ^ g ≥ 0} for levels {@code ≥ 0}). */
    static int equal(int n, int g) {
        return ((n ^ g) - 1) >>> 31;
    }

    /** Dense counts {@code [g][dependence]} for {@code gldm_a = 0}. */
    private static void countDenseEqual(int[] lv, int[] roi, int[] offsets, int w, int[] dense) {
        for (int idx : roi) {
            int g = lv[idx];
            int dep = 1;
            for (int off : offsets) {
                dep += equal(lv[idx + off], g);
            }
            dense[g * w + dep]++;
        }
    }

    /** Dense counts {@code [g][dependence]} for {@code gldm_a = alpha} (after {@link #clampAlpha}). */
    private static void countDenseWithin(int[] lv, int[] roi, int[] offsets, int alpha, int w, int[] dense) {
        for (int idx : roi) {
            int g = lv[idx];
            int dep = 1;
            for (int off : offsets) {
                dep += within(lv[idx + off], g, alpha);
            }
            dense[g * w + dep]++;
        }
    }

    private static void dependenceEqual(int[] lv, int[] roi, int[] offsets, int[] depOf) {
        for (int k = 0; k < roi.length; k++) {
            int idx = roi[k];
            int g = lv[idx];
            int dep = 1;
            for (int off : offsets) {
                dep += equal(lv[idx + off], g);
            }
            depOf[k] = dep;
        }
    }

    private static void dependenceWithin(int[] lv, int[] roi, int[] offsets, int alpha, int[] depOf) {
        for (int k = 0; k < roi.length; k++) {
            int idx = roi[k];
            int g = lv[idx];
            int dep = 1;
            for (int off : offsets) {
                dep += within(lv[idx + off], g, alpha);
            }
            depOf[k] = dep;
        }
    }

    /** The matrix from dense counts {@code [g][dependence]}: empty rows and columns removed. */
    private static GrayLevelSizeMatrix compactDense(int[] dense, int ng, int w, int roiCount) {
        int[] rowOf = new int[ng + 1];
        int[] colOf = new int[w];
        for (int g = 1; g <= ng; g++) {
            for (int d = 1; d < w; d++) {
                if (dense[g * w + d] != 0) {
                    rowOf[g] = 1;
                    colOf[d] = 1;
                }
            }
        }
        int[] levels = LabelCompaction.compact(rowOf);
        int[] sizes = LabelCompaction.compact(colOf);
        int[] counts = new int[levels.length * sizes.length];
        for (int r = 0; r < levels.length; r++) {
            for (int c = 0; c < sizes.length; c++) {
                counts[r * sizes.length + c] = dense[levels[r] * w + sizes[c]];
            }
        }
        return new GrayLevelSizeMatrix(FeatureClass.GLDM, levels, sizes, counts, roiCount);
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
