package org.radiomics4j.core.features.shape;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.radiomics4j.core.InvalidSettingException;
import org.radiomics4j.core.extract.ExtractionSettings;
import org.radiomics4j.core.features.FeatureClass;
import org.radiomics4j.core.features.FeatureDescriptor;

/** Resolves the enabled-feature names of the settings to enum constants (PyRadiomics' rules). */
final class Selection {

    private Selection() {
    }

    /**
     * The features to compute: every non-deprecated one when the class is absent from the settings or its set is
     * empty, else exactly the named ones (deprecated ones included when named).
     *
     * @throws InvalidSettingException naming an unknown feature and the valid names
     */
    static <E extends Enum<E> & FeatureDescriptor> EnumSet<E> resolve(ExtractionSettings settings, FeatureClass fc,
            Class<E> type) {
        Set<String> names = settings.enabledFeatures().get(fc);
        EnumSet<E> out = EnumSet.noneOf(type);
        E[] all = type.getEnumConstants();
        if (names == null || names.isEmpty()) {
            for (E e : all) {
                if (!e.deprecated()) {
                    out.add(e);
                }
            }
            return out;
        }
        for (String name : names) {
            E found = null;
            for (E e : all) {
                if (e.pyradiomicsName().equals(name)) {
                    found = e;
                }
            }
            if (found == null) {
                throw new InvalidSettingException("unknown " + fc.pyradiomicsName() + " feature '" + name + "'; valid: "
                        + Stream.of(all).map(FeatureDescriptor::pyradiomicsName).collect(Collectors.joining(", ")));
            }
            out.add(found);
        }
        return out;
    }
}
