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
 * <p><b>Plug-in points.</b> Morphology and local intensity are registered with
 * {@link #withFamily(IbsiFamily, IbsiFamilyComputer)} and IBSI image processing with
 * {@link #withPreprocessor(IbsiPreprocessor)}. Without a preprocessor the extractor only accepts settings that ask
 * for no processing (no re-segmentation), and uses the mask as both intensity and morphological mask; asking for a
 * family that has no computer fails. Output order: families in {@link IbsiFamily} order, then aggregation method,
 * then feature. Immutable and thread-safe when the plug-ins are.
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

    /** An extractor for {@code settings}, with no preprocessor and no plug-in family. */
    public static IbsiExtractor of(IbsiSettings settings) {
        return new IbsiExtractor(Objects.requireNonNull(settings, "settings"), null,
                Collections.unmodifiableMap(new EnumMap<>(IbsiFamily.class)));
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
     * @throws IllegalArgumentException if the settings ask for processing and no preprocessor is registered, if a
     *     requested family has no computer, or if the image and mask grids differ
     */
    public List<IbsiFeatureValue> extract(Volume image, Mask mask) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(mask, "mask");
        for (IbsiFamily f : settings.families()) {
            if (!IbsiSettings.builtInFamilies().contains(f) && !plugins.containsKey(f)) {
                throw new IllegalArgumentException("IBSI family " + f.tableName() + " was requested but no computer"
                        + " is registered for it (IbsiExtractor.withFamily); computed without plug-ins: "
                        + IbsiSettings.builtInFamilies());
            }
        }
        IbsiRoi roi;
        if (preprocessor != null) {
            roi = preprocessor.process(image, mask, settings);
        } else if (settings.resegments()) {
            throw new IllegalArgumentException("the settings ask for re-segmentation (range ["
                    + settings.resegmentationLower() + ", " + settings.resegmentationUpper() + "], outlier sigma "
                    + settings.outlierSigma() + ") but no IBSI preprocessor is registered"
                    + " (IbsiExtractor.withPreprocessor)");
        } else {
            roi = IbsiRoi.of(image, mask);
        }
        return extract(roi);
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
