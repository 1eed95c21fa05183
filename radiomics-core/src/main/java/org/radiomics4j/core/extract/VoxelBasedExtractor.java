package org.radiomics4j.core.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.discretize.Discretizer;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.features.FeatureDescriptor;
import org.radiomics4j.core.features.firstorder.FirstOrder;
import org.radiomics4j.core.features.firstorder.FirstOrderInput;
import org.radiomics4j.core.features.Directions;
import org.radiomics4j.core.features.glcm.Glcm;
import org.radiomics4j.core.features.glcm.GlcmFeature;
import org.radiomics4j.core.features.internal.GlcmCounts;
import org.radiomics4j.core.features.internal.GlcmKernels;
import org.radiomics4j.core.features.gldm.Gldm;
import org.radiomics4j.core.features.glrlm.Glrlm;
import org.radiomics4j.core.features.glszm.Glszm;
import org.radiomics4j.core.features.ngtdm.Ngtdm;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.Geometry;
import org.radiomics4j.core.image.GeometryMismatchException;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.core.preprocess.MaskCorrection;
import org.radiomics4j.core.preprocess.Normalization;
import org.radiomics4j.core.preprocess.Resegmentation;
import org.radiomics4j.core.preprocess.RoiCheck;
import org.radiomics4j.core.spi.FeatureKernelBackend;
import org.radiomics4j.core.spi.FeatureKernelBackends;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PyRadiomics' voxel-based extraction: one feature map per enabled feature of first order and the texture
 * families (GLCM, GLRLM, GLSZM, GLDM, NGTDM; shape has no voxel-based form and is skipped).
 *
 * <p>As PyRadiomics does ({@code featureextractor.execute(..., voxelBased=True)}, {@code base.py}
 * {@code _initVoxelBasedCalculation} and {@code _calculateVoxels}):
 * <ol>
 * <li>the image and the ROI of {@code label} are cropped to the ROI's bounding box padded by {@code kernelRadius}
 * (clipped to the image): the maps have that box's grid (size, and the origin of the box in physical space;
 * spacing and direction of the input), so that they overlay the input image;</li>
 * <li>the grey levels are discretised once, before any kernel, with the edges and highest level {@code Ng} of the
 * whole ROI (with {@code maskedKernel: false}, of the whole padded box);</li>
 * <li>for each ROI voxel {@code v} the kernel is the cube {@code [v - r, v + r]} per axis clipped to the box and,
 * with {@code maskedKernel}, intersected with the ROI; each family's whole-ROI code runs on that kernel's
 * discretised grey levels, with the ROI's {@code Ng}, and its value is written at {@code v};</li>
 * <li>every other map voxel holds {@code initValue}; maps are float64 (numpy's {@code float}).</li>
 * </ol>
 *
 * <p>GLCM counts are not rebuilt per voxel: they slide with the kernel along each row ({@code SlidingGlcm}: the
 * pairs of the leaving plane subtracted, those of the entering plane added, exact in integer counts) and are
 * finished by the whole-ROI builder's code, so the values are those of the whole-ROI code bit for bit. The GLCM
 * formulas run per kernel with the plain-Java kernel, or with {@code backend ND4J} once per batch of kernels padded
 * to their union of grey levels (within 1e-12 of Java; measured slower, see {@code docs/voxel-based.md}).
 *
 * <p>Voxels are split into batches of {@code voxelBatch} and each batch over {@code threads} workers; each voxel's
 * value depends only on its kernel, so the maps are identical for any thread count and batch size. Only the
 * no-resampling path is supported: resampling and filtered image types fail with
 * {@link InvalidSettingException}.
 */
public final class VoxelBasedExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(VoxelBasedExtractor.class);

    /** Progress of a voxel-based extraction; called from the calling thread, in order, as voxels complete. */
    @FunctionalInterface
    public interface Progress {
        /** {@code done} of {@code total} ROI voxels have been computed. */
        void update(long done, long total);
    }

    /**
     * The maps of one extraction.
     *
     * @param maps feature name (e.g. {@code original_glcm_Correlation}) to its map, in PyRadiomics' order
     * @param grid the maps' grid (the ROI's box padded by the kernel radius, in the input's physical space)
     * @param box that grid's box in the input image's voxel indices
     * @param roiVoxels number of ROI voxels (map voxels computed)
     * @param failures per family that failed on some voxels (with {@link OnFeatureError#RECORD}), their count
     */
    public record Maps(Map<String, Volume> maps, Geometry grid, BoundingBox box, long roiVoxels,
            Map<FeatureClass, Long> failures) {
        public Maps {
            maps = Collections.unmodifiableMap(new LinkedHashMap<>(maps));
            failures = Collections.unmodifiableMap(new EnumMap<>(failures.isEmpty()
                    ? new EnumMap<>(FeatureClass.class) : failures));
        }
    }

    private static final List<FeatureClass> VOXEL_CLASSES = List.of(FeatureClass.FIRSTORDER, FeatureClass.GLCM,
            FeatureClass.GLRLM, FeatureClass.GLSZM, FeatureClass.GLDM, FeatureClass.NGTDM);

    /** The largest number of voxels between two progress reports. */
    private static final int CHUNK = 2048;

    /** The most matrix entries ({@code voxels × directions × (Ng+1)²}) per call of a batched GLCM backend. */
    private static final long ND4J_BATCH_DOUBLES = 4_000_000L;

    private final ExtractionSettings settings;
    private final VoxelSettings voxel;
    private final ExecutionSettings execution;

    private VoxelBasedExtractor(ExtractionSettings settings, VoxelSettings voxel, ExecutionSettings execution) {
        this.settings = settings;
        this.voxel = voxel;
        this.execution = execution;
    }

    /**
     * An extractor of maps for {@code settings} and {@code voxel}, run with the default {@link ExecutionSettings};
     * see {@link #of(ExtractionSettings, VoxelSettings, ExecutionSettings)}.
     *
     * @throws InvalidSettingException if the settings ask for IBSI mode, resampling or a filtered image type, which
     *     voxel-based extraction does not support yet, or name an unknown feature
     */
    public static VoxelBasedExtractor of(ExtractionSettings settings, VoxelSettings voxel) {
        return of(settings, voxel, ExecutionSettings.defaults());
    }

    /**
     * An extractor of maps for {@code settings} and {@code voxel}, run as {@code execution} says (threads, feature
     * kernel backend, failure policy; the maps do not depend on them).
     *
     * @throws InvalidSettingException if the settings ask for IBSI mode, resampling or a filtered image type, which
     *     voxel-based extraction does not support yet, or name an unknown feature or an unavailable backend
     */
    public static VoxelBasedExtractor of(ExtractionSettings settings, VoxelSettings voxel,
            ExecutionSettings execution) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(voxel, "voxel");
        Objects.requireNonNull(execution, "execution");
        if (settings.mode() == ComplianceMode.IBSI) {
            throw new InvalidSettingException("voxel-based extraction supports PyRadiomics mode only but"
                    + " complianceMode is IBSI");
        }
        if (settings.resamples()) {
            throw new InvalidSettingException("voxel-based extraction does not support resampling yet but"
                    + " resampledPixelSpacing is " + settings.resampledPixelSpacing());
        }
        if (!settings.originalOnly()) {
            throw new InvalidSettingException("voxel-based extraction supports imageType Original only (yet) but the"
                    + " enabled image types are " + settings.imageTypes().keySet().stream()
                    .map(ImageType::pyradiomicsName).toList());
        }
        RadiomicsExtractor.of(settings, execution); // validates the feature names and the backend
        return new VoxelBasedExtractor(settings, voxel, execution);
    }

    /** The settings applied. */
    public ExtractionSettings settings() {
        return settings;
    }

    /** How the extraction runs. */
    public ExecutionSettings execution() {
        return execution;
    }

    /** The voxel-based settings applied. */
    public VoxelSettings voxelSettings() {
        return voxel;
    }

    /**
     * Computes the maps of the ROI {@code settings.label()} of {@code mask} over {@code image}.
     *
     * @param progress called, in order, each time up to 2048 more voxels are done (and at the end), or null
     * @throws GeometryMismatchException if the grids differ and correctMask is off
     * @throws IllegalArgumentException if the label is not in the mask
     * @throws RadiomicsException if the ROI fails a check or, with {@link OnFeatureError#THROW}, a family fails on a
     *     voxel (naming the voxel)
     */
    public Maps extract(Volume image, Mask mask, Progress progress) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(mask, "mask");
        ExtractionSettings s = settings;
        int label = s.label();
        String difference = image.geometry().difference(mask.geometry(), s.geometryTolerance());
        if (difference != null) {
            if (!s.correctMask()) {
                throw new GeometryMismatchException("mask does not match image: " + difference + " (geometryTolerance "
                        + s.geometryTolerance() + ")");
            }
            mask = MaskCorrection.toGrid(mask, image.geometry(), label);
        }
        Mask roi = mask.select(label);
        if (s.normalize()) {
            image = Normalization.normalize(image, s.normalizeScale(), s.removeOutliers());
        }
        BoundingBox frame = RoiCheck.check(roi, label, s.minimumRoiDimensions(), s.minimumRoiSize());
        if (!s.resegmentRange().isEmpty()) {
            roi = Resegmentation.resegment(image, roi, s.resegmentRange(), s.resegmentMode());
            frame = RoiCheck.check(roi, label, s.minimumRoiDimensions(), s.minimumRoiSize());
        }
        // a kernel never reaches beyond the image, so any radius of at least the image's largest side gives the same
        // box and the same kernels: clip it there (keeps (2r+1)^3 and 2r+1 far from int overflow)
        Geometry ig = image.geometry();
        int r = Math.min(voxel.kernelRadius(), Math.max(ig.nx(), Math.max(ig.ny(), ig.nz())));
        BoundingBox box = frame.pad(r, image.geometry());
        Volume boxImage = image.crop(box);
        Mask boxRoi = roi.crop(box);
        Geometry g = boxImage.geometry();
        int nx = g.nx();
        int ny = g.ny();
        int nz = g.nz();
        int n = nx * ny * nz;
        boolean[] inRoi = new boolean[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            inRoi[i] = boxRoi.inside(i);
            count += inRoi[i] ? 1 : 0;
        }
        // discretisation once, over the ROI (or the whole box when the kernel is not masked)
        Mask discretisationMask = voxel.maskedKernel() ? boxRoi : Mask.of(filled(n), g);
        Discretizer.Discretized binned = Discretizer.of(s.binning()).discretize(boxImage, discretisationMask);
        int[] levels = binned.levels().levels();
        int ng = binned.ng();
        double[] values = boxImage.toDoubleArray();
        int[] roiIndex = new int[count];
        for (int i = 0, k = 0; i < n; i++) {
            if (inRoi[i]) {
                roiIndex[k++] = i;
            }
        }
        List<FeatureClass> classes = new ArrayList<>();
        for (FeatureClass c : VOXEL_CLASSES) {
            if (s.isEnabled(c)) {
                classes.add(c);
            }
        }
        if (s.isEnabled(FeatureClass.SHAPE) || s.isEnabled(FeatureClass.SHAPE2D)) {
            LOG.info("shape features have no voxel-based form (as in PyRadiomics): skipped");
        }
        LOG.info("voxel-based extraction: label {}, {} ROI voxels, box {}, kernel radius {}, {} family(ies)", label,
                count, box.toPyRadiomicsString(), r, classes.size());
        Kernels kernels = new Kernels(s, execution, voxel.withKernelRadius(r), nx, ny, nz, levels, ng, values, inRoi, g.spacing(),
                g.voxelVolume(), classes);

        // the feature names of each family, from the first voxel on which it succeeds (scanned in ROI order)
        List<List<String>> names = new ArrayList<>();
        for (int f = 0; f < classes.size(); f++) {
            List<String> found = null;
            for (int k = 0; k < count && found == null; k++) {
                try {
                    found = new ArrayList<>(kernels.compute(f, roiIndex[k]).byName().keySet());
                } catch (RuntimeException e) {
                    if (execution.onFeatureError() == OnFeatureError.THROW) {
                        throw kernels.failure(classes.get(f), roiIndex[k], e);
                    }
                }
            }
            names.add(found == null ? List.of() : found);
        }
        double[][][] out = new double[classes.size()][][];
        for (int f = 0; f < classes.size(); f++) {
            out[f] = new double[names.get(f).size()][n];
            for (double[] m : out[f]) {
                java.util.Arrays.fill(m, voxel.initValue());
            }
        }
        long[] failed = new long[classes.size()];
        int batch = voxel.voxelBatch() < 0 ? Math.max(count, 1) : voxel.voxelBatch();
        int threads = execution.threads();
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, run -> {
            Thread th = new Thread(run, "radiomics4j-voxel");
            th.setDaemon(true);
            return th;
        }) : null;
        try {
            long done = 0;
            for (int start = 0; start < count; start += batch) {
                int end = (int) Math.min((long) start + batch, count);
                // chunks of at most CHUNK voxels; progress is reported, in order, after each chunk
                int len = end - start;
                int chunks = Math.max((len + CHUNK - 1) / CHUNK, Math.min(len, threads * 4));
                List<Future<long[]>> futures = new ArrayList<>();
                int[] bounds = new int[chunks + 1];
                for (int c = 0; c <= chunks; c++) {
                    bounds[c] = start + (int) ((long) len * c / chunks);
                }
                if (pool != null) {
                    for (int c = 0; c < chunks; c++) {
                        int a = bounds[c];
                        int b = bounds[c + 1];
                        futures.add(pool.submit(() -> kernels.run(roiIndex, a, b, names, out)));
                    }
                }
                for (int c = 0; c < chunks; c++) {
                    add(failed, pool == null ? kernels.run(roiIndex, bounds[c], bounds[c + 1], names, out)
                            : RadiomicsExtractor.await(futures.get(c), "voxel-based extraction"));
                    done += bounds[c + 1] - bounds[c];
                    if (progress != null) {
                        progress.update(done, count);
                    }
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        Map<String, Volume> maps = new LinkedHashMap<>();
        Map<FeatureClass, Long> failures = new EnumMap<>(FeatureClass.class);
        for (int f = 0; f < classes.size(); f++) {
            String prefix = "original_" + classes.get(f).pyradiomicsName() + "_";
            for (int j = 0; j < names.get(f).size(); j++) {
                maps.put(prefix + names.get(f).get(j), Volume.wrap(out[f][j], g));
            }
            if (failed[f] > 0) {
                failures.put(classes.get(f), failed[f]);
                LOG.warn("voxel-based {}: failed on {} of {} voxels, which hold initValue {}",
                        classes.get(f).pyradiomicsName(), failed[f], count, voxel.initValue());
            }
        }
        return new Maps(maps, g, box, count, failures);
    }

    private static boolean[] filled(int n) {
        boolean[] b = new boolean[n];
        java.util.Arrays.fill(b, true);
        return b;
    }

    private static void add(long[] into, long[] x) {
        for (int i = 0; i < into.length; i++) {
            into[i] += x[i];
        }
    }

    /** The per-voxel computation over the discretised box (read-only state, shared by the workers). */
    private static final class Kernels {
        private final ExtractionSettings s;
        private final ExecutionSettings x;
        private final int r;
        private final boolean masked;
        private final int nx;
        private final int ny;
        private final int nz;
        private final int[] levels;
        private final int ng;
        private final double[] values;
        private final boolean[] inRoi;
        private final double[] spacing;
        private final double voxelVolume;
        private final List<FeatureClass> classes;
        private final FirstOrder firstOrder;
        private final Glcm glcm;
        private final Glrlm glrlm;
        private final Glszm glszm;
        private final Gldm gldm;
        private final Ngtdm ngtdm;
        /** Index of GLCM in {@code classes}, or -1; GLCM is counted by a {@link SlidingGlcm}. */
        private final int glcmIndex;
        private final boolean[] member;
        private final int[][] glcmDirections;
        private final boolean glcmMcc;
        /** The ND4J kernels for batched GLCM formulas, or null for the plain-Java kernel voxel by voxel. */
        private final FeatureKernelBackend glcmBackend;
        /** Whether a family other than GLCM needs the kernel's grey levels gathered per voxel. */
        private final boolean gather;

        Kernels(ExtractionSettings s, ExecutionSettings x, VoxelSettings v, int nx, int ny, int nz, int[] levels,
                int ng, double[] values, boolean[] inRoi, double[] spacing, double voxelVolume,
                List<FeatureClass> classes) {
            this.s = s;
            this.x = x;
            this.r = v.kernelRadius();
            this.masked = v.maskedKernel();
            this.nx = nx;
            this.ny = ny;
            this.nz = nz;
            this.levels = levels;
            this.ng = ng;
            this.values = values;
            this.inRoi = inRoi;
            this.spacing = spacing;
            this.voxelVolume = voxelVolume;
            this.classes = classes;
            this.firstOrder = classes.contains(FeatureClass.FIRSTORDER) ? FirstOrder.of(s) : null;
            this.glcm = classes.contains(FeatureClass.GLCM) ? Glcm.of(s, x.backend()) : null;
            this.glrlm = classes.contains(FeatureClass.GLRLM) ? Glrlm.of(s, x.backend()) : null;
            this.glszm = classes.contains(FeatureClass.GLSZM) ? Glszm.of(s, x.backend()) : null;
            this.gldm = classes.contains(FeatureClass.GLDM) ? Gldm.of(s, x.backend()) : null;
            this.ngtdm = classes.contains(FeatureClass.NGTDM) ? Ngtdm.of(s, x.backend()) : null;
            this.glcmIndex = classes.indexOf(FeatureClass.GLCM);
            this.gather = classes.size() > (glcmIndex >= 0 ? 1 : 0);
            this.member = masked ? inRoi : filled(inRoi.length);
            int side = 2 * r + 1;
            this.glcmDirections = Directions.half(new int[] {Math.min(nz, side), Math.min(ny, side),
                    Math.min(nx, side)}, s.distances(), s.force2D(), s.force2Ddimension());
            this.glcmMcc = glcm != null && glcm.features().contains(GlcmFeature.MCC);
            this.glcmBackend = glcm != null && x.backend() != ComputeBackend.JAVA
                    ? FeatureKernelBackends.forBackend(x.backend()) : null;
        }

        /** The kernel's GLCM counts, as {@code Glcm.compute} builds them for the kernel's grey-level volume. */
        private GlcmCounts glcmCounts(SlidingGlcm slider) {
            GlcmCounts c = GlcmKernels.fromRawCounts(slider.raw(), ng, slider.presentLevels(), glcmDirections,
                    s.symmetricalGlcm(), s.weightingNorm(), spacing);
            double total = 0;
            for (double v : c.counts()) {
                total += v;
            }
            if (c.matrices() == 0 || total == 0) {
                throw new RadiomicsException("GLCM is empty: no two kernel voxels are neighbours at distances "
                        + s.distances() + (s.force2D() ? " in 2-D" : "") + "; GLCM features are undefined");
            }
            return c;
        }

        /** Writes the aggregated GLCM values (by feature ordinal) of voxel {@code i} into its map slots. */
        private static void writeGlcm(double[] values, int[] slotOf, double[][] maps, int i) {
            for (int o = 0; o < slotOf.length; o++) {
                if (slotOf[o] >= 0) {
                    maps[slotOf[o]][i] = values[o];
                }
            }
        }

        /**
         * The GLCM features of the kernels {@code counts} (of voxels {@code voxels}) with the batched backend: the
         * matrices of all kernels padded to the union of their grey levels (zero rows and columns add nothing to any
         * formula) and evaluated in one call; MCC's eigenvalues from each kernel's own matrices
         * ({@link GlcmKernels#mccPerDirection}, as padding would add zero eigenvalues).
         */
        private void flushGlcm(List<GlcmCounts> counts, int[] voxels, int[] slotOf, double[][] maps) {
            if (counts.isEmpty()) {
                return;
            }
            boolean[] seen = new boolean[ng + 1];
            int total = 0;
            for (GlcmCounts c : counts) {
                for (int g : c.grayLevels()) {
                    seen[g] = true;
                }
                total += c.matrices();
            }
            int[] pos = new int[ng + 1];
            int nu = 0;
            for (int g = 1; g <= ng; g++) {
                if (seen[g]) {
                    pos[g] = nu++;
                }
            }
            int[] union = new int[nu];
            for (int g = 1; g <= ng; g++) {
                if (seen[g]) {
                    union[pos[g]] = g;
                }
            }
            double[] buf = new double[total * nu * nu];
            int m = 0;
            for (GlcmCounts c : counts) {
                int n = c.size();
                int[] gl = c.grayLevels();
                double[] cc = c.counts();
                for (int a = 0; a < c.matrices(); a++, m++) {
                    for (int i = 0; i < n; i++) {
                        int row = (m * nu + pos[gl[i]]) * nu;
                        for (int j = 0; j < n; j++) {
                            buf[row + pos[gl[j]]] = cc[(a * n + i) * n + j];
                        }
                    }
                }
            }
            double[][] per = glcmBackend.glcmPerDirection(buf, total, union, ng, false, null);
            m = 0;
            for (int v = 0; v < counts.size(); v++) {
                GlcmCounts c = counts.get(v);
                int na = c.matrices();
                double[][] slice = new double[per.length][na];
                for (int f = 0; f < per.length; f++) {
                    System.arraycopy(per[f], m, slice[f], 0, na);
                }
                double[][] mccOut = null;
                if (glcmMcc) {
                    mccOut = new double[2][na];
                    GlcmKernels.mccPerDirection(c, mccOut);
                }
                writeGlcm(GlcmKernels.aggregate(slice, mccOut, c.size(), new boolean[2]), slotOf, maps, voxels[v]);
                m += na;
            }
            counts.clear();
        }

        /** Computes voxels {@code roiIndex[a..b)} into {@code out}; returns the failures per family. */
        long[] run(int[] roiIndex, int a, int b, List<List<String>> names, double[][][] out) {
            long[] failed = new long[classes.size()];
            List<Map<String, Integer>> slots = new ArrayList<>();
            for (List<String> ns : names) {
                Map<String, Integer> m = new HashMap<>();
                for (int j = 0; j < ns.size(); j++) {
                    m.put(ns.get(j), j);
                }
                slots.add(m);
            }
            Neighbourhood nb = new Neighbourhood();
            SlidingGlcm slider = null;
            int[] slotOf = null;
            List<GlcmCounts> pending = new ArrayList<>();
            int[] pendingVoxels = null;
            int batchVoxels = 0;
            if (glcmIndex >= 0) {
                slider = new SlidingGlcm(nx, ny, nz, r, levels, member, ng, glcmDirections);
                slotOf = new int[GlcmFeature.values().length];
                java.util.Arrays.fill(slotOf, -1);
                for (GlcmFeature g : glcm.features()) {
                    slotOf[g.ordinal()] = slots.get(glcmIndex).getOrDefault(g.pyradiomicsName(), -1);
                }
                // bounds the batched backend's tensors (its p_{x±y} step works on Ng × Ng grids per matrix)
                long perVoxel = (long) glcmDirections.length * (ng + 1) * (ng + 1);
                batchVoxels = (int) Math.max(1, Math.min(CHUNK, ND4J_BATCH_DOUBLES / perVoxel));
                pendingVoxels = new int[batchVoxels];
            }
            for (int k = a; k < b; k++) {
                int i = roiIndex[k];
                if (gather) {
                    nb.fill(i);
                }
                for (int f = 0; f < classes.size(); f++) {
                    if (f == glcmIndex) {
                        slider.moveTo(i);
                        GlcmCounts counts;
                        try {
                            counts = glcmCounts(slider);
                        } catch (RuntimeException e) {
                            if (x.onFeatureError() == OnFeatureError.THROW) {
                                throw failure(classes.get(f), i, e);
                            }
                            failed[f]++;
                            continue;
                        }
                        if (glcmBackend == null) {
                            double[][] mccOut = glcmMcc ? new double[2][counts.matrices()] : null;
                            double[][] per = GlcmKernels.perDirection(counts, glcmMcc, mccOut);
                            writeGlcm(GlcmKernels.aggregate(per, mccOut, counts.size(), new boolean[2]), slotOf,
                                    out[f], i);
                        } else {
                            pendingVoxels[pending.size()] = i;
                            pending.add(counts);
                            if (pending.size() == batchVoxels) {
                                flushGlcm(pending, pendingVoxels, slotOf, out[f]);
                            }
                        }
                        continue;
                    }
                    FamilyResult<?> res;
                    try {
                        res = compute(f, nb);
                    } catch (RuntimeException e) {
                        if (x.onFeatureError() == OnFeatureError.THROW) {
                            throw failure(classes.get(f), i, e);
                        }
                        failed[f]++;
                        continue;
                    }
                    Map<String, Integer> slot = slots.get(f);
                    double[][] maps = out[f];
                    for (Map.Entry<? extends FeatureDescriptor, Double> e : res.values().entrySet()) {
                        Integer j = slot.get(e.getKey().pyradiomicsName());
                        if (j != null) {
                            maps[j][i] = e.getValue();
                        }
                    }
                }
            }
            if (glcmBackend != null) {
                flushGlcm(pending, pendingVoxels, slotOf, out[glcmIndex]);
            }
            return failed;
        }

        FamilyResult<?> compute(int f, int centre) {
            Neighbourhood nb = new Neighbourhood();
            nb.fill(centre);
            return compute(f, nb);
        }

        private FamilyResult<?> compute(int f, Neighbourhood nb) {
            FeatureClass c = classes.get(f);
            if (c == FeatureClass.FIRSTORDER) {
                return firstOrder.compute(new FirstOrderInput(java.util.Arrays.copyOf(nb.intensities, nb.count),
                        nb.histogram, voxelVolume));
            }
            GrayLevelVolume grid = new GrayLevelVolume(nb.kx, nb.ky, nb.kz, nb.levels, ng, spacing);
            return switch (c) {
                case GLCM -> glcm.compute(grid);
                case GLRLM -> glrlm.compute(grid);
                case GLSZM -> glszm.compute(grid);
                case GLDM -> gldm.compute(grid);
                case NGTDM -> ngtdm.compute(grid);
                default -> throw new IllegalStateException("no voxel-based form for " + c);
            };
        }

        RadiomicsException failure(FeatureClass c, int i, RuntimeException e) {
            int x = i % nx;
            int y = (i / nx) % ny;
            int z = i / (nx * ny);
            return new RadiomicsException("voxel-based " + c.pyradiomicsName() + " failed on the kernel of box voxel ("
                    + x + ", " + y + ", " + z + "): " + e.getMessage(), e);
        }

        /** One kernel's grey levels (0 outside), intensities and histogram; buffers reused across voxels. */
        private final class Neighbourhood {
            int kx;
            int ky;
            int kz;
            int count;
            final int side = 2 * r + 1;
            /** The largest kernel: the kernel clipped to the box (a radius beyond the box changes nothing). */
            final int capacity = Math.min(side, nx) * Math.min(side, ny) * Math.min(side, nz);
            int[] levels = new int[capacity];
            final double[] intensities = new double[capacity];
            final long[] histogram = new long[ng];

            void fill(int centre) {
                int cx = centre % nx;
                int cy = (centre / nx) % ny;
                int cz = centre / (nx * ny);
                int x0 = Math.max(0, cx - r);
                int y0 = Math.max(0, cy - r);
                int z0 = Math.max(0, cz - r);
                int x1 = Math.min(nx - 1, cx + r);
                int y1 = Math.min(ny - 1, cy + r);
                int z1 = Math.min(nz - 1, cz + r);
                kx = x1 - x0 + 1;
                ky = y1 - y0 + 1;
                kz = z1 - z0 + 1;
                if (levels.length != kx * ky * kz) {
                    levels = new int[kx * ky * kz];
                }
                java.util.Arrays.fill(histogram, 0);
                count = 0;
                int k = 0;
                int[] src = Kernels.this.levels;
                for (int z = z0; z <= z1; z++) {
                    for (int y = y0; y <= y1; y++) {
                        int row = nx * (y + ny * z);
                        for (int x = x0; x <= x1; x++, k++) {
                            int i = row + x;
                            if (!masked || inRoi[i]) {
                                int l = src[i];
                                levels[k] = l;
                                intensities[count++] = values[i];
                                histogram[l - 1]++;
                            } else {
                                levels[k] = 0;
                            }
                        }
                    }
                }
            }
        }
    }
}
