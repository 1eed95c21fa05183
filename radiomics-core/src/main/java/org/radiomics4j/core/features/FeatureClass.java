package org.radiomics4j.core.features;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The feature families, named as PyRadiomics names its feature classes (the middle part of a feature key). */
public enum FeatureClass {
    FIRSTORDER("firstorder"),
    SHAPE("shape"),
    SHAPE2D("shape2D"),
    GLCM("glcm"),
    GLRLM("glrlm"),
    GLSZM("glszm"),
    GLDM("gldm"),
    NGTDM("ngtdm");

    private final String pyradiomicsName;

    FeatureClass(String pyradiomicsName) {
        this.pyradiomicsName = pyradiomicsName;
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
