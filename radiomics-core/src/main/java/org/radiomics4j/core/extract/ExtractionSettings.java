package org.radiomics4j.core.extract;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.discretize.Binning;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.features.FeatureDescriptor;

/**
 * Every setting that decides an extraction's values (the science), immutable. Names and defaults follow PyRadiomics' {@code setting} block
 * (documented in PyRadiomics {@code docs/customization.rst}); the defaults are those of
 * {@code RadiomicsFeatureExtractor()} with no parameter file:
 *
 * <table>
 * <caption>Settings and their PyRadiomics defaults</caption>
 * <tr><th>setting</th><th>PyRadiomics key</th><th>default</th></tr>
 * <tr><td>{@link #label}</td><td>label</td><td>1</td></tr>
 * <tr><td>{@link #binning}</td><td>binWidth / binCount</td><td>fixed bin width 25</td></tr>
 * <tr><td>{@link #voxelArrayShift}</td><td>voxelArrayShift</td><td>0</td></tr>
 * <tr><td>{@link #force2D}, {@link #force2Ddimension}</td><td>force2D, force2Ddimension</td><td>false, 0 (z)</td></tr>
 * <tr><td>{@link #distances}</td><td>distances</td><td>[1]</td></tr>
 * <tr><td>{@link #resampledPixelSpacing}</td><td>resampledPixelSpacing</td><td>none (empty list)</td></tr>
 * <tr><td>{@link #interpolator}</td><td>interpolator</td><td>sitkBSpline</td></tr>
 * <tr><td>{@link #padDistance}</td><td>padDistance</td><td>5</td></tr>
 * <tr><td>{@link #preCrop}</td><td>preCrop</td><td>false</td></tr>
 * <tr><td>{@link #normalize}, {@link #normalizeScale}, {@link #removeOutliers}</td><td>normalize, normalizeScale,
 *     removeOutliers</td><td>false, 1, none</td></tr>
 * <tr><td>{@link #resegmentRange}, {@link #resegmentMode}, {@link #resegmentShape}</td><td>resegmentRange,
 *     resegmentMode, resegmentShape</td><td>none, absolute, false</td></tr>
 * <tr><td>{@link #symmetricalGlcm}</td><td>symmetricalGLCM</td><td>true</td></tr>
 * <tr><td>{@link #weightingNorm}</td><td>weightingNorm</td><td>none</td></tr>
 * <tr><td>{@link #gldmA}</td><td>gldm_a</td><td>0</td></tr>
 * <tr><td>{@link #minimumRoiDimensions}, {@link #minimumRoiSize}</td><td>minimumROIDimensions, minimumROISize</td>
 *     <td>2, none</td></tr>
 * <tr><td>{@link #correctMask}, {@link #geometryTolerance}</td><td>correctMask, geometryTolerance</td>
 *     <td>false, 1e-6 (SimpleITK's default)</td></tr>
 * <tr><td>{@link #enabledFeatures}</td><td>featureClass</td><td>all classes but shape2D, each with every
 *     non-deprecated feature</td></tr>
 * <tr><td>{@link #imageTypes}</td><td>imageType</td><td>{@code Original} only</td></tr>
 * </table>
 *
 * <p>These are the science: every setting here can change a feature value. How an extraction runs (threads, the
 * feature kernel backend, the failure policy) is in {@link ExecutionSettings}, which never changes a value.
 * radiomics4j adds {@link #mode} (PyRadiomics or IBSI definitions) and {@link #ibsi}. In
 * {@link ComplianceMode#IBSI} mode only {@link #label}, {@link #correctMask}, {@link #geometryTolerance} and
 * {@link #ibsi} apply (see {@code docs/ibsi-mode.md}). Build with {@link #builder()} or change one field with
 * a {@code with*} method:
 *
 * <pre>{@code
 * ExtractionSettings s = ExtractionSettings.defaults().withBinning(new Binning.FixedBinWidth(10));
 * }</pre>
 *
 * <p>Features are selected by class ({@link #withEnabledClasses}), by PyRadiomics name
 * ({@link #withEnabledFeatures}, a parameter file's {@code featureClass}) or by their enum constants
 * ({@link #withFeatures(FeatureDescriptor...)}):
 *
 * <pre>{@code
 * ExtractionSettings s = ExtractionSettings.defaults().withFeatures(GlcmFeature.CONTRAST, FirstOrderFeature.MEAN);
 * }</pre>
 *
 * <p>Parameter files: {@link PyRadiomicsParameters#parse(String, String)} parses their text; the module
 * {@code radiomics-io} opens them from disk ({@code org.radiomics4j.io.ParameterFiles.read(Path)}).
 *
 * @param ibsi the IBSI settings ({@link ComplianceMode#IBSI} mode only; default: the digital-phantom
 *     configuration)
 * @param enabledFeatures per enabled class, the feature names to compute; an empty set means every non-deprecated
 *     feature of that class (PyRadiomics' convention). Classes absent from the map are not computed.
 * @param imageTypes the enabled image types in extraction order, each with its filter parameters and the general
 *     settings it overrides (see {@link #settingsFor}); PyRadiomics' default is {@code Original} alone. Shape
 *     features ({@code original_shape_*}) are computed once, from the original image, whichever types are enabled.
 */
public record ExtractionSettings(
        ComplianceMode mode,
        int label,
        Binning binning,
        double voxelArrayShift,
        boolean force2D,
        int force2Ddimension,
        List<Integer> distances,
        List<Double> resampledPixelSpacing,
        Interpolator interpolator,
        double padDistance,
        boolean preCrop,
        boolean normalize,
        double normalizeScale,
        OptionalDouble removeOutliers,
        List<Double> resegmentRange,
        ResegmentMode resegmentMode,
        boolean resegmentShape,
        boolean symmetricalGlcm,
        WeightingNorm weightingNorm,
        double gldmA,
        int minimumRoiDimensions,
        OptionalInt minimumRoiSize,
        boolean correctMask,
        double geometryTolerance,
        Map<FeatureClass, Set<String>> enabledFeatures,
        Map<ImageType, ImageTypeSettings> imageTypes,
        org.radiomics4j.core.ibsi.IbsiSettings ibsi) {

    /** Validates every field; the messages name the PyRadiomics key. */
    public ExtractionSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(binning, "binning");
        Objects.requireNonNull(interpolator, "interpolator");
        Objects.requireNonNull(removeOutliers, "removeOutliers");
        Objects.requireNonNull(resegmentMode, "resegmentMode");
        Objects.requireNonNull(weightingNorm, "weightingNorm");
        Objects.requireNonNull(minimumRoiSize, "minimumRoiSize");
        Objects.requireNonNull(ibsi, "ibsi");
        if (label < 1) {
            throw new InvalidSettingException("label must be >= 1 but was " + label);
        }
        if (!Double.isFinite(voxelArrayShift)) {
            throw new InvalidSettingException("voxelArrayShift must be finite but was " + voxelArrayShift);
        }
        if (force2Ddimension < 0 || force2Ddimension > 2) {
            throw new InvalidSettingException("force2Ddimension must be 0, 1 or 2 but was " + force2Ddimension);
        }
        distances = List.copyOf(distances);
        if (distances.isEmpty()) {
            throw new InvalidSettingException("distances must not be empty");
        }
        for (int d : distances) {
            if (d < 1) {
                throw new InvalidSettingException("distances must all be >= 1 but were " + distances);
            }
        }
        resampledPixelSpacing = List.copyOf(resampledPixelSpacing);
        if (!resampledPixelSpacing.isEmpty()) {
            if (resampledPixelSpacing.size() != 3) {
                throw new InvalidSettingException("resampledPixelSpacing must have 3 elements (x, y, z) but was "
                        + resampledPixelSpacing);
            }
            for (double s : resampledPixelSpacing) {
                if (!(s >= 0) || Double.isInfinite(s)) {
                    throw new InvalidSettingException("resampledPixelSpacing must be >= 0 (0 keeps the axis) but was "
                            + resampledPixelSpacing);
                }
            }
        }
        if (!(padDistance >= 0)) {
            throw new InvalidSettingException("padDistance must be >= 0 but was " + padDistance);
        }
        if (!(normalizeScale > 0) || Double.isInfinite(normalizeScale)) {
            throw new InvalidSettingException("normalizeScale must be > 0 but was " + normalizeScale);
        }
        if (removeOutliers.isPresent() && !(removeOutliers.getAsDouble() > 0)) {
            throw new InvalidSettingException("removeOutliers must be > 0 but was " + removeOutliers.getAsDouble());
        }
        resegmentRange = List.copyOf(resegmentRange);
        if (resegmentRange.size() > 2) {
            throw new InvalidSettingException("resegmentRange must have 1 or 2 elements but was " + resegmentRange);
        }
        if (resegmentRange.size() == 2 && resegmentRange.get(0) > resegmentRange.get(1)) {
            throw new InvalidSettingException("resegmentRange must be [lower, upper] with lower <= upper but was "
                    + resegmentRange);
        }
        if (!(gldmA >= 0)) {
            throw new InvalidSettingException("gldm_a must be >= 0 but was " + gldmA);
        }
        if (minimumRoiDimensions < 1 || minimumRoiDimensions > 3) {
            throw new InvalidSettingException("minimumROIDimensions must be 1, 2 or 3 but was " + minimumRoiDimensions);
        }
        if (minimumRoiSize.isPresent() && minimumRoiSize.getAsInt() < 1) {
            throw new InvalidSettingException("minimumROISize must be >= 1 but was " + minimumRoiSize.getAsInt());
        }
        if (!(geometryTolerance > 0)) {
            throw new InvalidSettingException("geometryTolerance must be > 0 but was " + geometryTolerance);
        }
        EnumMap<FeatureClass, Set<String>> copy = new EnumMap<>(FeatureClass.class);
        enabledFeatures.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        enabledFeatures = java.util.Collections.unmodifiableMap(copy);
        imageTypes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(imageTypes));
    }

    /** PyRadiomics' defaults (see the class documentation). */
    public static ExtractionSettings defaults() {
        return builder().build();
    }

    /**
     * Settings from the text of a PyRadiomics YAML parameter file; see
     * {@link PyRadiomicsParameters#parse(String, String)} (to read a file, {@code radiomics-io}'s
     * {@code ParameterFiles.read(Path)}).
     *
     * @param source names the text in messages (e.g. the file name)
     * @throws InvalidSettingException naming the source, the key and the nearest valid key for an unknown or
     *     unsupported entry
     * @throws org.radiomics4j.core.RadiomicsException if the text is not YAML
     */
    public static ExtractionSettings fromPyRadiomicsYaml(String yaml, String source) {
        return PyRadiomicsParameters.parse(yaml, source);
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The classes PyRadiomics enables by default: every class but shape2D, all non-deprecated features. */
    public static Map<FeatureClass, Set<String>> defaultEnabledFeatures() {
        EnumMap<FeatureClass, Set<String>> m = new EnumMap<>(FeatureClass.class);
        for (FeatureClass c : FeatureClass.values()) {
            if (c != FeatureClass.SHAPE2D) {
                m.put(c, Set.of());
            }
        }
        return m;
    }

    /** Whether a class is enabled. */
    public boolean isEnabled(FeatureClass c) {
        return enabledFeatures.containsKey(c);
    }

    /**
     * The settings image type {@code type} runs with: these settings with its overrides applied (PyRadiomics merges
     * the image type's dict over {@code setting}); these settings unchanged if it has none or is not enabled.
     */
    public ExtractionSettings settingsFor(ImageType type) {
        ImageTypeSettings t = imageTypes.get(type);
        return t == null ? this : t.overrides().applyTo(this);
    }

    /** The image types PyRadiomics enables by default: {@code Original} with default settings. */
    public static Map<ImageType, ImageTypeSettings> defaultImageTypes() {
        return Map.of(ImageType.ORIGINAL, ImageTypeSettings.defaults());
    }

    /** Whether only {@code Original} is enabled (the extraction makes no filter pass). */
    public boolean originalOnly() {
        return imageTypes.size() == 1 && imageTypes.containsKey(ImageType.ORIGINAL);
    }

    public ExtractionSettings withImageTypes(Map<ImageType, ImageTypeSettings> v) {
        return toBuilder().imageTypes(v).build();
    }

    /** These settings with the given image types enabled, in this order, each with default settings. */
    public ExtractionSettings withEnabledImageTypes(ImageType... types) {
        Map<ImageType, ImageTypeSettings> m = new java.util.LinkedHashMap<>();
        for (ImageType t : types) {
            m.put(t, ImageTypeSettings.defaults());
        }
        return withImageTypes(m);
    }

    /** Whether resampling is requested. */
    public boolean resamples() {
        return !resampledPixelSpacing.isEmpty();
    }

    public ExtractionSettings withMode(ComplianceMode v) {
        return toBuilder().mode(v).build();
    }

    public ExtractionSettings withLabel(int v) {
        return toBuilder().label(v).build();
    }

    public ExtractionSettings withBinning(Binning v) {
        return toBuilder().binning(v).build();
    }

    public ExtractionSettings withBinWidth(double v) {
        return toBuilder().binning(new Binning.FixedBinWidth(v)).build();
    }

    public ExtractionSettings withBinCount(int v) {
        return toBuilder().binning(new Binning.FixedBinCount(v)).build();
    }

    public ExtractionSettings withVoxelArrayShift(double v) {
        return toBuilder().voxelArrayShift(v).build();
    }

    public ExtractionSettings withForce2D(boolean v) {
        return toBuilder().force2D(v).build();
    }

    public ExtractionSettings withForce2Ddimension(int v) {
        return toBuilder().force2Ddimension(v).build();
    }

    public ExtractionSettings withDistances(List<Integer> v) {
        return toBuilder().distances(v).build();
    }

    public ExtractionSettings withResampledPixelSpacing(List<Double> v) {
        return toBuilder().resampledPixelSpacing(v).build();
    }

    public ExtractionSettings withInterpolator(Interpolator v) {
        return toBuilder().interpolator(v).build();
    }

    public ExtractionSettings withPadDistance(double v) {
        return toBuilder().padDistance(v).build();
    }

    public ExtractionSettings withPreCrop(boolean v) {
        return toBuilder().preCrop(v).build();
    }

    public ExtractionSettings withNormalize(boolean v) {
        return toBuilder().normalize(v).build();
    }

    public ExtractionSettings withNormalizeScale(double v) {
        return toBuilder().normalizeScale(v).build();
    }

    public ExtractionSettings withRemoveOutliers(OptionalDouble v) {
        return toBuilder().removeOutliers(v).build();
    }

    public ExtractionSettings withResegmentRange(List<Double> v) {
        return toBuilder().resegmentRange(v).build();
    }

    public ExtractionSettings withResegmentMode(ResegmentMode v) {
        return toBuilder().resegmentMode(v).build();
    }

    public ExtractionSettings withResegmentShape(boolean v) {
        return toBuilder().resegmentShape(v).build();
    }

    public ExtractionSettings withSymmetricalGlcm(boolean v) {
        return toBuilder().symmetricalGlcm(v).build();
    }

    public ExtractionSettings withWeightingNorm(WeightingNorm v) {
        return toBuilder().weightingNorm(v).build();
    }

    public ExtractionSettings withGldmA(double v) {
        return toBuilder().gldmA(v).build();
    }

    public ExtractionSettings withMinimumRoiDimensions(int v) {
        return toBuilder().minimumRoiDimensions(v).build();
    }

    public ExtractionSettings withMinimumRoiSize(OptionalInt v) {
        return toBuilder().minimumRoiSize(v).build();
    }

    public ExtractionSettings withCorrectMask(boolean v) {
        return toBuilder().correctMask(v).build();
    }

    public ExtractionSettings withGeometryTolerance(double v) {
        return toBuilder().geometryTolerance(v).build();
    }

    public ExtractionSettings withEnabledFeatures(Map<FeatureClass, Set<String>> v) {
        return toBuilder().enabledFeatures(v).build();
    }

    /**
     * These settings with exactly the given features enabled (by their enum constants, e.g.
     * {@code GlcmFeature.CONTRAST}): each feature's class is enabled with the features given for it, every other
     * class is disabled. Deprecated features may be given (they are computed when asked for by name or constant).
     *
     * @throws InvalidSettingException if no feature is given
     */
    public ExtractionSettings withFeatures(FeatureDescriptor... features) {
        return withEnabledFeatures(featureSelection(List.of(features)));
    }

    /** As {@link #withFeatures(FeatureDescriptor...)}, from a collection. */
    public ExtractionSettings withFeatures(java.util.Collection<? extends FeatureDescriptor> features) {
        return withEnabledFeatures(featureSelection(features));
    }

    /** The {@link #enabledFeatures} map selecting exactly {@code features}, grouped by class in enum order. */
    private static Map<FeatureClass, Set<String>> featureSelection(
            java.util.Collection<? extends FeatureDescriptor> features) {
        if (features.isEmpty()) {
            throw new InvalidSettingException("features must name at least one feature but none was given;"
                    + " to disable every class use withEnabledClasses()");
        }
        EnumMap<FeatureClass, Set<String>> m = new EnumMap<>(FeatureClass.class);
        for (FeatureDescriptor f : features) {
            Objects.requireNonNull(f, "feature");
            m.computeIfAbsent(f.featureClass(), c -> new LinkedHashSet<>()).add(f.pyradiomicsName());
        }
        return m;
    }

    /** These settings with only the given classes enabled, each with its default features. */
    public ExtractionSettings withEnabledClasses(FeatureClass... classes) {
        EnumMap<FeatureClass, Set<String>> m = new EnumMap<>(FeatureClass.class);
        for (FeatureClass c : classes) {
            m.put(c, Set.of());
        }
        return withEnabledFeatures(m);
    }

    /** A copy with other IBSI settings (used in {@link ComplianceMode#IBSI} mode only). */
    public ExtractionSettings withIbsi(org.radiomics4j.core.ibsi.IbsiSettings v) {
        return toBuilder().ibsi(v).build();
    }

    /** Mutable builder; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private ComplianceMode mode = ComplianceMode.PYRADIOMICS;
        private int label = 1;
        private Binning binning = Binning.defaults();
        private double voxelArrayShift = 0;
        private boolean force2D = false;
        private int force2Ddimension = 0;
        private List<Integer> distances = List.of(1);
        private List<Double> resampledPixelSpacing = List.of();
        private Interpolator interpolator = Interpolator.BSPLINE;
        private double padDistance = 5;
        private boolean preCrop = false;
        private boolean normalize = false;
        private double normalizeScale = 1;
        private OptionalDouble removeOutliers = OptionalDouble.empty();
        private List<Double> resegmentRange = List.of();
        private ResegmentMode resegmentMode = ResegmentMode.ABSOLUTE;
        private boolean resegmentShape = false;
        private boolean symmetricalGlcm = true;
        private WeightingNorm weightingNorm = WeightingNorm.NONE;
        private double gldmA = 0;
        private int minimumRoiDimensions = 2;
        private OptionalInt minimumRoiSize = OptionalInt.empty();
        private boolean correctMask = false;
        private double geometryTolerance = 1e-6;
        private Map<FeatureClass, Set<String>> enabledFeatures = defaultEnabledFeatures();
        private Map<ImageType, ImageTypeSettings> imageTypes = defaultImageTypes();
        private org.radiomics4j.core.ibsi.IbsiSettings ibsi = org.radiomics4j.core.ibsi.IbsiSettings.withDefaults();

        private Builder() {
        }

        private Builder(ExtractionSettings s) {
            mode = s.mode;
            label = s.label;
            binning = s.binning;
            voxelArrayShift = s.voxelArrayShift;
            force2D = s.force2D;
            force2Ddimension = s.force2Ddimension;
            distances = s.distances;
            resampledPixelSpacing = s.resampledPixelSpacing;
            interpolator = s.interpolator;
            padDistance = s.padDistance;
            preCrop = s.preCrop;
            normalize = s.normalize;
            normalizeScale = s.normalizeScale;
            removeOutliers = s.removeOutliers;
            resegmentRange = s.resegmentRange;
            resegmentMode = s.resegmentMode;
            resegmentShape = s.resegmentShape;
            symmetricalGlcm = s.symmetricalGlcm;
            weightingNorm = s.weightingNorm;
            gldmA = s.gldmA;
            minimumRoiDimensions = s.minimumRoiDimensions;
            minimumRoiSize = s.minimumRoiSize;
            correctMask = s.correctMask;
            geometryTolerance = s.geometryTolerance;
            enabledFeatures = s.enabledFeatures;
            imageTypes = s.imageTypes;
            ibsi = s.ibsi;
        }

        public Builder mode(ComplianceMode v) { mode = v; return this; }
        public Builder label(int v) { label = v; return this; }
        public Builder binning(Binning v) { binning = v; return this; }
        public Builder binWidth(double v) { binning = new Binning.FixedBinWidth(v); return this; }
        public Builder binCount(int v) { binning = new Binning.FixedBinCount(v); return this; }
        public Builder voxelArrayShift(double v) { voxelArrayShift = v; return this; }
        public Builder force2D(boolean v) { force2D = v; return this; }
        public Builder force2Ddimension(int v) { force2Ddimension = v; return this; }
        public Builder distances(List<Integer> v) { distances = v; return this; }
        public Builder resampledPixelSpacing(List<Double> v) { resampledPixelSpacing = v; return this; }
        public Builder interpolator(Interpolator v) { interpolator = v; return this; }
        public Builder padDistance(double v) { padDistance = v; return this; }
        public Builder preCrop(boolean v) { preCrop = v; return this; }
        public Builder normalize(boolean v) { normalize = v; return this; }
        public Builder normalizeScale(double v) { normalizeScale = v; return this; }
        public Builder removeOutliers(OptionalDouble v) { removeOutliers = v; return this; }
        public Builder resegmentRange(List<Double> v) { resegmentRange = v; return this; }
        public Builder resegmentMode(ResegmentMode v) { resegmentMode = v; return this; }
        public Builder resegmentShape(boolean v) { resegmentShape = v; return this; }
        public Builder symmetricalGlcm(boolean v) { symmetricalGlcm = v; return this; }
        public Builder weightingNorm(WeightingNorm v) { weightingNorm = v; return this; }
        public Builder gldmA(double v) { gldmA = v; return this; }
        public Builder minimumRoiDimensions(int v) { minimumRoiDimensions = v; return this; }
        public Builder minimumRoiSize(OptionalInt v) { minimumRoiSize = v; return this; }
        public Builder correctMask(boolean v) { correctMask = v; return this; }
        public Builder geometryTolerance(double v) { geometryTolerance = v; return this; }
        public Builder enabledFeatures(Map<FeatureClass, Set<String>> v) { enabledFeatures = v; return this; }

        /** Only the given features: see {@link ExtractionSettings#withFeatures(FeatureDescriptor...)}. */
        public Builder features(FeatureDescriptor... v) { enabledFeatures = featureSelection(List.of(v)); return this; }
        public Builder imageTypes(Map<ImageType, ImageTypeSettings> v) { imageTypes = v; return this; }
        public Builder ibsi(org.radiomics4j.core.ibsi.IbsiSettings v) { ibsi = v; return this; }

        /**
         * The settings.
         *
         * @throws InvalidSettingException naming the first invalid setting
         */
        public ExtractionSettings build() {
            return new ExtractionSettings(mode, label, binning, voxelArrayShift, force2D, force2Ddimension, distances,
                    resampledPixelSpacing, interpolator, padDistance, preCrop, normalize, normalizeScale,
                    removeOutliers, resegmentRange, resegmentMode, resegmentShape, symmetricalGlcm, weightingNorm,
                    gldmA, minimumRoiDimensions, minimumRoiSize, correctMask, geometryTolerance, enabledFeatures,
                    imageTypes, ibsi);
        }
    }
}
