package org.radiomics4j.core.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import org.radiomics4j.core.ibsi.IbsiNames;

/**
 * How feature names are written when a {@link FeatureSet} is output (the CLI's {@code --names} option).
 */
public enum FeatureNaming {
    /** The names as extracted: PyRadiomics names in PyRadiomics mode, IBSI-mode names in IBSI mode. */
    DEFAULT,
    /**
     * IBSI permanent codes, {@code <feature code>:<aggregation code>} (e.g. {@code GYBY:BTW3}), the codes of the
     * {@code ibsi_code} and {@code aggregation_code} columns of the IBSI reference table; IBSI mode only (see
     * {@link IbsiNames}).
     */
    IBSI_CODES;

    /**
     * The features of {@code set} under this naming, diagnostics unchanged.
     *
     * @throws IllegalArgumentException for {@link #IBSI_CODES} if a name is not an IBSI-mode feature name (the set
     *     was not extracted in IBSI mode)
     */
    public FeatureSet apply(FeatureSet set) {
        if (this == DEFAULT) {
            return set;
        }
        Map<String, Double> m = new LinkedHashMap<>();
        for (FeatureValue v : set.values()) {
            String key = IbsiNames.ibsiCodeKey(v.name());
            if (m.put(key, v.value()) != null) {
                throw new IllegalArgumentException("two features map to the IBSI code key " + key);
            }
        }
        return FeatureSet.of(m, set.diagnostics());
    }

    /**
     * The naming for a {@code --names} value: {@code default} or {@code ibsi-codes}.
     *
     * @throws IllegalArgumentException naming the value and the valid ones
     */
    public static FeatureNaming parse(String s) {
        return switch (s) {
            case "default" -> DEFAULT;
            case "ibsi-codes" -> IBSI_CODES;
            default -> throw new IllegalArgumentException("unknown feature naming '" + s
                    + "'; valid: default, ibsi-codes");
        };
    }
}
