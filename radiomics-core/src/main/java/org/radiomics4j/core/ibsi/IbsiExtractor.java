package org.radiomics4j.core.ibsi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.radiomics4j.core.ibsi.intensity.IntensityHistogram;
import org.radiomics4j.core.ibsi.intensity.IntensityStatistics;
import org.radiomics4j.core.ibsi.intensity.IntensityVolumeHistogram;
import org.radiomics4j.core.ibsi.localintensity.LocalIntensity;
import org.radiomics4j.core.ibsi.morphology.IbsiMorphology;
import org.radiomics4j.core.ibsi.morphology.MorphologyFeature;
import org.radiomics4j.core.ibsi.preprocess.IbsiPreprocessing;
import org.radiomics4j.core.ibsi.texture.IbsiTexture;
import org.radiomics4j.core.ibsi.texture.IbsiTextureFamily;
import org.radiomics4j.core.image.Mask;
import org.radiomics4j.core.image.Volume;

/**
 * The IBSI extraction entry point: runs IBSI image processing (through an {@link IbsiPreprocessor}), discretises as
 * {@link IbsiSettings#discretisation()} says, and computes the requested families with the requested aggregation
 * methods, each value carrying its IBSI feature and aggregation codes.
 *
 * <pre>{@code
 * List<IbsiFeatureValue> values = IbsiExtractor.of(IbsiSettings.withDefaults()).extract(image, mask);
 * }</pre>
 *
 * <p><b>Standard components and plug-in points.</b> {@link #of} registers the standard IBSI image processing
 * ({@link #STANDARD_PREPROCESSOR}: {@link IbsiSettings#preprocessing()}, i.e. interpolation, rounding, partial-volume
 * threshold, range and outlier re-segmentation) and the standard morphology ({@link IbsiMorphology}, on the
 * morphological mask) and local intensity ({@link LocalIntensity}, on the intensity mask) computers, so every IBSI
 * family is computed. {@link #withPreprocessor(IbsiPreprocessor)} and
 * {@link #withFamily(IbsiFamily, IbsiFamilyComputer)} replace them. Output order: families in {@link IbsiFamily}
 * order, then aggregation method, then feature. Immutable and thread-safe when the plug-ins are.
 */
public final class IbsiExtractor {
    private final IbsiSettings settings;
    private final IbsiPreprocessor preprocessor;
    private final Map<IbsiFamily, IbsiFamilyComputer> plugins;

    private IbsiExtractor(IbsiSettings settings, IbsiPreprocessor preprocessor,
                          Map<IbsiFamily, IbsiFamilyComputer> plugins) {
        this.settings = settings;
        this.preprocessor = preprocessor;
        this.plugins = plugins;
    }

    /**
     * The standard IBSI image processing: {@link IbsiPreprocessing#apply} with {@link IbsiSettings#preprocessing()},
     * giving the processed image with its intensity and morphological masks.
     */
    public static final IbsiPreprocessor STANDARD_PREPROCESSOR = (image, mask, settings) -> {
        IbsiPreprocessing.Result r = settings.preprocessing().apply(image, mask);
        return IbsiRoi.of(r.image(), r.intensityMask(), r.morphologicalMask());
    };

    /**
     * The standard morphology computer: {@link IbsiMorphology#computeMap} on the processed ROI (morphological mask,
     * intensity mask, image), each value named as its {@link MorphologyFeature} constant in upper camel case (e.g.
     * {@code VOLUME_DENSITY_CONVEX_HULL} gives {@code VolumeDensityConvexHull}), like the other families' names.
     */
    public static final IbsiFamilyComputer STANDARD_MORPHOLOGY = (roi, settings) -> {
        List<IbsiFeatureValue> out = new ArrayList<>();
        for (Map.Entry<MorphologyFeature, Double> e : IbsiMorphology.computeMap(roi.morphologicalMask(),
                roi.intensityMask(), roi.image()).entrySet()) {
            out.add(new IbsiFeatureValue(IbsiMorphology.FAMILY, camelCase(e.getKey().name()), e.getKey().ibsiCode(),
                    IbsiMorphology.AGGREGATION, e.getValue()));
        }
        return out;
    };

    /**
     * The standard local intensity computer: {@link LocalIntensity#compute} on the processed ROI (image, intensity
     * mask), named {@code LocalIntensityPeak} (VJGA) and {@code GlobalIntensityPeak} (0F91).
     */
    public static final IbsiFamilyComputer STANDARD_LOCAL_INTENSITY = (roi, settings) -> {
        List<IbsiFeatureValue> out = new ArrayList<>();
        for (IbsiFeatureValue v : LocalIntensity.compute(roi.image(), roi.intensityMask())) {
            String name = switch (v.ibsiCode()) {
                case "VJGA" -> "LocalIntensityPeak";
                case "0F91" -> "GlobalIntensityPeak";
                default -> throw new IllegalStateException("unexpected local intensity feature " + v);
            };
            out.add(new IbsiFeatureValue(v.family(), name, v.ibsiCode(), v.aggregationCode(), v.value()));
        }
        return out;
    };

    private static String camelCase(String constant) {
        StringBuilder sb = new StringBuilder();
        for (String part : constant.split("_")) {
            if (!part.isEmpty() && Character.isDigit(part.charAt(0))) {
                sb.append(part); // 3D stays 3D
            } else if (!part.isEmpty()) {
                sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return sb.toString();
    }

    /**
     * An extractor for {@code settings} with the standard preprocessor, morphology and local intensity computers
     * (every IBSI family).
     */
    public static IbsiExtractor of(IbsiSettings settings) {
        EnumMap<IbsiFamily, IbsiFamilyComputer> m = new EnumMap<>(IbsiFamily.class);
        m.put(IbsiFamily.MORPHOLOGY, STANDARD_MORPHOLOGY);
        m.put(IbsiFamily.LOCAL_INTENSITY, STANDARD_LOCAL_INTENSITY);
        return new IbsiExtractor(Objects.requireNonNull(settings, "settings"), STANDARD_PREPROCESSOR,
                Collections.unmodifiableMap(m));
    }

    public IbsiSettings settings() {
        return settings;
    }

    /** A copy that runs {@code p} as IBSI image processing before the families. */
    public IbsiExtractor withPreprocessor(IbsiPreprocessor p) {
        return new IbsiExtractor(settings, Objects.requireNonNull(p, "preprocessor"), plugins);
    }

    /** A copy that computes {@code family} with {@code computer} (the hook for morphology and local intensity). */
    public IbsiExtractor withFamily(IbsiFamily family, IbsiFamilyComputer computer) {
        EnumMap<IbsiFamily, IbsiFamilyComputer> m = new EnumMap<>(IbsiFamily.class);
        m.putAll(plugins);
        m.put(Objects.requireNonNull(family, "family"), Objects.requireNonNull(computer, "computer"));
        return new IbsiExtractor(settings, preprocessor, Collections.unmodifiableMap(m));
    }

    /** A copy with other settings (same plug-ins). */
    public IbsiExtractor withSettings(IbsiSettings s) {
        return new IbsiExtractor(Objects.requireNonNull(s, "settings"), preprocessor, plugins);
    }

    /**
     * Runs image processing and computes every requested family.
     *
     * @throws IllegalArgumentException if the settings cannot be applied (e.g. the ROI is empty after
     *     interpolation or re-segmentation), a feature is undefined on this ROI, or the image and mask grids differ
     */
    public List<IbsiFeatureValue> extract(Volume image, Mask mask) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(mask, "mask");
        return extract(preprocessor.process(image, mask, settings));
    }

    /** Computes every requested family on an already processed ROI (no preprocessing is run). */
    public List<IbsiFeatureValue> extract(IbsiRoi roi) {
        List<IbsiFeatureValue> out = new ArrayList<>();
        IbsiGreyLevels levels = null;
        for (IbsiFamily f : IbsiFamily.values()) {
            if (!settings.families().contains(f)) {
                continue;
            }
            IbsiFamilyComputer plugin = plugins.get(f);
            if (plugin != null) {
                out.addAll(plugin.compute(roi, settings));
                continue;
            }
            if (f == IbsiFamily.INTENSITY_STATISTICS) {
                out.addAll(IntensityStatistics.compute(roi));
            } else if (f == IbsiFamily.INTENSITY_VOLUME_HISTOGRAM) {
                double[] range = settings.resegments() && (Double.isFinite(settings.resegmentationLower())
                        || Double.isFinite(settings.resegmentationUpper()))
                        ? new double[] {settings.resegmentationLower(), settings.resegmentationUpper()} : null;
                out.addAll(IntensityVolumeHistogram.compute(roi, settings.ivhDiscretisation(), range));
            } else {
                if (levels == null) {
                    levels = settings.discretisation().discretise(roi, settings.resegmentationLowerBound());
                }
                if (f == IbsiFamily.INTENSITY_HISTOGRAM) {
                    out.addAll(IntensityHistogram.compute(levels));
                } else {
                    IbsiTextureFamily t = IbsiTextureFamily.valueOf(f.name());
                    boolean any = settings.aggregations().stream().anyMatch(
                            a -> a != IbsiAggregation.VOLUME && a.directional() == t.directional());
                    if (!any) {
                        throw new IllegalArgumentException("IBSI family " + f.tableName() + " was requested but none"
                                + " of its aggregation methods is among the aggregations " + settings.aggregations()
                                + "; it needs one of " + (t.directional() ? IbsiAggregation.directionalMethods()
                                : IbsiAggregation.zoneMethods()));
                    }
                    out.addAll(IbsiTexture.of(t).withNgldmAlpha(settings.ngldmAlpha())
                            .compute(levels, settings.aggregations()));
                }
            }
        }
        return out;
    }
}
