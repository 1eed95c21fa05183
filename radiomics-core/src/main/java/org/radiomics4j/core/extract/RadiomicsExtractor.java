package org.radiomics4j.core.extract;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.discretize.Binning;
import org.radiomics4j.core.discretize.Discretizer;
import org.radiomics4j.core.discretize.GrayLevelVolume;
import org.radiomics4j.core.features.FamilyResult;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.features.firstorder.FirstOrder;
import org.radiomics4j.core.features.firstorder.FirstOrderInput;
import org.radiomics4j.core.features.glcm.Glcm;
import org.radiomics4j.core.features.gldm.Gldm;
import org.radiomics4j.core.features.glrlm.Glrlm;
import org.radiomics4j.core.features.glszm.Glszm;
import org.radiomics4j.core.features.ngtdm.Ngtdm;
import org.radiomics4j.core.features.shape.Shape;
import org.radiomics4j.core.features.shape.Shape2D;
import org.radiomics4j.core.filters.DerivedImage;
import org.radiomics4j.core.filters.ImageFilter;
import org.radiomics4j.core.image.BoundingBox;
import org.radiomics4j.core.image.GeometryMismatchException;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;
import org.radiomics4j.core.preprocess.Cropping;
import org.radiomics4j.core.preprocess.MaskCorrection;
import org.radiomics4j.core.preprocess.Normalization;
import org.radiomics4j.core.preprocess.Resampler;
import org.radiomics4j.core.preprocess.Resegmentation;
import org.radiomics4j.core.preprocess.RoiCheck;
import org.radiomics4j.core.spi.FeatureKernelBackends;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point for feature extraction: image + mask in, {@link FeatureSet} out, following PyRadiomics v3's
 * pipeline ({@code featureextractor.py}, {@code imageoperations.py}) step by step:
 *
 * <ol>
 *   <li>geometry check of mask against image ({@code geometryTolerance}); with {@code correctMask} a mask on
 *       another grid is resampled onto the image grid by nearest neighbour, provided its ROI lies inside the
 *       image;</li>
 *   <li>ROI = voxels with label {@code label};</li>
 *   <li>{@code normalize}: the whole image, (x − μ)/σ·s (see {@link Normalization});</li>
 *   <li>{@code resampledPixelSpacing}: image and ROI resampled ({@link Resampler});</li>
 *   <li>bounding box and ROI checks ({@code minimumROIDimensions}, {@code minimumROISize}, single voxel);</li>
 *   <li>{@code resegmentRange}: the ROI re-segmented, then re-checked; shape keeps the previous ROI unless
 *       {@code resegmentShape};</li>
 *   <li>image and ROI cropped to the ROI's bounding box without padding;</li>
 *   <li>each enabled family in PyRadiomics order: firstorder, shape, shape2D, glcm, glrlm, glszm, gldm,
 *       ngtdm. Keys are {@code original_<class>_<Feature>}.</li>
 *   <li>each other enabled image type ({@link ExtractionSettings#imageTypes}, in order): its filter
 *       ({@link ImageFilters#of}) runs on the whole (normalised, resampled) image, as PyRadiomics' does (with
 *       {@code preCrop} and no resampling: on the label's bounding box grown by {@code padDistance}); each derived
 *       image is cropped to the same bounding box and gets every enabled family but shape and shape2D, with the
 *       image type's merged settings ({@link ExtractionSettings#settingsFor}); keys are
 *       {@code <imageType>_<class>_<Feature>} (e.g. {@code wavelet-LLH_glcm_Correlation}). Derived images are
 *       released one at a time once their features are computed. Shape features are computed once, from the
 *       original image, and keyed {@code original_shape_*} even when Original is not enabled.</li>
 * </ol>
 *
 * <p>Diagnostics follow PyRadiomics' {@code diagnostics_*} keys (without the prefix): {@code Versions_*},
 * {@code Configuration_*}, {@code Image-original_*}, {@code Mask-original_*}, {@code Mask-corrected_*} (after
 * correctMask), {@code Image-interpolated_*} and {@code Mask-interpolated_*} (after resampling), plus
 * {@code Notes_<class>} (degenerate cases met) and, with {@link OnFeatureError#RECORD}, {@code Error_<class>}.
 *
 * <p>What is computed comes from the {@link ExtractionSettings}; how it runs (threads, feature kernel backend, failure
 * policy) from the {@link ExecutionSettings}, which never change a value. With {@code threads > 1} the families run
 * in parallel; the result is identical to a sequential run. The extractor is immutable and thread-safe; it keeps no
 * state between calls.
 *
 * <pre>{@code
 * FeatureSet f = RadiomicsExtractor.of(ExtractionSettings.defaults()).extract(image, mask);
 * double e = f.get("original_firstorder_Entropy");
 * FeatureSet g = RadiomicsExtractor.of(ExtractionSettings.defaults(), ExecutionSettings.defaults().withThreads(4))
 *         .extract(image, mask); // the same values
 * }</pre>
 */
public final class RadiomicsExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(RadiomicsExtractor.class);

    private final ExtractionSettings settings;
    private final ExecutionSettings execution;

    private RadiomicsExtractor(ExtractionSettings settings, ExecutionSettings execution) {
        this.settings = settings;
        this.execution = execution;
    }

    /**
     * An extractor for {@code settings} run with the default {@link ExecutionSettings} (one thread, plain-Java
     * kernels, {@link OnFeatureError#THROW}); see {@link #of(ExtractionSettings, ExecutionSettings)}.
     *
     * @throws InvalidSettingException if a setting has no effect in IBSI mode or a feature name is unknown
     */
    public static RadiomicsExtractor of(ExtractionSettings settings) {
        return of(settings, ExecutionSettings.defaults());
    }

    /**
     * An extractor for {@code settings} run as {@code execution} says; the family configurations (enabled feature
     * names) are validated now.
     *
     * @throws InvalidSettingException if a setting has no effect in IBSI mode, a feature name is unknown or the
     *     backend's module is not on the class path
     */
    public static RadiomicsExtractor of(ExtractionSettings settings, ExecutionSettings execution) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(execution, "execution");
        if (settings.mode() == ComplianceMode.IBSI) {
            IbsiModeExtraction.check(settings);
        }
        FeatureKernelBackends.forBackend(execution.backend()); // fails now, naming the module, if it is not installed
        settings.enabledFeatures().forEach((c, names) -> {
            java.util.List<String> valid = PyRadiomicsFeatureNames.ALL.get(c);
            for (String n : names) {
                if (!valid.contains(n)) {
                    throw new InvalidSettingException("unknown " + c.pyradiomicsName() + " feature '" + n
                            + "'; did you mean '" + PyRadiomicsParameters.nearest(n, valid) + "'? valid: " + valid);
                }
            }
        });
        // every enabled image type: its merged settings are valid and its filter is available
        settings.imageTypes().forEach((type, t) -> ImageFilters.of(type, t.filter(), settings.settingsFor(type)));
        return new RadiomicsExtractor(settings, execution);
    }

    /** A builder starting from PyRadiomics' defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The settings this extractor applies. */
    public ExtractionSettings settings() {
        return settings;
    }

    /** How this extractor runs (threads, backend, failure policy). */
    public ExecutionSettings execution() {
        return execution;
    }

    /** Builder for {@link RadiomicsExtractor}. Not thread-safe. */
    public static final class Builder {
        private ExtractionSettings settings = ExtractionSettings.defaults();
        private ExecutionSettings execution = ExecutionSettings.defaults();

        private Builder() {
        }

        /** The settings to apply (default {@link ExtractionSettings#defaults()}). */
        public Builder settings(ExtractionSettings s) {
            settings = Objects.requireNonNull(s, "settings");
            return this;
        }

        /** How to run (default {@link ExecutionSettings#defaults()}). */
        public Builder execution(ExecutionSettings x) {
            execution = Objects.requireNonNull(x, "execution");
            return this;
        }

        /** The extractor; see {@link RadiomicsExtractor#of(ExtractionSettings, ExecutionSettings)}. */
        public RadiomicsExtractor build() {
            return RadiomicsExtractor.of(settings, execution);
        }
    }

    /**
     * Extracts every enabled feature from the ROI {@code settings.label()} of {@code mask} over {@code image}.
     *
     * @param image the image as read (any pixel type)
     * @param mask the label mask (same grid as the image, or any grid covering the ROI with {@code correctMask})
     * @throws GeometryMismatchException if mask and image grids differ (and correctMask is off or the ROI lies
     *     outside the image), naming what differs
     * @throws IllegalArgumentException if the label is not in the mask, naming the labels present
     * @throws RadiomicsException if the ROI fails a check (too small, single voxel, too few dimensions, emptied by
     *     re-segmentation, not a single slice for shape2D) or, with {@link OnFeatureError#THROW}, a family fails
     */
    public FeatureSet extract(Volume image, Mask mask) {
        Objects.requireNonNull(mask, "mask");
        return extract(image, new PreparedMask(mask, settings, null));
    }

    /**
     * Establishes the facts of a case that depend on its mask alone (the mask's hash and diagnostics, the label's
     * bounding box, the cropped and checked ROI, the shape features), so that
     * {@link #extract(Volume, PreparedMask)} only does the image's part; meant to run while the image is still
     * being read. Runs on the calling thread. Never throws for a mask the extraction would reject: the extraction
     * then reports it as {@link #extract(Volume, Mask)} does (see {@link PreparedMask}).
     */
    public PreparedMask prepare(Mask mask) {
        Objects.requireNonNull(mask, "mask");
        ExtractionSettings s = settings;
        int label = s.label();
        if (s.mode() == ComplianceMode.IBSI || s.resamples() || !s.resegmentRange().isEmpty() || label <= 0) {
            return new PreparedMask(mask, s, null);
        }
        try {
            java.util.Optional<BoundingBox> found = mask.boundingBox(label);
            if (found.isEmpty()) {
                return new PreparedMask(mask, s, null);
            }
            BoundingBox labelBox = found.get();
            Mask roi = mask.crop(labelBox).select(label);
            RoiCheck.check(labelBox, roi.count(), label, s.minimumRoiDimensions(), s.minimumRoiSize());
            String hash = Diagnostics.sha1(mask);
            Map<String, String> statistics = Diagnostics.maskStatistics("original", mask, label, labelBox, null);
            // shape is computed once, from the original image's settings (as families() does below)
            ExtractionSettings shapeSettings = s.imageTypes().containsKey(ImageType.ORIGINAL)
                    ? s.settingsFor(ImageType.ORIGINAL) : s;
            Map<FeatureClass, Outcome> shape = new EnumMap<>(FeatureClass.class);
            for (FeatureClass c : java.util.List.of(FeatureClass.SHAPE, FeatureClass.SHAPE2D)) {
                if (shapeSettings.isEnabled(c)) {
                    shape.put(c, call(shapeTask(c, shapeSettings, roi, label)));
                }
            }
            return new PreparedMask(mask, s, new PreparedMask.Facts(hash, labelBox, statistics, roi, shape));
        } catch (RuntimeException e) {
            // the extraction does every step itself and reports this where it would have met it
            LOG.debug("mask not prepared ({}); the extraction will do every step", e.toString());
            return new PreparedMask(mask, s, null);
        }
    }

    /**
     * {@link #extract(Volume, Mask)} of {@code prepared.mask()}, using what {@link #prepare(Mask)} established: the
     * same values, diagnostics and exceptions.
     */
    public FeatureSet extract(Volume image, PreparedMask prepared) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(prepared, "prepared");
        Mask mask = prepared.mask();
        if (settings.mode() == ComplianceMode.IBSI) {
            return IbsiModeExtraction.extract(settings, image, mask);
        }
        PreparedMask.Facts facts = prepared.factsFor(settings);
        if (facts != null && image.geometry().difference(mask.geometry(), settings.geometryTolerance()) != null) {
            facts = null; // the mask is corrected onto the image grid, or the mismatch reported, as without it
        }
        if (execution.threads() <= 1) {
            return extract(image, mask, facts, null);
        }
        // With threads > 1 the passes over the whole image and mask that only the diagnostics need (the SHA-1
        // hashes, the image's mean/minimum/maximum, the ROI's voxel count, components and centre of mass) run on two
        // helper threads while cropping, discretisation and the families go on; they are joined before the
        // FeatureSet is assembled, and the values are the same either way.
        ExecutorService helpers = Executors.newFixedThreadPool(2, r -> {
            Thread th = new Thread(r, "radiomics4j-diagnostics");
            th.setDaemon(true);
            return th;
        });
        try {
            return extract(image, mask, facts, helpers);
        } finally {
            helpers.shutdownNow();
        }
    }

    /**
     * PyRadiomics' voxel-based extraction with its default voxel settings ({@link VoxelSettings#defaults()}): one
     * map per enabled first-order and texture feature; see {@link VoxelBasedExtractor}.
     */
    public Map<String, Volume> extractMaps(Volume image, Mask mask) {
        return extractMaps(image, mask, VoxelSettings.defaults(), null).maps();
    }

    /**
     * PyRadiomics' voxel-based extraction with {@code voxel} settings, reporting progress to {@code progress}
     * (or null); see {@link VoxelBasedExtractor}.
     */
    public VoxelBasedExtractor.Maps extractMaps(Volume image, Mask mask, VoxelSettings voxel,
            VoxelBasedExtractor.Progress progress) {
        return VoxelBasedExtractor.of(settings, voxel, execution).extract(image, mask, progress);
    }

    private static final String PENDING = "(pending)";

    /**
     * The extraction; the diagnostics' passes over the whole image and mask run on {@code helpers} while it goes on,
     * or here, in order, if {@code helpers} is null.
     */
    private FeatureSet extract(Volume image, Mask mask, PreparedMask.Facts facts, ExecutorService helpers) {
        ExtractionSettings s = settings;
        int label = s.label();
        Map<String, String> diag = new LinkedHashMap<>();
        Provenance prov = Provenance.current(s);
        diag.put("Versions_radiomics4j", prov.radiomics4jVersion());
        diag.put("Versions_Java", prov.javaVersion() + " (" + prov.javaVendor() + ")");
        diag.put("Versions_Platform", prov.osName() + "/" + prov.osArch());
        diag.put("Configuration_Settings", PyRadiomicsParameters.describe(s));
        diag.put("Configuration_EnabledImageTypes", describeImageTypes(s));
        final Volume originalImage = image;
        final Mask originalMask = mask;
        Future<String[]> hashes = helpers == null ? null : helpers.submit(() -> new String[] {
            Diagnostics.sha1(originalImage), facts != null ? facts.hash() : Diagnostics.sha1(originalMask)});
        java.util.List<Future<Map<String, String>>> pending = new java.util.ArrayList<>();
        Diagnostics.imageHead(diag, "original", image, hashes == null ? Diagnostics.sha1(image) : PENDING);
        statistics(diag, "Image-original_", Diagnostics.IMAGE_STATISTICS,
                () -> Diagnostics.imageStatistics("original", originalImage), helpers, pending);
        BoundingBox labelBox;
        if (facts != null) {
            Diagnostics.maskHead(diag, "original", mask, hashes == null ? facts.hash() : PENDING);
            labelBox = facts.labelBox();
            diag.putAll(facts.statistics());
        } else {
            labelBox = Diagnostics.maskHead(diag, "original", mask, label,
                    hashes == null ? Diagnostics.sha1(mask) : PENDING);
        }
        if (labelBox != null && facts == null) {
            final BoundingBox originalBox = labelBox;
            statistics(diag, "Mask-original_", Diagnostics.maskStatisticsKeys(false),
                    () -> Diagnostics.maskStatistics("original", originalMask, label, originalBox, null), helpers,
                    pending);
        }

        // 1. geometry
        String difference = image.geometry().difference(mask.geometry(), s.geometryTolerance());
        if (difference != null) {
            if (!s.correctMask()) {
                throw new GeometryMismatchException("mask does not match image: " + difference + " (geometryTolerance "
                        + s.geometryTolerance() + "); if the mask's ROI lies inside the image, correctMask resamples"
                        + " the mask onto the image grid");
            }
            mask = MaskCorrection.toGrid(mask, image.geometry(), label);
            labelBox = Diagnostics.mask(diag, "corrected", mask, label, image, null);
        }
        Volume croppedImage;
        Mask croppedRoi;
        Mask croppedShapeRoi;
        BoundingBox box;
        // what the filters see (only set when an image type other than Original is enabled): the whole normalised
        // image, or its preCrop region, or the resampled image; the ROI on that grid; the feature box in that grid
        Volume filterImage = null;
        Mask filterRoi = null;
        BoundingBox filterBox = null;
        if (s.resamples()) {
            // 2. label
            Mask roi = mask.select(label);
            // 3. normalise (the whole image: PyRadiomics normalises before cropping)
            if (s.normalize()) {
                image = Normalization.normalize(image, s.normalizeScale(), s.removeOutliers());
            }
            // 4. resample
            Resampler.Resampled r = Resampler.resample(image, roi, s, execution.threads());
            image = r.image();
            roi = r.mask();
            Diagnostics.image(diag, "interpolated", image, null);
            Diagnostics.mask(diag, "interpolated", roi, 1, image, null);
            // 5. ROI checks
            box = RoiCheck.check(roi, label, s.minimumRoiDimensions(), s.minimumRoiSize());
            Mask shapeRoi = roi;
            BoundingBox shapeBox = box;
            // 6. re-segment
            if (!s.resegmentRange().isEmpty()) {
                roi = Resegmentation.resegment(image, roi, s.resegmentRange(), s.resegmentMode());
                box = RoiCheck.check(roi, label, s.minimumRoiDimensions(), s.minimumRoiSize());
                if (s.resegmentShape()) {
                    shapeRoi = roi;
                    shapeBox = box;
                }
            }
            filterImage = image;
            filterRoi = roi;
            filterBox = box;
            // 7. crop
            Cropping.Cropped cropped = Cropping.crop(image, roi, box, 0);
            croppedImage = cropped.image();
            croppedRoi = cropped.roi();
            croppedShapeRoi = shapeRoi.crop(shapeBox);
        } else {
            // Without resampling every later step only looks at the ROI, so after one pass over the mask for the
            // label's bounding box everything runs on that box (same voxels in the same order, same results).
            // 2. label
            Mask labelled = mask;
            BoundingBox frame = labelBox != null ? labelBox : labelled.boundingBox(label).orElseGet(() -> {
                labelled.select(label); // throws, naming the labels present
                throw new IllegalStateException("label " + label + " absent but select found it");
            });
            Mask roi = facts != null ? facts.roi() : labelled.crop(frame).select(label);
            // 3. normalise (the whole image: PyRadiomics normalises before cropping)
            if (s.normalize()) {
                image = Normalization.normalize(image, s.normalizeScale(), s.removeOutliers());
            }
            // 5. ROI checks (a prepared ROI passed them already)
            box = facts != null ? frame
                    : RoiCheck.check(frame, roi.count(), label, s.minimumRoiDimensions(), s.minimumRoiSize());
            Mask shapeRoi = roi;
            BoundingBox shapeBox = box;
            // 6. re-segment
            if (!s.resegmentRange().isEmpty()) {
                roi = Resegmentation.resegment(image.crop(frame), roi, s.resegmentRange(), s.resegmentMode());
                BoundingBox local = roi.boundingBox().orElseThrow();
                box = RoiCheck.check(shift(local, frame), roi.count(), label, s.minimumRoiDimensions(),
                        s.minimumRoiSize());
                if (s.resegmentShape()) {
                    shapeRoi = roi;
                    shapeBox = box;
                }
            }
            if (!s.originalOnly()) {
                if (s.preCrop()) {
                    // PyRadiomics' loadImage crops to the label's box + padDistance before any filter
                    BoundingBox pre = frame.pad((int) s.padDistance(), image.geometry());
                    filterImage = image.crop(pre);
                    filterRoi = labelled.crop(pre).select(label);
                    filterBox = unshift(box, pre);
                } else {
                    filterImage = image;
                    filterRoi = labelled.select(label);
                    filterBox = box;
                }
            }
            // 7. crop
            croppedImage = image.crop(box);
            croppedRoi = box.equals(frame) ? roi : roi.crop(unshift(box, frame));
            croppedShapeRoi = shapeBox.equals(frame) ? shapeRoi : shapeRoi.crop(unshift(shapeBox, frame));
        }
        if (LOG.isInfoEnabled()) { // counting the ROI is a pass over the box
            LOG.info("extracting label {} ({} voxels, box {}) with {} family(ies)", label, croppedRoi.count(),
                    box.toPyRadiomicsString(), s.enabledFeatures().size());
        }

        // 8. families, per enabled image type in order; shape once, from the original image (or as prepared)
        Map<String, Double> features = new LinkedHashMap<>();
        Map<FeatureClass, Outcome> shapeDone = facts != null ? facts.shape() : Map.of();
        if (s.originalOnly()) {
            families("original", s.settingsFor(ImageType.ORIGINAL), execution, croppedImage, croppedRoi,
                    croppedShapeRoi, shapeDone, label, features, diag);
        } else {
            if (!s.imageTypes().containsKey(ImageType.ORIGINAL)) {
                families("original", s, execution, null, null, croppedShapeRoi, shapeDone, label, features, diag);
            }
            for (Map.Entry<ImageType, ImageTypeSettings> e : s.imageTypes().entrySet()) {
                ImageType type = e.getKey();
                ExtractionSettings merged = s.settingsFor(type);
                if (type == ImageType.ORIGINAL) {
                    families("original", merged, execution, croppedImage, croppedRoi, croppedShapeRoi, shapeDone, label,
                            features, diag);
                    continue;
                }
                ImageFilter filter = ImageFilters.of(type, e.getValue().filter(), merged);
                LOG.info("filtering: image type {} ({})", type.pyradiomicsName(), filter);
                // each derived image is handed over as soon as the filter has it and dropped once its features are
                // computed (the wavelet never holds its eight decompositions at once)
                final Volume fImage = filterImage;
                final Mask fRoi = filterRoi;
                final BoundingBox fBox = filterBox;
                final Mask roiForFeatures = croppedRoi;
                final int lbl = label;
                filter.forEachDerived(fImage, fRoi, d -> families(d.imageType(), merged, execution,
                        d.image().crop(fBox), roiForFeatures, null, Map.of(), lbl, features, diag));
            }
        }
        if (hashes != null) {
            String[] h = await(hashes, "hashing image and mask");
            diag.put("Image-original_Hash", h[0]); // replacing a value keeps the key's position
            diag.put("Mask-original_Hash", h[1]);
        }
        for (Future<Map<String, String>> f : pending) {
            Map<String, String> values = await(f, "diagnostics of the original image and mask");
            if (!diag.keySet().containsAll(values.keySet())) {
                throw new IllegalStateException("diagnostics keys " + values.keySet() + " were not all reserved");
            }
            diag.putAll(values); // replacing values keeps the keys' positions
        }
        return FeatureSet.of(features, diag);
    }

    /**
     * The diagnostics {@code task} computes: put into {@code diag} now if {@code helpers} is null; otherwise its keys
     * ({@code prefix} + each of {@code keys}, the keys it returns in order) are put now with a placeholder, so they
     * keep their places, and the task is submitted to {@code helpers} and added to {@code pending}.
     */
    private static void statistics(Map<String, String> diag, String prefix, java.util.List<String> keys,
            Supplier<Map<String, String>> task, ExecutorService helpers,
            java.util.List<Future<Map<String, String>>> pending) {
        if (helpers == null) {
            diag.putAll(task.get());
            return;
        }
        for (String k : keys) {
            diag.put(prefix + k, PENDING);
        }
        pending.add(helpers.submit(task::get));
    }

    /**
     * Computes the enabled families of one (derived) image into {@code features} as {@code <prefix>_<class>_<name>}.
     * Shape classes run only when {@code croppedShapeRoi} is given; the others only when {@code croppedImage} is.
     * Diagnostics keys: {@code Notes_<class>} and {@code Error_<class>} for the original image,
     * {@code Notes_<prefix>_<class>} and {@code Error_<prefix>_<class>} for derived images.
     */
    private static void families(String prefix, ExtractionSettings s, ExecutionSettings x, Volume croppedImage,
            Mask croppedRoi, Mask croppedShapeRoi, Map<FeatureClass, Outcome> done, int label,
            Map<String, Double> features, Map<String, String> diag) {
        Lazy<Discretizer.Discretized> binned = new Lazy<>(
                () -> Discretizer.of(s.binning()).discretize(croppedImage, croppedRoi));
        Map<FeatureClass, Supplier<FamilyResult<?>>> tasks = new EnumMap<>(FeatureClass.class);
        for (FeatureClass c : FeatureClass.values()) {
            if (!s.isEnabled(c)) {
                continue;
            }
            boolean shape = c == FeatureClass.SHAPE || c == FeatureClass.SHAPE2D;
            if (shape ? croppedShapeRoi == null : croppedImage == null) {
                continue;
            }
            if (done.containsKey(c)) {
                continue; // computed in advance (a prepared mask's shape)
            }
            tasks.put(c, switch (c) {
                case FIRSTORDER -> () -> FirstOrder.of(s).compute(
                        FirstOrderInput.of(croppedImage, croppedRoi, binned.get()));
                case SHAPE, SHAPE2D -> shapeTask(c, s, croppedShapeRoi, label);
                case GLCM -> () -> Glcm.of(s, x.backend()).compute(levels(binned));
                case GLRLM -> () -> Glrlm.of(s, x.backend()).compute(levels(binned));
                case GLSZM -> () -> Glszm.of(s, x.backend()).compute(levels(binned));
                case GLDM -> () -> Gldm.of(s, x.backend()).compute(levels(binned));
                case NGTDM -> () -> Ngtdm.of(s, x.backend()).compute(levels(binned));
            });
        }
        Map<FeatureClass, Outcome> outcomes = run(tasks, x.threads());
        if (croppedShapeRoi != null) {
            done.forEach((c, o) -> {
                if (s.isEnabled(c)) {
                    outcomes.put(c, o);
                }
            });
        }
        String diagPrefix = prefix.equals("original") ? "" : prefix + "_";
        for (Map.Entry<FeatureClass, Outcome> e : outcomes.entrySet()) {
            FeatureClass c = e.getKey();
            Outcome o = e.getValue();
            if (o.error != null) {
                if (x.onFeatureError() == OnFeatureError.THROW) {
                    throw o.error instanceof RadiomicsException || o.error instanceof IllegalArgumentException
                            ? o.error
                            : new RadiomicsException("feature class " + c.pyradiomicsName() + " failed on image type "
                                    + prefix + ", label " + label + ": " + o.error, o.error);
                }
                diag.put("Error_" + diagPrefix + c.pyradiomicsName(),
                        o.error.getClass().getName() + ": " + o.error.getMessage());
                continue;
            }
            FamilyResult<?> r = o.result;
            r.values().forEach((f, v) -> features.put(prefix + "_" + c.pyradiomicsName() + "_" + f.pyradiomicsName(),
                    v));
            if (!r.notes().isEmpty()) {
                diag.put("Notes_" + diagPrefix + c.pyradiomicsName(), String.join("; ", r.notes()));
            }
        }
    }

    /**
     * The enabled image types as PyRadiomics writes {@code diagnostics_Configuration_EnabledImageTypes}, e.g.
     * {@code {'Original': {}, 'Wavelet': {'binWidth': 10.0}}}: each type with the settings its entry changes.
     */
    static String describeImageTypes(ExtractionSettings s) {
        java.util.StringJoiner all = new java.util.StringJoiner(", ", "{", "}");
        FilterParameters def = FilterParameters.defaults();
        s.imageTypes().forEach((type, t) -> {
            java.util.StringJoiner one = new java.util.StringJoiner(", ", "{", "}");
            FilterParameters f = t.filter();
            if (!f.sigma().equals(def.sigma())) {
                one.add("'sigma': " + Diagnostics.list(f.sigma()));
            }
            if (!f.wavelet().equals(def.wavelet())) {
                one.add("'wavelet': '" + f.wavelet() + "'");
            }
            if (f.level() != def.level()) {
                one.add("'level': " + f.level());
            }
            if (f.startLevel() != def.startLevel()) {
                one.add("'start_level': " + f.startLevel());
            }
            SettingOverrides o = t.overrides();
            o.binning().ifPresent(b -> one.add(b instanceof Binning.FixedBinWidth w
                    ? "'binWidth': " + Diagnostics.pyFloat(w.width())
                    : "'binCount': " + ((Binning.FixedBinCount) b).count()));
            o.force2D().ifPresent(v -> one.add("'force2D': " + (v ? "True" : "False")));
            o.force2Ddimension().ifPresent(v -> one.add("'force2Ddimension': " + v));
            if (!o.isEmpty() && one.length() == 2) {
                one.add("...");
            }
            all.add("'" + type.pyradiomicsName() + "': " + one);
        });
        return all.toString();
    }

    /** {@code local}, a box in the grid cropped to {@code frame}, in the uncropped grid's indices. */
    private static BoundingBox shift(BoundingBox local, BoundingBox frame) {
        return new BoundingBox(local.x0() + frame.x0(), local.y0() + frame.y0(), local.z0() + frame.z0(), local.sx(),
                local.sy(), local.sz());
    }

    /** {@code box}, in the uncropped grid's indices, in the grid cropped to {@code frame}. */
    private static BoundingBox unshift(BoundingBox box, BoundingBox frame) {
        return new BoundingBox(box.x0() - frame.x0(), box.y0() - frame.y0(), box.z0() - frame.z0(), box.sx(),
                box.sy(), box.sz());
    }

    /**
     * The value of {@code f}, waiting for it: an {@link Error} or {@link RuntimeException} of the task is rethrown
     * as it is, a checked one wrapped; an interrupt restores the flag and throws.
     *
     * @param what the work, for the messages ("{@code <what> interrupted}", "{@code <what> failed: <cause>}")
     */
    static <T> T await(Future<T> f, String what) {
        try {
            return f.get();
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new RadiomicsException(what + " interrupted", ie);
        } catch (ExecutionException ee) {
            Throwable cause = ee.getCause();
            if (cause instanceof Error err) {
                throw err;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new RadiomicsException(what + " failed: " + cause, cause);
        }
    }

    /** The computation of shape class {@code c} (SHAPE or SHAPE2D) on {@code croppedShapeRoi}. */
    private static Supplier<FamilyResult<?>> shapeTask(FeatureClass c, ExtractionSettings s, Mask croppedShapeRoi,
            int label) {
        if (c == FeatureClass.SHAPE) {
            return () -> Shape.of(s).compute(croppedShapeRoi);
        }
        return () -> {
            requireSingleSlice(croppedShapeRoi, s, label);
            return Shape2D.of(s).compute(croppedShapeRoi);
        };
    }

    private static GrayLevelVolume levels(Lazy<Discretizer.Discretized> binned) {
        return binned.get().levels();
    }

    private static void requireSingleSlice(Mask croppedRoi, ExtractionSettings s, int label) {
        if (!s.force2D()) {
            throw new RadiomicsException("shape2D needs force2D = true (and a single-slice ROI) but force2D is false");
        }
        // force2Ddimension is a numpy (z, y, x) axis: 0 = z, 1 = y, 2 = x
        int axis = 2 - s.force2Ddimension();
        int size = croppedRoi.geometry().size(axis);
        if (size != 1) {
            throw new RadiomicsException("shape2D needs an ROI of one slice along force2Ddimension "
                    + s.force2Ddimension() + " but the ROI with label " + label + " spans " + size + " slices");
        }
    }

    /** A family's result or its failure. */
    record Outcome(FamilyResult<?> result, RuntimeException error) {
    }

    /** Every class, by decreasing time on a whole-liver ROI (the order parallel families are started in). */
    private static final java.util.List<FeatureClass> LONGEST_FIRST = longestFirst();

    private static java.util.List<FeatureClass> longestFirst() {
        java.util.List<FeatureClass> order = new java.util.ArrayList<>(java.util.List.of(FeatureClass.GLRLM,
                FeatureClass.GLSZM, FeatureClass.SHAPE, FeatureClass.GLDM, FeatureClass.NGTDM, FeatureClass.GLCM,
                FeatureClass.FIRSTORDER));
        for (FeatureClass c : FeatureClass.values()) {
            if (!order.contains(c)) {
                order.add(c);
            }
        }
        return java.util.List.copyOf(order);
    }

    private static Map<FeatureClass, Outcome> run(Map<FeatureClass, Supplier<FamilyResult<?>>> tasks, int threads) {
        Map<FeatureClass, Outcome> out = new EnumMap<>(FeatureClass.class);
        if (threads <= 1 || tasks.size() <= 1) {
            tasks.forEach((c, t) -> out.put(c, call(t)));
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), r -> {
            Thread th = new Thread(r, "radiomics4j-family");
            th.setDaemon(true);
            return th;
        });
        try {
            Map<FeatureClass, Future<Outcome>> futures = new EnumMap<>(FeatureClass.class);
            // longest first (measured on large ROIs), so the last task to start is a short one and the threads
            // finish together; the outcomes are keyed by class, so the order changes nothing in the result
            for (FeatureClass c : LONGEST_FIRST) {
                Supplier<FamilyResult<?>> t = tasks.get(c);
                if (t != null) {
                    futures.put(c, pool.submit(() -> call(t)));
                }
            }
            for (Map.Entry<FeatureClass, Future<Outcome>> e : futures.entrySet()) {
                try {
                    out.put(e.getKey(), e.getValue().get());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new RadiomicsException("extraction interrupted while computing " + e.getKey(), ie);
                } catch (ExecutionException ee) {
                    Throwable cause = ee.getCause();
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new RadiomicsException("feature class " + e.getKey() + " failed: " + cause, cause);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome call(Supplier<FamilyResult<?>> t) {
        try {
            return new Outcome(t.get(), null);
        } catch (RuntimeException e) {
            return new Outcome(null, e);
        }
    }

    /** A value computed once, on first use, safely from several threads. */
    private static final class Lazy<T> {
        private final Supplier<T> supplier;
        private T value;

        Lazy(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        synchronized T get() {
            if (value == null) {
                value = supplier.get();
            }
            return value;
        }
    }
}
