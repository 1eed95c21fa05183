package org.radiomics4j.core.ibsi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.radiomics4j.core.ibsi.intensity.IntensityVolumeHistogramFeature;

/**
 * Output names in IBSI mode, and the code keys {@code --names ibsi-codes} writes.
 *
 * <p><b>Feature names</b> (the keys of the {@code FeatureSet} in IBSI mode):
 * {@code <family>_<Name>_<codeKey>_<aggregationCode>}, e.g. {@code glcm_JointMaximum_GYBY_BTW3} or
 * {@code intensity_statistics_ExcessKurtosis_IPH6_DHQ4}, with the family as in the IBSI reference table and the
 * name of the feature enum ({@code docs/ibsi-mode.md} lists them all).
 *
 * <p><b>Code keys</b>: {@code <codeKey>:<aggregationCode>}, e.g. {@code GYBY:BTW3}; the code key is the IBSI code,
 * except for the intensity-volume histogram features BC2M and GBPN, which IBSI gives one code for two features
 * (10 % and 90 %): {@code BC2M_10}, {@code BC2M_90}, {@code GBPN_10}, {@code GBPN_90}.
 */
public final class IbsiNames {
    private IbsiNames() {
    }

    /** The code key of a value: {@code <ibsiCode>[_10|_90]}. */
    public static String codeKey(IbsiFeatureValue v) {
        if (v.family().equals("intensity_volume_histogram")) {
            Optional<IntensityVolumeHistogramFeature> f = IntensityVolumeHistogramFeature.ofOutputName(v.name());
            if (f.isPresent()) {
                return f.get().codeKey();
            }
        }
        return v.ibsiCode();
    }

    /** The feature name of a value in IBSI mode: {@code <family>_<Name>_<codeKey>_<aggregationCode>}. */
    public static String featureName(IbsiFeatureValue v) {
        return v.family() + "_" + v.name() + "_" + codeKey(v) + "_" + v.aggregationCode();
    }

    /** The {@code --names ibsi-codes} key of a value: {@code <codeKey>:<aggregationCode>}. */
    public static String ibsiCodeKey(IbsiFeatureValue v) {
        return codeKey(v) + ":" + v.aggregationCode();
    }

    /**
     * The {@code --names ibsi-codes} key of an IBSI-mode feature name ({@link #featureName}).
     *
     * @throws IllegalArgumentException if the name is not an IBSI-mode feature name
     */
    public static String ibsiCodeKey(String featureName) {
        String[] t = featureName.split("_");
        if (t.length < 4) {
            throw new IllegalArgumentException("'" + featureName + "' is not an IBSI-mode feature name"
                    + " (<family>_<Name>_<code>_<aggregation code>)");
        }
        String agg = t[t.length - 1];
        String code = t[t.length - 2];
        if (featureName.startsWith("intensity_volume_histogram_") && (code.equals("10") || code.equals("90"))) {
            code = t[t.length - 3] + "_" + code;
        }
        return code + ":" + agg;
    }

    /**
     * The values as an ordered name → value map with IBSI-mode feature names.
     *
     * @throws IllegalArgumentException if two values get the same name
     */
    public static Map<String, Double> byFeatureName(List<IbsiFeatureValue> values) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (IbsiFeatureValue v : values) {
            if (m.put(featureName(v), v.value()) != null) {
                throw new IllegalArgumentException("two IBSI values are named " + featureName(v));
            }
        }
        return m;
    }
}
