package org.radiomics4j.core.features.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.features.FeatureDescriptor;

/** Resolves {@code settings.enabledFeatures()} of one class into the feature constants to compute. */
public final class DescriptorSelection {
    private DescriptorSelection() {
    }

    /**
     * The features of {@code type} to compute, in enum order: the named ones, or every non-deprecated one when the
     * class is enabled with an empty set or not listed at all (a family asked directly computes its defaults).
     *
     * @throws InvalidSettingException naming the unknown name and the valid names
     */
    public static <E extends Enum<E> & FeatureDescriptor> EnumSet<E> select(Class<E> type,
            ExtractionSettings settings, FeatureClass featureClass) {
        Set<String> names = settings.enabledFeatures().get(featureClass);
        EnumSet<E> out = EnumSet.noneOf(type);
        if (names == null || names.isEmpty()) {
            for (E e : type.getEnumConstants()) {
                if (!e.deprecated()) {
                    out.add(e);
                }
            }
            return out;
        }
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            E found = null;
            for (E e : type.getEnumConstants()) {
                if (e.pyradiomicsName().equals(name)) {
                    found = e;
                    break;
                }
            }
            if (found == null) {
                unknown.add(name);
            } else {
                out.add(found);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidSettingException("unknown " + featureClass + " feature(s) " + unknown + "; valid: "
                    + EnumSet.allOf(type).stream().map(FeatureDescriptor::pyradiomicsName)
                            .collect(Collectors.joining(", ")));
        }
        return out;
    }
}
