package org.radiomics4j.core.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.NearestName;

/**
 * What every feature enum ({@code FirstOrderFeature}, {@code ShapeFeature}, {@code Shape2DFeature},
 * {@code GlcmFeature}, {@code GlrlmFeature}, {@code GlszmFeature}, {@code GldmFeature}, {@code NgtdmFeature}) says
 * about its constants: the PyRadiomics name, the IBSI code, whether PyRadiomics marks the feature deprecated (all
 * three held in one {@link FeatureInfo} per constant) and the family it belongs to.
 *
 * <p>An enum implements only {@link #info()}; the other accessors are default methods over it. The family is found
 * from the enum type ({@link FeatureClass#featureType()}).
 *
 * <pre>{@code
 * GlcmFeature f = FeatureDescriptor.byPyRadiomicsName(GlcmFeature.class, "Correlation");
 * f.ibsiCode();       // "NI2N"
 * f.featureClass();   // FeatureClass.GLCM
 * }</pre>
 */
public interface FeatureDescriptor {

    /** The name, IBSI code and deprecation of this feature. */
    FeatureInfo info();

    /** Feature name as in PyRadiomics keys, e.g. {@code Correlation}. */
    default String pyradiomicsName() {
        return info().pyradiomicsName();
    }

    /** IBSI permanent identifier (e.g. {@code NI2N}), or {@code null} when the feature is not in IBSI. */
    default String ibsiCode() {
        return info().ibsiCode();
    }

    /** Whether PyRadiomics marks it deprecated; deprecated features are computed only when asked for by name. */
    default boolean deprecated() {
        return info().deprecated();
    }

    /** The family it belongs to: the {@link FeatureClass} whose {@link FeatureClass#featureType()} it is. */
    default FeatureClass featureClass() {
        return FeatureClass.of(this);
    }

    /**
     * The constant of {@code type} with the given PyRadiomics name (case-sensitive, as PyRadiomics is).
     *
     * @throws InvalidSettingException if no constant has that name; the message names the family, the nearest
     *     valid name and every valid name
     */
    static <F extends Enum<F> & FeatureDescriptor> F byPyRadiomicsName(Class<F> type, String name) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        F[] all = type.getEnumConstants();
        for (F f : all) {
            if (f.pyradiomicsName().equals(name)) {
                return f;
            }
        }
        List<String> valid = new ArrayList<>();
        for (F f : all) {
            valid.add(f.pyradiomicsName());
        }
        throw new InvalidSettingException(unknownMessage(FeatureClass.ofType(type), name, valid));
    }

    /** "unknown glcm feature 'x'; did you mean 'y'? valid: a, b, ...". */
    private static String unknownMessage(FeatureClass c, String name, List<String> valid) {
        String nearest = NearestName.nearest(name, valid);
        return "unknown " + c.pyradiomicsName() + " feature '" + name + "'"
                + (nearest == null ? "" : "; did you mean '" + nearest + "'?") + " valid: "
                + valid.stream().collect(Collectors.joining(", "));
    }
}
