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
import org.radiomics4j.core.features.internal.BoxSums;
import org.radiomics4j.core.features.internal.DescriptorSelection;
import org.radiomics4j.core.features.internal.LabelCompaction;
import org.radiomics4j.core.features.internal.NeighbourRows;
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
    /** The level-field box sums are used while they need at most this many passes over the ROI rows. */
    private static final int MAX_FIELD_PASSES = 2;

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
        int a = clampAlpha(alpha, ng);
        int[] radii = a == 0 ? NeighbourRows.boxRadii(dirs, grid.sizeZyx()) : null;
        if (radii != null) {
            long boxVoxels = (2L * radii[0] + 1) * (2L * radii[1] + 1) * (2L * radii[2] + 1);
            int bits = 64 - Long.numberOfLeadingZeros(boxVoxels); // a field holds 0 .. boxVoxels
            int perWord = 64 / bits;
            if (bits <= 16 && (ng + perWord - 1) / perWord <= MAX_FIELD_PASSES) {
                int[] dense = new int[(ng + 1) * sizesCap];
                countByLevelFields(grid, radii, bits, ng, sizesCap, dense);
                return compactDense(dense, ng, sizesCap, grid.roiCount());
            }
        }
        int[] spans = NeighbourRows.rowSpans(grid);
        int[] dep = new int[grid.nx()];
        if ((long) (ng + 1) * sizesCap <= Math.max(DENSE_MIN_CELLS, roi.length)) {
            int[] dense = new int[(ng + 1) * sizesCap];
            for (int r = 0; r < spans.length; r += 4) {
                rowDependence(lv, spans[r], spans[r + 1], offsets, a, dep);
                countRow(lv, roi, spans[r + 2], spans[r + 3], spans[r], dep, sizesCap, dense);
            }
            return compactDense(dense, ng, sizesCap, grid.roiCount());
        }
        // many grey levels and neighbours: store each voxel's dependence size and count the compacted matrix
        int[] depOf = new int[roi.length];
        for (int r = 0; r < spans.length; r += 4) {
            rowDependence(lv, spans[r], spans[r + 1], offsets, a, dep);
            for (int k = spans[r + 2]; k < spans[r + 3]; k++) {
                depOf[k] = dep[roi[k] - spans[r]];
            }
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
     * every pair of ROI levels when {@code alpha ≥ ng} and for none when {@code alpha < 0}; the limit keeps
     * {@code alpha ± d} from overflowing.
     */
    private static int clampAlpha(int alpha, int ng) {
        return Math.max(-1, Math.min(alpha, ng));
    }

    /**
     * Dense counts {@code [g][dependence]} for {@code gldm_a = 0} when the neighbourhood is a box (radii from
     * {@link NeighbourRows#boxRadii}): the dependence size of a voxel of level {@code g} is the number of voxels of
     * level {@code g} in the box around it (itself included; neighbours outside the box or the ROI have level 0, which
     * is never counted). The levels are handled {@code 64 / bits} at a time, each with a {@code bits}-wide field of a
     * long, so one box sum of the fields ({@link BoxSums}) gives the count of every level of the
     * pass at once; a voxel reads the field of its own level.
     */
    private static void countByLevelFields(PaddedLevelGrid grid, int[] radii, int bits, int ng, int w,
            int[] dense) {
        int[] lv = grid.levels();
        int[] roi = grid.roiIndices();
        int perWord = 64 / bits;
        BoxSums box = new BoxSums(grid, radii);
        long[] fields = new long[ng + 1];
        for (int lo = 1; lo <= ng; lo += perWord) {
            int hi = Math.min(ng, lo + perWord - 1);
            java.util.Arrays.fill(fields, 0L);
            for (int g = lo; g <= hi; g++) {
                fields[g] = 1L << (bits * (g - lo));
            }
            box.start(fields);
            int k = 0;
            for (int z = 0; z < grid.nz() && k < roi.length; z++) {
                long[] b = box.slice(z);
                k = countSlice(lv, roi, k, box.sliceStart(z + 1), box.sliceStart(z), b, lo, hi, bits, w, dense);
            }
        }
    }

    /** Counts the ROI voxels {@code roi[k..]} below padded index {@code end} (one slice); returns the next k. */
    private static int countSlice(int[] lv, int[] roi, int k, int end, int start, long[] box, int lo, int hi,
            int bits, int w, int[] dense) {
        long fieldMask = (1L << bits) - 1;
        for (; k < roi.length && roi[k] < end; k++) {
            int idx = roi[k];
            int g = lv[idx];
            if (g >= lo && g <= hi) {
                dense[g * w + (int) ((box[idx - start] >>> (bits * (g - lo))) & fieldMask)]++;
            }
        }
        return k;
    }

    /** Dependence sizes of the row span {@code [from, from + len)} into {@code dep}. */
    private static void rowDependence(int[] lv, int from, int len, int[] offsets, int alpha, int[] dep) {
        if (alpha == 0) {
            NeighbourRows.dependenceEqual(lv, from, len, offsets, dep);
        } else {
            NeighbourRows.dependenceWithin(lv, from, len, offsets, alpha, dep);
        }
    }

    /** Adds the ROI voxels {@code roi[k0..k1)} of one row (span starting at {@code from}) to the dense counts. */
    private static void countRow(int[] lv, int[] roi, int k0, int k1, int from, int[] dep, int w, int[] dense) {
        for (int k = k0; k < k1; k++) {
            int idx = roi[k];
            dense[lv[idx] * w + dep[idx - from]]++;
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
