package org.radiomics4j.core.ibsi;

import java.util.Objects;

/**
 * One IBSI feature value with its permanent identifiers, so that results can be matched against the IBSI
 * reference tables mechanically (key {@code <ibsiCode>:<aggregationCode>}, e.g. {@code RNU0:DHQ4}).
 *
 * @param family          IBSI family as in the reference table: {@code morphology}, {@code local_intensity},
 *                        {@code intensity_statistics}, {@code intensity_histogram},
 *                        {@code intensity_volume_histogram}, {@code glcm}, {@code glrlm}, {@code glszm},
 *                        {@code gldzm}, {@code ngtdm}, {@code ngldm}
 * @param name            the stable output name in IBSI mode (documented per family)
 * @param ibsiCode        the feature's IBSI permanent identifier, e.g. {@code RNU0}
 * @param aggregationCode the IBSI aggregation code: {@code DHQ4} for features computed once over the 3-D ROI,
 *                        otherwise one of {@code BTW3 SUJT JJUI ZW7Z ITBB IAZD 8QNN 62GR KOBO}
 * @param value           the value
 */
public record IbsiFeatureValue(String family, String name, String ibsiCode, String aggregationCode, double value) {
    public IbsiFeatureValue {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ibsiCode, "ibsiCode");
        Objects.requireNonNull(aggregationCode, "aggregationCode");
    }

    /** The key {@code --names ibsi-codes} writes: {@code <ibsiCode>:<aggregationCode>}. */
    public String codeKey() {
        return ibsiCode + ":" + aggregationCode;
    }
}
