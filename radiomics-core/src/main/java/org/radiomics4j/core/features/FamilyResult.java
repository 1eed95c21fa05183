package org.radiomics4j.core.features;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The features one family computed on one ROI: PyRadiomics feature names (without prefix) to values, in the
 * family's canonical order, plus notes on degenerate cases met (for example "flat region: Correlation set to 1")
 * that the extractor copies into the diagnostics.
 */
public record FamilyResult(FeatureClass featureClass, Map<String, Double> values, List<String> notes) {

    public FamilyResult {
        Objects.requireNonNull(featureClass, "featureClass");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        notes = List.copyOf(notes);
    }

    /**
     * The value of feature {@code name}.
     *
     * @throws IllegalArgumentException if the family did not compute it, naming those it did
     */
    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("feature '" + name + "' not computed by " + featureClass
                    + "; computed: " + values.keySet());
        }
        return v;
    }
}
