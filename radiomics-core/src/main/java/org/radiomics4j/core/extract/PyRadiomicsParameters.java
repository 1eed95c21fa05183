package org.radiomics4j.core.extract;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.StringJoiner;

import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.NearestName;
import org.radiomics4j.core.RadiomicsException;
import org.radiomics4j.core.discretize.Binning;
import org.radiomics4j.core.features.FeatureClass;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Parses PyRadiomics parameter files (YAML, the format of PyRadiomics' {@code examples/exampleSettings/Params.yaml}
 * and {@code radiomics/schemas/paramSchema.yaml}) into {@link ExtractionSettings}.
 *
 * <p>Top-level blocks:
 * <ul>
 *   <li>{@code setting}: every key below maps to one field of {@link ExtractionSettings}: {@code label, binWidth,
 *       binCount, voxelArrayShift, force2D, force2Ddimension, distances, resampledPixelSpacing, interpolator,
 *       padDistance, preCrop, normalize, normalizeScale, removeOutliers, resegmentRange, resegmentMode,
 *       resegmentShape, symmetricalGLCM, weightingNorm, gldm_a, minimumROIDimensions, minimumROISize, correctMask,
 *       geometryTolerance}, and radiomics4j's {@code complianceMode} ({@code PYRADIOMICS}, the default, or
 *       {@code IBSI}, whose own keys {@code ibsi*} and rules are in {@code org.radiomics4j.core.ibsi.IbsiParameters});
 *       {@code additionalInfo} and {@code enableCExtensions} are accepted and have no effect
 *       (diagnostics are always written; there is no C extension). As in PyRadiomics, {@code binCount} (when not
 *       null) overrides {@code binWidth}, a null value means the PyRadiomics default, and resampling happens only
 *       when both {@code resampledPixelSpacing} and {@code interpolator} are set. {@code interpolator} may be a
 *       SimpleITK name ({@code sitkBSpline}) or its integer code.</li>
 *   <li>{@code imageType}: {@code Original, LoG, Wavelet, Square, SquareRoot, Logarithm, Exponential, Gradient,
 *       LBP2D, LBP3D} (see {@link ImageType}), each mapping to null or {} (defaults) or a mapping of its filter's
 *       settings ({@link FilterParameters#KEYS}: {@code sigma, wavelet, level, start_level, gradientUseSpacing,
 *       lbp2DRadius, lbp2DSamples, lbp2DMethod, lbp3DLevels, lbp3DIcosphereRadius, lbp3DIcosphereSubdivision}) and
 *       of the general settings it overrides ({@link SettingOverrides#KEYS}). As in PyRadiomics the entry is merged
 *       over {@code setting}, where the filter settings may also be given for every image type. Image types are
 *       extracted in the order listed. Without the block, Original alone. Whether a type's filter is available is
 *       checked when the extractor is built ({@link ImageFilters#of}).</li>
 *   <li>{@code featureClass}: class → null or [] (every non-deprecated feature) or a list of feature names.
 *       Classes not listed are not computed; without the block, PyRadiomics' defaults apply (all but shape2D).</li>
 * </ul>
 * Every other key, including valid PyRadiomics keys radiomics4j does not support yet ({@code kernelRadius},
 * {@code voxelSetting}), throws {@link InvalidSettingException} naming the key, the file and the
 * nearest valid key. Where PyRadiomics only warns (an unknown interpolator), radiomics4j fails.
 */
public final class PyRadiomicsParameters {
    private PyRadiomicsParameters() {
    }

    private static final List<String> BLOCKS = List.of("setting", "imageType", "featureClass", "voxelSetting");

    private static final List<String> SETTINGS = List.of("label", "binWidth", "binCount", "voxelArrayShift",
            "force2D", "force2Ddimension", "distances", "resampledPixelSpacing", "interpolator", "padDistance",
            "preCrop", "normalize", "normalizeScale", "removeOutliers", "resegmentRange", "resegmentMode",
            "resegmentShape", "symmetricalGLCM", "weightingNorm", "gldm_a", "minimumROIDimensions", "minimumROISize",
            "correctMask", "geometryTolerance", "additionalInfo", "enableCExtensions", "complianceMode",
            "ibsiOutlierSigma", "ibsiIvhBinWidth", "ibsiIvhBinCount", "ibsiAggregations", "ibsiFamilies",
            "ibsiInterpolation", "ibsiResampledSpacing", "ibsiInterpolator", "ibsiRoundIntensities",
            "ibsiPartialVolumeThreshold");

    /** Valid PyRadiomics setting keys that radiomics4j does not support yet. */
    private static final List<String> UNSUPPORTED_SETTINGS = List.of("kernelRadius", "maskedKernel", "initValue",
            "voxelBatch", "label_channel", "dwglcm_kernelRadius");

    /** The methods of scikit-image's {@code local_binary_pattern}, PyRadiomics' {@code lbp2DMethod}. */
    private static final List<String> LBP2D_METHODS = List.of("default", "ror", "uniform", "nri_uniform", "var");

    /**
     * Parses parameter-file text from {@code in} (read to its end, not closed); {@code source} names it in messages
     * (e.g. the file name). The core opens no files: {@code radiomics-io}'s {@code ParameterFiles.read(Path)} does.
     *
     * @throws InvalidSettingException naming the source, the key, the value and the rule for any invalid or
     *     unsupported entry
     * @throws RadiomicsException if {@code in} cannot be read or the text is not valid YAML, naming the source
     */
    public static ExtractionSettings parse(Reader in, String source) {
        return parse(text(in, source), source);
    }

    /**
     * The {@code voxelSetting} block of parameter-file text read from {@code in} (not closed); see
     * {@link #parseVoxelSettings(String, String)}.
     */
    public static VoxelSettings parseVoxelSettings(Reader in, String source) {
        return parseVoxelSettings(text(in, source), source);
    }

    private static String text(Reader in, String source) {
        Objects.requireNonNull(in, "in");
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n; (n = in.read(buf)) >= 0; ) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new RadiomicsException("cannot read parameter file " + source + ": " + e.getMessage(), e);
        }
        return sb.toString();
    }

    /**
     * The {@code voxelSetting} block of parameter-file text (PyRadiomics' defaults where absent; see
     * {@link VoxelSettings}); {@code source} names it in messages.
     *
     * @throws InvalidSettingException naming the source, the key, the value and the rule
     * @throws RadiomicsException if the text is not valid YAML
     */
    public static VoxelSettings parseVoxelSettings(String yaml, String source) {
        Objects.requireNonNull(yaml, "yaml");
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new RadiomicsException("parameter file " + source + " is not valid YAML: " + e.getMessage(), e);
        }
        return root == null ? VoxelSettings.defaults() : voxelSettings(asMap(root, "top level", source), source);
    }

    private static VoxelSettings voxelSettings(Map<?, ?> top, String source) {
        Object block = top.get("voxelSetting");
        if (block == null) {
            return VoxelSettings.defaults();
        }
        try {
            return VoxelSettings.fromBlock(asMap(block, "voxelSetting", source));
        } catch (InvalidSettingException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("parameter file ")) {
                throw e;
            }
            throw new InvalidSettingException("parameter file " + source + ": " + e.getMessage(), e);
        }
    }

    /** Parses parameter-file text; messages call the source {@code <string>}. */
    public static ExtractionSettings parse(String yaml) {
        return parse(yaml, "<string>");
    }

    /**
     * Parses parameter-file text; {@code source} names it in messages (e.g. the file name).
     *
     * @throws InvalidSettingException for any invalid or unsupported entry
     * @throws RadiomicsException if the text is not valid YAML
     */
    public static ExtractionSettings parse(String yaml, String source) {
        Objects.requireNonNull(yaml, "yaml");
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new RadiomicsException("parameter file " + source + " is not valid YAML: " + e.getMessage(), e);
        }
        ExtractionSettings.Builder b = ExtractionSettings.builder();
        if (root == null) {
            return b.build();
        }
        Map<?, ?> top = asMap(root, "top level", source);
        for (Object k : top.keySet()) {
            String key = String.valueOf(k);
            if (!BLOCKS.contains(key)) {
                throw unknown("top-level key", key, BLOCKS, source);
            }
        }
        if (top.containsKey("voxelSetting")) {
            voxelSettings(top, source); // validated now; applied by voxel-based extraction only, as in PyRadiomics
        }
        Object setting = top.get("setting");
        FilterParameters globalFilter = FilterParameters.defaults();
        Map<?, ?> settingMap = setting == null ? Map.of() : asMap(setting, "setting", source);
        if (setting != null) {
            try {
                globalFilter = applySettings(b, settingMap, source);
            } catch (InvalidSettingException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("parameter file ")) {
                    throw e;
                }
                throw new InvalidSettingException("parameter file " + source + ": " + e.getMessage(), e);
            }
        }
        Object imageType = top.get("imageType");
        if (top.containsKey("imageType")) {
            try {
                b.imageTypes(imageType == null ? Map.of()
                        : imageTypes(asMap(imageType, "imageType", source), globalFilter,
                                settingMap.get("binCount") != null, source));
            } catch (InvalidSettingException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("parameter file ")) {
                    throw e;
                }
                throw new InvalidSettingException("parameter file " + source + ": " + e.getMessage(), e);
            }
        } else {
            b.imageTypes(Map.of(ImageType.ORIGINAL, ImageTypeSettings.defaults().withFilter(globalFilter)));
        }
        // IBSI mode (complianceMode: IBSI): its settings come from IbsiParameters; featureClass does not apply
        if ("IBSI".equalsIgnoreCase(String.valueOf(settingMap.get("complianceMode")))) {
            if (imageType instanceof Map<?, ?> types && !types.keySet().stream().allMatch("Original"::equals)) {
                throw new InvalidSettingException("parameter file " + source + ": IBSI mode computes the original"
                        + " image only (IBSI chapter 1); imageType " + types.keySet() + " is for PyRadiomics mode");
            }
            if (top.containsKey("featureClass")) {
                throw new InvalidSettingException("parameter file " + source + ": 'featureClass' has no effect in IBSI"
                        + " mode; choose families with setting 'ibsiFamilies'");
            }
            b.ibsi(org.radiomics4j.core.ibsi.IbsiParameters.fromSetting(settingMap, source));
        } else {
            for (Object k : settingMap.keySet()) {
                if (String.valueOf(k).startsWith("ibsi")) {
                    throw new InvalidSettingException("parameter file " + source + ": setting '" + k + "' needs"
                            + " 'complianceMode: IBSI'");
                }
            }
        }
        if (top.containsKey("featureClass")) {
            Object fc = top.get("featureClass");
            b.enabledFeatures(fc == null ? Map.of() : featureClasses(asMap(fc, "featureClass", source), source));
        }
        ExtractionSettings built;
        try {
            built = b.build();
        } catch (InvalidSettingException e) {
            throw new InvalidSettingException("parameter file " + source + ": " + e.getMessage(), e);
        }
        // the filters' own checks (e.g. the wavelet name) for the image types available now
        for (Map.Entry<ImageType, ImageTypeSettings> e : built.imageTypes().entrySet()) {
            if (ImageFilters.SUPPORTED.contains(e.getKey().pyradiomicsName())) {
                try {
                    ImageFilters.of(e.getKey(), e.getValue().filter(), built.settingsFor(e.getKey()));
                } catch (InvalidSettingException ex) {
                    throw new InvalidSettingException("parameter file " + source + ": " + ex.getMessage(), ex);
                }
            }
        }
        return built;
    }

    /** Applies the general settings to {@code b}; returns the filter settings given there over the defaults. */
    private static FilterParameters applySettings(ExtractionSettings.Builder b, Map<?, ?> m, String source) {
        FilterParameters filter = FilterParameters.defaults();
        Object interpolator = "sitkBSpline";
        boolean interpolatorGiven = false;
        List<Double> spacing = List.of();
        Double binWidth = null;
        Integer binCount = null;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object v = e.getValue();
            if (UNSUPPORTED_SETTINGS.contains(key)) {
                throw new InvalidSettingException("parameter file " + source + ": setting '" + key
                        + "' is a PyRadiomics setting that radiomics4j does not support yet");
            }
            if (FilterParameters.KEYS.contains(key)) {
                filter = filterSetting(filter, key, e.getValue(), source);
                continue;
            }
            if (!SETTINGS.contains(key)) {
                List<String> valid = new ArrayList<>(SETTINGS);
                valid.addAll(FilterParameters.KEYS);
                throw unknown("setting", key, valid, source);
            }
            if (key.equals("interpolator")) {
                interpolator = v;
                interpolatorGiven = true;
                continue;
            }
            if (v == null) {
                continue; // PyRadiomics: null means the default
            }
            switch (key) {
                case "label" -> b.label(integer(key, v, source));
                case "binWidth" -> binWidth = number(key, v, source);
                case "binCount" -> binCount = integer(key, v, source);
                case "voxelArrayShift" -> b.voxelArrayShift(number(key, v, source));
                case "force2D" -> b.force2D(bool(key, v, source));
                case "force2Ddimension" -> b.force2Ddimension(integer(key, v, source));
                case "distances" -> {
                    List<Integer> d = new ArrayList<>();
                    for (Object o : list(key, v, source)) {
                        d.add(integer(key, o, source));
                    }
                    b.distances(d);
                }
                case "resampledPixelSpacing" -> spacing = numbers(key, v, source);
                case "padDistance" -> b.padDistance(number(key, v, source));
                case "preCrop" -> b.preCrop(bool(key, v, source));
                case "normalize" -> b.normalize(bool(key, v, source));
                case "normalizeScale" -> b.normalizeScale(number(key, v, source));
                case "removeOutliers" -> b.removeOutliers(OptionalDouble.of(number(key, v, source)));
                case "resegmentRange" -> b.resegmentRange(numbers(key, v, source));
                case "resegmentMode" -> b.resegmentMode(resegmentMode(v, source));
                case "resegmentShape" -> b.resegmentShape(bool(key, v, source));
                case "symmetricalGLCM" -> b.symmetricalGlcm(bool(key, v, source));
                case "weightingNorm" -> {
                    try {
                        b.weightingNorm(WeightingNorm.fromPyRadiomicsName(String.valueOf(v)));
                    } catch (IllegalArgumentException ex) {
                        throw new InvalidSettingException("parameter file " + source + ": " + ex.getMessage(), ex);
                    }
                }
                case "gldm_a" -> b.gldmA(number(key, v, source));
                case "minimumROIDimensions" -> b.minimumRoiDimensions(integer(key, v, source));
                case "minimumROISize" -> b.minimumRoiSize(OptionalInt.of(integer(key, v, source)));
                case "correctMask" -> b.correctMask(bool(key, v, source));
                case "geometryTolerance" -> b.geometryTolerance(number(key, v, source));
                case "additionalInfo", "enableCExtensions" -> bool(key, v, source);
                case "complianceMode" -> b.mode(complianceMode(v, source));
                case "ibsiOutlierSigma", "ibsiIvhBinWidth", "ibsiIvhBinCount", "ibsiAggregations", "ibsiFamilies",
                        "ibsiInterpolation", "ibsiResampledSpacing", "ibsiInterpolator", "ibsiRoundIntensities",
                        "ibsiPartialVolumeThreshold" -> {
                    // IBSI-mode keys: read by IbsiParameters once the mode is known
                }
                default -> throw new IllegalStateException("unhandled setting " + key);
            }
        }
        if (binCount != null) {
            b.binCount(binCount);
        } else if (binWidth != null) {
            b.binWidth(binWidth);
        }
        if (interpolator == null && interpolatorGiven) {
            spacing = List.of(); // PyRadiomics resamples only when both are set
        } else if (interpolator != null) {
            try {
                b.interpolator(Interpolator.fromSitk(String.valueOf(interpolator)));
            } catch (IllegalArgumentException ex) {
                throw new InvalidSettingException("parameter file " + source + ": setting 'interpolator': "
                        + ex.getMessage(), ex);
            }
        }
        b.resampledPixelSpacing(spacing);
        return filter;
    }

    /** One filter setting (from {@code setting} or an image type's entry); null keeps the current value. */
    private static FilterParameters filterSetting(FilterParameters p, String key, Object v, String source) {
        if (v == null) {
            return p;
        }
        return switch (key) {
            case "sigma" -> p.withSigma(numbers(key, v, source));
            case "wavelet" -> p.withWavelet(string(key, v, source));
            case "level" -> p.withLevel(integer(key, v, source));
            case "start_level" -> p.withStartLevel(integer(key, v, source));
            case "gradientUseSpacing" -> p.withGradientUseSpacing(bool(key, v, source));
            case "lbp2DRadius" -> p.withLbp2DRadius(number(key, v, source));
            case "lbp2DSamples" -> p.withLbp2DSamples(integer(key, v, source));
            case "lbp2DMethod" -> {
                String m = string(key, v, source);
                if (!LBP2D_METHODS.contains(m)) {
                    throw new InvalidSettingException("parameter file " + source + ": setting 'lbp2DMethod' must be"
                            + " one of " + LBP2D_METHODS + " but was '" + m + "'");
                }
                yield p.withLbp2DMethod(m);
            }
            case "lbp3DLevels" -> p.withLbp3DLevels(integer(key, v, source));
            case "lbp3DIcosphereRadius" -> p.withLbp3DIcosphereRadius(number(key, v, source));
            case "lbp3DIcosphereSubdivision" -> p.withLbp3DIcosphereSubdivision(integer(key, v, source));
            default -> throw new IllegalStateException("unhandled filter setting " + key);
        };
    }

    /**
     * The {@code imageType} block: each entry's filter settings merged over the general ones and its overrides of
     * the general settings. {@code generalBinCount}: whether {@code setting} gives a binCount, which (as in
     * PyRadiomics) wins over an image type's binWidth.
     */
    private static Map<ImageType, ImageTypeSettings> imageTypes(Map<?, ?> m, FilterParameters globalFilter,
            boolean generalBinCount, String source) {
        Map<ImageType, ImageTypeSettings> out = new LinkedHashMap<>();
        List<String> perType = new ArrayList<>(FilterParameters.KEYS);
        perType.addAll(SettingOverrides.KEYS);
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String name = String.valueOf(e.getKey());
            if (!ImageType.pyradiomicsNames().contains(name)) {
                throw unknown("imageType", name, ImageType.pyradiomicsNames(), source);
            }
            ImageType type = ImageType.fromPyRadiomicsName(name);
            FilterParameters filter = globalFilter;
            SettingOverrides o = SettingOverrides.none();
            Object v = e.getValue();
            Map<?, ?> custom = v == null ? Map.of() : asMap(v, "imageType " + name, source);
            Object binWidth = null;
            Object binCount = null;
            for (Map.Entry<?, ?> c : custom.entrySet()) {
                String key = String.valueOf(c.getKey());
                Object value = c.getValue();
                String what = "imageType " + name + " setting '" + key + "'";
                if (FilterParameters.KEYS.contains(key)) {
                    filter = filterSetting(filter, key, value, source);
                    continue;
                }
                if (UNSUPPORTED_SETTINGS.contains(key)) {
                    throw new InvalidSettingException("parameter file " + source + ": " + what
                            + " is a PyRadiomics setting that radiomics4j does not support yet");
                }
                if (SETTINGS.contains(key) && !SettingOverrides.KEYS.contains(key)) {
                    throw new InvalidSettingException("parameter file " + source + ": " + what + " acts before"
                            + " filtering and cannot differ per image type; set it under 'setting'. Per image type: "
                            + perType);
                }
                if (!SettingOverrides.KEYS.contains(key)) {
                    throw unknown("imageType " + name + " setting", key, perType, source);
                }
                if (value == null) {
                    continue;
                }
                switch (key) {
                    case "binWidth" -> binWidth = number(key, value, source);
                    case "binCount" -> binCount = integer(key, value, source);
                    case "voxelArrayShift" -> o = o.withVoxelArrayShift(number(key, value, source));
                    case "force2D" -> o = o.withForce2D(bool(key, value, source));
                    case "force2Ddimension" -> o = o.withForce2Ddimension(integer(key, value, source));
                    case "distances" -> {
                        List<Integer> d = new ArrayList<>();
                        for (Object x : list(key, value, source)) {
                            d.add(integer(key, x, source));
                        }
                        o = o.withDistances(d);
                    }
                    case "symmetricalGLCM" -> o = o.withSymmetricalGlcm(bool(key, value, source));
                    case "weightingNorm" -> {
                        try {
                            o = o.withWeightingNorm(WeightingNorm.fromPyRadiomicsName(String.valueOf(value)));
                        } catch (IllegalArgumentException ex) {
                            throw new InvalidSettingException("parameter file " + source + ": " + what + ": "
                                    + ex.getMessage(), ex);
                        }
                    }
                    case "gldm_a" -> o = o.withGldmA(number(key, value, source));
                    default -> throw new IllegalStateException("unhandled override " + key);
                }
            }
            if (binCount != null) {
                o = o.withBinning(new Binning.FixedBinCount((Integer) binCount));
            } else if (binWidth != null && !generalBinCount) {
                o = o.withBinning(new Binning.FixedBinWidth((Double) binWidth));
            }
            out.put(type, new ImageTypeSettings(filter, o));
        }
        return out;
    }

    private static String string(String key, Object v, String source) {
        if (v instanceof String s) {
            return s;
        }
        throw new InvalidSettingException("parameter file " + source + ": setting '" + key
                + "' must be a string but was " + v);
    }

    private static Map<FeatureClass, Set<String>> featureClasses(Map<?, ?> m, String source) {
        Map<FeatureClass, Set<String>> out = new EnumMap<>(FeatureClass.class);
        List<String> classNames = new ArrayList<>();
        for (FeatureClass c : FeatureClass.values()) {
            classNames.add(c.pyradiomicsName());
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String name = String.valueOf(e.getKey());
            if (!classNames.contains(name)) {
                throw unknown("featureClass", name, classNames, source);
            }
            FeatureClass c = FeatureClass.fromPyRadiomicsName(name);
            List<String> valid = PyRadiomicsFeatureNames.ALL.get(c);
            Set<String> features = new LinkedHashSet<>();
            if (e.getValue() != null) {
                for (Object o : list("featureClass " + name, e.getValue(), source)) {
                    String f = String.valueOf(o);
                    if (!valid.contains(f)) {
                        throw unknown(name + " feature", f, valid, source);
                    }
                    features.add(f);
                }
            }
            out.put(c, features);
        }
        return out;
    }

    // ---- value conversion --------------------------------------------------------------------------------------

    private static Map<?, ?> asMap(Object o, String what, String source) {
        if (o instanceof Map<?, ?> m) {
            return m;
        }
        throw new InvalidSettingException("parameter file " + source + ": '" + what + "' must be a mapping but was "
                + o);
    }

    private static List<?> list(String key, Object v, String source) {
        if (v instanceof List<?> l) {
            return l;
        }
        throw new InvalidSettingException("parameter file " + source + ": '" + key + "' must be a list but was " + v);
    }

    private static double number(String key, Object v, String source) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new InvalidSettingException("parameter file " + source + ": setting '" + key
                + "' must be a number but was " + v);
    }

    private static int integer(String key, Object v, String source) {
        if (v instanceof Integer || v instanceof Long) {
            long l = ((Number) v).longValue();
            if (l == (int) l) {
                return (int) l;
            }
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) {
            return d.intValue();
        }
        throw new InvalidSettingException("parameter file " + source + ": setting '" + key
                + "' must be an integer but was " + v);
    }

    private static boolean bool(String key, Object v, String source) {
        if (v instanceof Boolean b) {
            return b;
        }
        throw new InvalidSettingException("parameter file " + source + ": setting '" + key
                + "' must be true or false but was " + v);
    }

    private static List<Double> numbers(String key, Object v, String source) {
        List<Double> out = new ArrayList<>();
        for (Object o : list(key, v, source)) {
            out.add(number(key, o, source));
        }
        return out;
    }

    private static ComplianceMode complianceMode(Object v, String source) {
        for (ComplianceMode m : ComplianceMode.values()) {
            if (m.name().equalsIgnoreCase(String.valueOf(v))) {
                return m;
            }
        }
        throw new InvalidSettingException("parameter file " + source + ": setting 'complianceMode' must be one of "
                + java.util.Arrays.toString(ComplianceMode.values()) + " but was '" + v + "'");
    }

    private static ResegmentMode resegmentMode(Object v, String source) {
        String s = String.valueOf(v);
        for (ResegmentMode m : ResegmentMode.values()) {
            if (m.pyradiomicsName().equals(s)) {
                return m;
            }
        }
        throw new InvalidSettingException("parameter file " + source + ": setting 'resegmentMode' must be one of"
                + " absolute, relative, sigma but was '" + s + "'");
    }

    private static InvalidSettingException unknown(String what, String key, Collection<String> valid, String source) {
        return new InvalidSettingException("parameter file " + source + ": unknown " + what + " '" + key
                + "'; did you mean '" + nearest(key, valid) + "'? valid: " + valid);
    }

    /** The candidate closest to {@code s} (see {@link NearestName}). */
    static String nearest(String s, Collection<String> candidates) {
        return NearestName.nearest(s, candidates);
    }

    // ---- the reverse: settings as PyRadiomics prints them --------------------------------------------------------

    /**
     * The settings as a Python dict literal with PyRadiomics' keys, as PyRadiomics writes
     * {@code diagnostics_Configuration_Settings} (e.g. {@code {'label': 1, 'binWidth': 25.0, ...}}).
     */
    public static String describe(ExtractionSettings s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("label", Integer.toString(s.label()));
        if (s.binning() instanceof Binning.FixedBinWidth w) {
            m.put("binWidth", Diagnostics.pyFloat(w.width()));
        } else {
            m.put("binCount", Integer.toString(((Binning.FixedBinCount) s.binning()).count()));
        }
        m.put("voxelArrayShift", Diagnostics.pyFloat(s.voxelArrayShift()));
        m.put("force2D", py(s.force2D()));
        m.put("force2Ddimension", Integer.toString(s.force2Ddimension()));
        m.put("distances", Diagnostics.list(s.distances()));
        m.put("resampledPixelSpacing", s.resamples() ? Diagnostics.list(s.resampledPixelSpacing()) : "None");
        m.put("interpolator", "'" + s.interpolator().sitkName() + "'");
        m.put("padDistance", Diagnostics.pyFloat(s.padDistance()));
        m.put("preCrop", py(s.preCrop()));
        m.put("normalize", py(s.normalize()));
        m.put("normalizeScale", Diagnostics.pyFloat(s.normalizeScale()));
        m.put("removeOutliers", s.removeOutliers().isPresent()
                ? Diagnostics.pyFloat(s.removeOutliers().getAsDouble()) : "None");
        m.put("resegmentRange", s.resegmentRange().isEmpty() ? "None" : Diagnostics.list(s.resegmentRange()));
        m.put("resegmentMode", "'" + s.resegmentMode().pyradiomicsName() + "'");
        m.put("resegmentShape", py(s.resegmentShape()));
        m.put("symmetricalGLCM", py(s.symmetricalGlcm()));
        m.put("weightingNorm", s.weightingNorm().pyradiomicsName() == null ? "None"
                : "'" + s.weightingNorm().pyradiomicsName() + "'");
        m.put("gldm_a", Diagnostics.pyFloat(s.gldmA()));
        m.put("minimumROIDimensions", Integer.toString(s.minimumRoiDimensions()));
        m.put("minimumROISize", s.minimumRoiSize().isPresent() ? Integer.toString(s.minimumRoiSize().getAsInt()) : "None");
        m.put("correctMask", py(s.correctMask()));
        m.put("geometryTolerance", Diagnostics.pyFloat(s.geometryTolerance()));
        StringJoiner j = new StringJoiner(", ", "{", "}");
        m.forEach((k, v) -> j.add("'" + k + "': " + v));
        return j.toString();
    }

    private static String py(boolean b) {
        return b ? "True" : "False";
    }
}
