package org.radiomics4j.core.features;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.features.firstorder.FirstOrderFeature;
import org.radiomics4j.core.features.glcm.GlcmFeature;
import org.radiomics4j.core.features.gldm.GldmFeature;
import org.radiomics4j.core.features.glrlm.GlrlmFeature;
import org.radiomics4j.core.features.glszm.GlszmFeature;
import org.radiomics4j.core.features.ngtdm.NgtdmFeature;
import org.radiomics4j.core.features.shape.Shape2DFeature;
import org.radiomics4j.core.features.shape.ShapeFeature;

/**
 * The feature families, named as PyRadiomics names its feature classes (the middle part of a feature key), each
 * with the enum of its features ({@link #featureType()}).
 *
 * <pre>{@code
 * FeatureDescriptor f = FeatureClass.GLCM.feature("Correlation");   // GlcmFeature.CORRELATION
 * FeatureClass c = FeatureClass.of(f);                              // GLCM
 * }</pre>
 */
public enum FeatureClass {
    FIRSTORDER("firstorder", FirstOrderFeature.class),
    SHAPE("shape", ShapeFeature.class),
    SHAPE2D("shape2D", Shape2DFeature.class),
    GLCM("glcm", GlcmFeature.class),
    GLRLM("glrlm", GlrlmFeature.class),
    GLSZM("glszm", GlszmFeature.class),
    GLDM("gldm", GldmFeature.class),
    NGTDM("ngtdm", NgtdmFeature.class);

    private final String pyradiomicsName;
    private final Class<? extends FeatureDescriptor> featureType;

    FeatureClass(String pyradiomicsName, Class<? extends FeatureDescriptor> featureType) {
        this.pyradiomicsName = pyradiomicsName;
        this.featureType = featureType;
    }

    /** The enum of this family's features, e.g. {@code GlcmFeature.class} for {@link #GLCM}. */
    public Class<? extends FeatureDescriptor> featureType() {
        return featureType;
    }

    /** Every feature of this family (deprecated ones included), in PyRadiomics' canonical order. */
    public List<FeatureDescriptor> features() {
        return List.of(featureType.getEnumConstants());
    }

    /**
     * The feature of this family with the given PyRadiomics name (case-sensitive, as PyRadiomics is), e.g.
     * {@code GLCM.feature("Correlation")}; cast it to {@link #featureType()} for the enum constant.
     *
     * @throws InvalidSettingException if the family has no such feature; the message names the nearest valid name
     *     and every valid name
     */
    public FeatureDescriptor feature(String name) {
        return lookup(featureType, name);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static FeatureDescriptor lookup(Class type, String name) {
        return (FeatureDescriptor) FeatureDescriptor.byPyRadiomicsName(type, name);
    }

    /** The family of {@code feature}. */
    public static FeatureClass of(FeatureDescriptor feature) {
        Objects.requireNonNull(feature, "feature");
        for (FeatureClass c : values()) {
            if (c.featureType.isInstance(feature)) {
                return c;
            }
        }
        throw new IllegalArgumentException("feature " + feature + " (" + feature.getClass().getName()
                + ") belongs to no feature class; feature types: " + Arrays.stream(values())
                        .map(c -> c.featureType.getSimpleName()).collect(Collectors.joining(", ")));
    }

    /**
     * The family whose {@link #featureType()} is {@code type}.
     *
     * @throws IllegalArgumentException if {@code type} is no family's feature enum
     */
    public static FeatureClass ofType(Class<?> type) {
        Objects.requireNonNull(type, "type");
        for (FeatureClass c : values()) {
            if (c.featureType.equals(type)) {
                return c;
            }
        }
        throw new IllegalArgumentException(type.getName() + " is no family's feature enum; feature types: "
                + Arrays.stream(values()).map(c -> c.featureType.getSimpleName()).collect(Collectors.joining(", ")));
    }

    /** The class name in PyRadiomics keys and parameter files, e.g. {@code glcm}, {@code shape2D}. */
    public String pyradiomicsName() {
        return pyradiomicsName;
    }

    /**
     * The class with the given PyRadiomics name (case-sensitive, as PyRadiomics is).
     *
     * @throws IllegalArgumentException naming the valid names
     */
    public static FeatureClass fromPyRadiomicsName(String name) {
        for (FeatureClass c : values()) {
            if (c.pyradiomicsName.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown feature class '" + name + "'; valid: "
                + Arrays.stream(values()).map(FeatureClass::pyradiomicsName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return pyradiomicsName.toLowerCase(Locale.ROOT);
    }
}
