package org.radiomics4j.core.features;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The features one family computed on one ROI, keyed by the family's feature enum in its canonical (PyRadiomics)
 * order, plus notes on degenerate cases met (for example "flat region: Correlation set to 1") that the extractor
 * copies into the diagnostics.
 *
 * <pre>{@code
 * FamilyResult<GlcmFeature> r = Glcm.of(ExtractionSettings.defaults()).compute(grayLevels);
 * double c = r.get(GlcmFeature.CORRELATION);       // typed
 * double same = r.get("Correlation");              // by PyRadiomics name
 * r.byName();                                      // {Autocorrelation=..., JointAverage=..., ...}
 * }</pre>
 *
 * <p>Immutable: the constructor copies the map into an {@link EnumMap} and the notes into a list.
 *
 * @param <F> the family's feature enum
 * @param featureType the family's feature enum, e.g. {@code GlcmFeature.class}
 * @param values the computed features and their values (NaN only where PyRadiomics gives NaN and a note explains
 *     it); unmodifiable, iterated in enum order
 * @param notes notes on degenerate cases met
 */
public record FamilyResult<F extends Enum<F> & FeatureDescriptor>(Class<F> featureType, Map<F, Double> values,
        List<String> notes) {

    /**
     * Copies {@code values} (in enum order) and {@code notes}.
     *
     * @throws NullPointerException if an argument, a key or a value is null
     */
    public FamilyResult {
        Objects.requireNonNull(featureType, "featureType");
        EnumMap<F, Double> copy = new EnumMap<>(featureType);
        values.forEach((f, v) -> copy.put(Objects.requireNonNull(f, "feature"),
                Objects.requireNonNull(v, () -> "value of " + f)));
        values = Collections.unmodifiableMap(copy);
        notes = List.copyOf(notes);
    }

    /** The family: the {@link FeatureClass} whose feature enum is {@link #featureType()}. */
    public FeatureClass featureClass() {
        return FeatureClass.ofType(featureType);
    }

    /**
     * The value of {@code feature}.
     *
     * @throws IllegalArgumentException if the family did not compute it (not enabled), naming those it did
     */
    public double get(F feature) {
        Double v = values.get(Objects.requireNonNull(feature, "feature"));
        if (v == null) {
            throw new IllegalArgumentException("feature " + feature.pyradiomicsName() + " not computed by "
                    + featureClass() + "; computed: " + byName().keySet());
        }
        return v;
    }

    /**
     * The value of the feature with PyRadiomics name {@code name} (e.g. {@code "Correlation"}).
     *
     * @throws IllegalArgumentException if the family did not compute it, naming those it did (an
     *     {@link org.radiomics4j.core.InvalidSettingException} naming the nearest valid name if the family has no
     *     such feature at all)
     */
    public double get(String name) {
        return get(FeatureDescriptor.byPyRadiomicsName(featureType, name));
    }

    /**
     * The values by PyRadiomics feature name (the last part of {@code original_glcm_Correlation}), in enum order:
     * a new unmodifiable map.
     */
    public Map<String, Double> byName() {
        Map<String, Double> out = new LinkedHashMap<>();
        values.forEach((f, v) -> out.put(f.pyradiomicsName(), v));
        return Collections.unmodifiableMap(out);
    }
}
