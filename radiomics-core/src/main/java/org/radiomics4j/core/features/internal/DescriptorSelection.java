package org.radiomics4j.core.features.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.features.FeatureDescriptor;

/**
 * Resolves {@link ExtractionSettings#enabledFeatures()} for one family into the set of feature constants to
 * compute, following PyRadiomics: an empty set (or a class absent from the map, when the family is run directly)
 * means every non-deprecated feature; deprecated features are computed only when named.
 *
 * <p>Internal helper; not part of the public API.
 */
public final class DescriptorSelection {
    private DescriptorSelection() {
    }

    /**
     * The constants of {@code type} enabled for {@code featureClass} by {@code settings}.
     *
     * @throws InvalidSettingException if a requested name is not a feature of the family, naming the valid ones
     */
    public static <E extends Enum<E> & FeatureDescriptor> EnumSet<E> resolve(
            ExtractionSettings settings, FeatureClass featureClass, Class<E> type) {
        Set<String> names = settings.enabledFeatures().getOrDefault(featureClass, Set.of());
        E[] all = type.getEnumConstants();
        EnumSet<E> out = EnumSet.noneOf(type);
        if (names.isEmpty()) {
            for (E e : all) {
                if (!e.deprecated()) {
                    out.add(e);
                }
            }
            return out;
        }
        for (String n : names) {
            E found = null;
            for (E e : all) {
                if (e.pyradiomicsName().equals(n)) {
                    found = e;
                    break;
                }
            }
            if (found == null) {
                throw new InvalidSettingException("unknown " + featureClass.pyradiomicsName() + " feature '" + n
                        + "'; valid: " + Arrays.stream(all).map(FeatureDescriptor::pyradiomicsName)
                                .collect(Collectors.joining(", ")));
            }
            out.add(found);
        }
        return out;
    }
}
