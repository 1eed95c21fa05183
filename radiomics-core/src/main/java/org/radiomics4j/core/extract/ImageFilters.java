package org.radiomics4j.core.extract;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.filters.DerivedImage;
import org.radiomics4j.core.filters.GradientFilter;
import org.radiomics4j.core.filters.ImageFilter;
import org.radiomics4j.core.filters.Lbp2DFilter;
import org.radiomics4j.core.filters.Lbp2DMethod;
import org.radiomics4j.core.filters.Lbp3DFilter;
import org.radiomics4j.core.filters.LogFilter;
import org.radiomics4j.core.filters.IntensityFilter;
import org.radiomics4j.core.filters.WaveletFilter;

/**
 * Maps a PyRadiomics image type and its merged settings (see {@link ExtractionSettings#settingsFor}) to the
 * {@link ImageFilter} that computes its derived images, as PyRadiomics' {@code get<ImageType>Image} generators do.
 */
public final class ImageFilters {
    private ImageFilters() {
    }

    /** {@code Original}: the image itself, named {@code original}. */
    public static final ImageFilter ORIGINAL = (image, mask) -> List.of(new DerivedImage("original", image));

    /**
     * The filter of {@code type}.
     *
     * @param type   the image type
     * @param filter its filter parameters (after merging over the general settings)
     * @param merged the general settings with the image type's overrides applied ({@code force2D} and
     *               {@code force2Ddimension} select the wavelet's axes and the LBP2D plane, as in PyRadiomics)
     * @throws InvalidSettingException if a parameter is invalid for the filter (e.g. an unsupported wavelet, naming
     *     the key and the supported values) or the image type is not available yet
     */
    public static ImageFilter of(ImageType type, FilterParameters filter, ExtractionSettings merged) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(merged, "merged");
        try {
            return switch (type) {
                case ORIGINAL -> ORIGINAL;
                case SQUARE -> new IntensityFilter(IntensityFilter.Kind.SQUARE);
                case SQUARE_ROOT -> new IntensityFilter(IntensityFilter.Kind.SQUAREROOT);
                case LOGARITHM -> new IntensityFilter(IntensityFilter.Kind.LOGARITHM);
                case EXPONENTIAL -> new IntensityFilter(IntensityFilter.Kind.EXPONENTIAL);
                case WAVELET -> new WaveletFilter(filter.wavelet(), filter.level(), filter.startLevel(),
                        merged.force2D() ? OptionalInt.of(merged.force2Ddimension()) : OptionalInt.empty());
                case LOG -> new LogFilter(filter.sigma());
                case GRADIENT -> new GradientFilter(filter.gradientUseSpacing());
                case LBP2D -> new Lbp2DFilter(filter.lbp2DRadius(), filter.lbp2DSamples(),
                        Lbp2DMethod.fromName(filter.lbp2DMethod()), merged.force2Ddimension());
                case LBP3D -> new Lbp3DFilter(filter.lbp3DLevels(), filter.lbp3DIcosphereRadius(),
                        filter.lbp3DIcosphereSubdivision());
            };
        } catch (InvalidSettingException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("imageType '" + type.pyradiomicsName() + "': " + e.getMessage(), e);
        }
    }

    /** The image types {@link #of} supports now (update together with the switch above). */
    public static final List<String> SUPPORTED = List.of("Original", "Wavelet", "LoG", "Square", "SquareRoot",
            "Logarithm", "Exponential", "Gradient", "LBP2D", "LBP3D");
}
