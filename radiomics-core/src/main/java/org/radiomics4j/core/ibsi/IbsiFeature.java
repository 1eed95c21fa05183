package org.radiomics4j.core.ibsi;

/**
 * What every IBSI feature enum exposes: the family as in the IBSI reference table, the permanent IBSI code, and the
 * stable output name in IBSI mode ({@code <family>_<Name>}, documented in {@code docs/ibsi-mode.md}).
 */
public interface IbsiFeature {
    /** IBSI family, e.g. {@code glcm} or {@code intensity_statistics}. */
    String family();

    /** IBSI permanent identifier, e.g. {@code 8ZQL}. */
    String ibsiCode();

    /** The output name without family, e.g. {@code AngularSecondMoment}. */
    String outputName();

    /**
     * The key {@code --names ibsi-codes} writes for this feature. Equal to {@link #ibsiCode()} except for the two
     * pairs of intensity-volume histogram features that share a code (BC2M and GBPN at 10 % and 90 %), which get a
     * suffix ({@code BC2M_10}, {@code BC2M_90}, ...) so that every key is unique.
     */
    default String codeKey() {
        return ibsiCode();
    }
}
