package org.radiomics4j.core.features.ngtdm;

import java.util.ArrayList;
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
import org.radiomics4j.core.features.internal.BoxSums;
import org.radiomics4j.core.features.internal.DescriptorSelection;
import org.radiomics4j.core.features.internal.LabelCompaction;
import org.radiomics4j.core.features.internal.NeighbourRows;
import org.radiomics4j.core.features.internal.PaddedLevelGrid;
import org.radiomics4j.core.spi.FeatureKernelBackends;

/**
 * Neighbouring Grey Tone Difference Matrix features, as PyRadiomics v3 computes them ({@code radiomics/ngtdm.py}
 * and {@code calculate_ngtdm} in {@code radiomics/src/cmatrices.c}).
 *
 * <p>For each ROI voxel of level {@code i}, {@code Ā} is the mean level of its neighbours that lie in the box and
 * in the ROI (offsets of {@link Directions#full} for {@code settings.distances()}); {@code |i − Ā|} is added to
 * {@code s_i} and 1 to {@code n_i}. A voxel with no ROI neighbour adds 0 to {@code s_i} and still counts in
 * {@code n_i}. See {@link NgtdmFeature} for the formulas and degenerate values; when a degenerate rule applies,
 * {@link FamilyResult#notes()} says so.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * FamilyResult<NgtdmFeature> r = Ngtdm.of(ExtractionSettings.defaults()).compute(grayLevels);
 * double coarseness = r.get(NgtdmFeature.COARSENESS);
 * }</pre>
 */
public final class Ngtdm {
    private final ExtractionSettings settings;
    private final ComputeBackend backend;
    private final EnumSet<NgtdmFeature> enabled;

    private Ngtdm(ExtractionSettings settings, ComputeBackend backend) {
        this.settings = settings;
        this.backend = backend;
        this.enabled = DescriptorSelection.select(NgtdmFeature.class, settings, FeatureClass.NGTDM);
    }

    /**
     * The family configured by {@code settings} (uses {@code distances}, {@code force2D}, {@code force2Ddimension}
     * and the NGTDM entry of {@code enabledFeatures}; an absent entry means all features).
     *
     * @throws org.radiomics4j.core.InvalidSettingException if an enabled feature name is not an NGTDM feature
     */
    public static Ngtdm of(ExtractionSettings settings) {
        return of(settings, ComputeBackend.JAVA);
    }

    /**
     * The family configured by {@code settings}, its features computed by the {@code backend} kernel (both kernels
     * agree to 1e-12 relative; see {@link ComputeBackend}).
     *
     * @throws org.radiomics4j.core.InvalidSettingException if a feature name in the settings is unknown
     */
    public static Ngtdm of(ExtractionSettings settings, ComputeBackend backend) {
        return new Ngtdm(Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(backend, "backend"));
    }

    /**
     * Computes the enabled features, in {@link NgtdmFeature} order.
     *
     * @throws IllegalArgumentException if the ROI is empty or a level lies outside {@code 0..ng}
     */
    public FamilyResult<NgtdmFeature> compute(GrayLevelVolume image) {
        NgtdmMatrix m = matrix(image);
        double[] iv = LabelCompaction.toDoubles(m.grayLevels());
        double[] n = LabelCompaction.toDoubles(m.counts());
        double[] s = m.differenceSums();
        NgtdmStatistics st = backend == ComputeBackend.ND4J
                ? NgtdmKernels.of(FeatureKernelBackends.forBackend(ComputeBackend.ND4J), iv, n, s)
                : NgtdmKernels.java(iv, n, s);
        Map<NgtdmFeature, Double> values = new EnumMap<>(NgtdmFeature.class);
        List<String> notes = new ArrayList<>();
        for (NgtdmFeature f : enabled) {
            switch (f) {
                case COARSENESS -> {
                    values.put(f, st.coarseness());
                    if (st.coarsenessCapped()) {
                        notes.add("ngtdm: Σ p_i·s_i = 0 (no grey tone differences), Coarseness set to 1e6");
                    }
                }
                case CONTRAST -> {
                    values.put(f, st.contrast());
                    if (st.contrastSingleLevel()) {
                        notes.add("ngtdm: only one grey level present (N_g,p = 1), Contrast set to 0");
                    }
                }
                case BUSYNESS -> {
                    values.put(f, st.busyness());
                    if (st.busynessZeroDenominator()) {
                        notes.add("ngtdm: Σ|i·p_i − j·p_j| = 0, Busyness set to 0");
                    }
                }
                case COMPLEXITY -> values.put(f, st.complexity());
                case STRENGTH -> {
                    values.put(f, st.strength());
                    if (st.strengthZeroSum()) {
                        notes.add("ngtdm: Σ s_i = 0 (no grey tone differences), Strength set to 0");
                    }
                }
            }
        }
        return new FamilyResult<>(NgtdmFeature.class, values, notes);
    }

    /**
     * The NGTDM of {@code image}: {@code n_i} and {@code s_i} of each grey level present.
     *
     * @throws IllegalArgumentException if the ROI is empty or a level lies outside {@code 0..ng}
     */
    public NgtdmMatrix matrix(GrayLevelVolume image) {
        Objects.requireNonNull(image, "image");
        PaddedLevelGrid grid = PaddedLevelGrid.of(image, PaddedLevelGrid.maxDistance(settings.distances()));
        int[][] dirs = Directions.full(grid.sizeZyx(), settings.distances(), settings.force2D(),
                settings.force2Ddimension());
        int[] offsets = grid.flatOffsets(dirs);
        int ng = image.ng();
        int[] count = new int[ng + 1];
        double[] sum = new double[ng + 1];
        int[] radii = NeighbourRows.boxRadii(dirs, grid.sizeZyx());
        if (radii != null && (2L * radii[0] + 1) * (2L * radii[1] + 1) * (2L * radii[2] + 1) * ng
                < Integer.MAX_VALUE) {
            accumulateBox(grid, radii, ng, count, sum);
        } else {
            accumulate(grid, offsets, count, sum);
        }
        int[] flags = new int[ng + 1];
        for (int g = 1; g <= ng; g++) {
            flags[g] = count[g] != 0 ? 1 : 0;
        }
        int[] levels = LabelCompaction.compact(flags);
        int[] n = new int[levels.length];
        double[] s = new double[levels.length];
        for (int r = 0; r < levels.length; r++) {
            n[r] = count[levels[r]];
            s[r] = sum[levels[r]];
        }
        return new NgtdmMatrix(levels, n, s, grid.roiCount());
    }

    /**
     * For each ROI voxel of level {@code g}: {@code count[g] += 1} and, when it has a neighbour in the ROI,
     * {@code sum[g] += |g − Σ/N|} over its {@code N} non-zero neighbour levels. The integer sums {@code Σ} and
     * {@code N} come row by row from {@link NeighbourRows#neighbourSums}; the doubles are added voxel by voxel in
     * ROI order, so each {@code sum[g]} adds the same terms in the same order as PyRadiomics' C loop.
     */
    static void accumulate(PaddedLevelGrid grid, int[] offsets, int[] count, double[] sum) {
        int[] lv = grid.levels();
        int[] roi = grid.roiIndices();
        int[] spans = NeighbourRows.rowSpans(grid);
        int[] nbSum = new int[grid.nx()];
        int[] nbCount = new int[grid.nx()];
        for (int r = 0; r < spans.length; r += 4) {
            int from = spans[r];
            NeighbourRows.neighbourSums(lv, from, spans[r + 1], offsets, nbSum, nbCount);
            addRow(lv, roi, spans[r + 2], spans[r + 3], from, nbSum, nbCount, count, sum);
        }
    }

    /**
     * {@link #accumulate} for neighbourhoods that are a box ({@code distances} {@code 1..D}, radii from
     * {@link NeighbourRows#boxRadii}): {@code Σ} and {@code N} from one {@link BoxSums} pass over the packed value
     * {@code g + 2³²·[g ≠ 0]} (level sum in the low 32 bits, count above), less the centre voxel; a few additions
     * per voxel instead of one look-up per neighbour. The doubles are added voxel by voxel in ROI order, as before.
     */
    static void accumulateBox(PaddedLevelGrid grid, int[] radii, int ng, int[] count, double[] sum) {
        int[] lv = grid.levels();
        int[] roi = grid.roiIndices();
        long[] table = new long[ng + 1];
        for (int g = 1; g <= ng; g++) {
            table[g] = g + (1L << 32);
        }
        BoxSums box = new BoxSums(grid, radii);
        box.start(table);
        int k = 0;
        for (int z = 0; z < grid.nz() && k < roi.length; z++) {
            long[] b = box.slice(z);
            k = addSlice(lv, roi, k, box.sliceStart(z + 1), box.sliceStart(z), b, table, count, sum);
        }
    }

    /** Adds the ROI voxels {@code roi[k..]} below padded index {@code end} (one slice); returns the next k. */
    private static int addSlice(int[] lv, int[] roi, int k, int end, int start, long[] box, long[] table,
            int[] count, double[] sum) {
        for (; k < roi.length && roi[k] < end; k++) {
            int idx = roi[k];
            int g = lv[idx];
            long packed = box[idx - start] - table[g]; // the box holds the centre voxel: take it out
            int c = (int) (packed >>> 32);
            count[g]++;
            if (c != 0) {
                // same operation order as the C code: level − (sum / count)
                sum[g] += Math.abs(g - (double) (int) packed / c);
            }
        }
        return k;
    }

    private static void addRow(int[] lv, int[] roi, int k0, int k1, int from, int[] nbSum, int[] nbCount,
            int[] count, double[] sum) {
        for (int k = k0; k < k1; k++) {
            int idx = roi[k];
            int g = lv[idx];
            int c = nbCount[idx - from];
            count[g]++;
            if (c != 0) {
                // same operation order as the C code: level − (sum / count)
                sum[g] += Math.abs(g - (double) nbSum[idx - from] / c);
            }
        }
    }
}
