package org.radiomics4j.core.features.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.features.FeatureDescriptor;
import org.radiomics4j.core.NearestName;

/** Resolves {@code settings.enabledFeatures()} of one class into the feature constants to compute. */
public final class DescriptorSelection {
    private DescriptorSelection() {
    }

    /**
     * The features of {@code type} to compute, in enum order: the named ones, or every non-deprecated one when the
     * class is enabled with an empty set or not listed at all (a family asked directly computes its defaults).
     *
     * @throws InvalidSettingException naming each unknown name, its nearest valid name and the valid names
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
        List<String> valid = EnumSet.allOf(type).stream().map(FeatureDescriptor::pyradiomicsName).toList();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            int k = valid.indexOf(name);
            if (k < 0) {
                String nearest = NearestName.nearest(name, valid);
                unknown.add("'" + name + "'" + (nearest == null ? "" : " (did you mean '" + nearest + "'?)"));
            } else {
                out.add(type.getEnumConstants()[k]);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidSettingException("unknown " + featureClass + " feature(s) " + String.join(", ", unknown)
                    + "; valid: " + String.join(", ", valid));
        }
        return out;
    }
}
