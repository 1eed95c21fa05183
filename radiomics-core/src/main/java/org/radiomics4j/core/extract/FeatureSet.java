package org.radiomics4j.core.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The result of one extraction: features in a fixed order (PyRadiomics keys such as
 * {@code original_firstorder_Mean}) and diagnostics (PyRadiomics' {@code diagnostics_*} keys without the prefix,
 * e.g. {@code Mask-original_BoundingBox}, plus radiomics4j's provenance and notes on degenerate cases).
 *
 * <p>Immutable. {@link #toString()} prints an aligned name/value table.
 */
public final class FeatureSet {
    private final Map<String, Double> features;
    private final Map<String, String> diagnostics;

    private FeatureSet(Map<String, Double> features, Map<String, String> diagnostics) {
        this.features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
        this.diagnostics = Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
    }

    /** A feature set holding copies of the two maps, in their iteration order. */
    public static FeatureSet of(Map<String, Double> features, Map<String, String> diagnostics) {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(diagnostics, "diagnostics");
        features.forEach((k, v) -> {
            if (v == null) {
                throw new IllegalArgumentException("feature '" + k + "' has no value");
            }
        });
        return new FeatureSet(features, diagnostics);
    }

    /**
     * The value of a feature.
     *
     * @throws IllegalArgumentException if there is no such feature
     */
    public double get(String name) {
        Double v = features.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no feature '" + name + "' in this set of " + features.size()
                    + " features" + (features.isEmpty() ? "" : "; e.g. " + features.keySet().iterator().next()));
        }
        return v;
    }

    /** Whether the set holds a feature of that name. */
    public boolean contains(String name) {
        return features.containsKey(name);
    }

    /** Feature names, in order. */
    public List<String> names() {
        return new ArrayList<>(features.keySet());
    }

    /** The features as an unmodifiable ordered map. */
    public Map<String, Double> toMap() {
        return features;
    }

    /** The features as a list of name/value records, in order. */
    public List<FeatureValue> values() {
        List<FeatureValue> out = new ArrayList<>(features.size());
        features.forEach((k, v) -> out.add(new FeatureValue(k, v)));
        return out;
    }

    /** Diagnostics (keys without the {@code diagnostics_} prefix), unmodifiable and ordered. */
    public Map<String, String> diagnostics() {
        return diagnostics;
    }

    /** Number of features. */
    public int size() {
        return features.size();
    }

    /** Aligned table: diagnostics first, then one line per feature. */
    @Override
    public String toString() {
        int w = 0;
        for (String k : features.keySet()) {
            w = Math.max(w, k.length());
        }
        for (String k : diagnostics.keySet()) {
            w = Math.max(w, k.length() + "diagnostics_".length());
        }
        StringBuilder sb = new StringBuilder();
        sb.append("FeatureSet (").append(features.size()).append(" features)\n");
        String fmt = "%-" + Math.max(w, 1) + "s  %s%n";
        diagnostics.forEach((k, v) -> sb.append(String.format(Locale.ROOT, fmt, "diagnostics_" + k, v)));
        features.forEach((k, v) -> sb.append(String.format(Locale.ROOT, fmt, k, formatValue(v))));
        return sb.toString();
    }

    /** Shortest decimal that reads back to the same double (Java's {@code Double.toString}). */
    static String formatValue(double v) {
        return Double.toString(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureSet f && features.equals(f.features) && diagnostics.equals(f.diagnostics);
    }

    @Override
    public int hashCode() {
        return features.hashCode() * 31 + diagnostics.hashCode();
    }
}
